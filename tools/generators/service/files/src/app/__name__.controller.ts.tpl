import { INITIATIVE_CREATED_V1, Initiative } from '@dpo/contracts';
import { JetStreamContext } from '@dpo/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { __Pascal__Service } from './__name__.service';

/** Thin: subject → one service method. */
@Controller()
export class __Pascal__Controller {
  constructor(private readonly service: __Pascal__Service) {}

  @EventPattern(INITIATIVE_CREATED_V1)
  initiativeCreated(@Payload() initiative: Initiative, @Ctx() ctx: JetStreamContext) {
    return this.service.onInitiativeCreated(ctx.consumer, ctx.eventId, initiative);
  }
}
