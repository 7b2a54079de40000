import { CreateNotifications1732282000000 } from './1732282000000-create-notifications';
import { DeliveriesNewMatch1732283000000 } from './1732283000000-deliveries-new-match';

/** In order; never rewrite one that has been committed, add a new one. */
export const NOTIFICATIONS_MIGRATIONS = [CreateNotifications1732282000000, DeliveriesNewMatch1732283000000];
