import { inboxOutboxDownSql, inboxOutboxUpSql } from '@dpo/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1732282000000 implements MigrationInterface {
  name = 'CreateNotifications1732282000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications"."subscriptions" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "channel" text NOT NULL CHECK ("channel" IN ('webhook')),
      "url" text NOT NULL, "filter" jsonb NOT NULL, "secret" text NOT NULL, "description" text,
      "created_at" timestamptz NOT NULL DEFAULT now(), "deleted_at" timestamptz)`);
    await q.query(`CREATE TABLE "notifications"."deliveries" (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "subscription_id" uuid NOT NULL REFERENCES "notifications"."subscriptions" ("id"),
      "event_id" text NOT NULL, "event_type" text NOT NULL, "envelope" jsonb NOT NULL,
      "status" text NOT NULL CHECK ("status" IN ('pending', 'delivered', 'failed')),
      "attempts" int NOT NULL DEFAULT 0, "next_attempt_at" timestamptz, "locked_until" timestamptz,
      "last_status_code" int, "last_error" text, "delivered_at" timestamptz,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      UNIQUE ("subscription_id", "event_id"))`);
    await q.query(`CREATE INDEX "deliveries_due" ON "notifications"."deliveries" ("next_attempt_at") WHERE "status" = 'pending'`);
    await q.query(`CREATE TABLE "notifications"."delivery_attempts" (
      "delivery_id" uuid NOT NULL REFERENCES "notifications"."deliveries" ("id") ON DELETE CASCADE,
      "attempt" int NOT NULL, "at" timestamptz NOT NULL DEFAULT now(), "status_code" int, "error" text,
      "duration_ms" int NOT NULL, PRIMARY KEY ("delivery_id", "attempt"))`);
    for (const sql of inboxOutboxUpSql('notifications')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of inboxOutboxDownSql('notifications')) await q.query(sql);
    for (const t of ['delivery_attempts', 'deliveries', 'subscriptions']) await q.query(`DROP TABLE "notifications"."${t}"`);
  }
}
