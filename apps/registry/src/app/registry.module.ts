import { HealthModule } from '@dpo/observability';
import { ConsumerLagReadiness, MessagingModule, NatsReadiness } from '@dpo/messaging';
import { DatabaseReadiness, InboxEntry, OutboxEntry } from '@dpo/persistence';
import { DatabaseModule, OutboxRelayService } from '@dpo/service-runtime';
import { DynamicModule, Module } from '@nestjs/common';
import { REGISTRY_MIGRATIONS } from '../migrations';
import { RegistryConfig } from './registry.config';
import { RegistryController } from './registry.controller';
import {
  InitiativeEntity,
  InitiativeSourceEntity,
  PartnershipEntity,
  PartnershipSourceEntity,
  RegistryDocumentEntity,
} from './registry.entities';
import { RegistryQueryService } from './registry-query.service';
import { RegistryWriterService } from './registry-writer.service';

@Module({})
export class RegistryModule {
  static forRoot(config: RegistryConfig): DynamicModule {
    return {
      module: RegistryModule,
      imports: [
        DatabaseModule.forRoot({
          url: config.DATABASE_URL,
          schema: 'registry',
          entities: [InitiativeEntity, InitiativeSourceEntity, PartnershipEntity, PartnershipSourceEntity, RegistryDocumentEntity, InboxEntry, OutboxEntry],
          migrations: REGISTRY_MIGRATIONS,
          runMigrations: config.DB_RUN_MIGRATIONS,
        }),
        MessagingModule.forRoot({ natsUrl: config.NATS_URL, namespace: config.DPO_NAMESPACE, serviceName: 'registry' }),
        HealthModule.register([DatabaseReadiness, NatsReadiness, ConsumerLagReadiness]),
      ],
      controllers: [RegistryController],
      providers: [RegistryWriterService, RegistryQueryService, OutboxRelayService],
    };
  }
}
