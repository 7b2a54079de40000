import { DocumentParseError } from './document-parse.error';
import { ParsedDocument, ParseOptions, ResolvedParseOptions, resolveParseOptions } from './document-parsing.types';
import { detectLanguages } from './language-detector';
import { baseMediaType, charsetOf, claimsSupportedType, MEDIA_TYPES, sniffMediaType } from './media-type.sniffer';
import { parseDocx } from './parsers/docx.parser';
import { ExtractedContent } from './parsers/extracted-content';
import { parseHtml } from './parsers/html.parser';
import { parsePdf } from './parsers/pdf.parser';
import { parseText } from './parsers/text.parser';

export interface DocumentInput {
  bytes: Uint8Array;
  filename?: string;
  /** Declared media type (HTTP Content-Type, upload field); may carry a charset parameter. */
  mediaType?: string;
}

/** ASCII whitespace after an optional BOM (NUL covers UTF-16); other blanks are caught after decoding. */
function isBlank(bytes: Uint8Array): boolean {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
  for (let i = bom; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x00) return false;
  }
  return true;
}

function extract(mediaType: string, input: DocumentInput, opts: ResolvedParseOptions): Promise<ExtractedContent> {
  const charset = charsetOf(input.mediaType);
  switch (mediaType) {
    case MEDIA_TYPES.pdf:
      return parsePdf(input.bytes, opts);
    case MEDIA_TYPES.docx:
      return parseDocx(input.bytes, opts);
    case MEDIA_TYPES.html:
    case MEDIA_TYPES.xhtml:
      return parseHtml(input.bytes, charset, opts);
    case MEDIA_TYPES.text:
    case MEDIA_TYPES.markdown:
      return Promise.resolve().then(() => parseText(input.bytes, charset, mediaType === MEDIA_TYPES.markdown));
    default:
      return Promise.reject(new DocumentParseError('unsupported_type', `unsupported media type ${mediaType}`));
  }
}

/** Cuts text at the limit and clamps page spans so they stay inside the text. */
function applyTextLimit(content: ExtractedContent, maxTextChars: number): ExtractedContent {
  if (content.text.length <= maxTextChars) return content;
  const text = content.text.slice(0, maxTextChars);
  const pages = content.pages
    ?.filter((p) => p.start < maxTextChars)
    .map((p) => ({ ...p, end: Math.min(p.end, maxTextChars) }));
  return {
    ...content,
    text,
    pages,
    warnings: [...content.warnings, `text truncated from ${content.text.length} to ${maxTextChars} characters`],
  };
}

/** Races the parse against the deadline; heavy parsers also terminate their worker on it. */
function withDeadline<T>(work: Promise<T>, opts: ResolvedParseOptions): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DocumentParseError('timeout', `parsing took longer than ${opts.timeoutMs} ms`)),
      Math.max(0, opts.deadline - Date.now()),
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Turns an uploaded or fetched document into normalised text with its language(s).
 * Order of checks: size (before anything is parsed), emptiness, media type, then the format
 * parser under the time budget. Every failure is a DocumentParseError with a stable code.
 */
export async function parseDocument(input: DocumentInput, options?: ParseOptions): Promise<ParsedDocument> {
  const opts = resolveParseOptions(options);
  const { bytes } = input;
  if (bytes.byteLength > opts.maxBytes) {
    throw new DocumentParseError('too_large', `document is ${bytes.byteLength} bytes; the limit is ${opts.maxBytes}`);
  }
  if (bytes.byteLength === 0 || isBlank(bytes)) throw new DocumentParseError('empty', 'document is empty');

  const mediaType = sniffMediaType(bytes, input.filename, input.mediaType);
  if (!mediaType) {
    // Bytes that claim to be a supported format but are not are damaged, not merely unsupported.
    if (claimsSupportedType(input.filename, input.mediaType)) {
      throw new DocumentParseError('corrupt', `content does not match ${input.filename ?? baseMediaType(input.mediaType)}: binary data`);
    }
    throw new DocumentParseError('unsupported_type', `unrecognised content (declared ${input.mediaType ?? 'nothing'})`);
  }

  const content = applyTextLimit(await withDeadline(extract(mediaType, input, opts), opts), opts.maxTextChars);
  if (!content.text.trim()) throw new DocumentParseError('no_text', 'no text could be extracted');
  const { language, languages } = detectLanguages(content.text);
  const declared = baseMediaType(input.mediaType);
  const warnings = [...content.warnings];
  if (declared && declared !== mediaType && declared !== 'application/octet-stream') {
    warnings.push(`declared as ${declared} but the content is ${mediaType}`);
  }
  return {
    text: content.text,
    mediaType,
    ...(content.encoding && { encoding: content.encoding }),
    ...(content.title && { title: content.title }),
    ...(content.pages && { pages: content.pages }),
    language,
    languages,
    warnings,
  };
}
