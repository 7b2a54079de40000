import {
  ConsumerOptions,
  JetStreamServer,
  RpcErrorPassthroughFilter,
} from '@dpo/messaging';
import { JsonLogger } from '@dpo/observability';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/** Boot a service module in this process with the real JetStream transport (for integration tests). */
export async function bootService(
  module: DynamicModule,
  opts: {
    serviceName: string;
    natsUrl: string;
    namespace: string;
    consumer?: Partial<ConsumerOptions>;
    configureHttp?: (app: INestApplication) => void | Promise<void>;
  },
): Promise<INestApplication> {
  const app = await NestFactory.create(module, {
    logger: new JsonLogger(
      opts.serviceName,
      process.env['TEST_LOG_LEVEL'] ?? 'error',
    ),
  });
  await opts.configureHttp?.(app);
  if (!opts.configureHttp)
    app.useGlobalFilters(new RpcErrorPassthroughFilter(app.getHttpAdapter()));
  app.connectMicroservice(
    {
      strategy: new JetStreamServer(
        {
          natsUrl: opts.natsUrl,
          namespace: opts.namespace,
          serviceName: opts.serviceName,
        },
        opts.consumer,
      ),
    },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
  await app.listen(0, '127.0.0.1');
  return app;
}
