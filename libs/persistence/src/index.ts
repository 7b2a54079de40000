export * from './lib/data-source.options';
export * from './lib/inbox-outbox.entities';
export * from './lib/inbox';
export * from './lib/outbox';
export * from './lib/database.readiness';
