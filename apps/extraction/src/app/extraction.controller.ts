import { DOCUMENT_INGESTED_V1, DocumentIngestedV1 } from '@dpo/contracts';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ExtractionService } from './extraction.service';

@Controller()
export class ExtractionController {
  constructor(private readonly extraction: ExtractionService) {}

  @EventPattern(DOCUMENT_INGESTED_V1)
  ingested(@Payload() doc: DocumentIngestedV1) {
    return this.extraction.handleIngested(doc);
  }
}
