export * from './lib/document-parsing';
