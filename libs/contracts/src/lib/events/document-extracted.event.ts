import { z } from 'zod';
import {
  AreaIdSchema,
  DocumentIdSchema,
  EvidenceSchema,
  InstrumentTypeSchema,
  IsoDateTimeSchema,
  MoneySchema,
  PartialDateSchema,
  PartnerIdSchema,
  Sha256Schema,
  TimelineSchema,
} from '../common.schema';

export const DOCUMENT_EXTRACTED_V1 = 'dpo.events.extraction.document.extracted.v1';

export const ExtractedInstrumentSchema = z.object({
  type: InstrumentTypeSchema,
  partner: PartnerIdSchema,
  /** When the instrument began, if its clause says ("established in 2024"). Optional for events of extractors before 1.2.0. */
  since: PartialDateSchema.nullable().default(null),
  /** When it ends, if its clause says ("runs until 2030"). */
  until: PartialDateSchema.nullable().default(null),
  evidence: EvidenceSchema,
});

export const ExtractedInitiativeSchema = z.object({
  /** Stable within a document: `initiative:<slug>`. The registry merges on it across documents. */
  key: z.string().regex(/^initiative:[a-z0-9-]+$/),
  title: z.string().min(1).max(500),
  description: z.string().max(5000).nullable(),
  partners: z.array(PartnerIdSchema),
  areas: z.array(AreaIdSchema),
  instruments: z.array(InstrumentTypeSchema),
  timeline: TimelineSchema.nullable(),
  money: z.array(MoneySchema),
  evidence: EvidenceSchema,
});
export type ExtractedInitiativeV1 = z.infer<typeof ExtractedInitiativeSchema>;

export const DocumentExtractedV1Schema = z.object({
  documentId: DocumentIdSchema,
  sha256: Sha256Schema,
  extractorVersion: z.string().max(50),
  filename: z.string().max(300).nullable(),
  language: z.string().max(10),
  languages: z.array(z.string().max(10)),
  title: z.string().max(1000).nullable(),
  date: z.string().max(10).nullable(),
  reference: z.string().max(200).nullable(),
  references: z.array(z.string().max(200)),
  partners: z.array(PartnerIdSchema),
  areas: z.array(AreaIdSchema),
  instruments: z.array(ExtractedInstrumentSchema),
  initiatives: z.array(ExtractedInitiativeSchema).max(5000),
  extractedAt: IsoDateTimeSchema,
});
export type DocumentExtractedV1 = z.infer<typeof DocumentExtractedV1Schema>;
