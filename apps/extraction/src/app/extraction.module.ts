import { HealthModule } from '@dpo/observability';
import { ConsumerLagReadiness, MessagingModule, NatsReadiness } from '@dpo/messaging';
import { DynamicModule, Module } from '@nestjs/common';
import { ExtractionConfig } from './extraction.config';
import { ExtractionController } from './extraction.controller';
import { ExtractionService } from './extraction.service';
import { EXTRACTION_CONFIG } from './extraction.tokens';

/** No database: extraction is a pure function of the text and the extractor version. */
@Module({})
export class ExtractionModule {
  static forRoot(config: ExtractionConfig): DynamicModule {
    return {
      module: ExtractionModule,
      imports: [
        MessagingModule.forRoot({ natsUrl: config.NATS_URL, namespace: config.DPO_NAMESPACE, serviceName: 'extraction' }),
        HealthModule.register([NatsReadiness, ConsumerLagReadiness]),
      ],
      controllers: [ExtractionController],
      providers: [{ provide: EXTRACTION_CONFIG, useValue: config }, ExtractionService],
    };
  }
}
