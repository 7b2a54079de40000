import { BaseConfigSchema, loadConfig, portVar } from '@dpo/observability';
import { z } from 'zod';

export const IngestionConfigSchema = BaseConfigSchema.extend({
  INGESTION_PORT: portVar(3101),
  MAX_DOCUMENT_BYTES: z.coerce.number().int().min(1024).max(200 * 1024 * 1024).default(25 * 1024 * 1024),
  /** A duplicate submit re-announces a document that has waited this long without being extracted. */
  REANNOUNCE_AFTER_MS: z.coerce.number().int().min(0).default(60_000),
  PARSE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
});
export type IngestionConfig = z.infer<typeof IngestionConfigSchema>;

export const loadIngestionConfig = (): IngestionConfig => loadConfig(IngestionConfigSchema);
