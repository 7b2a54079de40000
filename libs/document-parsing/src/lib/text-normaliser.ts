// C0/C1 controls except \t and \n (\r is unified first), plus zero-width and bidi marks that
// break word matching downstream; the BOM (U+FEFF) is included.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060\uFEFF]/g;
// Every run of horizontal spaces (incl. NBSP, ideographic space) becomes one ASCII space;
// tabs are kept because they separate table cells in PDF and DOCX text.
const SPACE_RUNS = /[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Canonical text for extraction and offsets: NFC, \n newlines, no BOM/control characters,
 * single spaces, no trailing spaces, at most one blank line between paragraphs.
 */
export function normaliseText(text: string): string {
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(CONTROL_CHARS, '')
    .split('\n')
    .map((line) => line.replace(SPACE_RUNS, ' ').replace(/[ \t]+$/, ''));
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
