import {
  ContractError,
  GET_INITIATIVE_V1,
  InitiativeQueryDtoSchema,
  InitiativeSchema,
  LIST_INITIATIVES_V1,
  LIST_PARTNERS_V1,
  LIST_PARTNERSHIPS_V1,
  ListInitiativesResponseSchema,
  ListPartnersResponseSchema,
  ListPartnershipsResponseSchema,
  PageQuerySchema,
  PartnerIdSchema,
} from '@dpo/contracts';
import { MessagingClient } from '@dpo/messaging';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { openApiSchema } from '../http/json-schema';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

/** `JP` is accepted for `country:JP`; anything else must be a canonical id. */
export function normalisePartner(p: string | undefined): string | undefined {
  if (!p) return undefined;
  const id = /^[A-Za-z]{2}$/.test(p) ? `country:${p.toUpperCase()}` : p.replace(/^country:([a-z]{2})$/, (_, c: string) => `country:${c.toUpperCase()}`);
  if (!PartnerIdSchema.safeParse(id).success) {
    throw new ContractError('invalid', `partner '${p}' is not a canonical id: use country:JP, region:lac or org:oecd`);
  }
  return id;
}

const PartnershipQuerySchema = PageQuerySchema.extend({ partner: z.string().max(100).optional(), instrument: z.string().max(60).optional() });

@ApiTags('registry')
@Controller()
export class RegistryController {
  constructor(private readonly messaging: MessagingClient) {}

  @Get('initiatives')
  @ApiOperation({ summary: 'Initiatives, filtered by partner (country:JP, region:lac), area (quantum or area:quantum), instrument or text' })
  @ApiQuery({ name: 'partner', required: false, example: 'country:JP' })
  @ApiQuery({ name: 'area', required: false, example: 'quantum' })
  @ApiQuery({ name: 'instrument', required: false, example: 'digital-partnership' })
  @ApiQuery({ name: 'q', required: false })
  @ApiQuery({ name: 'limit', required: false, example: 50 })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiOkResponse({ schema: openApiSchema(ListInitiativesResponseSchema) })
  initiatives(@Query(new ZodValidationPipe(InitiativeQueryDtoSchema, 'query')) q: z.infer<typeof InitiativeQueryDtoSchema>) {
    const area = q.area ? (q.area.startsWith('area:') ? q.area : `area:${q.area}`) : undefined;
    return this.messaging.request(LIST_INITIATIVES_V1, {
      partner: normalisePartner(q.partner),
      area,
      instrument: q.instrument,
      q: q.q,
      limit: q.limit,
      offset: q.offset,
    });
  }

  @Get('initiatives/:id')
  @ApiOkResponse({ schema: openApiSchema(InitiativeSchema) })
  initiative(@Param('id') id: string) {
    const full = id.startsWith('initiative:') ? id : `initiative:${id}`;
    if (!/^initiative:[a-z0-9-]{1,200}$/.test(full)) throw new ContractError('invalid', 'initiative ids look like initiative:bella');
    return this.messaging.request(GET_INITIATIVE_V1, { id: full });
  }

  @Get('partners')
  @ApiOperation({ summary: 'Partners with their number of initiatives and instruments' })
  @ApiQuery({ name: 'type', required: false, enum: ['country', 'region', 'org'] })
  @ApiOkResponse({ schema: openApiSchema(ListPartnersResponseSchema) })
  partners(@Query(new ZodValidationPipe(z.object({ type: z.enum(['country', 'region', 'org']).optional() }), 'query')) q: { type?: 'country' | 'region' | 'org' }) {
    return this.messaging.request(LIST_PARTNERS_V1, q);
  }

  @Get('partnerships')
  @ApiOperation({ summary: 'Partnerships: (instrument type, partner) pairs with their sources' })
  @ApiOkResponse({ schema: openApiSchema(ListPartnershipsResponseSchema) })
  partnerships(@Query(new ZodValidationPipe(PartnershipQuerySchema, 'query')) q: z.infer<typeof PartnershipQuerySchema>) {
    return this.messaging.request(LIST_PARTNERSHIPS_V1, { ...q, partner: normalisePartner(q.partner) });
  }
}
