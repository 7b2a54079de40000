import { runService } from '@dpo/service-runtime';
import { loadNotificationsConfig } from './app/notifications.config';
import { NotificationsModule } from './app/notifications.module';

void runService({
  name: 'notifications',
  loadConfig: loadNotificationsConfig,
  module: (config) => NotificationsModule.forRoot(config),
  port: (config) => config.NOTIFICATIONS_PORT,
});
