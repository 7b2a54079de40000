import { runService } from '@dpo/service-runtime';
import { load__Pascal__Config } from './app/__name__.config';
import { __Pascal__Module } from './app/__name__.module';

void runService({
  name: '__name__',
  loadConfig: load__Pascal__Config,
  module: (config) => __Pascal__Module.forRoot(config),
  port: (config) => config.__CONST___PORT,
});
