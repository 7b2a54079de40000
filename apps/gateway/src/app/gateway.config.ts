import { BaseConfigSchema, loadConfig, portVar } from '@dpo/observability';
import { z } from 'zod';

export const GatewayConfigSchema = BaseConfigSchema.extend({
  GATEWAY_PORT: portVar(3000),
  DPO_API_KEY: z.string({ message: 'is required: write routes need it (the quick start generates one)' }).min(16, 'must be at least 16 characters'),
  MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).max(200 * 1024 * 1024).default(25 * 1024 * 1024),
  CORS_ORIGINS: z.string().default(''),
});
export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;

export const loadGatewayConfig = (): GatewayConfig => loadConfig(GatewayConfigSchema);
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
