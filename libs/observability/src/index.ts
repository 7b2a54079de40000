export * from './lib/trace-context';
export * from './lib/json-logger';
export * from './lib/config';
export * from './lib/health.module';
export * from './lib/with-timeout';
