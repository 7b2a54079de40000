import { CloudEvent } from '@dpo/contracts';
import { claimInbox } from '@dpo/persistence';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { DeliveryWorker } from './delivery.worker';
import { deliveryKind, factsOf } from './domain/matching';
import { DeliveryEntity, SubscriptionEntity } from './notifications.entities';

/**
 * Turns an event into one pending delivery per matching subscription, in one
 * transaction with the inbox claim. Unique keys, (subscription, event) and one
 * new-match per (subscription, initiative), make redelivery, replay, a second
 * replica and created/updated arriving in either order harmless.
 */
@Injectable()
export class FanoutService {
  private readonly logger = new Logger(FanoutService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly worker: DeliveryWorker,
  ) {}

  async onEvent(consumer: string, envelope: CloudEvent): Promise<number> {
    const facts = factsOf(envelope.type, envelope.time, envelope.data);
    const created = await this.dataSource.transaction(async (m) => {
      if (!(await claimInbox(m, consumer, envelope.id))) return 0;
      const subs = await m.find(SubscriptionEntity, { where: { deletedAt: IsNull() } });
      const matching = subs.flatMap((s) => {
        const kind = deliveryKind(s, facts);
        return kind ? [{ s, kind }] : [];
      });
      if (!matching.length) return 0;
      const result = await m
        .createQueryBuilder()
        .insert()
        .into(DeliveryEntity)
        .values(
          matching.map(({ s, kind }) => ({
            subscriptionId: s.id,
            subject: envelope.subject ?? null,
            kind,
            eventId: envelope.id,
            eventType: envelope.type,
            // jsonb: TypeORM's deep-partial type cannot express the envelope's `unknown` data.
            envelope: envelope as never,
            status: 'pending' as const,
            attempts: 0,
            nextAttemptAt: new Date(),
          })),
        )
        .orIgnore()
        .returning(['id'])
        .execute();
      return (result.raw as unknown[]).length;
    });
    if (created) {
      this.logger.log({ msg: 'deliveries queued', eventId: envelope.id, type: envelope.type, count: created });
      this.worker.kick();
    }
    return created;
  }
}
