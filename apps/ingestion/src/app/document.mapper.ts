import { DocumentSummary } from '@dpo/contracts';
import { DocumentEntity } from './document.entity';

export function toDocumentSummary(d: DocumentEntity): DocumentSummary {
  return {
    id: d.id,
    sha256: d.sha256,
    filename: d.filename,
    mediaType: d.mediaType,
    title: d.title,
    language: d.language,
    languages: d.languages,
    sizeBytes: d.sizeBytes,
    textLength: d.textLength,
    status: d.status,
    error: d.errorCode ? { code: d.errorCode, message: d.errorMessage ?? '' } : null,
    initiativeCount: d.initiativeCount,
    ingestedAt: d.ingestedAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

/** Ids derive from content, so the same bytes map to the same document on every replica. */
export function documentIdFor(sha256: string): string {
  return `doc_${sha256.slice(0, 24)}`;
}
