import {
  CloudEvent,
  DOCUMENT_FAILED_V1,
  DOCUMENT_INGESTED_V1,
  DocumentIngestedV1,
  GET_DOCUMENT_V1,
  LIST_DOCUMENTS_V1,
  SUBMIT_DOCUMENT_V1,
} from '@dpo/contracts';
import { MessagingClient } from '@dpo/messaging';
import {
  expectEventually,
  ServiceHarness,
  startServiceHarness,
  WORKSPACE_ROOT,
} from '@dpo/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestionConfigSchema } from './ingestion.config';
import { IngestionModule } from './ingestion.module';

describe('ingestion against real Postgres and NATS', () => {
  let h: ServiceHarness;
  let client: MessagingClient;
  let seen: CloudEvent[];

  const submit = async (
    bytes: Uint8Array,
    filename: string,
    mediaType: string | null = null,
  ) => {
    const upload = await client.putBlob('uploads', bytes);
    return client.request(
      SUBMIT_DOCUMENT_V1,
      { upload, filename, mediaType, sourceUrl: null },
      60_000,
    );
  };

  beforeAll(async () => {
    h = await startServiceHarness({
      serviceName: 'ingestion',
      module: (env) =>
        IngestionModule.forRoot(
          IngestionConfigSchema.parse({
            ...env,
            MAX_DOCUMENT_BYTES: '200000',
            REANNOUNCE_AFTER_MS: '1500',
          }),
        ),
    });
    client = h.client;
    seen = h.events;
  }, 60_000);

  afterAll(() => h?.close());

  it('stores a document, announces it once with its text by reference, and returns duplicates as such', async () => {
    const text =
      'The EU and Japan launched a Digital Partnership in 2022.\n\n欧盟与日本启动了数字伙伴关系。';
    const first = await submit(Buffer.from(text, 'utf8'), 'partnership.txt');
    expect(first).toMatchObject({
      status: 'ingested',
      duplicate: false,
      error: null,
    });
    await expectEventually(() =>
      expect(seen.filter((e) => e.type === DOCUMENT_INGESTED_V1)).toHaveLength(
        1,
      ),
    );
    const event = seen.find((e) => e.type === DOCUMENT_INGESTED_V1)
      ?.data as DocumentIngestedV1;
    expect(event).toMatchObject({
      documentId: first.documentId,
      filename: 'partnership.txt',
      mediaType: 'text/plain',
    });
    expect(event.languages).toEqual(expect.arrayContaining(['en', 'zh']));
    const stored = Buffer.from(
      (await client.getBlob(event.textRef)) ?? [],
    ).toString('utf8');
    expect(stored).toContain('Digital Partnership');
    expect(stored).toContain('数字伙伴关系');

    const again = await submit(Buffer.from(text, 'utf8'), 'renamed.txt');
    expect(again).toMatchObject({
      documentId: first.documentId,
      duplicate: true,
      status: 'ingested',
    });
    const listed = await client.request(LIST_DOCUMENTS_V1, {});
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({
      id: first.documentId,
      filename: 'partnership.txt',
      status: 'ingested',
    });
  });

  it('announces a document again when it is submitted again after being stuck unextracted', async () => {
    const text = Buffer.from(
      'The EU and Canada cooperate on quantum research.',
      'utf8',
    );
    const first = await submit(text, 'canada.txt');
    const announced = () =>
      seen.filter(
        (e) =>
          e.type === DOCUMENT_INGESTED_V1 &&
          (e.data as DocumentIngestedV1).documentId === first.documentId,
      );
    await expectEventually(() => expect(announced()).toHaveLength(1));
    expect((await submit(text, 'canada.txt')).duplicate).toBe(true);
    expect(announced()).toHaveLength(1);
    await expectEventually(
      async () => {
        await submit(text, 'canada.txt');
        expect(announced()).toHaveLength(2);
      },
      10_000,
      300,
    );
  });

  it('keeps an unreadable file with a clear failed status and announces the failure', async () => {
    const garbage = Buffer.from(
      Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256),
    );
    const res = await submit(garbage, 'garbage.txt');
    expect(res.status).toBe('failed');
    expect(res.error?.code).toMatch(/corrupt|encoding|unsupported_type/);
    const doc = await client.request(GET_DOCUMENT_V1, { id: res.documentId });
    expect(doc).toMatchObject({
      status: 'failed',
      error: { code: res.error?.code },
    });
    await expectEventually(() =>
      expect(seen.filter((e) => e.type === DOCUMENT_FAILED_V1)).toHaveLength(1),
    );
  });

  it.each([
    ['truncated.pdf', 'corrupt'],
    ['no-text-layer.pdf', 'no_text'],
    ['binary-garbage.txt', 'corrupt'],
    ['corrupt.docx', 'corrupt'],
    ['utf16le-bad-bytes.txt', 'encoding'],
    ['whitespace-only.txt', 'empty'],
  ])(
    'ends the damaged %s as failed (%s), kept with its reason',
    async (file, code) => {
      const bytes = readFileSync(
        join(WORKSPACE_ROOT, 'tools/fixtures/damaged', file),
      );
      const started = Date.now();
      const res = await submit(bytes, file);
      expect(res).toMatchObject({
        status: 'failed',
        duplicate: false,
        error: { code },
      });
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(
        await client.request(GET_DOCUMENT_V1, { id: res.documentId }),
      ).toMatchObject({ status: 'failed', error: { code } });
    },
  );

  it('reads the valid PDF with its pages and the DOCX', async () => {
    const pdf = await submit(
      readFileSync(
        join(WORKSPACE_ROOT, 'tools/fixtures/damaged/valid-two-pages.pdf'),
      ),
      'valid.pdf',
    );
    expect(pdf).toMatchObject({ status: 'ingested', error: null });
    await expectEventually(() => {
      const e = seen.find(
        (x) =>
          x.type === DOCUMENT_INGESTED_V1 &&
          (x.data as DocumentIngestedV1).documentId === pdf.documentId,
      );
      expect((e?.data as DocumentIngestedV1 | undefined)?.pages).toHaveLength(
        2,
      );
    });
    const docx = await submit(
      readFileSync(join(WORKSPACE_ROOT, 'tools/fixtures/damaged/valid.docx')),
      'valid.docx',
    );
    expect(docx).toMatchObject({ status: 'ingested', error: null });
  });

  it('refuses a document over the size limit without storing it', async () => {
    await expect(
      submit(Buffer.alloc(300_000, 'a'), 'huge.txt'),
    ).rejects.toMatchObject({ code: 'too_large' });
    expect(
      (await client.request(LIST_DOCUMENTS_V1, { limit: 200 })).total,
    ).toBe(11);
  });
});
