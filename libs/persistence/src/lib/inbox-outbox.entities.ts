import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Events a consumer has applied; written in the same transaction as the effect. */
@Entity({ name: 'inbox' })
export class InboxEntry {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;
}

/** Events to publish, written in the same transaction as the change they announce. */
@Entity({ name: 'outbox' })
export class OutboxEntry {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'jsonb' })
  envelope!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}

/** SQL for a service's first migration; each service owns its copy of these tables. */
export function inboxOutboxUpSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}"."inbox" ("consumer" text NOT NULL, "event_id" text NOT NULL, "processed_at" timestamptz NOT NULL DEFAULT now(), PRIMARY KEY ("consumer", "event_id"))`,
    `CREATE TABLE "${schema}"."outbox" ("id" text PRIMARY KEY, "subject" text NOT NULL, "envelope" jsonb NOT NULL, "created_at" timestamptz NOT NULL DEFAULT now(), "published_at" timestamptz, "attempts" int NOT NULL DEFAULT 0, "last_error" text)`,
    `CREATE INDEX "outbox_unpublished" ON "${schema}"."outbox" ("created_at") WHERE "published_at" IS NULL`,
  ];
}

export function inboxOutboxDownSql(schema: string): string[] {
  return [`DROP TABLE "${schema}"."outbox"`, `DROP TABLE "${schema}"."inbox"`];
}
