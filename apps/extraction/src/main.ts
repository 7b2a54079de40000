import { runService } from '@dpo/service-runtime';
import { loadExtractionConfig } from './app/extraction.config';
import { ExtractionModule } from './app/extraction.module';

void runService({
  name: 'extraction',
  loadConfig: loadExtractionConfig,
  module: (config) => ExtractionModule.forRoot(config),
  port: (config) => config.EXTRACTION_PORT,
  // Large documents take a while; the transport keeps the message alive meanwhile.
  consumer: () => ({ ackWaitMs: 60_000 }),
});
