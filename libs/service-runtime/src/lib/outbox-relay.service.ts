import { MessagingClient } from '@dpo/messaging';
import { OutboxRelay } from '@dpo/persistence';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Runs the transactional outbox relay of the service's schema for the life of the app. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly relay: OutboxRelay;

  constructor(dataSource: DataSource, messaging: MessagingClient) {
    this.relay = new OutboxRelay(dataSource, (envelope) => messaging.publishEnvelope(envelope), new Logger(OutboxRelay.name));
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }

  /** Call after a commit that queued events, to publish them without waiting for the next poll. */
  kick(): void {
    this.relay.kick();
  }

  pending(): Promise<number> {
    return this.relay.pending();
  }
}
