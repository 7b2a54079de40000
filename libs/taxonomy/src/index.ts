export * from './lib/taxonomy';
