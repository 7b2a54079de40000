import type {
  DocumentExtractedV1,
  ExtractedInitiativeV1,
  Initiative,
} from '@dpo/contracts';

let seq = 0;
const next = () => ++seq;

export function makeInitiative(over: Partial<Initiative> = {}): Initiative {
  const n = next();
  const now = new Date().toISOString();
  return {
    id: `initiative:test-initiative-${n}`,
    title: `Test initiative ${n}`,
    description: null,
    partners: ['country:JP'],
    areas: ['area:quantum'],
    instruments: [],
    timeline: null,
    money: [],
    sources: [
      {
        documentId: 'doc_0123456789abcdef01234567',
        start: 0,
        end: 10,
        quote: 'a quote',
      },
    ],
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

export function makeExtractedInitiative(
  over: Partial<ExtractedInitiativeV1> = {},
): ExtractedInitiativeV1 {
  const n = next();
  return {
    key: `initiative:extracted-${n}`,
    title: `Extracted initiative ${n}`,
    description: null,
    partners: ['country:JP'],
    areas: ['area:quantum'],
    instruments: [],
    timeline: {
      raw: '2026-2029',
      start: '2026',
      end: '2029',
      recurrence: 'continuous',
    },
    money: [],
    evidence: { start: n * 100, end: n * 100 + 50, quote: `evidence ${n}` },
    ...over,
  };
}

export function makeExtractedEvent(
  over: Partial<DocumentExtractedV1> = {},
): DocumentExtractedV1 {
  const n = next();
  const hex = n.toString(16).padStart(24, '0');
  return {
    documentId: `doc_${hex}`,
    sha256: hex.padEnd(64, '0'),
    extractorVersion: 'test',
    filename: `doc-${n}.txt`,
    language: 'en',
    languages: ['en'],
    title: `Document ${n}`,
    date: null,
    reference: null,
    references: [],
    partners: ['country:JP'],
    areas: ['area:quantum'],
    instruments: [],
    initiatives: [makeExtractedInitiative()],
    extractedAt: new Date().toISOString(),
    ...over,
  };
}
