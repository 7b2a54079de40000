import { z } from 'zod';
import { InitiativeSchema, PartnershipSchema } from '../common.schema';

export const INITIATIVE_CREATED_V1 = 'dpo.events.registry.initiative.created.v1';
export const INITIATIVE_UPDATED_V1 = 'dpo.events.registry.initiative.updated.v1';
export const PARTNERSHIP_CREATED_V1 = 'dpo.events.registry.partnership.created.v1';

/** The data of initiative.created / initiative.updated is the initiative as the API returns it. */
export const InitiativeCreatedV1Schema = InitiativeSchema;
export const InitiativeUpdatedV1Schema = InitiativeSchema.extend({
  changes: z.array(z.enum(['partners', 'areas', 'instruments', 'timeline', 'money', 'sources', 'description'])),
});
export const PartnershipCreatedV1Schema = PartnershipSchema;
export type InitiativeUpdatedV1 = z.infer<typeof InitiativeUpdatedV1Schema>;
