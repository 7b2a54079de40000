import { z } from 'zod';
import { PartnerIdSchema } from '../common.schema';

/** Areas may be given as `quantum` or `area:quantum`; they are stored with the prefix. */
export const AreaFilterSchema = z
  .string()
  .max(60)
  .transform((a) => (a.startsWith('area:') ? a : `area:${a}`))
  .pipe(z.string().regex(/^area:[a-z0-9-]+$/, 'expected an area such as quantum or area:quantum'));

export const SubscriptionFilterSchema = z.object({
  partners: z.array(PartnerIdSchema).max(300).default([]),
  areas: z.array(AreaFilterSchema).max(50).default([]),
  /** Event types to receive; initiative.created by default. */
  events: z
    .array(
      z.enum([
        'dpo.events.registry.initiative.created.v1',
        'dpo.events.registry.initiative.updated.v1',
        'dpo.events.registry.partnership.created.v1',
        'dpo.events.registry.partnership.updated.v1',
      ]),
    )
    .max(4)
    .default(['dpo.events.registry.initiative.created.v1']),
});
export type SubscriptionFilter = z.infer<typeof SubscriptionFilterSchema>;

export const CreateSubscriptionDtoSchema = z.object({
  channel: z.literal('webhook'),
  url: z
    .string()
    .max(2000)
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'webhook url must be http or https'),
  filter: SubscriptionFilterSchema.default({ partners: [], areas: [], events: ['dpo.events.registry.initiative.created.v1'] }),
  description: z.string().max(500).nullable().default(null),
});
export type CreateSubscriptionDto = z.infer<typeof CreateSubscriptionDtoSchema>;
