import { analyse } from 'chardet';
import * as iconv from 'iconv-lite';
import { DocumentParseError } from './document-parse.error';

export interface DecodedText {
  text: string;
  /** WHATWG-style label of the encoding that was used, e.g. 'utf-8', 'windows-1252'. */
  encoding: string;
  warnings: string[];
}

/** Share of suspicious characters above which decoded text is treated as mojibake. */
const MAX_BAD_CHAR_RATIO = 0.02;
/** Below this chardet confidence a guess is too weak to trust for multi-byte encodings. */
const MIN_CHARDET_CONFIDENCE = 10;
const SAMPLE_BYTES = 64 * 1024;

/**
 * UTF-16 without a BOM shows up as NUL bytes on one parity (ASCII and Latin letters have a
 * zero high byte). Returns null when the pattern is not clear enough.
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Binary content: NUL bytes or many C0 control bytes. ESC is allowed because ISO-2022
 * encodings use it; tab, newlines and form feed are ordinary text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (detectUtf16WithoutBom(bytes) || bomEncoding(bytes)) return false;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  if (n === 0) return false;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return nul / n > 0.001 || (nul + control) / n > 0.05;
}

function bomEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Counts characters that never appear in real text: U+FFFD, C0/C1 controls (bar whitespace). */
export function badCharRatio(text: string): { bad: number; ratio: number } {
  let bad = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    total++;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) {
      bad++;
    }
  }
  return { bad, ratio: total === 0 ? 0 : bad / total };
}

/** Lone surrogates from broken UTF-16 become U+FFFD here, so they count as bad characters. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding, { fatal: false }).decode(bytes);
}

/**
 * chardet says ISO-8859-1 for most Western text, but real-world "Latin-1" is almost always
 * windows-1252 (curly quotes, euro sign in 0x80-0x9F); WHATWG treats the labels as one.
 */
function canonicalCharset(name: string): string {
  const n = name.trim().toLowerCase();
  if (n === 'iso-8859-1' || n === 'latin1' || n === 'latin-1' || n === 'us-ascii' || n === 'ascii') return 'windows-1252';
  if (n === 'gb2312' || n === 'gbk') return 'gb18030';
  if (n === 'utf8') return 'utf-8';
  return n;
}

function accept(text: string, encoding: string, warnings: string[]): DecodedText {
  const { bad, ratio } = badCharRatio(text);
  if (ratio > MAX_BAD_CHAR_RATIO) {
    throw new DocumentParseError(
      'encoding',
      `text decoded as ${encoding} contains ${bad} undecodable or control characters (${(ratio * 100).toFixed(1)}%)`,
    );
  }
  if (bad > 0) warnings.push(`${bad} undecodable or control characters in ${encoding} text`);
  return { text, encoding, warnings };
}

function tryIconv(bytes: Uint8Array, charset: string): string | null {
  if (!iconv.encodingExists(charset)) return null;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

/**
 * Decodes text bytes: BOM, then UTF-16 without BOM, then strict UTF-8, then the declared
 * charset, then chardet's guesses. A declared charset is only a hint: senders routinely label
 * Latin-1 files as UTF-8, so strict UTF-8 validation decides, not the label.
 * Never returns mojibake silently: output with many bad characters fails with 'encoding'.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = bom.encoding === 'utf-8' ? new TextDecoder('utf-8').decode(body) : decodeUtf16(body, bom.encoding);
    if (bom.encoding !== 'utf-8' && body.length % 2 === 1) warnings.push('UTF-16 text has an odd number of bytes');
    return accept(text, bom.encoding, warnings);
  }
  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) {
    warnings.push(`no byte order mark; detected ${utf16} from byte pattern`);
    return accept(decodeUtf16(bytes, utf16), utf16, warnings);
  }
  if (looksBinary(bytes)) {
    throw new DocumentParseError('corrupt', 'content is binary (NUL or control bytes), not text');
  }
  try {
    return accept(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8', warnings);
  } catch (err) {
    if (err instanceof DocumentParseError) throw err;
    // Not valid UTF-8: fall through to the declared charset and detection.
  }
  const declared = declaredCharset ? canonicalCharset(declaredCharset) : undefined;
  if (declared && declared !== 'utf-8') {
    const text = tryIconv(bytes, declared);
    if (text !== null && badCharRatio(text).ratio <= MAX_BAD_CHAR_RATIO) return accept(text, declared, warnings);
  }
  if (declared === 'utf-8') warnings.push('declared as UTF-8 but the bytes are not valid UTF-8');
  const guesses = analyse(bytes).filter((m) => m.confidence >= MIN_CHARDET_CONFIDENCE);
  for (const guess of guesses) {
    const charset = canonicalCharset(guess.name);
    if (charset === 'utf-8' || charset.startsWith('utf-16') || charset.startsWith('utf-32')) continue;
    const text = tryIconv(bytes, charset);
    if (text !== null && badCharRatio(text).ratio <= MAX_BAD_CHAR_RATIO) {
      warnings.push(`encoding detected as ${charset} (confidence ${guess.confidence})`);
      return accept(text, charset, warnings);
    }
  }
  throw new DocumentParseError('encoding', 'text encoding could not be determined');
}
