import { z } from 'zod';

/** Canonical ids of docs/taxonomy.md: `country:JP`, `region:lac`, `org:oecd`. */
export const PartnerIdSchema = z
  .string()
  .regex(/^(country:[A-Z]{2}|region:[a-z0-9-]+|org:[a-z0-9-]+)$/, 'expected a partner id such as country:JP, region:lac or org:oecd');
export type PartnerId = z.infer<typeof PartnerIdSchema>;

export const AreaIdSchema = z.string().regex(/^area:[a-z0-9-]+$/, 'expected an area id such as area:quantum');
export const InstrumentTypeSchema = z.string().regex(/^[a-z0-9-]+$/, 'expected an instrument type such as digital-partnership');
export const InitiativeIdSchema = z.string().regex(/^initiative:[a-z0-9-]+$/, 'expected an initiative id such as initiative:bella');
export const DocumentIdSchema = z.string().regex(/^doc_[a-f0-9]{24}$/, 'expected a document id such as doc_0123456789abcdef01234567');
export const Sha256Schema = z.string().regex(/^[a-f0-9]{64}$/);
export const IsoDateTimeSchema = z.string().datetime({ offset: true });

export const TimelineSchema = z.object({
  raw: z.string().max(500),
  start: z.string().max(10).nullable(),
  end: z.string().max(10).nullable(),
  recurrence: z.enum(['continuous', 'annual', 'ongoing', 'one-off']),
});
export type Timeline = z.infer<typeof TimelineSchema>;

export const MoneySchema = z.object({ raw: z.string().max(200), amount: z.number(), currency: z.string().max(8) });
export type Money = z.infer<typeof MoneySchema>;

/** Where a fact was read: character span in the normalised text, page when known, and the sentence. */
export const EvidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  page: z.number().int().min(1).optional(),
  quote: z.string().max(2000),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const SourceSchema = z.object({
  documentId: DocumentIdSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  page: z.number().int().min(1).optional(),
  quote: z.string().max(2000),
});
export type Source = z.infer<typeof SourceSchema>;

export const InitiativeSchema = z.object({
  id: InitiativeIdSchema,
  title: z.string().min(1).max(500),
  description: z.string().max(5000).nullable(),
  partners: z.array(PartnerIdSchema),
  areas: z.array(AreaIdSchema),
  instruments: z.array(InstrumentTypeSchema),
  timeline: TimelineSchema.nullable(),
  money: z.array(MoneySchema),
  sources: z.array(SourceSchema).min(1),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Initiative = z.infer<typeof InitiativeSchema>;

/** "2024", "2025-03" or "2022-05-16": as precise as the text says. */
export const PartialDateSchema = z.string().regex(/^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);

export const PartnershipSchema = z.object({
  id: z.string().regex(/^partnership:[a-z0-9-]+:[a-zA-Z0-9:-]+$/),
  instrument: InstrumentTypeSchema,
  partner: PartnerIdSchema,
  /** Earliest start any source gives ("established in 2024"), else null. */
  since: PartialDateSchema.nullable(),
  /** Latest end any source gives ("runs until 2030"), else null. */
  until: PartialDateSchema.nullable(),
  sources: z.array(SourceSchema).min(1),
  createdAt: IsoDateTimeSchema,
});
export type Partnership = z.infer<typeof PartnershipSchema>;

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
