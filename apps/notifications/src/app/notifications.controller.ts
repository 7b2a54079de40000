import {
  CREATE_SUBSCRIPTION_V1,
  DELETE_SUBSCRIPTION_V1,
  GET_SUBSCRIPTION_V1,
  INITIATIVE_CREATED_V1,
  INITIATIVE_UPDATED_V1,
  LIST_DELIVERIES_V1,
  LIST_SUBSCRIPTIONS_V1,
  PARTNERSHIP_CREATED_V1,
  PARTNERSHIP_UPDATED_V1,
} from '@dpo/contracts';
import type { RpcParsedRequest } from '@dpo/contracts';
import { JetStreamContext } from '@dpo/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { FanoutService } from './fanout.service';
import { SubscriptionsService } from './subscriptions.service';

@Controller()
export class NotificationsController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly fanout: FanoutService,
  ) {}

  @EventPattern(INITIATIVE_CREATED_V1)
  initiativeCreated(@Ctx() ctx: JetStreamContext) {
    return this.fanout.onEvent(ctx.consumer, ctx.envelope);
  }

  @EventPattern(INITIATIVE_UPDATED_V1)
  initiativeUpdated(@Ctx() ctx: JetStreamContext) {
    return this.fanout.onEvent(ctx.consumer, ctx.envelope);
  }

  @EventPattern(PARTNERSHIP_CREATED_V1)
  partnershipCreated(@Ctx() ctx: JetStreamContext) {
    return this.fanout.onEvent(ctx.consumer, ctx.envelope);
  }

  @EventPattern(PARTNERSHIP_UPDATED_V1)
  partnershipUpdated(@Ctx() ctx: JetStreamContext) {
    return this.fanout.onEvent(ctx.consumer, ctx.envelope);
  }

  @MessagePattern(CREATE_SUBSCRIPTION_V1)
  create(@Payload() req: RpcParsedRequest<typeof CREATE_SUBSCRIPTION_V1>) {
    return this.subscriptions.create(req);
  }

  @MessagePattern(LIST_SUBSCRIPTIONS_V1)
  list(@Payload() req: RpcParsedRequest<typeof LIST_SUBSCRIPTIONS_V1>) {
    return this.subscriptions.list(req);
  }

  @MessagePattern(GET_SUBSCRIPTION_V1)
  get(@Payload() req: RpcParsedRequest<typeof GET_SUBSCRIPTION_V1>) {
    return this.subscriptions.get(req.id);
  }

  @MessagePattern(DELETE_SUBSCRIPTION_V1)
  remove(@Payload() req: RpcParsedRequest<typeof DELETE_SUBSCRIPTION_V1>) {
    return this.subscriptions.remove(req.id);
  }

  @MessagePattern(LIST_DELIVERIES_V1)
  deliveries(@Payload() req: RpcParsedRequest<typeof LIST_DELIVERIES_V1>) {
    return this.subscriptions.deliveries(req);
  }
}
