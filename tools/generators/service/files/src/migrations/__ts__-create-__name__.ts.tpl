import { inboxOutboxDownSql, inboxOutboxUpSql } from '@dpo/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Create__Pascal____ts__ implements MigrationInterface {
  name = 'Create__Pascal____ts__';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of inboxOutboxUpSql('__schema__')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of inboxOutboxDownSql('__schema__')) await q.query(sql);
  }
}
