import { DocumentParseError } from '../document-parse.error';
import { ResolvedParseOptions } from '../document-parsing.types';
import { runWorkerJob } from '../parser-worker.runner';
import { decodeText } from '../text-decoder';
import { normaliseText } from '../text-normaliser';
import { ExtractedContent, nonEmpty } from './extracted-content';
import { BOILERPLATE_PATTERNS, BOILERPLATE_SELECTORS, dropBoilerplateLines } from './html-boilerplate';
import { HTML_TEXT_RULES } from './html-text.rules';

interface HtmlWorkerResult {
  text: string;
  usedReadability: boolean;
  title?: string;
  ogTitle?: string;
  h1?: string;
}

function isHtmlResult(value: unknown): value is HtmlWorkerResult {
  return typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string';
}

/** <meta charset> or the http-equiv form, looked for in the first KiB as browsers do. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i);
  return m ? m[1] : undefined;
}

/**
 * HTML goes through Readability to keep the article and drop the page chrome. All DOM work
 * runs in the worker: linkedom and Readability are synchronous, and a 20 MB page would
 * otherwise block the host's event loop beyond any timeout.
 */
export async function parseHtml(bytes: Uint8Array, declaredCharset: string | undefined, opts: ResolvedParseOptions): Promise<ExtractedContent> {
  const decoded = decodeText(bytes, declaredCharset ?? metaCharset(bytes));
  const warnings = [...decoded.warnings];
  const result = await runWorkerJob(
    {
      kind: 'html',
      html: decoded.text,
      removeSelectors: [...BOILERPLATE_SELECTORS],
      boilerplatePatterns: [...BOILERPLATE_PATTERNS],
      textRules: HTML_TEXT_RULES,
    },
    opts.deadline,
    opts.workerScriptPath,
  );
  if (!isHtmlResult(result)) throw new DocumentParseError('corrupt', 'HTML worker returned no content');
  if (!result.usedReadability) warnings.push('no article found by Readability; using the cleaned page body');
  const text = normaliseText(dropBoilerplateLines(result.text));
  if (!text) throw new DocumentParseError('no_text', 'HTML page has no readable text');
  return {
    text,
    encoding: decoded.encoding,
    title: nonEmpty(result.title) ?? nonEmpty(result.ogTitle) ?? nonEmpty(result.h1),
    warnings,
  };
}
