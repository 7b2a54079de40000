import { ensureDatabase, serviceDataSourceOptions, ServiceDataSourceInput } from '@dpo/persistence';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface DatabaseModuleOptions extends ServiceDataSourceInput {
  runMigrations: boolean;
}

/** Migrations of one schema run one at a time across replicas. */
async function runMigrationsLocked(ds: DataSource, schema: string): Promise<void> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`dpo-migrations:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`dpo-migrations:${schema}`]).catch(() => undefined);
    await runner.release();
  }
}

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => serviceDataSourceOptions(options),
          dataSourceFactory: async (dsOptions) => {
            if (!dsOptions) throw new Error('no data source options');
            await ensureDatabase(options.url);
            const ds = await new DataSource(dsOptions).initialize();
            if (options.runMigrations) await runMigrationsLocked(ds, options.schema);
            return ds;
          },
        }),
      ],
    };
  }
}
