/** NFKC-normalised text plus a way back to offsets in the original text. */
export interface NormalizedText {
  text: string;
  /** offset in the original text of normalised offset i (i may equal text.length) */
  toOriginal(i: number): number;
}

/**
 * NFKC per code point so that every normalised character knows where it came from
 * (full-width "，" becomes ",", "IRIS²" becomes "IRIS2", a ligature becomes two letters).
 * Also turns \r\n into \n. Pure ASCII text takes the fast path.
 */
export function normalizeText(original: string): NormalizedText {
  const crlf = original.includes('\r');
  // eslint-disable-next-line no-control-regex
  if (!crlf && !/[^\x00-\x7f]/.test(original)) return { text: original, toOriginal: (i) => i };
  const parts: string[] = [];
  const map: number[] = [];
  let identity = true;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    let out = cp < 0x80 ? ch : ch.normalize('NFKC');
    if (ch === '\r') out = original[i + 1] === '\n' ? '' : '\n';
    if (out.length !== width) identity = false;
    for (let k = 0; k < out.length; k++) map.push(i);
    parts.push(out);
    i += width;
  }
  map.push(original.length);
  const text = parts.join('');
  if (identity && text.length === original.length) return { text, toOriginal: (i) => i };
  return { text, toOriginal: (i) => map[Math.max(0, Math.min(i, map.length - 1))] };
}
