import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A subscriber to new initiatives hears about each initiative once, when it first matches:
 * at creation, or later when a source adds the partner or area it follows.
 */
export class DeliveriesNewMatch1732283000000 implements MigrationInterface {
  name = 'DeliveriesNewMatch1732283000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications"."deliveries" ADD COLUMN "subject" text, ADD COLUMN "kind" text NOT NULL DEFAULT 'event' CHECK ("kind" IN ('event', 'new-match'))`);
    await q.query(`CREATE UNIQUE INDEX "deliveries_one_new_match" ON "notifications"."deliveries" ("subscription_id", "subject") WHERE "kind" = 'new-match'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "notifications"."deliveries_one_new_match"`);
    await q.query(`ALTER TABLE "notifications"."deliveries" DROP COLUMN "kind", DROP COLUMN "subject"`);
  }
}
