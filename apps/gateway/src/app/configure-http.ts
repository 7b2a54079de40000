import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { GatewayConfig } from './gateway.config';

/** Prefix, body limits, CORS and OpenAPI (`/api/docs`, `/api/docs-json`). */
export function configureGatewayHttp(app: INestApplication, config: GatewayConfig): void {
  const express = app as NestExpressApplication;
  express.setGlobalPrefix('api', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  // JSON documents carry up to 10 M characters of text; everything else is small.
  express.useBodyParser('json', { limit: '12mb' });
  express.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  express.disable('x-powered-by');
  if (config.CORS_ORIGINS) express.enableCors({ origin: config.CORS_ORIGINS.split(',').map((s) => s.trim()) });
  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Digital Partnership Observatory API')
      .setDescription(
        'Who cooperates with the EU on what, since when, with a citation for every fact. ' +
          'Write routes need `Authorization: Bearer <DPO_API_KEY>`. Events: see the AsyncAPI document in libs/contracts.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json' });
}
