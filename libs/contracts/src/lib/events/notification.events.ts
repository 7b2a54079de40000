import { z } from 'zod';
import { IsoDateTimeSchema } from '../common.schema';

export const DELIVERY_FAILED_V1 = 'dpo.events.notifications.delivery.failed.v1';

/** Emitted when a delivery has used up its attempts, so operators and other services can react. */
export const DeliveryFailedV1Schema = z.object({
  deliveryId: z.string().uuid(),
  subscriptionId: z.string().uuid(),
  eventId: z.string(),
  eventType: z.string(),
  attempts: z.number().int(),
  lastError: z.string().max(2000),
  failedAt: IsoDateTimeSchema,
});
export type DeliveryFailedV1 = z.infer<typeof DeliveryFailedV1Schema>;
