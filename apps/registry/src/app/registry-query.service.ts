import { ContractError, Initiative, LIST_INITIATIVES_V1, LIST_PARTNERSHIPS_V1, RpcParsedRequest, RpcResponse, LIST_PARTNERS_V1 } from '@dpo/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { toInitiative, toPartnership } from './registry.mapper';
import { InitiativeEntity, InitiativeSourceEntity, PartnershipEntity, PartnershipSourceEntity } from './registry.entities';

@Injectable()
export class RegistryQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async listInitiatives(req: RpcParsedRequest<typeof LIST_INITIATIVES_V1>): Promise<{ items: Initiative[]; total: number }> {
    const qb = this.dataSource.getRepository(InitiativeEntity).createQueryBuilder('i');
    if (req.partner) qb.andWhere(':partner = ANY(i.partners)', { partner: req.partner });
    if (req.area) qb.andWhere(':area = ANY(i.areas)', { area: req.area });
    if (req.instrument) qb.andWhere(':instrument = ANY(i.instruments)', { instrument: req.instrument });
    if (req.q) qb.andWhere('(i.title ILIKE :q OR i.description ILIKE :q)', { q: `%${req.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [rows, total] = await qb.orderBy('i.created_at', 'ASC').addOrderBy('i.id', 'ASC').take(req.limit).skip(req.offset).getManyAndCount();
    return { items: await this.withSources(rows), total };
  }

  async getInitiative(id: string): Promise<Initiative> {
    const row = await this.dataSource.getRepository(InitiativeEntity).findOneBy({ id });
    if (!row) throw new ContractError('not_found', `no initiative ${id}`);
    return (await this.withSources([row]))[0] as Initiative;
  }

  async listPartners(req: RpcParsedRequest<typeof LIST_PARTNERS_V1>): Promise<RpcResponse<typeof LIST_PARTNERS_V1>> {
    const rows: { id: string; initiative_count: number; instruments: string[] }[] = await this.dataSource.query(
      `WITH ip AS (SELECT unnest(partners) AS id, count(*)::int AS n FROM registry.initiatives GROUP BY 1),
            pp AS (SELECT partner AS id, array_agg(DISTINCT instrument ORDER BY instrument) AS instruments FROM registry.partnerships GROUP BY 1)
       SELECT coalesce(ip.id, pp.id) AS id, coalesce(ip.n, 0) AS initiative_count, coalesce(pp.instruments, '{}') AS instruments
       FROM ip FULL OUTER JOIN pp ON ip.id = pp.id
       WHERE $1::text IS NULL OR coalesce(ip.id, pp.id) LIKE $1 || ':%'
       ORDER BY 2 DESC, 1 ASC`,
      [req.type ?? null],
    );
    const items = rows.map((r) => ({
      id: r.id,
      type: r.id.split(':')[0] as 'country' | 'region' | 'org',
      initiativeCount: r.initiative_count,
      instruments: r.instruments,
    }));
    return { items, total: items.length };
  }

  async listPartnerships(req: RpcParsedRequest<typeof LIST_PARTNERSHIPS_V1>): Promise<RpcResponse<typeof LIST_PARTNERSHIPS_V1>> {
    const where = { ...(req.partner ? { partner: req.partner } : {}), ...(req.instrument ? { instrument: req.instrument } : {}) };
    const [rows, total] = await this.dataSource
      .getRepository(PartnershipEntity)
      .findAndCount({ where, order: { instrument: 'ASC', partner: 'ASC' }, take: req.limit, skip: req.offset });
    const sources = rows.length ? await this.dataSource.getRepository(PartnershipSourceEntity).findBy({ partnershipId: In(rows.map((r) => r.id)) }) : [];
    return { items: rows.map((r) => toPartnership(r, sources.filter((s) => s.partnershipId === r.id))), total };
  }

  private async withSources(rows: InitiativeEntity[]): Promise<Initiative[]> {
    if (!rows.length) return [];
    const sources = await this.dataSource
      .getRepository(InitiativeSourceEntity)
      .find({ where: { initiativeId: In(rows.map((r) => r.id)) }, order: { createdAt: 'ASC', start: 'ASC' } });
    return rows.map((r) => toInitiative(r, sources.filter((s) => s.initiativeId === r.id)));
  }
}
