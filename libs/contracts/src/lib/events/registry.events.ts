import { z } from 'zod';
import { InitiativeSchema, PartnershipSchema } from '../common.schema';

export const INITIATIVE_CREATED_V1 = 'dpo.events.registry.initiative.created.v1';
export const INITIATIVE_UPDATED_V1 = 'dpo.events.registry.initiative.updated.v1';
export const PARTNERSHIP_CREATED_V1 = 'dpo.events.registry.partnership.created.v1';
export const PARTNERSHIP_UPDATED_V1 = 'dpo.events.registry.partnership.updated.v1';

/** The data of initiative.created / initiative.updated is the initiative as the API returns it. */
export const InitiativeCreatedV1Schema = InitiativeSchema;
export const InitiativeUpdatedV1Schema = InitiativeSchema.extend({
  changes: z.array(z.enum(['partners', 'areas', 'instruments', 'timeline', 'money', 'sources', 'description'])),
});
export const PartnershipCreatedV1Schema = PartnershipSchema;
/** A known partnership gained a source (another document states it) or an earlier start / later end. */
export const PartnershipUpdatedV1Schema = PartnershipSchema.extend({
  changes: z.array(z.enum(['since', 'until', 'sources'])).min(1),
});
export type PartnershipUpdatedV1 = z.infer<typeof PartnershipUpdatedV1Schema>;
export type InitiativeUpdatedV1 = z.infer<typeof InitiativeUpdatedV1Schema>;
