import { HealthModule } from '@dpo/observability';
import { ConsumerLagReadiness, MessagingModule, NatsReadiness } from '@dpo/messaging';
import { DatabaseReadiness, InboxEntry, OutboxEntry } from '@dpo/persistence';
import { DatabaseModule, OutboxRelayService } from '@dpo/service-runtime';
import { DynamicModule, Module } from '@nestjs/common';
import { INGESTION_MIGRATIONS } from '../migrations';
import { DocumentEntity } from './document.entity';
import { IngestionConfig } from './ingestion.config';
import { IngestionController } from './ingestion.controller';
import { IngestionService } from './ingestion.service';
import { INGESTION_CONFIG } from './ingestion.tokens';

@Module({})
export class IngestionModule {
  static forRoot(config: IngestionConfig): DynamicModule {
    return {
      module: IngestionModule,
      imports: [
        DatabaseModule.forRoot({
          url: config.DATABASE_URL,
          schema: 'ingestion',
          entities: [DocumentEntity, InboxEntry, OutboxEntry],
          migrations: INGESTION_MIGRATIONS,
          runMigrations: config.DB_RUN_MIGRATIONS,
        }),
        MessagingModule.forRoot({ natsUrl: config.NATS_URL, namespace: config.DPO_NAMESPACE, serviceName: 'ingestion' }),
        HealthModule.register([DatabaseReadiness, NatsReadiness, ConsumerLagReadiness]),
      ],
      controllers: [IngestionController],
      providers: [{ provide: INGESTION_CONFIG, useValue: config }, IngestionService, OutboxRelayService],
    };
  }
}
