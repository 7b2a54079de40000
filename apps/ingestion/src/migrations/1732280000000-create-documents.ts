import { inboxOutboxDownSql, inboxOutboxUpSql } from '@dpo/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDocuments1732280000000 implements MigrationInterface {
  name = 'CreateDocuments1732280000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "ingestion"."documents" (
      "id" text PRIMARY KEY,
      "sha256" char(64) NOT NULL UNIQUE,
      "filename" text,
      "media_type" text NOT NULL,
      "source_url" text,
      "title" text,
      "language" text,
      "languages" text[] NOT NULL DEFAULT '{}',
      "size_bytes" int NOT NULL,
      "text_length" int NOT NULL DEFAULT 0,
      "original" bytea NOT NULL,
      "text" text,
      "pages" jsonb,
      "status" text NOT NULL CHECK ("status" IN ('ingested', 'extracted', 'failed')),
      "error_code" text,
      "error_message" text,
      "initiative_count" int,
      "ingested_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "documents_ingested_at" ON "ingestion"."documents" ("ingested_at" DESC, "id")`);
    for (const sql of inboxOutboxUpSql('ingestion')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of inboxOutboxDownSql('ingestion')) await q.query(sql);
    await q.query(`DROP TABLE "ingestion"."documents"`);
  }
}
