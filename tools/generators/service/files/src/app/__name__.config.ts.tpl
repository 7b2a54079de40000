import { BaseConfigSchema, loadConfig, portVar } from '@dpo/observability';
import { z } from 'zod';

export const __Pascal__ConfigSchema = BaseConfigSchema.extend({ __CONST___PORT: portVar(__port__) });
export type __Pascal__Config = z.infer<typeof __Pascal__ConfigSchema>;

export const load__Pascal__Config = (): __Pascal__Config => loadConfig(__Pascal__ConfigSchema);
