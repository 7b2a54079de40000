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
  const nfkc = nfkcText(original);
  return nfkc.text.includes('-\n') ? joinBrokenWords(nfkc) : nfkc;
}

/** The index of the last of the ascending `offsets` at or before `i`, or -1. */
function lastAtOrBefore(offsets: readonly number[], i: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] <= i) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** A lower-case letter (one UTF-16 unit: the letters of the broken words joined here are all in the Basic Multilingual Plane). */
const LOWER = /^\p{Ll}$/u;

/**
 * The text with words broken over two lines joined again: a hyphen at the end of a line between two lower-case letters and the
 * line break after it are dropped, so that names broken there are found ("Re-\npública Dominicana", "Santo Do-\nmingo"). A hyphen
 * after a capital ("EU-\nfunded") or before one ("Team Europe-\nInitiative") stays. Real hyphens broken there ("high-\nrisk") are
 * joined too ("highrisk"); no name is written so.
 */
function joinBrokenWords(base: NormalizedText): NormalizedText {
  const src = base.text;
  // offset in the joined text from which `shift` characters were dropped before it
  const joinedAt: number[] = [];
  const shifts: number[] = [];
  const pieces: string[] = [];
  let last = 0;
  let dropped = 0;
  // indexOf, then the letters on either side: a pattern with a look-behind tried at every position of a long text doubled this step
  for (let at = src.indexOf('-\n'); at >= 0; at = src.indexOf('-\n', at + 2)) {
    if (at === 0 || at + 2 >= src.length || !LOWER.test(src[at - 1]) || !LOWER.test(src[at + 2])) continue;
    pieces.push(src.slice(last, at));
    last = at + 2;
    dropped += 2;
    joinedAt.push(at + 2 - dropped);
    shifts.push(dropped);
  }
  if (joinedAt.length === 0) return base;
  pieces.push(src.slice(last));
  return {
    text: pieces.join(''),
    toOriginal(i: number): number {
      const best = lastAtOrBefore(joinedAt, i);
      return base.toOriginal(best < 0 ? i : i + shifts[best]);
    },
  };
}

/** NFKC per code point, \r\n as \n, with the way back to the original offsets. */
function nfkcText(original: string): NormalizedText {
  const pieces: string[] = [];
  // normalised offset where a length-changing edit ends, and the original offset there
  const normAt: number[] = [];
  const origAt: number[] = [];
  let last = 0;
  let normLen = 0;
  // a regex jumps over ASCII; runs of non-ASCII characters (CJK text) are walked with a per-character
  // table of those NFKC leaves alone (most). A regex match per non-ASCII character dominated this step.
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x80 && c !== 13) {
      JUMP.lastIndex = i;
      if (!JUMP.test(original)) break;
      i = JUMP.lastIndex - 2;
      continue;
    }
    if (STABLE[c] === 1) continue;
    const at = i;
    const ch = c >= 0xd800 && c <= 0xdbff ? String.fromCodePoint(original.codePointAt(at) ?? c) : original[at];
    if (ch.length === 2) i++;
    let out = ch === '\r' ? (original[at + 1] === '\n' ? '' : '\n') : nfkc(ch);
    if (out === ch) continue;
    if (out.length === 0 && ch !== '\r') out = ch;
    pieces.push(original.slice(last, at), out);
    normLen += at - last;
    if (out.length !== ch.length) {
      // each char of the replacement maps to the start of the original char
      for (let k = 0; k < out.length; k++) {
        normAt.push(normLen + k);
        origAt.push(at);
      }
      normAt.push(normLen + out.length);
      origAt.push(at + ch.length);
    }
    normLen += out.length;
    last = at + ch.length;
  }
  if (pieces.length === 0) return { text: original, toOriginal: (i) => i };
  pieces.push(original.slice(last));
  const text = pieces.join('');
  if (normAt.length === 0) return { text, toOriginal: (i) => i };
  return {
    text,
    toOriginal(i: number): number {
      const best = lastAtOrBefore(normAt, i);
      if (best < 0) return i;
      return origAt[best] + (i - normAt[best]);
    },
  };
}

/** A character that is not ASCII, or \r: test() makes no match object per run of non-ASCII text. */
// eslint-disable-next-line no-control-regex
const JUMP = /[^\x00-\x0c\x0e-\x7f]/g;

/** Per BMP code unit: 0 not yet known, 1 NFKC leaves it unchanged, 2 it changes. */
const STABLE = new Uint8Array(0x10000);

/** NFKC of one code point; BMP characters remember whether they change. */
function nfkc(ch: string): string {
  const out = ch.normalize('NFKC');
  if (ch.length === 1) STABLE[ch.charCodeAt(0)] = out === ch ? 1 : 2;
  return out;
}
