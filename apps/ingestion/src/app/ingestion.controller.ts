import {
  DOCUMENT_EXTRACTED_V1,
  DocumentExtractedV1,
  DocumentFailedV1,
  EXTRACTION_FAILED_V1,
  GET_DOCUMENT_V1,
  LIST_DOCUMENTS_V1,
  RpcParsedRequest,
  SUBMIT_DOCUMENT_V1,
} from '@dpo/contracts';
import { JetStreamContext } from '@dpo/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { IngestionService } from './ingestion.service';

@Controller()
export class IngestionController {
  constructor(private readonly ingestion: IngestionService) {}

  @MessagePattern(SUBMIT_DOCUMENT_V1)
  submit(@Payload() req: RpcParsedRequest<typeof SUBMIT_DOCUMENT_V1>) {
    return this.ingestion.submit(req);
  }

  @MessagePattern(LIST_DOCUMENTS_V1)
  list(@Payload() req: RpcParsedRequest<typeof LIST_DOCUMENTS_V1>) {
    return this.ingestion.list(req);
  }

  @MessagePattern(GET_DOCUMENT_V1)
  get(@Payload() req: RpcParsedRequest<typeof GET_DOCUMENT_V1>) {
    return this.ingestion.get(req.id);
  }

  @EventPattern(DOCUMENT_EXTRACTED_V1)
  extracted(@Payload() e: DocumentExtractedV1, @Ctx() ctx: JetStreamContext) {
    return this.ingestion.recordExtracted(ctx.consumer, ctx.eventId, e);
  }

  @EventPattern(EXTRACTION_FAILED_V1)
  extractionFailed(@Payload() e: DocumentFailedV1, @Ctx() ctx: JetStreamContext) {
    return this.ingestion.recordExtractionFailed(ctx.consumer, ctx.eventId, e);
  }
}
