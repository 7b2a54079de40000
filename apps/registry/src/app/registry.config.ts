import { BaseConfigSchema, loadConfig, portVar } from '@dpo/observability';
import { z } from 'zod';

export const RegistryConfigSchema = BaseConfigSchema.extend({ REGISTRY_PORT: portVar(3103) });
export type RegistryConfig = z.infer<typeof RegistryConfigSchema>;

export const loadRegistryConfig = (): RegistryConfig => loadConfig(RegistryConfigSchema);
