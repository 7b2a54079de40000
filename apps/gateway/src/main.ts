import { runService } from '@dpo/service-runtime';
import { configureGatewayHttp } from './app/configure-http';
import { loadGatewayConfig } from './app/gateway.config';
import { GatewayModule } from './app/gateway.module';

void runService({
  name: 'gateway',
  loadConfig: loadGatewayConfig,
  module: (config) => GatewayModule.forRoot(config),
  port: (config) => config.GATEWAY_PORT,
  configureHttp: configureGatewayHttp,
  passRpcErrors: false,
});
