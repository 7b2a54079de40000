export * from './lib/extraction-core';
