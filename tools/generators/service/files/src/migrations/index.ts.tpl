import { Create__Pascal____ts__ } from './__ts__-create-__name__';

/** In order; never rewrite one that has been committed, add a new one. */
export const __CONST___MIGRATIONS = [Create__Pascal____ts__];
