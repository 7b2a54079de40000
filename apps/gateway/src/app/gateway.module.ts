import { HealthModule } from '@dpo/observability';
import { MessagingModule, NatsReadiness } from '@dpo/messaging';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';
import { GATEWAY_CONFIG, GatewayConfig } from './gateway.config';
import { ApiKeyGuard } from './http/api-key.guard';
import { ErrorFilter } from './http/error.filter';
import { TraceMiddleware } from './http/trace.middleware';
import { DocumentsController } from './routes/documents.controller';
import { RegistryController } from './routes/registry.controller';
import { EventStreamService } from './routes/event-stream.service';
import { EventsController } from './routes/events.controller';
import { StatusController } from './routes/status.controller';
import { SubscriptionsController } from './routes/subscriptions.controller';

/** HTTP in front of the services: validates, authenticates, and turns each route into one request/reply call. */
@Module({})
export class GatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(TraceMiddleware).forRoutes('*');
  }

  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        MessagingModule.forRoot({ natsUrl: config.NATS_URL, namespace: config.DPO_NAMESPACE, serviceName: 'gateway' }),
        HealthModule.register([NatsReadiness]),
        // Uploads are held in memory up to the limit, then go to the object store.
        MulterModule.register({ limits: { fileSize: config.MAX_UPLOAD_BYTES, files: 1, fields: 10 } }),
      ],
      controllers: [DocumentsController, RegistryController, SubscriptionsController, EventsController, StatusController],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }, { provide: APP_FILTER, useClass: ErrorFilter }, ApiKeyGuard, EventStreamService],
    };
  }
}
