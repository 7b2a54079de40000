import { runService } from '@dpo/service-runtime';
import { loadIngestionConfig } from './app/ingestion.config';
import { IngestionModule } from './app/ingestion.module';

void runService({
  name: 'ingestion',
  loadConfig: loadIngestionConfig,
  module: (config) => IngestionModule.forRoot(config),
  port: (config) => config.INGESTION_PORT,
});
