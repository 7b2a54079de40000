export * from './lib/expect-eventually';
export * from './lib/test-env';
export * from './lib/factories';
export * from './lib/service-process';
export * from './lib/in-process-service';
export * from './lib/nats-cleanup';
export * from './lib/service-harness';
