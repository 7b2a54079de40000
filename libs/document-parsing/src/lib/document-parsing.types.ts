/** Character offsets into ParsedDocument.text: text.slice(start, end) is the page's text. */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

export interface ParsedDocument {
  text: string;
  mediaType: string;
  /** Source character encoding, for text formats only. */
  encoding?: string;
  title?: string;
  /** PDF only: one span per page, 1-based page numbers. */
  pages?: PageSpan[];
  /** ISO 639-1 code of the dominant language, or 'und'. */
  language: string;
  /** Languages found per section, most frequent first. */
  languages: string[];
  warnings: string[];
}

export interface ParseOptions {
  /** Wall-clock budget for the whole parse. Default 20000 ms. */
  timeoutMs?: number;
  /** Inputs above this size are refused before any parsing. Default 25 MiB. */
  maxBytes?: number;
  /** Extracted text is cut at this length (with a warning). Default 5,000,000. */
  maxTextChars?: number;
  /**
   * Path of the plain-JS parser worker. Default: $DPO_PARSER_WORKER_PATH, then
   * `<bundle dir>/workers/parser-worker.js`, then the file in this library's sources.
   */
  workerScriptPath?: string;
}

export interface ResolvedParseOptions {
  timeoutMs: number;
  maxBytes: number;
  maxTextChars: number;
  workerScriptPath?: string;
  /** Absolute time (Date.now()) after which the parse has failed with 'timeout'. */
  deadline: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
export const DEFAULT_MAX_TEXT_CHARS = 5_000_000;

export function resolveParseOptions(opts: ParseOptions = {}): ResolvedParseOptions {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    timeoutMs,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    maxTextChars: opts.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS,
    workerScriptPath: opts.workerScriptPath,
    deadline: Date.now() + timeoutMs,
  };
}
