import {
  ContractError,
  DOCUMENT_FAILED_V1,
  DOCUMENT_INGESTED_V1,
  DocumentExtractedV1,
  DocumentFailedV1,
  DocumentIngestedV1,
  DocumentSummary,
  RpcParsedRequest,
  SubmitDocumentResponse,
  SUBMIT_DOCUMENT_V1,
  LIST_DOCUMENTS_V1,
} from '@dpo/contracts';
import { DocumentParseError, parseDocument, ParsedDocument } from '@dpo/document-parsing';
import { MessagingClient } from '@dpo/messaging';
import { addToOutbox, claimInbox } from '@dpo/persistence';
import { OutboxRelayService } from '@dpo/service-runtime';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DocumentEntity } from './document.entity';
import { documentIdFor, toDocumentSummary } from './document.mapper';
import { INGESTION_CONFIG } from './ingestion.tokens';
import type { IngestionConfig } from './ingestion.config';

export const TEXT_BUCKET = 'texts';

@Injectable()
export class IngestionService {
  private readonly logger = new Logger(IngestionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingClient,
    private readonly outbox: OutboxRelayService,
    @Inject(INGESTION_CONFIG) private readonly config: IngestionConfig,
  ) {}

  /** Parse, store and announce a document; the same bytes a second time only return the first result. */
  async submit(req: RpcParsedRequest<typeof SUBMIT_DOCUMENT_V1>): Promise<SubmitDocumentResponse> {
    if (req.upload.size > this.config.MAX_DOCUMENT_BYTES) {
      throw new ContractError('too_large', `document is ${req.upload.size} bytes; the limit is ${this.config.MAX_DOCUMENT_BYTES}`);
    }
    const bytes = await this.messaging.getBlob(req.upload);
    if (!bytes) throw new ContractError('not_found', `upload ${req.upload.name} is not in the object store`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== req.upload.sha256) throw new ContractError('invalid', 'upload checksum does not match its reference');
    const id = documentIdFor(sha256);
    const existing = await this.dataSource.getRepository(DocumentEntity).findOneBy({ id });
    if (existing) {
      if (this.isStuck(existing)) await this.reannounce(existing);
      return this.response(existing, true);
    }

    let parsed: ParsedDocument | null = null;
    let failure: { code: string; message: string } | null = null;
    try {
      parsed = await parseDocument(
        { bytes, filename: req.filename ?? undefined, mediaType: req.mediaType ?? undefined },
        { maxBytes: this.config.MAX_DOCUMENT_BYTES, timeoutMs: this.config.PARSE_TIMEOUT_MS },
      );
    } catch (err) {
      if (!(err instanceof DocumentParseError)) throw err;
      failure = { code: err.code, message: err.message };
    }
    const textRef = parsed ? await this.messaging.putBlob(TEXT_BUCKET, Buffer.from(parsed.text, 'utf8'), id) : null;
    const entity = this.dataSource.getRepository(DocumentEntity).create({
      id,
      sha256,
      filename: req.filename,
      mediaType: parsed?.mediaType ?? req.mediaType ?? 'application/octet-stream',
      sourceUrl: req.sourceUrl,
      title: parsed?.title ?? null,
      language: parsed?.language ?? null,
      languages: parsed?.languages ?? [],
      sizeBytes: bytes.length,
      textLength: parsed?.text.length ?? 0,
      original: Buffer.from(bytes),
      text: parsed?.text ?? null,
      pages: parsed?.pages ?? null,
      status: failure ? 'failed' : 'ingested',
      errorCode: failure?.code ?? null,
      errorMessage: failure?.message ?? null,
      initiativeCount: null,
    });
    try {
      await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(entity);
        const envelope = failure
          ? this.messaging.envelope(DOCUMENT_FAILED_V1, this.failedEvent(saved, failure), { id: `failed:${id}`, subject: id })
          : this.messaging.envelope(DOCUMENT_INGESTED_V1, this.ingestedEvent(saved, textRef as NonNullable<typeof textRef>), { id: `ingested:${id}`, subject: id });
        await addToOutbox(manager, envelope);
      });
    } catch (err) {
      // Another replica stored the same bytes a moment ago.
      if ((err as { code?: string }).code === '23505') {
        const winner = await this.dataSource.getRepository(DocumentEntity).findOneByOrFail({ id });
        return this.response(winner, true);
      }
      throw err;
    }
    this.outbox.kick();
    this.logger.log({ msg: failure ? 'document failed' : 'document ingested', documentId: id, bytes: bytes.length, error: failure?.code });
    const stored = await this.dataSource.getRepository(DocumentEntity).findOneByOrFail({ id });
    return this.response(stored, false);
  }

  async list(req: RpcParsedRequest<typeof LIST_DOCUMENTS_V1>): Promise<{ items: DocumentSummary[]; total: number }> {
    const [rows, total] = await this.dataSource.getRepository(DocumentEntity).findAndCount({
      where: req.status ? { status: req.status } : {},
      order: { ingestedAt: 'DESC', id: 'ASC' },
      take: req.limit,
      skip: req.offset,
    });
    return { items: rows.map(toDocumentSummary), total };
  }

  async get(id: string): Promise<DocumentSummary> {
    const row = await this.dataSource.getRepository(DocumentEntity).findOneBy({ id });
    if (!row) throw new ContractError('not_found', `no document ${id}`);
    return toDocumentSummary(row);
  }

  /** The pipeline's later stages report back, so `GET /api/documents` shows where each document is. */
  async recordExtracted(consumer: string, eventId: string, e: DocumentExtractedV1): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await claimInbox(manager, consumer, eventId))) return;
      await manager.update(DocumentEntity, { id: e.documentId }, { status: 'extracted', initiativeCount: e.initiatives.length, errorCode: null, errorMessage: null });
    });
  }

  async recordExtractionFailed(consumer: string, eventId: string, e: DocumentFailedV1): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await claimInbox(manager, consumer, eventId))) return;
      await manager.update(DocumentEntity, { id: e.documentId }, { status: 'failed', errorCode: e.code, errorMessage: e.message });
    });
  }

  /** Announced but never extracted (its message was dead-lettered, say) for a while. */
  private isStuck(d: DocumentEntity): boolean {
    return d.status === 'ingested' && Date.now() - d.updatedAt.getTime() > this.config.REANNOUNCE_AFTER_MS;
  }

  /**
   * Submitting a stuck document again announces it again, so a fixed extractor can
   * pick it up; the registry's merge makes a second pass harmless.
   */
  private async reannounce(d: DocumentEntity): Promise<void> {
    const text = await this.textOf(d.id);
    if (text === null) return;
    // Put again: restores the text if the object store lost it; same bytes, same object.
    const textRef = await this.messaging.putBlob(TEXT_BUCKET, Buffer.from(text, 'utf8'), d.id);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(DocumentEntity, { id: d.id }, { updatedAt: new Date() });
      await addToOutbox(manager, this.messaging.envelope(DOCUMENT_INGESTED_V1, this.ingestedEvent(d, textRef), { id: `ingested:${d.id}:${Date.now()}`, subject: d.id }));
    });
    this.outbox.kick();
    this.logger.log({ msg: 'stuck document announced again', documentId: d.id });
  }

  private async textOf(id: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(DocumentEntity).createQueryBuilder('d').addSelect('d.text').where('d.id = :id', { id }).getOne();
    return row?.text ?? null;
  }

  private failedEvent(d: DocumentEntity, failure: { code: string; message: string }): DocumentFailedV1 {
    return {
      documentId: d.id,
      sha256: d.sha256,
      filename: d.filename,
      stage: 'ingestion',
      code: failure.code,
      message: failure.message.slice(0, 2000),
      failedAt: new Date().toISOString(),
    };
  }

  private ingestedEvent(d: DocumentEntity, textRef: DocumentIngestedV1['textRef']): DocumentIngestedV1 {
    return {
      documentId: d.id,
      sha256: d.sha256,
      filename: d.filename,
      mediaType: d.mediaType,
      title: d.title,
      language: d.language ?? 'und',
      languages: d.languages,
      sizeBytes: d.sizeBytes,
      textLength: d.textLength,
      ...(d.pages ? { pages: d.pages } : {}),
      textRef,
      ingestedAt: d.ingestedAt.toISOString(),
    };
  }

  private response(d: DocumentEntity, duplicate: boolean): SubmitDocumentResponse {
    return {
      documentId: d.id,
      sha256: d.sha256,
      status: d.status,
      duplicate,
      error: d.errorCode ? { code: d.errorCode, message: d.errorMessage ?? '' } : null,
    };
  }
}
