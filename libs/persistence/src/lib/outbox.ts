import { CloudEvent } from '@dpo/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { OutboxEntry } from './inbox-outbox.entities';

/** Queue an event in the caller's transaction; the relay publishes it after commit. */
export async function addToOutbox(manager: EntityManager, envelope: CloudEvent): Promise<void> {
  const table = manager.getRepository(OutboxEntry).metadata.tablePath;
  await manager.query(`INSERT INTO ${table} ("id", "subject", "envelope") VALUES ($1, $2, $3) ON CONFLICT ("id") DO NOTHING`, [
    envelope.id,
    envelope.type,
    JSON.stringify(envelope),
  ]);
}

export interface OutboxRelayLogger {
  warn(message: unknown, context?: string): void;
}

/**
 * Publishes outbox rows in order. Replicas can all run it: rows are claimed
 * with FOR UPDATE SKIP LOCKED. The envelope id is the Nats-Msg-Id, so a crash
 * between publish and mark leads to a deduplicated re-publish, not a second event.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = true;
  private kicked = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publish: (envelope: CloudEvent) => Promise<unknown>,
    private readonly logger: OutboxRelayLogger,
    private readonly intervalMs = 250,
    private readonly batchSize = 100,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Publish soon: called after a commit that queued events. */
  kick(): void {
    if (this.running) this.kicked = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  /** Rows waiting to be published (for readiness and metrics). */
  pending(): Promise<number> {
    return this.dataSource.getRepository(OutboxEntry).count({ where: { publishedAt: IsNull() } });
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    let published = 0;
    let failed = false;
    try {
      published = await this.publishBatch();
    } catch (err) {
      failed = true;
      this.logger.warn({ msg: 'outbox publish failed; will retry', error: (err as Error).message }, 'OutboxRelay');
    } finally {
      this.running = false;
    }
    const again = this.kicked || published === this.batchSize;
    this.kicked = false;
    this.schedule(failed ? this.intervalMs * 8 : again ? 0 : this.intervalMs);
  }

  async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(OutboxEntry)
        .createQueryBuilder('o')
        .where('o.published_at IS NULL')
        .orderBy('o.created_at', 'ASC')
        .addOrderBy('o.id', 'ASC')
        .limit(this.batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of rows) {
        try {
          await this.publish(row.envelope as unknown as CloudEvent);
        } catch (err) {
          await manager.update(OutboxEntry, { id: row.id }, { attempts: row.attempts + 1, lastError: (err as Error).message.slice(0, 1000) });
          throw err;
        }
        await manager.update(OutboxEntry, { id: row.id }, { publishedAt: new Date(), attempts: row.attempts + 1 });
      }
      return rows.length;
    });
  }
}
