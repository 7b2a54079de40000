import {
  INITIATIVE_CREATED_V1,
  INITIATIVE_UPDATED_V1,
  PARTNERSHIP_CREATED_V1,
} from '@dpo/contracts';
import { expectEventually, WORKSPACE_ROOT } from '@dpo/testing';
import { CloudEvent as CloudEventSdk } from 'cloudevents';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { TestSystem } from './system';
import { WebhookReceiver } from './webhook-receiver';

interface Page<T> {
  items: T[];
  total: number;
}
interface InitiativeDto {
  id: string;
  partners: string[];
  sources: { documentId: string; quote: string }[];
}
interface DocumentDto {
  id: string;
  status: string;
}

const SEEDS = join(WORKSPACE_ROOT, 'seeds');

async function allInitiatives(
  sys: TestSystem,
  query = '',
): Promise<InitiativeDto[]> {
  const out: InitiativeDto[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await sys.get<Page<InitiativeDto>>(
      `/api/initiatives?limit=200&offset=${offset}${query}`,
    );
    out.push(...page.items);
    if (out.length >= page.total || !page.items.length) return out;
  }
}

describe('the whole pipeline as processes: gateway → ingestion → extraction ×2 → registry ×2 → notifications', () => {
  const sys = new TestSystem();
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
    await sys.start({ extraction: 2, registry: 2 });
  }, 120_000);

  afterAll(async () => {
    await sys.stop();
    await receiver.stop();
  });

  it('ingests the seeds and notifies a country:JP subscriber once per new matching initiative, signed and as CloudEvents', async () => {
    const sub = await sys.post<{ id: string; secret: string }>(
      '/api/subscriptions',
      {
        channel: 'webhook',
        url: receiver.url,
        filter: { partners: ['country:JP'], areas: [] },
      },
    );
    expect(sub.status).toBe(201);

    const first = await sys.ingest([SEEDS]);
    expect(first.code).toBe(0);
    expect(first.lines).toHaveLength(4);
    expect(first.lines.every((l) => l['duplicate'] === false)).toBe(true);

    await expectEventually(async () => {
      const docs = await sys.get<Page<DocumentDto>>('/api/documents');
      expect(docs.items.map((d) => d.status)).toEqual([
        'extracted',
        'extracted',
        'extracted',
        'extracted',
      ]);
    }, 60_000);

    // The registry applies the extracted documents on its own consumer: wait until both
    // registry replicas have applied all four (one log line per document across replicas).
    const docIds = first.lines.map((l) => l['documentId']);
    await expectEventually(
      () =>
        expect(sys.logEntries('registry', 'extraction applied')).toHaveLength(
          docIds.length,
        ),
      60_000,
    );
    const jp = await allInitiatives(sys, '&partner=country:JP');
    expect(jp.length).toBeGreaterThanOrEqual(10);
    const all = await allInitiatives(sys);
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(
      all.every(
        (i) =>
          i.sources.length > 0 && i.sources.every((s) => s.quote.length > 0),
      ),
    ).toBe(true);

    // Two replicas of extraction and registry: each initiative was created (and stored as an event) once.
    await expectEventually(async () => {
      const counts = await sys.client.storedEventCounts();
      expect(counts[INITIATIVE_CREATED_V1]).toBe(all.length);
    });

    // Each document was extracted by one extraction replica and applied by one registry replica.
    const extracted = sys
      .logEntries('extraction', 'document extracted')
      .map((e) => e['documentId']);
    const applied = sys
      .logEntries('registry', 'extraction applied')
      .map((e) => e['documentId']);
    expect(extracted.sort()).toEqual([...docIds].sort());
    expect(applied.sort()).toEqual([...docIds].sort());

    await expectEventually(
      () => expect(receiver.received).toHaveLength(jp.length),
      30_000,
    );
    const wh = new Webhook(sub.body.secret);
    const deliveredIds = receiver.received.map(({ headers, body }) => {
      wh.verify(body, headers as Record<string, string>);
      const ce = new CloudEventSdk(JSON.parse(body));
      // Created, or (once) the update that first linked an initiative to Japan.
      expect([INITIATIVE_CREATED_V1, INITIATIVE_UPDATED_V1]).toContain(ce.type);
      expect((ce.data as unknown as InitiativeDto).partners).toContain(
        'country:JP',
      );
      return (ce.data as unknown as InitiativeDto).id;
    });
    expect(new Set(deliveredIds).size).toBe(jp.length);
    expect(new Set(deliveredIds)).toEqual(new Set(jp.map((i) => i.id)));
  });

  it('ingesting the same documents again creates nothing and sends nothing', async () => {
    const before = await sys.client.storedEventCounts();
    const again = await sys.ingest([SEEDS]);
    expect(again.code).toBe(0);
    expect(again.lines.every((l) => l['duplicate'] === true)).toBe(true);

    // A marker document processed after the re-ingest: once its effects are visible, anything the
    // re-ingest could have caused would be too (one stream, in order).
    const marker = await sys.post<{ documentId: string }>('/api/documents', {
      text:
        'Objective | Description | Partner country / Region / Multilateral | Indicative Timeline |\n' +
        'EU-Japan marker research call | A marker call for joint research with Japan on quantum sensing. | Japan | 2031-2032 |\n',
      filename: 'marker.txt',
    });
    expect(marker.status).toBe(201);
    await expectEventually(async () => {
      const doc = await sys.get<DocumentDto>(
        `/api/documents/${marker.body.documentId}`,
      );
      expect(doc.status).toBe('extracted');
    }, 30_000);
    const markerDoc = await sys.get<{ initiativeCount: number }>(
      `/api/documents/${marker.body.documentId}`,
    );
    await expectEventually(async () => {
      const after = await sys.client.storedEventCounts();
      expect(after['dpo.events.ingestion.document.ingested.v1']).toBe(
        before['dpo.events.ingestion.document.ingested.v1']! + 1,
      );
      expect(after[INITIATIVE_CREATED_V1]).toBe(
        before[INITIATIVE_CREATED_V1]! + markerDoc.initiativeCount,
      );
      expect(after[PARTNERSHIP_CREATED_V1]).toBe(
        before[PARTNERSHIP_CREATED_V1],
      );
    });
    // Only the marker's new Japan initiatives were delivered; the re-ingest sent nothing.
    const jp = await allInitiatives(sys, '&partner=country:JP');
    await expectEventually(
      () => expect(receiver.received).toHaveLength(jp.length),
      20_000,
    );
  });

  it('rejects writes without the API key and bad filters with clear 4xx errors', async () => {
    const noKey = await fetch(`${sys.gatewayUrl}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"x"}',
    });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ code: 'unauthorized' });
    const badPartner = await fetch(
      `${sys.gatewayUrl}/api/initiatives?partner=Japan`,
    );
    expect(badPartner.status).toBe(400);
    expect(await badPartner.json()).toMatchObject({ code: 'invalid' });
    const badSub = await sys.post('/api/subscriptions', {
      channel: 'webhook',
      url: 'ftp://example.org',
      filter: {},
    });
    expect(badSub.status).toBe(400);
    const empty = await sys.post('/api/documents', { text: '' });
    expect(empty.status).toBe(400);
  });
});
