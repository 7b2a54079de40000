import { CloudEvent } from '@dpo/contracts';
import { EventTap, MessagingClient } from '@dpo/messaging';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { bootService } from './in-process-service';
import { deleteNamespace } from './nats-cleanup';
import {
  createTestDatabase,
  randomNamespace,
  TestDatabase,
  testNatsUrl,
} from './test-env';

export interface HarnessEnv {
  DATABASE_URL: string;
  NATS_URL: string;
  DPO_NAMESPACE: string;
}

/** One service in-process on a fresh database and namespace, a client, and every event it emits. */
export interface ServiceHarness {
  app: INestApplication;
  client: MessagingClient;
  env: HarnessEnv;
  events: CloudEvent[];
  ofType(type: string): CloudEvent[];
  close(): Promise<void>;
}

export async function startServiceHarness(opts: {
  serviceName: string;
  module: (env: HarnessEnv) => DynamicModule;
  withDatabase?: boolean;
}): Promise<ServiceHarness> {
  const natsUrl = testNatsUrl();
  const namespace = randomNamespace(opts.serviceName.slice(0, 3));
  const db: TestDatabase | null =
    opts.withDatabase === false
      ? null
      : await createTestDatabase(opts.serviceName);
  const env = {
    DATABASE_URL: db?.url ?? '',
    NATS_URL: natsUrl,
    DPO_NAMESPACE: namespace,
  };
  const app = await bootService(opts.module(env), {
    serviceName: opts.serviceName,
    natsUrl,
    namespace,
  });
  const client = await MessagingClient.connect({
    natsUrl,
    namespace,
    serviceName: `${opts.serviceName}-test`,
  });
  const events: CloudEvent[] = [];
  const tap = await EventTap.open(natsUrl, namespace, (e) => events.push(e));
  return {
    app,
    client,
    env,
    events,
    ofType: (type) => events.filter((e) => e.type === type),
    close: async () => {
      await tap.close();
      await client.close();
      await app.close();
      await db?.drop();
      await deleteNamespace(natsUrl, namespace);
    },
  };
}
