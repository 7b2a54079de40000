import { DocumentParseError } from '../document-parse.error';
import { PageSpan, ResolvedParseOptions } from '../document-parsing.types';
import { runWorkerJob } from '../parser-worker.runner';
import { normaliseText } from '../text-normaliser';
import { ExtractedContent, nonEmpty } from './extracted-content';
import { extractWithPdftotext, looksLikeGarbledPdfText, pdftotextAvailable } from './pdftotext.fallback';

export const PAGE_SEPARATOR = '\n\n';

interface PdfWorkerResult {
  pages: string[];
  title?: string;
}

function isPdfResult(value: unknown): value is PdfWorkerResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'pages' in value &&
    Array.isArray(value.pages) &&
    value.pages.every((p: unknown) => typeof p === 'string')
  );
}

/**
 * pdf.js quietly rebuilds a missing xref table, so a half-downloaded file can come back with
 * a fraction of its pages. A file must end with %%EOF (within the tail, which may hold padding).
 */
function assertNotTruncated(bytes: Uint8Array): void {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-2048).toString('latin1');
  if (!tail.includes('%%EOF')) throw new DocumentParseError('corrupt', 'PDF is truncated (no %%EOF marker at the end)');
}

/** Joins pages and records where each starts and ends, so extractions can cite a page. */
export function joinPages(pages: string[]): { text: string; spans: PageSpan[] } {
  const spans: PageSpan[] = [];
  let text = '';
  pages.forEach((page, i) => {
    if (i > 0) text += PAGE_SEPARATOR;
    spans.push({ page: i + 1, start: text.length, end: text.length + page.length });
    text += page;
  });
  return { text, spans };
}

export async function parsePdf(bytes: Uint8Array, opts: ResolvedParseOptions): Promise<ExtractedContent> {
  assertNotTruncated(bytes);
  // The worker gets its own copy; pdf.js detaches the buffer it is given.
  const result = await runWorkerJob({ kind: 'pdf', bytes: new Uint8Array(bytes) }, opts.deadline, opts.workerScriptPath);
  if (!isPdfResult(result)) throw new DocumentParseError('corrupt', 'PDF worker returned no pages');
  const warnings: string[] = [];
  let pages = result.pages.map(normaliseText);

  if (looksLikeGarbledPdfText(pages)) {
    const fallback = await extractWithPdftotext(bytes, opts.deadline - Date.now());
    if (fallback && !looksLikeGarbledPdfText(fallback.map(normaliseText))) {
      pages = fallback.map(normaliseText);
      warnings.push('pdf.js text looked garbled (missing font mapping); used pdftotext instead');
    } else {
      warnings.push(
        pdftotextAvailable()
          ? 'text looks garbled (missing font mapping) and pdftotext did not do better'
          : 'text looks garbled (missing font mapping); install poppler-utils (pdftotext) for a better result',
      );
    }
  }
  if (pages.every((p) => p.length === 0)) {
    throw new DocumentParseError('no_text', `PDF has ${pages.length} page(s) but no text layer (scanned or image-only?)`);
  }
  const emptyPages = pages.filter((p) => p.length === 0).length;
  if (emptyPages > 0) warnings.push(`${emptyPages} of ${pages.length} pages have no text`);
  const { text, spans } = joinPages(pages);
  return { text, pages: spans, title: nonEmpty(result.title), warnings };
}
