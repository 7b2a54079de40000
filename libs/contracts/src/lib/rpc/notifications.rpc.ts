import { z } from 'zod';
import { IsoDateTimeSchema, PageQuerySchema } from '../common.schema';
import { CreateSubscriptionDtoSchema, SubscriptionFilterSchema } from '../http/create-subscription.dto';

export const CREATE_SUBSCRIPTION_V1 = 'dpo.rpc.notifications.subscription.create.v1';
export const LIST_SUBSCRIPTIONS_V1 = 'dpo.rpc.notifications.subscriptions.list.v1';
export const GET_SUBSCRIPTION_V1 = 'dpo.rpc.notifications.subscription.get.v1';
export const DELETE_SUBSCRIPTION_V1 = 'dpo.rpc.notifications.subscription.delete.v1';
export const LIST_DELIVERIES_V1 = 'dpo.rpc.notifications.deliveries.list.v1';

export const SubscriptionSchema = z.object({
  id: z.string().uuid(),
  channel: z.literal('webhook'),
  url: z.string().url(),
  filter: SubscriptionFilterSchema,
  description: z.string().nullable(),
  createdAt: IsoDateTimeSchema,
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const CreateSubscriptionRequestSchema = CreateSubscriptionDtoSchema;
/** The secret is returned once, at creation; webhook signatures are made with it. */
export const CreateSubscriptionResponseSchema = SubscriptionSchema.extend({ secret: z.string() });

export const ListSubscriptionsRequestSchema = PageQuerySchema;
export const ListSubscriptionsResponseSchema = z.object({ items: z.array(SubscriptionSchema), total: z.number().int() });
export const GetSubscriptionRequestSchema = z.object({ id: z.string().uuid() });
export const DeleteSubscriptionRequestSchema = z.object({ id: z.string().uuid() });
export const DeleteSubscriptionResponseSchema = z.object({ id: z.string().uuid(), deleted: z.literal(true) });

export const DeliverySchema = z.object({
  id: z.string().uuid(),
  subscriptionId: z.string().uuid(),
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: IsoDateTimeSchema.nullable(),
  deliveredAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
});
export const ListDeliveriesRequestSchema = PageQuerySchema.extend({
  subscriptionId: z.string().uuid().optional(),
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
});
export const ListDeliveriesResponseSchema = z.object({ items: z.array(DeliverySchema), total: z.number().int() });
