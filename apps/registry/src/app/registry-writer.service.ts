import {
  DocumentExtractedV1,
  ExtractedInitiativeV1,
  INITIATIVE_CREATED_V1,
  INITIATIVE_UPDATED_V1,
  PARTNERSHIP_CREATED_V1,
  PARTNERSHIP_UPDATED_V1,
} from '@dpo/contracts';
import { MessagingClient } from '@dpo/messaging';
import { addToOutbox, claimInbox } from '@dpo/persistence';
import { OutboxRelayService } from '@dpo/service-runtime';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { mergeInitiative } from './domain/merge';
import { partnershipId, toInitiative, toPartnership } from './registry.mapper';
import {
  InitiativeEntity,
  InitiativeSourceEntity,
  PartnershipEntity,
  PartnershipSourceEntity,
  RegistryDocumentEntity,
} from './registry.entities';

/**
 * Applies `document.extracted` to the registry in one transaction with its inbox
 * claim and outbox events: a redelivered, replayed or re-extracted document
 * finds nothing new and emits nothing.
 */
@Injectable()
export class RegistryWriterService {
  private readonly logger = new Logger(RegistryWriterService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingClient,
    private readonly outbox: OutboxRelayService,
  ) {}

  async applyExtraction(consumer: string, eventId: string, e: DocumentExtractedV1): Promise<void> {
    const counts = { created: 0, updated: 0, partnerships: 0 };
    const applied = await this.dataSource.transaction(async (m) => {
      if (!(await claimInbox(m, consumer, eventId))) return false;
      await m.save(RegistryDocumentEntity, {
        id: e.documentId,
        title: e.title,
        reference: e.reference,
        date: e.date,
        language: e.language,
        references: e.references,
        extractorVersion: e.extractorVersion,
      });
      for (const item of e.initiatives) {
        const outcome = await this.upsertInitiative(m, e.documentId, item, eventId);
        if (outcome === 'created') counts.created++;
        if (outcome === 'updated') counts.updated++;
      }
      for (const inst of e.instruments) {
        if ((await this.upsertPartnership(m, e.documentId, inst, eventId)) === 'created') counts.partnerships++;
      }
      return true;
    });
    if (!applied) return;
    this.outbox.kick();
    this.logger.log({ msg: 'extraction applied', documentId: e.documentId, ...counts });
  }

  private async upsertInitiative(m: EntityManager, documentId: string, item: ExtractedInitiativeV1, eventId: string): Promise<'created' | 'updated' | 'same'> {
    const repo = m.getRepository(InitiativeEntity);
    const current = await repo.createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id: item.key }).getOne();
    const incoming = {
      title: item.title,
      description: item.description,
      partners: [...new Set(item.partners)].sort(),
      areas: [...new Set(item.areas)].sort(),
      instruments: [...new Set(item.instruments)].sort(),
      timeline: item.timeline,
      money: item.money,
    };
    const source = { initiativeId: item.key, documentId, ...item.evidence };
    if (!current) {
      await repo.insert({ id: item.key, ...incoming });
      await this.addSource(m, InitiativeSourceEntity, source);
      await this.emitInitiative(m, item.key, null, eventId);
      return 'created';
    }
    const sourceAdded = await this.addSource(m, InitiativeSourceEntity, source);
    const { next, changes } = mergeInitiative(current, incoming);
    if (!changes.length && !sourceAdded) return 'same';
    await repo.update({ id: item.key }, { ...next, updatedAt: new Date() });
    await this.emitInitiative(m, item.key, sourceAdded ? [...changes, 'sources'] : changes, eventId);
    return 'updated';
  }

  private async emitInitiative(m: EntityManager, id: string, changes: string[] | null, eventId: string): Promise<void> {
    const entity = await m.findOneByOrFail(InitiativeEntity, { id });
    const sources = await m.find(InitiativeSourceEntity, { where: { initiativeId: id }, order: { createdAt: 'ASC', start: 'ASC' } });
    const initiative = toInitiative(entity, sources);
    const envelope = changes
      ? this.messaging.envelope(
          INITIATIVE_UPDATED_V1,
          { ...initiative, changes: changes as never },
          { id: `initiative.updated:${id}:${eventId}`, subject: id },
        )
      : this.messaging.envelope(INITIATIVE_CREATED_V1, initiative, { id: `initiative.created:${id}`, subject: id });
    await addToOutbox(m, envelope);
  }

  private async upsertPartnership(
    m: EntityManager,
    documentId: string,
    inst: DocumentExtractedV1['instruments'][number],
    eventId: string,
  ): Promise<'created' | 'updated' | 'same'> {
    const id = partnershipId(inst.type, inst.partner);
    const since = inst.since ?? null;
    const until = inst.until ?? null;
    const inserted = await m
      .createQueryBuilder()
      .insert()
      .into(PartnershipEntity)
      .values({ id, instrument: inst.type, partner: inst.partner, since, until })
      .orIgnore()
      .returning(['id'])
      .execute();
    const sourceAdded = await this.addSource(m, PartnershipSourceEntity, { partnershipId: id, documentId, ...inst.evidence });
    const created = (inserted.raw as unknown[]).length > 0;
    const changes: ('since' | 'until' | 'sources')[] = created ? [] : await this.widenDates(m, id, since, until);
    if (!created && sourceAdded) changes.push('sources');
    if (!created && changes.length === 0) return 'same';
    const entity = await m.findOneByOrFail(PartnershipEntity, { id });
    const sources = await m.findBy(PartnershipSourceEntity, { partnershipId: id });
    const partnership = toPartnership(entity, sources);
    const envelope = created
      ? this.messaging.envelope(PARTNERSHIP_CREATED_V1, partnership, { id: `partnership.created:${id}`, subject: id })
      : this.messaging.envelope(PARTNERSHIP_UPDATED_V1, { ...partnership, changes }, { id: `partnership.updated:${id}:${eventId}`, subject: id });
    await addToOutbox(m, envelope);
    return created ? 'created' : 'updated';
  }

  /**
   * A known partnership takes the earliest start and the latest end its sources give, in one
   * statement under the row lock: two documents applied at once cannot lose either date.
   * ISO prefixes compare as text ("2022" < "2022-05" < "2023"). Returns what changed.
   */
  private async widenDates(m: EntityManager, id: string, since: string | null, until: string | null): Promise<('since' | 'until')[]> {
    if (since === null && until === null) return [];
    const table = m.getRepository(PartnershipEntity).metadata.tablePath;
    const earlier = `$2::text IS NOT NULL AND (since IS NULL OR $2 < since)`;
    const later = `$3::text IS NOT NULL AND (until IS NULL OR $3 > until)`;
    // for an UPDATE, TypeORM's query() on Postgres returns [rows, rowCount]
    const [rows] = (await m.query(
      `UPDATE ${table} p
          SET since = CASE WHEN c.since_changed THEN $2 ELSE p.since END,
              until = CASE WHEN c.until_changed THEN $3 ELSE p.until END
         FROM (SELECT ${earlier} AS since_changed, ${later} AS until_changed FROM ${table} WHERE id = $1 FOR UPDATE) c
        WHERE p.id = $1 AND (c.since_changed OR c.until_changed)
        RETURNING c.since_changed, c.until_changed`,
      [id, since, until],
    )) as [{ since_changed: boolean; until_changed: boolean }[], number];
    const row = rows[0];
    if (!row) return [];
    return [...(row.since_changed ? (['since'] as const) : []), ...(row.until_changed ? (['until'] as const) : [])];
  }

  /** Insert a citation once; returns whether it was new. */
  private async addSource<T extends InitiativeSourceEntity | PartnershipSourceEntity>(
    m: EntityManager,
    target: new () => T,
    s: Record<string, unknown> & { start: number; end: number; page?: number; quote: string },
  ): Promise<boolean> {
    const result = await m
      .createQueryBuilder()
      .insert()
      .into(target)
      .values({ ...s, page: s.page ?? null } as never)
      .orIgnore()
      .returning(['documentId'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
