import { HealthModule } from '@dpo/observability';
import { MessagingModule, NatsReadiness } from '@dpo/messaging';
import { DatabaseReadiness, InboxEntry, OutboxEntry } from '@dpo/persistence';
import { DatabaseModule, OutboxRelayService } from '@dpo/service-runtime';
import { DynamicModule, Module } from '@nestjs/common';
import { __CONST___MIGRATIONS } from '../migrations';
import { __Pascal__Config } from './__name__.config';
import { __Pascal__Controller } from './__name__.controller';
import { __Pascal__Service } from './__name__.service';

@Module({})
export class __Pascal__Module {
  static forRoot(config: __Pascal__Config): DynamicModule {
    return {
      module: __Pascal__Module,
      imports: [
        DatabaseModule.forRoot({
          url: config.DATABASE_URL,
          schema: '__schema__',
          entities: [InboxEntry, OutboxEntry],
          migrations: __CONST___MIGRATIONS,
          runMigrations: config.DB_RUN_MIGRATIONS,
        }),
        MessagingModule.forRoot({ natsUrl: config.NATS_URL, namespace: config.DPO_NAMESPACE, serviceName: '__name__' }),
        HealthModule.register([DatabaseReadiness, NatsReadiness]),
      ],
      controllers: [__Pascal__Controller],
      providers: [__Pascal__Service, OutboxRelayService],
    };
  }
}
