import {
  DOCUMENT_FAILED_V1,
  DocumentFailedV1,
  LIST_DOCUMENTS_V1,
} from '@dpo/contracts';
import {
  Controller,
  DynamicModule,
  INestMicroservice,
  Module,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  Ctx,
  EventPattern,
  MessagePattern,
  Payload,
} from '@nestjs/microservices';
import { connect, JSONCodec } from 'nats';
import { randomBytes } from 'node:crypto';
import { JetStreamContext } from './jetstream.context';
import { JetStreamServer } from './jetstream.server';
import { MessagingClient } from './messaging.client';
import { RpcErrorPassthroughFilter } from './rpc-error.filter';

const natsUrl = process.env['NATS_URL'] || 'nats://127.0.0.1:4222';
const until = async (check: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};

const failed = (id: string): DocumentFailedV1 => ({
  documentId: `doc_${id.padStart(24, '0')}`,
  sha256: 'a'.repeat(64),
  filename: null,
  stage: 'ingestion',
  code: 'corrupt',
  message: 'x',
  failedAt: new Date().toISOString(),
});

/** Records which replica handled which message; some documents fail on purpose. */
function testModule(
  replica: string,
  log: { replica: string; doc: string; attempt: number }[],
  failTimes: Record<string, number>,
): DynamicModule {
  @Controller()
  class Handlers {
    @EventPattern(DOCUMENT_FAILED_V1)
    handle(@Payload() e: DocumentFailedV1, @Ctx() ctx: JetStreamContext) {
      log.push({ replica, doc: e.documentId, attempt: ctx.deliveryCount });
      if (ctx.deliveryCount <= (failTimes[e.documentId] ?? 0))
        throw new Error(`planned failure ${ctx.deliveryCount}`);
    }

    @MessagePattern(LIST_DOCUMENTS_V1)
    list(@Payload() req: { limit: number }) {
      return { items: [], total: req.limit };
    }
  }
  @Module({ controllers: [Handlers] })
  class TestModule {}
  return { module: TestModule };
}

describe('JetStream transport against a real NATS server', () => {
  const namespace = `tm${randomBytes(4).toString('hex')}`;
  const log: { replica: string; doc: string; attempt: number }[] = [];
  const failTimes: Record<string, number> = {};
  const replicas: INestMicroservice[] = [];
  let client: MessagingClient;

  beforeAll(async () => {
    for (const name of ['a', 'b']) {
      const app = await NestFactory.createMicroservice(
        testModule(name, log, failTimes),
        {
          strategy: new JetStreamServer(
            { natsUrl, namespace, serviceName: 'svc' },
            { maxDeliver: 3, maxBackoffMs: 200, ackWaitMs: 5000 },
          ),
          logger: false,
        },
      );
      app.useGlobalFilters(new RpcErrorPassthroughFilter({} as never));
      await app.listen();
      replicas.push(app);
    }
    client = await MessagingClient.connect({
      natsUrl,
      namespace,
      serviceName: 'test',
    });
  }, 30_000);

  afterAll(async () => {
    await client?.close();
    for (const r of replicas) await r.close();
    // Leave nothing behind on the shared server.
    const nc = await connect({ servers: natsUrl });
    const jsm = await nc.jetstreamManager();
    for (const ns of [namespace, `${namespace}x`])
      for (const name of [
        `${ns.toUpperCase()}_EVENTS`,
        `${ns.toUpperCase()}_DLQ`,
      ])
        await jsm.streams.delete(name).catch(() => undefined);
    await nc.close();
  });

  it('stores a publish with the same id once', async () => {
    const first = await client.publish(DOCUMENT_FAILED_V1, failed('1'), {
      id: 'same-id',
    });
    const second = await client.publish(DOCUMENT_FAILED_V1, failed('1'), {
      id: 'same-id',
    });
    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ duplicate: true, seq: first.seq });
  });

  it('shares one durable consumer between replicas: each message handled once', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `${100 + i}`);
    for (const id of ids)
      await client.publish(DOCUMENT_FAILED_V1, failed(id), {
        id: `share-${id}`,
      });
    const handled = () =>
      log.filter((l) => ids.some((id) => l.doc.endsWith(id)));
    await until(() => handled().length >= ids.length);
    await new Promise((r) => setTimeout(r, 300));
    expect(handled()).toHaveLength(ids.length);
    expect(new Set(handled().map((l) => l.doc)).size).toBe(ids.length);
  });

  it('redelivers after a handler failure and acks after success', async () => {
    failTimes[failed('200').documentId] = 1;
    await client.publish(DOCUMENT_FAILED_V1, failed('200'), {
      id: 'retry-200',
    });
    await until(
      () => log.filter((l) => l.doc === failed('200').documentId).length === 2,
    );
    expect(
      log
        .filter((l) => l.doc === failed('200').documentId)
        .map((l) => l.attempt),
    ).toEqual([1, 2]);
  });

  it('dead-letters a message after its last delivery, with the error', async () => {
    const doc = failed('300').documentId;
    failTimes[doc] = 99;
    const nc = await connect({ servers: natsUrl });
    const dlq = nc.subscribe(`${namespace}.dlq.>`, { max: 1 });
    await nc.flush();
    await client.publish(DOCUMENT_FAILED_V1, failed('300'), { id: 'dlq-300' });
    for await (const m of dlq) {
      expect(m.subject).toBe(
        `${namespace}.dlq.svc.ingestion.document.failed.v1`,
      );
      expect(m.headers?.get('dpo-error')).toBe('planned failure 3');
      expect((JSONCodec().decode(m.data) as { id: string }).id).toBe('dlq-300');
    }
    await nc.close();
    expect(log.filter((l) => l.doc === doc).map((l) => l.attempt)).toEqual([
      1, 2, 3,
    ]);
  });

  it('validates requests and replies, and says when nobody answers', async () => {
    await expect(
      client.request(LIST_DOCUMENTS_V1, { limit: 7 }),
    ).resolves.toEqual({ items: [], total: 7 });
    await expect(
      client.request(LIST_DOCUMENTS_V1, { limit: 5000 }),
    ).rejects.toMatchObject({ code: 'invalid' });
    const other = await MessagingClient.connect({
      natsUrl,
      namespace: `${namespace}x`,
      serviceName: 'test',
    });
    await expect(
      other.request(LIST_DOCUMENTS_V1, {}, 2000),
    ).rejects.toMatchObject({ code: 'unavailable' });
    await other.close();
  });
});
