import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessIndicator, withTimeout } from '@dpo/observability';
import { DataSource } from 'typeorm';

/** Readiness: the service's database answers `SELECT 1` within the timeout. */
@Injectable()
export class DatabaseReadiness implements ReadinessIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(timeoutMs: number) {
    const probe = this.indicator.check('database');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), timeoutMs, 'database ping');
      return probe.up();
    } catch (err) {
      return probe.down({ message: (err as Error).message });
    }
  }
}
