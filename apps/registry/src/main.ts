import { runService } from '@dpo/service-runtime';
import { loadRegistryConfig } from './app/registry.config';
import { RegistryModule } from './app/registry.module';

void runService({
  name: 'registry',
  loadConfig: loadRegistryConfig,
  module: (config) => RegistryModule.forRoot(config),
  port: (config) => config.REGISTRY_PORT,
});
