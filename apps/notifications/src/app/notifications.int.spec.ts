import {
  CloudEvent,
  CREATE_SUBSCRIPTION_V1,
  DELETE_SUBSCRIPTION_V1,
  DELIVERY_FAILED_V1,
  INITIATIVE_CREATED_V1,
  INITIATIVE_UPDATED_V1,
  LIST_DELIVERIES_V1,
  LIST_SUBSCRIPTIONS_V1,
} from '@dpo/contracts';
import { MessagingClient } from '@dpo/messaging';
import {
  expectEventually,
  makeInitiative,
  ServiceHarness,
  startServiceHarness,
} from '@dpo/testing';
import { INestApplication } from '@nestjs/common';
import { CloudEvent as CloudEventSdk } from 'cloudevents';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { FanoutService } from './fanout.service';
import { NotificationsConfigSchema } from './notifications.config';
import { NotificationsModule } from './notifications.module';

interface Hit {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('notifications against real Postgres, NATS and HTTP', () => {
  const hits: Hit[] = [];
  const failuresLeft: Record<string, number> = { '/flaky': 2, '/down': 1000 };
  let receiver: Server;
  let base = '';
  let app: INestApplication;
  let client: MessagingClient;
  let seen: CloudEvent[];
  let h: ServiceHarness;

  const subscribe = (path: string, partners: string[], areas: string[] = []) =>
    client.request(CREATE_SUBSCRIPTION_V1, {
      channel: 'webhook',
      url: `${base}${path}`,
      filter: { partners, areas },
    });
  const hitsOn = (path: string) => hits.filter((h) => h.path === path);

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const path = req.url ?? '';
        hits.push({ path, headers: req.headers, body });
        const left = failuresLeft[path] ?? 0;
        if (left > 0) failuresLeft[path] = left - 1;
        res.writeHead(left > 0 ? 500 : 200).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const addr = receiver.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    h = await startServiceHarness({
      serviceName: 'notifications',
      module: (env) =>
        NotificationsModule.forRoot(
          NotificationsConfigSchema.parse({
            ...env,
            WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
            WEBHOOK_RETRY_BASE_MS: '50',
            WEBHOOK_MAX_ATTEMPTS: '3',
          }),
        ),
    });
    client = h.client;
    app = h.app;
    seen = h.events;
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    await new Promise((r) => receiver.close(r));
  });

  it('delivers one signed CloudEvent per matching event and subscription, never twice', async () => {
    const jp = await subscribe('/jp', ['country:JP']);
    const quantum = await subscribe('/quantum', [], ['area:quantum']);
    expect(jp.secret).toMatch(/^whsec_/);

    const initiative = makeInitiative({
      partners: ['country:JP'],
      areas: ['area:quantum'],
    });
    const envelope = client.envelope(INITIATIVE_CREATED_V1, initiative, {
      id: `initiative.created:${initiative.id}`,
    });
    await client.publishEnvelope(envelope);
    await client.publish(
      INITIATIVE_CREATED_V1,
      makeInitiative({ partners: ['country:US'], areas: ['area:ai'] }),
    );

    await expectEventually(() => expect(hitsOn('/jp')).toHaveLength(1));
    await expectEventually(() => expect(hitsOn('/quantum')).toHaveLength(1));
    const hit = hitsOn('/jp')[0] as Hit;
    expect(() =>
      new Webhook(jp.secret).verify(
        hit.body,
        hit.headers as Record<string, string>,
      ),
    ).not.toThrow();
    expect(() =>
      new Webhook(quantum.secret).verify(
        hit.body,
        hit.headers as Record<string, string>,
      ),
    ).toThrow();
    const ce = new CloudEventSdk(JSON.parse(hit.body));
    expect(ce.type).toBe(INITIATIVE_CREATED_V1);
    expect((ce.data as unknown as { id: string }).id).toBe(initiative.id);
    expect(hit.headers['webhook-id']).toBe(envelope.id);

    // The same event again: once as a server-side duplicate, once handed to the consumer a second
    // time (as after a redelivery or replay beyond the dedupe window). Neither sends anything.
    await client.publishEnvelope(envelope);
    expect(
      await app
        .get(FanoutService)
        .onEvent('notifications__registry_initiative_created_v1', envelope),
    ).toBe(0);
    const marker = makeInitiative({ partners: ['country:JP'], areas: [] });
    await client.publish(INITIATIVE_CREATED_V1, marker);
    await expectEventually(() => expect(hitsOn('/jp')).toHaveLength(2));
    expect(hitsOn('/quantum')).toHaveLength(1);
    expect(JSON.parse((hitsOn('/jp')[1] as Hit).body).data.id).toBe(marker.id);

    const log = await client.request(LIST_DELIVERIES_V1, {
      subscriptionId: jp.id,
    });
    expect(log.items.map((d) => d.status)).toEqual(['delivered', 'delivered']);
  });

  it('tells a new-initiative subscriber once when a later source makes an initiative match', async () => {
    await subscribe('/mx', ['country:MX']);
    const initiative = makeInitiative({
      partners: ['region:lac'],
      areas: ['area:ai'],
    });
    await client.publish(INITIATIVE_CREATED_V1, initiative, {
      id: `created:${initiative.id}`,
      subject: initiative.id,
    });
    const withMexico = {
      ...initiative,
      partners: ['country:MX', 'region:lac'],
      changes: ['partners' as const],
    };
    await client.publish(INITIATIVE_UPDATED_V1, withMexico, {
      id: `updated-1:${initiative.id}`,
      subject: initiative.id,
    });
    await client.publish(
      INITIATIVE_UPDATED_V1,
      { ...withMexico, changes: ['sources'] },
      { id: `updated-2:${initiative.id}`, subject: initiative.id },
    );
    const marker = makeInitiative({ partners: ['country:MX'] });
    await client.publish(INITIATIVE_CREATED_V1, marker, { subject: marker.id });
    await expectEventually(() => expect(hitsOn('/mx')).toHaveLength(2));
    const bodies = hitsOn('/mx').map(
      (h) => JSON.parse(h.body) as { type: string; data: { id: string } },
    );
    expect(bodies.map((b) => [b.type, b.data.id]).sort()).toEqual([
      [INITIATIVE_CREATED_V1, marker.id],
      [INITIATIVE_UPDATED_V1, initiative.id],
    ]);
  });

  it('retries a failing receiver with backoff until it answers', async () => {
    const sub = await subscribe('/flaky', ['country:KR']);
    await client.publish(
      INITIATIVE_CREATED_V1,
      makeInitiative({ partners: ['country:KR'] }),
    );
    await expectEventually(async () => {
      const log = await client.request(LIST_DELIVERIES_V1, {
        subscriptionId: sub.id,
      });
      expect(log.items[0]).toMatchObject({
        status: 'delivered',
        attempts: 3,
        lastStatusCode: 200,
      });
    });
    const ids = new Set(hitsOn('/flaky').map((h) => h.headers['webhook-id']));
    expect(hitsOn('/flaky')).toHaveLength(3);
    expect(ids.size).toBe(1);
  });

  it('gives up after the last attempt and announces the failure', async () => {
    const sub = await subscribe('/down', ['country:IN']);
    await client.publish(
      INITIATIVE_CREATED_V1,
      makeInitiative({ partners: ['country:IN'] }),
    );
    await expectEventually(async () => {
      const log = await client.request(LIST_DELIVERIES_V1, {
        subscriptionId: sub.id,
      });
      expect(log.items[0]).toMatchObject({
        status: 'failed',
        attempts: 3,
        lastError: 'HTTP 500',
      });
    });
    await expectEventually(() =>
      expect(seen.filter((e) => e.type === DELIVERY_FAILED_V1)).toHaveLength(1),
    );
  });

  it('validates subscriptions and deletes them', async () => {
    await expect(
      client.request(CREATE_SUBSCRIPTION_V1, {
        channel: 'webhook',
        url: 'ftp://x.org',
        filter: {},
      } as never),
    ).rejects.toMatchObject({ code: 'invalid' });
    const sub = await subscribe('/gone', ['country:BR']);
    await client.request(DELETE_SUBSCRIPTION_V1, { id: sub.id });
    await expect(
      client.request(DELETE_SUBSCRIPTION_V1, { id: sub.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const list = await client.request(LIST_SUBSCRIPTIONS_V1, {});
    expect(list.items.map((s) => s.id)).not.toContain(sub.id);
    expect(JSON.stringify(list)).not.toContain('whsec_');
  });
});
