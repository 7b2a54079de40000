import { extract, EXTRACTOR_VERSION } from '@dpo/extraction-core';
import * as documentParsing from '@dpo/document-parsing';
import { readFile } from 'node:fs/promises';

interface ParsedDocument {
  text: string;
  language: string;
  pages?: { page: number; start: number; end: number }[];
}
type ParseDocument = (input: { bytes: Uint8Array; filename?: string }, opts?: { timeoutMs?: number; maxBytes?: number }) => Promise<ParsedDocument>;

/** parseDocument from @dpo/document-parsing; plain UTF-8 reading until that library exports it. */
function parser(): ParseDocument {
  const candidate: unknown = (documentParsing as Record<string, unknown>)['parseDocument'];
  if (typeof candidate === 'function') return candidate as ParseDocument;
  return async ({ bytes }) => ({ text: new TextDecoder('utf-8').decode(bytes), language: 'und' });
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code;
  return 'EXTRACT_FAILED';
}

/**
 * `dpo extract [--rules-only] FILE...`: one JSON line per file on `out` ({file, ...ExtractionResult}),
 * progress on `err` when there are many files. A file that cannot be read or parsed gives
 * {file, error:{code,message}} and exit code 1, and the run goes on.
 */
export async function runExtract(files: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, options: { partnerModel?: boolean; areaModel?: boolean } = {}): Promise<number> {
  const parse = parser();
  let exitCode = 0;
  const started = Date.now();
  for (const [i, file] of files.entries()) {
    try {
      const bytes = await readFile(file);
      const doc = await parse({ bytes: new Uint8Array(bytes), filename: file }, { timeoutMs: 60000 });
      const result = extract({ text: doc.text, language: doc.language, pages: doc.pages, filename: file, partnerModel: options.partnerModel, areaModel: options.areaModel });
      out.write(`${JSON.stringify({ file, extractorVersion: EXTRACTOR_VERSION, ...result })}\n`);
    } catch (e: unknown) {
      exitCode = 1;
      const message = e instanceof Error ? e.message : String(e);
      out.write(`${JSON.stringify({ file, error: { code: errorCode(e), message } })}\n`);
    }
    if (files.length > 5 && ((i + 1) % 10 === 0 || i + 1 === files.length)) {
      err.write(`extract: ${i + 1}/${files.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  }
  return exitCode;
}
