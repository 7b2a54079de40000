import { INITIATIVE_CREATED_V1 } from '@dpo/contracts';
import { expectEventually, WORKSPACE_ROOT } from '@dpo/testing';
import { join } from 'node:path';
import { TestSystem } from './system';

interface Page<T> {
  items: T[];
  total: number;
}

/**
 * kill -9 of the registry while the seeds flow through it, then a restart: the
 * registry ends with the same initiatives as a run without a crash, and each
 * initiative.created event is stored once.
 */
describe('registry killed with SIGKILL during seed processing', () => {
  const sys = new TestSystem();

  beforeAll(() => sys.start(), 120_000);
  afterAll(() => sys.stop());

  it('loses nothing and duplicates nothing', async () => {
    const registry = sys.processes.find((p) => p.name === 'registry');
    if (!registry) throw new Error('registry not started');
    const ingest = sys.ingest([join(WORKSPACE_ROOT, 'seeds')]);
    // Kill it as soon as the first extracted document reaches it.
    await expectEventually(
      async () => {
        const counts = await sys.client.storedEventCounts(
          'dpo.events.extraction.>',
        );
        expect(
          counts['dpo.events.extraction.document.extracted.v1'] ?? 0,
        ).toBeGreaterThanOrEqual(1);
      },
      60_000,
      20,
    );
    await sys.kill(registry, 'SIGKILL');
    expect((await ingest).code).toBe(0);
    await expectEventually(async () => {
      const counts = await sys.client.storedEventCounts(
        'dpo.events.extraction.>',
      );
      expect(counts['dpo.events.extraction.document.extracted.v1']).toBe(4);
    }, 60_000);

    await sys.startService('registry');
    let total = 0;
    await expectEventually(async () => {
      const docs =
        await sys.get<Page<{ status: string; initiativeCount: number | null }>>(
          '/api/documents',
        );
      expect(docs.items.every((d) => d.status === 'extracted')).toBe(true);
      const expected = docs.items.reduce(
        (n, d) => n + (d.initiativeCount ?? 0),
        0,
      );
      const page = await sys.get<Page<unknown>>('/api/initiatives?limit=1');
      total = page.total;
      // Initiatives with the same key across documents merge, so the registry holds at most the sum.
      expect(total).toBeGreaterThanOrEqual(40);
      expect(total).toBeLessThanOrEqual(expected);
      const stored = await sys.client.storedEventCounts();
      expect(stored[INITIATIVE_CREATED_V1]).toBe(total);
    }, 60_000);
  });
});
