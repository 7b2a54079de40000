import { inboxOutboxDownSql, inboxOutboxUpSql } from '@dpo/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegistry1732281000000 implements MigrationInterface {
  name = 'CreateRegistry1732281000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "registry"."initiatives" (
      "id" text PRIMARY KEY, "title" text NOT NULL, "description" text,
      "partners" text[] NOT NULL DEFAULT '{}', "areas" text[] NOT NULL DEFAULT '{}', "instruments" text[] NOT NULL DEFAULT '{}',
      "timeline" jsonb, "money" jsonb NOT NULL DEFAULT '[]',
      "created_at" timestamptz NOT NULL DEFAULT now(), "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX "initiatives_partners" ON "registry"."initiatives" USING gin ("partners")`);
    await q.query(`CREATE INDEX "initiatives_areas" ON "registry"."initiatives" USING gin ("areas")`);
    await q.query(`CREATE INDEX "initiatives_created" ON "registry"."initiatives" ("created_at", "id")`);
    await q.query(`CREATE TABLE "registry"."initiative_sources" (
      "initiative_id" text NOT NULL REFERENCES "registry"."initiatives" ("id") ON DELETE CASCADE,
      "document_id" text NOT NULL, "start_offset" int NOT NULL, "end_offset" int NOT NULL, "page" int, "quote" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("initiative_id", "document_id", "start_offset"))`);
    await q.query(`CREATE TABLE "registry"."partnerships" (
      "id" text PRIMARY KEY, "instrument" text NOT NULL, "partner" text NOT NULL, "since" text, "until" text,
      "created_at" timestamptz NOT NULL DEFAULT now(), UNIQUE ("instrument", "partner"))`);
    await q.query(`CREATE INDEX "partnerships_partner" ON "registry"."partnerships" ("partner")`);
    await q.query(`CREATE TABLE "registry"."partnership_sources" (
      "partnership_id" text NOT NULL REFERENCES "registry"."partnerships" ("id") ON DELETE CASCADE,
      "document_id" text NOT NULL, "start_offset" int NOT NULL, "end_offset" int NOT NULL, "page" int, "quote" text NOT NULL,
      PRIMARY KEY ("partnership_id", "document_id", "start_offset"))`);
    await q.query(`CREATE TABLE "registry"."documents" (
      "id" text PRIMARY KEY, "title" text, "reference" text, "date" text, "language" text NOT NULL,
      "references" text[] NOT NULL DEFAULT '{}', "extractor_version" text NOT NULL, "updated_at" timestamptz NOT NULL DEFAULT now())`);
    for (const sql of inboxOutboxUpSql('registry')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of inboxOutboxDownSql('registry')) await q.query(sql);
    for (const t of ['documents', 'partnership_sources', 'partnerships', 'initiative_sources', 'initiatives']) {
      await q.query(`DROP TABLE "registry"."${t}"`);
    }
  }
}
