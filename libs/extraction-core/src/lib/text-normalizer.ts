/** NFKC-normalised text plus a way back to offsets in the original text. */
export interface NormalizedText {
  text: string;
  /** offset in the original text of normalised offset i (i may equal text.length) */
  toOriginal(i: number): number;
}

/**
 * NFKC per code point so that every normalised character knows where it came from
 * (full-width "，" becomes ",", "IRIS²" becomes "IRIS2"). \r\n becomes \n. Only changed
 * characters are touched, so long ASCII-heavy documents stay fast.
 */
export function normalizeText(original: string): NormalizedText {
  const pieces: string[] = [];
  // normalised offset where a length-changing edit ends, and the original offset there
  const normAt: number[] = [];
  const origAt: number[] = [];
  let last = 0;
  let normLen = 0;
  // eslint-disable-next-line no-control-regex
  const re = /[^\x00-\x7f]|\r/gu;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    const ch = m[0];
    let out = ch === '\r' ? (original[m.index + 1] === '\n' ? '' : '\n') : ch.normalize('NFKC');
    if (out === ch) continue;
    if (out.length === 0 && ch !== '\r') out = ch;
    pieces.push(original.slice(last, m.index), out);
    normLen += m.index - last;
    if (out.length !== ch.length) {
      // each char of the replacement maps to the start of the original char
      for (let k = 0; k < out.length; k++) {
        normAt.push(normLen + k);
        origAt.push(m.index);
      }
      normAt.push(normLen + out.length);
      origAt.push(m.index + ch.length);
    }
    normLen += out.length;
    last = m.index + ch.length;
  }
  if (pieces.length === 0) return { text: original, toOriginal: (i) => i };
  pieces.push(original.slice(last));
  const text = pieces.join('');
  if (normAt.length === 0) return { text, toOriginal: (i) => i };
  return {
    text,
    toOriginal(i: number): number {
      let lo = 0;
      let hi = normAt.length - 1;
      let best = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (normAt[mid] <= i) {
          best = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (best < 0) return i;
      return origAt[best] + (i - normAt[best]);
    },
  };
}
