import { looksBinary } from './text-decoder';

export const MEDIA_TYPES = {
  text: 'text/plain',
  html: 'text/html',
  xhtml: 'application/xhtml+xml',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown',
} as const;

export const SUPPORTED_MEDIA_TYPES: readonly string[] = Object.freeze(Object.values(MEDIA_TYPES));

const EXTENSIONS: Record<string, string> = {
  txt: MEDIA_TYPES.text,
  text: MEDIA_TYPES.text,
  html: MEDIA_TYPES.html,
  htm: MEDIA_TYPES.html,
  xhtml: MEDIA_TYPES.xhtml,
  pdf: MEDIA_TYPES.pdf,
  docx: MEDIA_TYPES.docx,
  md: MEDIA_TYPES.markdown,
  markdown: MEDIA_TYPES.markdown,
};

const DECLARED_ALIASES: Record<string, string> = {
  'text/x-markdown': MEDIA_TYPES.markdown,
  'application/x-pdf': MEDIA_TYPES.pdf,
};

/** Formats we recognise only to refuse them quickly instead of decoding them as text. */
const BINARY_MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2 (legacy .doc/.xls)
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
];

const TEXT_FAMILY = new Set<string>([MEDIA_TYPES.text, MEDIA_TYPES.markdown, MEDIA_TYPES.html, MEDIA_TYPES.xhtml]);

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Latin-1 view of the first bytes; enough to find ASCII markers such as "%PDF-" or "<html". */
function head(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(length, bytes.byteLength)).toString('latin1');
}

/** ASCII view of a UTF-16 head, so "<html" in a UTF-16 file is still found. */
function asciiHead(bytes: Uint8Array): string {
  const raw = head(bytes, 2048);
  return raw.split('\u0000').join('');
}

/** Media type without parameters, lower-cased; undefined when empty. */
export function baseMediaType(declared?: string): string | undefined {
  const base = declared?.split(';')[0].trim().toLowerCase();
  if (!base) return undefined;
  return DECLARED_ALIASES[base] ?? base;
}

/** The charset parameter of a declared media type, e.g. "text/plain; charset=utf-8". */
export function charsetOf(declared?: string): string | undefined {
  const m = declared?.match(/;\s*charset\s*=\s*"?([^";\s]+)"?/i);
  return m ? m[1] : undefined;
}

function sniffMagic(bytes: Uint8Array): string | 'binary' | null {
  const start = head(bytes, 1024);
  // The spec allows junk before the header and pdf.js accepts it, so search the first KiB.
  if (start.includes('%PDF-')) return MEDIA_TYPES.pdf;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names are stored uncompressed in local headers and the central directory.
    return head(bytes, 512 * 1024).includes('word/document.xml') ? MEDIA_TYPES.docx : 'binary';
  }
  if (BINARY_MAGIC.some((m) => startsWith(bytes, m))) return 'binary';
  const text = asciiHead(bytes).replace(/^[\s\uFEFF\u00EF\u00BB\u00BF\u00FE\u00FF]+/, '').toLowerCase();
  if (text.startsWith('<?xml') && /<html[^>]*xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/.test(text)) return MEDIA_TYPES.xhtml;
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || /^(<!--[\s\S]*?-->\s*)*<(html|head|body)[\s>]/.test(text)) {
    return MEDIA_TYPES.html;
  }
  return null;
}

/**
 * Decides the media type: magic bytes first (they cannot lie about being a PDF or a zip),
 * then the file extension, then the declared type. Returns null for unknown or binary
 * content, including binary bytes that merely claim to be text.
 */
export function sniffMediaType(bytes: Uint8Array, filename?: string, declared?: string): string | null {
  const magic = sniffMagic(bytes);
  if (magic === 'binary') {
    // A zip without word/document.xml named .docx is still handed to the DOCX parser, which
    // reports it as corrupt: that is more useful than "unsupported".
    return startsWith(bytes, [0x50, 0x4b]) && extensionType(filename) === MEDIA_TYPES.docx ? MEDIA_TYPES.docx : null;
  }
  if (magic) return magic;
  const claimed = extensionType(filename) ?? supportedDeclared(declared);
  if (claimed && TEXT_FAMILY.has(claimed)) return looksBinary(bytes) ? null : claimed;
  if (claimed) return claimed;
  // Unnamed, undeclared bytes that read as text are treated as plain text.
  return bytes.length > 0 && !looksBinary(bytes) && !declared ? MEDIA_TYPES.text : null;
}

export function extensionType(filename?: string): string | undefined {
  const m = filename?.toLowerCase().match(/\.([a-z0-9]+)$/);
  return m ? EXTENSIONS[m[1]] : undefined;
}

function supportedDeclared(declared?: string): string | undefined {
  const base = baseMediaType(declared);
  return base && SUPPORTED_MEDIA_TYPES.includes(base) ? base : undefined;
}

/** True when the name or declared type claims a format we support (used to pick an error code). */
export function claimsSupportedType(filename?: string, declared?: string): boolean {
  return Boolean(extensionType(filename) ?? supportedDeclared(declared));
}
