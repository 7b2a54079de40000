import { Controller, DynamicModule, Get, Inject, Module, Type } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, TerminusModule } from '@nestjs/terminus';

/** A dependency whose health decides readiness (database, NATS, consumer lag…). */
export interface ReadinessIndicator {
  check(timeoutMs: number): Promise<HealthIndicatorResult>;
}

export const READINESS_INDICATORS = Symbol('READINESS_INDICATORS');
const CHECK_TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(READINESS_INDICATORS) private readonly indicators: ReadinessIndicator[],
  ) {}

  /** Live: the process answers. Never checks dependencies, so a database outage does not restart pods. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check(this.indicators.map((i) => () => i.check(CHECK_TIMEOUT_MS)));
  }
}

@Module({})
export class HealthModule {
  static register(indicators: Type<ReadinessIndicator>[]): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        ...indicators,
        {
          provide: READINESS_INDICATORS,
          useFactory: (...found: ReadinessIndicator[]) => found,
          inject: indicators,
        },
      ],
    };
  }
}
