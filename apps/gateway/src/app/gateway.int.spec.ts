import { DOCUMENT_EXTRACTED_V1 } from '@dpo/contracts';
import { MessagingClient } from '@dpo/messaging';
import {
  bootService,
  createTestDatabase,
  expectEventually,
  freePort,
  makeExtractedEvent,
  makeExtractedInitiative,
  randomNamespace,
  ServiceProcess,
  startServiceProcess,
  TestDatabase,
  testNatsUrl,
  deleteNamespace,
} from '@dpo/testing';
import { INestApplication } from '@nestjs/common';
import { configureGatewayHttp } from './configure-http';
import { GatewayConfigSchema } from './gateway.config';
import { GatewayModule } from './gateway.module';

/** The gateway in-process over real HTTP, with the built registry as a process behind it on real NATS and Postgres. */
describe('gateway HTTP API', () => {
  const namespace = randomNamespace('gw');
  const natsUrl = testNatsUrl();
  const key = 'k'.repeat(32);
  let db: TestDatabase;
  let gateway: INestApplication;
  let registry: ServiceProcess;
  let client: MessagingClient;
  let base = '';

  beforeAll(async () => {
    db = await createTestDatabase('gateway');
    const port = await freePort();
    registry = await startServiceProcess('registry', port, {
      DATABASE_URL: db.url,
      NATS_URL: natsUrl,
      DPO_NAMESPACE: namespace,
      REGISTRY_PORT: String(port),
    });
    const config = GatewayConfigSchema.parse({
      NATS_URL: natsUrl,
      DPO_NAMESPACE: namespace,
      DPO_API_KEY: key,
      MAX_UPLOAD_BYTES: '4096',
    });
    gateway = await bootService(GatewayModule.forRoot(config), {
      serviceName: 'gateway',
      natsUrl,
      namespace,
      configureHttp: (app) => configureGatewayHttp(app, config),
    });
    base = (await gateway.getUrl()).replace('[::1]', '127.0.0.1');
    client = await MessagingClient.connect({
      natsUrl,
      namespace,
      serviceName: 'gateway-test',
    });
    await client.publish(
      DOCUMENT_EXTRACTED_V1,
      makeExtractedEvent({
        initiatives: [
          makeExtractedInitiative({
            key: 'initiative:eu-japan-quantum',
            partners: ['country:JP'],
            areas: ['area:quantum'],
          }),
          makeExtractedInitiative({
            key: 'initiative:eu-lac-digital-alliance',
            partners: ['region:lac'],
            areas: ['area:connectivity-5g-6g'],
          }),
        ],
      }),
    );
    await expectEventually(async () =>
      expect(
        (await (await fetch(`${base}/api/initiatives`)).json()).total,
      ).toBe(2),
    );
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await gateway?.close();
    if (process.env['DEBUG_LOGS'])
      process.stderr.write(registry?.logs.join('') ?? '');
    await registry?.stop();
    await db?.drop();
    await deleteNamespace(natsUrl, namespace);
  });

  it('filters initiatives by canonical partner and area ids, with or without the area prefix', async () => {
    const jp = await (
      await fetch(`${base}/api/initiatives?partner=country:JP`)
    ).json();
    expect(jp.items.map((i: { id: string }) => i.id)).toEqual([
      'initiative:eu-japan-quantum',
    ]);
    const short = await (
      await fetch(`${base}/api/initiatives?partner=JP&area=quantum`)
    ).json();
    expect(short.total).toBe(1);
    const lac = await (
      await fetch(
        `${base}/api/initiatives?partner=region:lac&area=area:connectivity-5g-6g`,
      )
    ).json();
    expect(lac.items[0].sources[0]).toMatchObject({
      documentId: expect.stringMatching(/^doc_/),
      quote: expect.any(String),
    });
    const paged = await (
      await fetch(`${base}/api/initiatives?limit=1&offset=1`)
    ).json();
    expect(paged).toMatchObject({
      total: 2,
      items: [expect.objectContaining({ id: expect.any(String) })],
    });
    const one = await fetch(`${base}/api/initiatives/eu-japan-quantum`);
    expect(one.status).toBe(200);
    expect((await fetch(`${base}/api/initiatives/nothing-here`)).status).toBe(
      404,
    );
  });

  it('answers bad input with clear 4xx JSON and protects writes', async () => {
    const bad = await fetch(`${base}/api/initiatives?limit=100000`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      code: 'invalid',
      details: [expect.objectContaining({ path: 'limit' })],
    });
    expect(
      (await fetch(`${base}/api/initiatives?partner=Atlantis`)).status,
    ).toBe(400);
    const noKey = await fetch(`${base}/api/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noKey.status).toBe(401);
    const wrongKey = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer nope',
        'content-type': 'application/json',
      },
      body: '{"text":"x"}',
    });
    expect(wrongKey.status).toBe(401);
    const notJson = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
      },
      body: '{"text":',
    });
    expect(notJson.status).toBe(400);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(10_000)]), 'big.txt');
    const tooBig = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
      body: form,
    });
    expect(tooBig.status).toBe(413);
  });

  it('continues or starts a correlation id per request', async () => {
    const given = await fetch(`${base}/api/partners`, {
      headers: { 'x-correlation-id': 'req-42' },
    });
    expect(given.headers.get('x-correlation-id')).toBe('req-42');
    const started = await fetch(`${base}/api/partners`);
    expect(started.headers.get('x-correlation-id')).toMatch(/^[a-f0-9]{32}$/);
  });

  it('publishes its OpenAPI document', async () => {
    const doc = await (await fetch(`${base}/api/docs-json`)).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/documents',
        '/api/initiatives',
        '/api/subscriptions',
        '/api/partners',
      ]),
    );
    expect((await fetch(`${base}/api/docs`)).status).toBe(200);
  });

  it('streams new registry events over server-sent events, filtered by partner', async () => {
    const res = await fetch(`${base}/api/events?partner=country:KR`);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    await client.publish(
      DOCUMENT_EXTRACTED_V1,
      makeExtractedEvent({
        initiatives: [
          makeExtractedInitiative({
            key: 'initiative:kr-chips',
            partners: ['country:KR'],
            areas: ['area:semiconductors'],
          }),
        ],
      }),
    );
    let text = '';
    while (!text.includes('initiative:kr-chips')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(text).toContain('dpo.events.registry.initiative.created.v1');
  });
});
