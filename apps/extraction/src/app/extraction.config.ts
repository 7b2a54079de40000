import { BaseConfigSchema, loadConfig, portVar } from '@dpo/observability';
import { z } from 'zod';

export const ExtractionConfigSchema = BaseConfigSchema.extend({
  EXTRACTION_PORT: portVar(3102),
  MAX_TEXT_CHARS: z.coerce.number().int().min(1000).default(5_000_000),
});
export type ExtractionConfig = z.infer<typeof ExtractionConfigSchema>;

export const loadExtractionConfig = (): ExtractionConfig => loadConfig(ExtractionConfigSchema);
