import { z } from 'zod';
import { DocumentIdSchema, IsoDateTimeSchema, Sha256Schema } from '../common.schema';

export const DOCUMENT_INGESTED_V1 = 'dpo.events.ingestion.document.ingested.v1';

/** Large text travels by reference: `textRef` names an object in the NATS object store. */
export const BlobRefSchema = z.object({
  bucket: z.string().min(1).max(100),
  name: z.string().min(1).max(300),
  size: z.number().int().min(0),
  sha256: Sha256Schema,
});
export type BlobRef = z.infer<typeof BlobRefSchema>;

export const DocumentIngestedV1Schema = z.object({
  documentId: DocumentIdSchema,
  sha256: Sha256Schema,
  filename: z.string().max(300).nullable(),
  mediaType: z.string().max(200),
  title: z.string().max(1000).nullable(),
  language: z.string().max(10),
  languages: z.array(z.string().max(10)),
  sizeBytes: z.number().int().min(0),
  textLength: z.number().int().min(0),
  pages: z.array(z.object({ page: z.number().int().min(1), start: z.number().int(), end: z.number().int() })).optional(),
  textRef: BlobRefSchema,
  ingestedAt: IsoDateTimeSchema,
});
export type DocumentIngestedV1 = z.infer<typeof DocumentIngestedV1Schema>;
