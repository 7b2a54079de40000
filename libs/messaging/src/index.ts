export * from './lib/messaging.options';
export * from './lib/messaging.client';
export * from './lib/messaging.module';
export * from './lib/jetstream.server';
export * from './lib/jetstream.context';
export * from './lib/event-tap';
export * from './lib/rpc-error.filter';
