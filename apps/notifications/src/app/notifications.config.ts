import { BaseConfigSchema, loadConfig, portVar } from '@dpo/observability';
import { z } from 'zod';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const NotificationsConfigSchema = BaseConfigSchema.extend({
  NOTIFICATIONS_PORT: portVar(3104),
  /** Only for development and tests: lets webhooks reach loopback and private networks. */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: bool.default(false),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
});
export type NotificationsConfig = z.infer<typeof NotificationsConfigSchema>;

export const loadNotificationsConfig = (): NotificationsConfig => loadConfig(NotificationsConfigSchema);
export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');
