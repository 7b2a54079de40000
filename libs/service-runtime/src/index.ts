export * from './lib/run-service';
export * from './lib/database.module';
export * from './lib/outbox-relay.service';
