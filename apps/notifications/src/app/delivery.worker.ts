import { DELIVERY_FAILED_V1 } from '@dpo/contracts';
import { MessagingClient } from '@dpo/messaging';
import { addToOutbox } from '@dpo/persistence';
import { OutboxRelayService } from '@dpo/service-runtime';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { retryDelayMs } from './domain/matching';
import { checkWebhookTarget } from './domain/target-guard';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from './notifications.config';
import { DeliveryAttemptEntity, DeliveryEntity, SubscriptionEntity } from './notifications.entities';
import { sendWebhook } from './webhook.sender';

interface ClaimedRow {
  id: string;
  subscription_id: string;
  event_id: string;
  envelope: { id: string; type: string };
  attempts: number;
}

const POLL_MS = 250;
const LEASE_SECONDS = 120;

/**
 * Sends due deliveries. Replicas share the work: rows are leased with
 * FOR UPDATE SKIP LOCKED and a `locked_until`, so a crashed sender's rows come
 * back after the lease instead of being lost or sent twice at once.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly inflight = new Set<Promise<void>>();
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private polling = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingClient,
    private readonly outbox: OutboxRelayService,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.inflight]);
  }

  kick(): void {
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), ms);
  }

  private async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    let claimed = 0;
    try {
      const room = this.config.DELIVERY_CONCURRENCY - this.inflight.size;
      if (room > 0) {
        const rows = await this.claim(room);
        claimed = rows.length;
        for (const row of rows) {
          const job = this.deliver(row).catch((err: Error) => this.logger.error({ msg: 'delivery crashed', deliveryId: row.id, error: err.message }));
          this.inflight.add(job);
          void job.finally(() => {
            this.inflight.delete(job);
            this.kick();
          });
        }
      }
    } catch (err) {
      this.logger.warn({ msg: 'claiming deliveries failed', error: (err as Error).message });
    } finally {
      this.polling = false;
    }
    this.schedule(claimed ? 0 : POLL_MS);
  }

  private async claim(limit: number): Promise<ClaimedRow[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notifications.deliveries d SET locked_until = now() + make_interval(secs => $2)
       WHERE d.id IN (
         SELECT id FROM notifications.deliveries
         WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING d.id, d.subscription_id, d.event_id, d.envelope, d.attempts`,
      [limit, LEASE_SECONDS],
    )) as [ClaimedRow[], number];
    return rows;
  }

  private async deliver(row: ClaimedRow): Promise<void> {
    const sub = await this.dataSource
      .getRepository(SubscriptionEntity)
      .createQueryBuilder('s')
      .addSelect('s.secret')
      .where('s.id = :id', { id: row.subscription_id })
      .getOne();
    const attempt = row.attempts + 1;
    if (!sub || sub.deletedAt) {
      await this.finish(row, attempt, { ok: false, statusCode: null, error: 'subscription deleted', durationMs: 0 }, true);
      return;
    }
    let result;
    try {
      await checkWebhookTarget(sub.url, this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS);
      result = await sendWebhook(sub.url, sub.secret, row.envelope, this.config.WEBHOOK_TIMEOUT_MS);
    } catch (err) {
      result = { ok: false, statusCode: null, error: (err as Error).message, durationMs: 0 };
    }
    await this.finish(row, attempt, result, attempt >= this.config.WEBHOOK_MAX_ATTEMPTS);
  }

  private async finish(row: ClaimedRow, attempt: number, result: Awaited<ReturnType<typeof sendWebhook>>, last: boolean): Promise<void> {
    const failedForGood = !result.ok && last;
    await this.dataSource.transaction(async (m) => {
      await m.insert(DeliveryAttemptEntity, { deliveryId: row.id, attempt, statusCode: result.statusCode, error: result.error, durationMs: result.durationMs });
      await m.update(
        DeliveryEntity,
        { id: row.id },
        {
          attempts: attempt,
          lockedUntil: null,
          lastStatusCode: result.statusCode,
          lastError: result.error,
          status: result.ok ? 'delivered' : failedForGood ? 'failed' : 'pending',
          deliveredAt: result.ok ? new Date() : null,
          nextAttemptAt: result.ok || failedForGood ? null : new Date(Date.now() + retryDelayMs(attempt, this.config.WEBHOOK_RETRY_BASE_MS)),
        },
      );
      if (failedForGood) {
        const data = {
          deliveryId: row.id,
          subscriptionId: row.subscription_id,
          eventId: row.event_id,
          eventType: row.envelope.type,
          attempts: attempt,
          lastError: (result.error ?? 'failed').slice(0, 2000),
          failedAt: new Date().toISOString(),
        };
        await addToOutbox(m, this.messaging.envelope(DELIVERY_FAILED_V1, data, { id: `delivery.failed:${row.id}`, subject: row.subscription_id }));
      }
    });
    if (failedForGood) this.outbox.kick();
    this.logger.log({ msg: result.ok ? 'webhook delivered' : failedForGood ? 'webhook failed for good' : 'webhook failed; will retry', deliveryId: row.id, attempt, status: result.statusCode, error: result.error });
  }
}
