import { z } from 'zod';
import { DocumentIdSchema, IsoDateTimeSchema, PageQuerySchema, Sha256Schema } from '../common.schema';
import { BlobRefSchema } from '../events/document-ingested.event';

export const SUBMIT_DOCUMENT_V1 = 'dpo.rpc.ingestion.document.submit.v1';
export const LIST_DOCUMENTS_V1 = 'dpo.rpc.ingestion.documents.list.v1';
export const GET_DOCUMENT_V1 = 'dpo.rpc.ingestion.document.get.v1';

export const DocumentStatusSchema = z.enum(['ingested', 'extracted', 'failed']);

/** The original bytes are uploaded to the object store first; the request carries only the reference. */
export const SubmitDocumentRequestSchema = z.object({
  upload: BlobRefSchema,
  filename: z.string().min(1).max(300).nullable(),
  mediaType: z.string().max(200).nullable(),
  sourceUrl: z.string().url().max(2000).nullable(),
});
export const SubmitDocumentResponseSchema = z.object({
  documentId: DocumentIdSchema,
  sha256: Sha256Schema,
  status: DocumentStatusSchema,
  duplicate: z.boolean(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type SubmitDocumentResponse = z.infer<typeof SubmitDocumentResponseSchema>;

export const DocumentSummarySchema = z.object({
  id: DocumentIdSchema,
  sha256: Sha256Schema,
  filename: z.string().nullable(),
  mediaType: z.string(),
  title: z.string().nullable(),
  language: z.string().nullable(),
  languages: z.array(z.string()),
  sizeBytes: z.number().int(),
  textLength: z.number().int(),
  status: DocumentStatusSchema,
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  initiativeCount: z.number().int().nullable(),
  ingestedAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const ListDocumentsRequestSchema = PageQuerySchema.extend({ status: DocumentStatusSchema.optional() });
export const ListDocumentsResponseSchema = z.object({ items: z.array(DocumentSummarySchema), total: z.number().int() });
export const GetDocumentRequestSchema = z.object({ id: DocumentIdSchema });
export const GetDocumentResponseSchema = DocumentSummarySchema;
