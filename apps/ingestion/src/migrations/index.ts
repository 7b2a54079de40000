import { CreateDocuments1732280000000 } from './1732280000000-create-documents';

/** In order; never rewrite one that has been committed, add a new one. */
export const INGESTION_MIGRATIONS = [CreateDocuments1732280000000];
