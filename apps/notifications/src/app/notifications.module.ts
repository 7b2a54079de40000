import { HealthModule } from '@dpo/observability';
import { ConsumerLagReadiness, MessagingModule, NatsReadiness } from '@dpo/messaging';
import { DatabaseReadiness, InboxEntry, OutboxEntry } from '@dpo/persistence';
import { DatabaseModule, OutboxRelayService } from '@dpo/service-runtime';
import { DynamicModule, Module } from '@nestjs/common';
import { NOTIFICATIONS_MIGRATIONS } from '../migrations';
import { DeliveryWorker } from './delivery.worker';
import { FanoutService } from './fanout.service';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from './notifications.config';
import { NotificationsController } from './notifications.controller';
import { DeliveryAttemptEntity, DeliveryEntity, SubscriptionEntity } from './notifications.entities';
import { SubscriptionsService } from './subscriptions.service';

@Module({})
export class NotificationsModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [
        DatabaseModule.forRoot({
          url: config.DATABASE_URL,
          schema: 'notifications',
          entities: [SubscriptionEntity, DeliveryEntity, DeliveryAttemptEntity, InboxEntry, OutboxEntry],
          migrations: NOTIFICATIONS_MIGRATIONS,
          runMigrations: config.DB_RUN_MIGRATIONS,
        }),
        MessagingModule.forRoot({ natsUrl: config.NATS_URL, namespace: config.DPO_NAMESPACE, serviceName: 'notifications' }),
        HealthModule.register([DatabaseReadiness, NatsReadiness, ConsumerLagReadiness]),
      ],
      controllers: [NotificationsController],
      providers: [{ provide: NOTIFICATIONS_CONFIG, useValue: config }, SubscriptionsService, FanoutService, DeliveryWorker, OutboxRelayService],
    };
  }
}
