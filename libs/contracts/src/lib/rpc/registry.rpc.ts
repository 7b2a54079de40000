import { z } from 'zod';
import {
  AreaIdSchema,
  InitiativeIdSchema,
  InitiativeSchema,
  InstrumentTypeSchema,
  PageQuerySchema,
  PartnerIdSchema,
  PartnershipSchema,
} from '../common.schema';

export const LIST_INITIATIVES_V1 = 'dpo.rpc.registry.initiatives.list.v1';
export const GET_INITIATIVE_V1 = 'dpo.rpc.registry.initiative.get.v1';
export const LIST_PARTNERS_V1 = 'dpo.rpc.registry.partners.list.v1';
export const LIST_PARTNERSHIPS_V1 = 'dpo.rpc.registry.partnerships.list.v1';

export const ListInitiativesRequestSchema = PageQuerySchema.extend({
  partner: PartnerIdSchema.optional(),
  area: AreaIdSchema.optional(),
  instrument: InstrumentTypeSchema.optional(),
  q: z.string().max(200).optional(),
});
export type ListInitiativesRequest = z.infer<typeof ListInitiativesRequestSchema>;
export const ListInitiativesResponseSchema = z.object({ items: z.array(InitiativeSchema), total: z.number().int() });

export const GetInitiativeRequestSchema = z.object({ id: InitiativeIdSchema });
export const GetInitiativeResponseSchema = InitiativeSchema;

export const PartnerSummarySchema = z.object({
  id: PartnerIdSchema,
  type: z.enum(['country', 'region', 'org']),
  initiativeCount: z.number().int(),
  instruments: z.array(InstrumentTypeSchema),
});
export const ListPartnersRequestSchema = z.object({ type: z.enum(['country', 'region', 'org']).optional() });
export const ListPartnersResponseSchema = z.object({ items: z.array(PartnerSummarySchema), total: z.number().int() });

export const ListPartnershipsRequestSchema = PageQuerySchema.extend({
  partner: PartnerIdSchema.optional(),
  instrument: InstrumentTypeSchema.optional(),
});
export const ListPartnershipsResponseSchema = z.object({ items: z.array(PartnershipSchema), total: z.number().int() });
