import { CreateRegistry1732281000000 } from './1732281000000-create-registry';

/** In order; never rewrite one that has been committed, add a new one. */
export const REGISTRY_MIGRATIONS = [CreateRegistry1732281000000];
