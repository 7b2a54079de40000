import { DOCUMENT_EXTRACTED_V1, DocumentIngestedV1, EXTRACTION_FAILED_V1 } from '@dpo/contracts';
import { EXTRACTOR_VERSION, extract } from '@dpo/extraction-core';
import { MessagingClient } from '@dpo/messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ExtractionConfig } from './extraction.config';
import { toExtractedEvent } from './extraction.mapper';
import { EXTRACTION_CONFIG } from './extraction.tokens';

/**
 * Stateless: reads the text by reference, runs the extraction library and
 * publishes the result. The event id is derived from the document and the
 * extractor version, so a redelivered message publishes a duplicate the server
 * drops, and the registry's merge is idempotent beyond the dedupe window.
 */
@Injectable()
export class ExtractionService {
  private readonly logger = new Logger(ExtractionService.name);

  constructor(
    private readonly messaging: MessagingClient,
    @Inject(EXTRACTION_CONFIG) private readonly config: ExtractionConfig,
  ) {}

  async handleIngested(doc: DocumentIngestedV1): Promise<void> {
    const bytes = await this.messaging.getBlob(doc.textRef);
    if (!bytes) throw new Error(`text of ${doc.documentId} is not in the object store yet`);
    const text = Buffer.from(bytes).toString('utf8');
    if (text.length > this.config.MAX_TEXT_CHARS) {
      await this.fail(doc, 'too_large', `text has ${text.length} characters; the limit is ${this.config.MAX_TEXT_CHARS}`);
      return;
    }
    const started = Date.now();
    let result;
    try {
      result = extract({ text, language: doc.language, pages: doc.pages, filename: doc.filename ?? undefined });
    } catch (err) {
      // A bug on one document must not block the stream; report it and move on.
      this.logger.error({ msg: 'extraction failed', documentId: doc.documentId, error: (err as Error).message, stack: (err as Error).stack });
      await this.fail(doc, 'extraction_error', (err as Error).message);
      return;
    }
    const event = toExtractedEvent(doc, result, new Date());
    await this.messaging.publish(DOCUMENT_EXTRACTED_V1, event, {
      id: `extracted:${doc.documentId}:${EXTRACTOR_VERSION}`,
      subject: doc.documentId,
    });
    this.logger.log({
      msg: 'document extracted',
      documentId: doc.documentId,
      initiatives: event.initiatives.length,
      partners: event.partners.length,
      ms: Date.now() - started,
    });
  }

  private async fail(doc: DocumentIngestedV1, code: string, message: string): Promise<void> {
    await this.messaging.publish(
      EXTRACTION_FAILED_V1,
      { documentId: doc.documentId, sha256: doc.sha256, filename: doc.filename, stage: 'extraction', code, message: message.slice(0, 2000), failedAt: new Date().toISOString() },
      { id: `extraction-failed:${doc.documentId}:${EXTRACTOR_VERSION}`, subject: doc.documentId },
    );
  }
}
