import { DocumentParseError } from '../document-parse.error';
import { ResolvedParseOptions } from '../document-parsing.types';
import { runWorkerJob } from '../parser-worker.runner';
import { normaliseText } from '../text-normaliser';
import { ExtractedContent } from './extracted-content';

interface DocxWorkerResult {
  text: string;
  warnings: string[];
}

function isDocxResult(value: unknown): value is DocxWorkerResult {
  return typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string';
}

/**
 * mammoth's raw text keeps one paragraph per block separated by blank lines. It runs in the
 * worker too: a zip bomb or deeply nested XML must hit the timeout, not the host.
 */
export async function parseDocx(bytes: Uint8Array, opts: ResolvedParseOptions): Promise<ExtractedContent> {
  const result = await runWorkerJob({ kind: 'docx', bytes: new Uint8Array(bytes) }, opts.deadline, opts.workerScriptPath);
  if (!isDocxResult(result)) throw new DocumentParseError('corrupt', 'DOCX worker returned no text');
  const text = normaliseText(result.text);
  if (!text) throw new DocumentParseError('no_text', 'DOCX contains no text');
  const warnings = Array.isArray(result.warnings) ? result.warnings.filter((w): w is string => typeof w === 'string') : [];
  return { text, warnings: warnings.slice(0, 20) };
}
