import { z } from 'zod';

/** JSON alternative to a multipart upload: the text itself, with an optional name and type. */
export const SubmitDocumentJsonDtoSchema = z.object({
  text: z.string().min(1, 'text must not be empty').max(10_000_000),
  filename: z.string().min(1).max(300).optional(),
  mediaType: z.enum(['text/plain', 'text/html', 'text/markdown']).default('text/plain'),
  sourceUrl: z.string().url().max(2000).optional(),
});
export type SubmitDocumentJsonDto = z.infer<typeof SubmitDocumentJsonDtoSchema>;

export const InitiativeQueryDtoSchema = z.object({
  partner: z.string().max(100).optional(),
  area: z.string().max(60).optional(),
  instrument: z.string().max(60).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
