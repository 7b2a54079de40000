import { DocumentParseError } from '../document-parse.error';
import { decodeText } from '../text-decoder';
import { normaliseText } from '../text-normaliser';
import { ExtractedContent } from './extracted-content';

/** Plain text and Markdown; Markdown keeps its markup, only a leading "# " heading becomes the title. */
export function parseText(bytes: Uint8Array, declaredCharset: string | undefined, markdown: boolean): ExtractedContent {
  const decoded = decodeText(bytes, declaredCharset);
  const text = normaliseText(decoded.text);
  if (!text) throw new DocumentParseError('empty', 'text contains only whitespace');
  const heading = markdown ? text.match(/^#\s+(.+)$/m) : null;
  return {
    text,
    encoding: decoded.encoding,
    title: heading ? heading[1].trim() : undefined,
    warnings: decoded.warnings,
  };
}
