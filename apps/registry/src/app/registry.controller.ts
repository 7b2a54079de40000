import {
  DOCUMENT_EXTRACTED_V1,
  DocumentExtractedV1,
  GET_INITIATIVE_V1,
  LIST_INITIATIVES_V1,
  LIST_PARTNERS_V1,
  LIST_PARTNERSHIPS_V1,
  RpcParsedRequest,
} from '@dpo/contracts';
import { JetStreamContext } from '@dpo/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { RegistryQueryService } from './registry-query.service';
import { RegistryWriterService } from './registry-writer.service';

@Controller()
export class RegistryController {
  constructor(
    private readonly writer: RegistryWriterService,
    private readonly query: RegistryQueryService,
  ) {}

  @EventPattern(DOCUMENT_EXTRACTED_V1)
  extracted(@Payload() e: DocumentExtractedV1, @Ctx() ctx: JetStreamContext) {
    return this.writer.applyExtraction(ctx.consumer, ctx.eventId, e);
  }

  @MessagePattern(LIST_INITIATIVES_V1)
  listInitiatives(@Payload() req: RpcParsedRequest<typeof LIST_INITIATIVES_V1>) {
    return this.query.listInitiatives(req);
  }

  @MessagePattern(GET_INITIATIVE_V1)
  getInitiative(@Payload() req: RpcParsedRequest<typeof GET_INITIATIVE_V1>) {
    return this.query.getInitiative(req.id);
  }

  @MessagePattern(LIST_PARTNERS_V1)
  listPartners(@Payload() req: RpcParsedRequest<typeof LIST_PARTNERS_V1>) {
    return this.query.listPartners(req);
  }

  @MessagePattern(LIST_PARTNERSHIPS_V1)
  listPartnerships(@Payload() req: RpcParsedRequest<typeof LIST_PARTNERSHIPS_V1>) {
    return this.query.listPartnerships(req);
  }
}
