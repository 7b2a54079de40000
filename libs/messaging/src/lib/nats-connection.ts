import {
  connect,
  DiscardPolicy,
  JetStreamClient,
  JetStreamManager,
  NatsConnection,
  nanos,
  RetentionPolicy,
  StorageType,
  StreamConfig,
} from 'nats';
import { deadLetterStreamName, eventsStreamName, MessagingOptions } from './messaging.options';

const DUPLICATE_WINDOW_MS = 10 * 60_000;

export interface NatsHandle {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
}

/** Connect, or fail with a message that says which server and how to start one. */
export async function openNats(opts: MessagingOptions, role: string): Promise<NatsHandle> {
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers: opts.natsUrl.split(',').map((s) => s.trim()),
      name: `${opts.serviceName}-${role}`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
      timeout: 5000,
    });
  } catch (err) {
    throw new Error(
      `Cannot reach NATS at ${opts.natsUrl} (${(err as Error).message}). Start it with: ` +
        'nats-server -js -a 127.0.0.1 -p 4222 (or docker compose up -d nats), or set NATS_URL.',
    );
  }
  const jsm = await nc.jetstreamManager({ timeout: 10_000 });
  await ensureStreams(jsm, opts.namespace);
  return { nc, js: nc.jetstream({ timeout: 10_000 }), jsm };
}

/** Create or update the streams; safe to run from every replica at every start. */
export async function ensureStreams(jsm: JetStreamManager, namespace: string): Promise<void> {
  const streams: Partial<StreamConfig>[] = [
    {
      name: eventsStreamName(namespace),
      subjects: [`${namespace}.events.>`],
      description: 'Digital Partnership Observatory domain events (CloudEvents JSON)',
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      duplicate_window: nanos(DUPLICATE_WINDOW_MS),
      max_msg_size: 4 * 1024 * 1024,
    },
    {
      name: deadLetterStreamName(namespace),
      subjects: [`${namespace}.dlq.>`],
      description: 'Messages that failed after their last delivery, with the error in headers',
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      max_age: nanos(30 * 24 * 3600_000),
    },
  ];
  for (const cfg of streams) {
    try {
      await jsm.streams.info(cfg.name as string);
      await jsm.streams.update(cfg.name as string, cfg);
    } catch (err) {
      if (!isNotFound(err)) throw err;
      try {
        await jsm.streams.add(cfg);
      } catch (addErr) {
        // Another replica created it between our two calls.
        if (!/already in use|exists/i.test((addErr as Error).message)) throw addErr;
      }
    }
  }
}

export function isNotFound(err: unknown): boolean {
  const e = err as { code?: string; api_error?: { code?: number }; message?: string };
  return e?.api_error?.code === 404 || e?.code === '404' || /not found/i.test(e?.message ?? '');
}
