import { CreateNotifications1732282000000 } from './1732282000000-create-notifications';

/** In order; never rewrite one that has been committed, add a new one. */
export const NOTIFICATIONS_MIGRATIONS = [CreateNotifications1732282000000];
