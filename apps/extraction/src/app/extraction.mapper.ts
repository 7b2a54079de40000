import { DocumentExtractedV1, DocumentIngestedV1 } from '@dpo/contracts';
import { EXTRACTOR_VERSION, ExtractionResult, Span } from '@dpo/extraction-core';

const MAX_QUOTE = 2000;
const MAX_DESCRIPTION = 5000;

function evidence(span: Span) {
  return {
    start: span.start,
    end: span.end,
    ...(span.page ? { page: span.page } : {}),
    quote: span.quote.slice(0, MAX_QUOTE),
  };
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Library result → the versioned event: ids only, bounded strings, no entity list (kept out of events for size). */
export function toExtractedEvent(doc: DocumentIngestedV1, r: ExtractionResult, extractedAt: Date): DocumentExtractedV1 {
  return {
    documentId: doc.documentId,
    sha256: doc.sha256,
    extractorVersion: EXTRACTOR_VERSION,
    filename: doc.filename,
    language: r.language || doc.language,
    languages: r.languages.length ? r.languages : doc.languages,
    title: (r.title ?? doc.title)?.slice(0, 1000) ?? null,
    date: r.date,
    reference: r.reference,
    references: unique(r.references).slice(0, 500),
    partners: unique(r.partners),
    areas: unique(r.areas),
    instruments: r.instruments.map((i) => ({ type: i.type, partner: i.partner, since: i.since, until: i.until, evidence: evidence(i.evidence) })),
    initiatives: r.initiatives.slice(0, 5000).map((i) => ({
      key: i.key,
      title: i.title.slice(0, 500),
      description: i.description?.slice(0, MAX_DESCRIPTION) ?? null,
      partners: unique(i.partners),
      areas: unique(i.areas),
      // The library names instruments by id (instrument:x); events carry the bare type.
      instruments: unique(i.instruments.map((x) => x.replace(/^instrument:/, ''))),
      timeline: i.timeline,
      money: i.money,
      evidence: evidence(i.evidence),
    })),
    extractedAt: extractedAt.toISOString(),
  };
}
