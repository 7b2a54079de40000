import { z } from 'zod';
import { DocumentIdSchema, IsoDateTimeSchema, Sha256Schema } from '../common.schema';

export const DOCUMENT_FAILED_V1 = 'dpo.events.ingestion.document.failed.v1';
export const EXTRACTION_FAILED_V1 = 'dpo.events.extraction.document.failed.v1';

export const DocumentFailedV1Schema = z.object({
  documentId: DocumentIdSchema,
  sha256: Sha256Schema,
  filename: z.string().max(300).nullable(),
  stage: z.enum(['ingestion', 'extraction']),
  code: z.string().max(50),
  message: z.string().max(2000),
  failedAt: IsoDateTimeSchema,
});
export type DocumentFailedV1 = z.infer<typeof DocumentFailedV1Schema>;
