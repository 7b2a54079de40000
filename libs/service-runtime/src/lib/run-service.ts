import { BaseConfig, ConfigError, JsonLogger } from '@dpo/observability';
import { ConsumerOptions, JetStreamServer, RpcErrorPassthroughFilter } from '@dpo/messaging';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

export interface ServiceDefinition<C extends BaseConfig> {
  name: string;
  /** Parses the environment; throws ConfigError naming each bad variable. */
  loadConfig: () => C;
  module: (config: C) => DynamicModule;
  port: (config: C) => number;
  consumer?: (config: C) => Partial<ConsumerOptions>;
  /** Extra HTTP setup (the gateway adds body limits, OpenAPI, CORS). */
  configureHttp?: (app: INestApplication, config: C) => void | Promise<void>;
  /** Keep ContractError codes in request/reply answers (default). The gateway, which answers no requests, sets false. */
  passRpcErrors?: boolean;
}

/**
 * The one start-up sequence of every service: JSON logs first, config validated,
 * `node main.js migrate` runs migrations and exits, otherwise the JetStream
 * transport connects, health and API listen, and SIGTERM drains everything.
 */
export async function runService<C extends BaseConfig>(def: ServiceDefinition<C>, argv = process.argv.slice(2)): Promise<INestApplication | undefined> {
  const logger = new JsonLogger(def.name);
  let config: C;
  try {
    config = def.loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${def.name}: ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const command = argv[0] ?? 'serve';
  if (command !== 'serve' && command !== 'migrate') {
    process.stderr.write(`${def.name}: unknown command '${command}' (expected: serve | migrate)\n`);
    process.exit(64);
  }
  try {
    if (command === 'migrate') {
      // Data source start-up runs pending migrations under an advisory lock.
      const app = await NestFactory.createApplicationContext(def.module({ ...config, DB_RUN_MIGRATIONS: true }), { logger });
      logger.log({ msg: 'migrations up to date' }, 'Migrate');
      await app.close();
      return undefined;
    }
    const app = await NestFactory.create(def.module(config), { logger, abortOnError: false });
    app.enableShutdownHooks();
    await def.configureHttp?.(app, config);
    // Registered before the transport connects: a hybrid app binds its handlers at connect time.
    if (def.passRpcErrors !== false) app.useGlobalFilters(new RpcErrorPassthroughFilter(app.getHttpAdapter()));
    app.connectMicroservice(
      {
        strategy: new JetStreamServer(
          { natsUrl: config.NATS_URL, namespace: config.DPO_NAMESPACE, serviceName: def.name },
          def.consumer?.(config),
        ),
      },
      { inheritAppConfig: true },
    );
    await app.startAllMicroservices();
    const port = def.port(config);
    await app.listen(port, process.env['HOST'] ?? '0.0.0.0');
    logger.log({ msg: 'ready', port, namespace: config.DPO_NAMESPACE }, 'Bootstrap');
    return app;
  } catch (err) {
    logger.fatal({ msg: `${def.name} failed to start: ${(err as Error).message}` }, 'Bootstrap');
    process.exit(1);
  }
}
