import {
  ContractError,
  CREATE_SUBSCRIPTION_V1,
  CreateSubscriptionDtoSchema,
  CreateSubscriptionResponseSchema,
  DELETE_SUBSCRIPTION_V1,
  GET_SUBSCRIPTION_V1,
  LIST_DELIVERIES_V1,
  LIST_SUBSCRIPTIONS_V1,
  ListDeliveriesResponseSchema,
  ListSubscriptionsResponseSchema,
  PageQuerySchema,
} from '@dpo/contracts';
import { MessagingClient } from '@dpo/messaging';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiKeyGuard } from '../http/api-key.guard';
import { openApiSchema } from '../http/json-schema';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const checkId = (id: string) => {
  if (!UUID.test(id)) throw new ContractError('invalid', 'subscription ids are UUIDs');
  return id;
};

/** Subscriptions reveal webhook URLs, so reading them needs the key too. */
@ApiTags('subscriptions')
@ApiBearerAuth()
@UseGuards(ApiKeyGuard)
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(private readonly messaging: MessagingClient) {}

  @Post()
  @ApiOperation({ summary: 'Subscribe a webhook to new initiatives matching partners and areas; the response carries the signing secret once' })
  @ApiBody({ schema: openApiSchema(CreateSubscriptionDtoSchema, 'input') })
  @ApiCreatedResponse({ schema: openApiSchema(CreateSubscriptionResponseSchema) })
  create(@Body(new ZodValidationPipe(CreateSubscriptionDtoSchema, 'subscription')) dto: z.infer<typeof CreateSubscriptionDtoSchema>) {
    return this.messaging.request(CREATE_SUBSCRIPTION_V1, dto, 20_000);
  }

  @Get()
  @ApiOkResponse({ schema: openApiSchema(ListSubscriptionsResponseSchema) })
  list(@Query(new ZodValidationPipe(PageQuerySchema, 'query')) q: z.infer<typeof PageQuerySchema>) {
    return this.messaging.request(LIST_SUBSCRIPTIONS_V1, q);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.messaging.request(GET_SUBSCRIPTION_V1, { id: checkId(id) });
  }

  @Delete(':id')
  @HttpCode(200)
  remove(@Param('id') id: string) {
    return this.messaging.request(DELETE_SUBSCRIPTION_V1, { id: checkId(id) });
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The delivery log of a subscription' })
  @ApiOkResponse({ schema: openApiSchema(ListDeliveriesResponseSchema) })
  deliveries(@Param('id') id: string, @Query(new ZodValidationPipe(PageQuerySchema, 'query')) q: z.infer<typeof PageQuerySchema>) {
    return this.messaging.request(LIST_DELIVERIES_V1, { ...q, subscriptionId: checkId(id) });
  }
}
