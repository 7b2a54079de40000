import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessIndicator, withTimeout } from '@dpo/observability';
import { MessagingClient } from './messaging.client';
import { MessagingOptions } from './messaging.options';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

@Injectable()
class MessagingLifecycle implements OnApplicationShutdown {
  constructor(@Inject(MessagingClient) private readonly client: MessagingClient) {}
  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

/** Readiness: NATS answers a round trip within the timeout. */
@Injectable()
export class NatsReadiness implements ReadinessIndicator {
  constructor(
    private readonly client: MessagingClient,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(timeoutMs: number) {
    const probe = this.indicator.check('nats');
    try {
      const rtt = await withTimeout(this.client.ping(), timeoutMs, 'nats ping');
      return probe.up({ rttMs: rtt });
    } catch (err) {
      return probe.down({ message: (err as Error).message });
    }
  }
}

/**
 * Consumer lag as health detail: how many events wait for this service. It does not make the
 * service unready (a backlog is work, not a fault); alerting reads the numbers.
 */
@Injectable()
export class ConsumerLagReadiness implements ReadinessIndicator {
  constructor(
    private readonly client: MessagingClient,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(timeoutMs: number) {
    const probe = this.indicator.check('consumers');
    try {
      return probe.up(await withTimeout(this.client.consumerLag(), timeoutMs, 'consumer lag'));
    } catch (err) {
      return probe.down({ message: (err as Error).message });
    }
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: MessagingClient, useFactory: () => MessagingClient.connect(options) },
        MessagingLifecycle,
      ],
      exports: [MessagingClient, MESSAGING_OPTIONS],
    };
  }
}
