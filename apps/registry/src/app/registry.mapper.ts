import { Initiative, Partnership, Source } from '@dpo/contracts';
import { InitiativeEntity, InitiativeSourceEntity, PartnershipEntity, PartnershipSourceEntity } from './registry.entities';

export function toSource(s: InitiativeSourceEntity | PartnershipSourceEntity): Source {
  return { documentId: s.documentId, start: s.start, end: s.end, ...(s.page ? { page: s.page } : {}), quote: s.quote };
}

export function toInitiative(e: InitiativeEntity, sources: InitiativeSourceEntity[]): Initiative {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    partners: e.partners,
    areas: e.areas,
    instruments: e.instruments,
    timeline: e.timeline,
    money: e.money,
    sources: sources.map(toSource),
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function toPartnership(e: PartnershipEntity, sources: PartnershipSourceEntity[]): Partnership {
  return {
    id: e.id,
    instrument: e.instrument,
    partner: e.partner,
    since: e.since,
    until: e.until,
    sources: sources.map(toSource),
    createdAt: e.createdAt.toISOString(),
  };
}

export function partnershipId(instrument: string, partner: string): string {
  return `partnership:${instrument}:${partner}`;
}
