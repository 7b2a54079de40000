import { isDigit, isSpace } from './char-classes';

/** A sentence (or table row, heading, bullet) in normalised-text offsets. */
export interface Segment {
  start: number;
  end: number;
  /** index of the paragraph (block separated by a blank line or a non-wrapped line break) */
  paragraph: number;
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

// (German amounts and abbreviations: "18,5 Mio. Euro", "2 Mrd. EUR", "ca.", "bzw.", "vgl.", "inkl.", 1.15.59)
const ABBREV = /\b(?:e\.g|i\.e|etc|No|no|Mr|Ms|Mrs|Dr|Prof|vs|cf|Art|p|pp|U\.S|U\.K|Nr|approx|incl|St|Mio|Mrd|Tsd|ca|bzw|vgl|inkl)\.$/;
/**
 * A line that opens an item: a bullet, a number, or the arrows, ticks and crosses of slides ("→ …", "✗ exclus : …") and the "›" or ">" of a listing's items (1.15.49); not Korean
 * documents' "○" and "□", whose sub-items go on the sentence above them ("□ 우리나라는 … 가입⏎ ○ 뉴질랜드, 캐나다에 이어 …").
 */
export const BULLET = /^\s*(?:[-•●◆▪■▶►▸➤→⇒✓✔✗✘✕✖▌*–›>]\s|\d{1,2}[.)]\s|[a-z]\)\s|[ivx]+\)\s)/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * /[.!?:;。！？]["”’)]?\s*$/ on a trimmed line (trim() removes what \s matches): its last character, or
 * the one before a closing quote or bracket, ends a sentence. A pattern anchored at the end was
 * tried at every full stop of the line.
 */
export function endsTerminal(t: string): boolean {
  const n = t.length;
  if (n === 0) return false;
  const last = t.charCodeAt(n - 1);
  if (isTerminal(last)) return true;
  return n >= 2 && (last === 0x22 || last === 0x201d || last === 0x2019 || last === 0x29) && isTerminal(t.charCodeAt(n - 2));
}

function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** A short line without final punctuation that is followed by a new block: a heading. */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 90 || t.includes('|')) return false;
  if (/[,;]$/.test(t) || /^[a-z]/.test(t) || BULLET.test(t)) return false;
  if (/[.!?。]$/.test(t) && !/^\d+\.\s/.test(t)) return false;
  return /\p{L}/u.test(t) && t.split(/\s+/).length <= 12;
}

/**
 * Sentences. A line break ends a sentence when the line ends with punctuation, is short
 * (a heading), or the next line is a bullet or table row; otherwise it is a PDF wrap.
 */
export function segmentSentences(text: string, lines: readonly Line[]): Segment[] {
  const out: Segment[] = [];
  let paragraph = 0;
  let blockStart = -1;
  // offset of the next "|" at or after the current block, -1 when none is left: searching afresh
  // from every block scanned the rest of a table-free document each time
  let nextBar = text.indexOf('|');
  const flushBlock = (end: number): void => {
    if (blockStart < 0) return;
    // table rows: every cell is its own segment
    let s = blockStart;
    if (nextBar >= 0 && nextBar < s) nextBar = text.indexOf('|', s);
    for (; nextBar >= 0 && nextBar < end; nextBar = text.indexOf('|', s)) {
      splitBlock(text, s, nextBar, paragraph, out);
      s = nextBar + 1;
    }
    splitBlock(text, s, end, paragraph, out);
    blockStart = -1;
  };
  const width = wrapWidths(lines);
  // each line is trimmed once: it is the next line of one step and the current line of the next
  let nextTrimmed = lines.length > 0 ? lines[0].text.trim() : '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = nextTrimmed;
    nextTrimmed = i + 1 < lines.length ? lines[i + 1].text.trim() : '';
    if (!t) {
      flushBlock(line.start);
      paragraph++;
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    const next = nextTrimmed;
    const isRow = t.includes('|');
    // a line as long as the longest of its paragraph is a wrap of narrow text (a PDF column of 60 characters), whatever its length
    // and the case of the next word ("… mit der\nTürkei unterzeichnet"); a shorter one may end a heading or a sentence
    // (not before a heading inside the paragraph: a short line with no end mark and more text under it, "Résultats attendus")
    const full =
      t.length >= width[i] - WRAP_SLACK &&
      !CJK_CHAR.test(t) &&
      !(next.length < width[i] / 2 && !/[.,;:!?)]$/.test(next) && i + 2 < lines.length && lines[i + 2].text.trim() !== '');
    const breakHere =
      // cheap tests first: the regular expressions run only on long lines without a table bar
      !next || (t.length < 60 && !full) || isRow || next.includes('|') || endsTerminal(t) || BULLET.test(next) || /^\d{1,3}\s+\S/.test(next) || (t.length < 75 && !full && /^\p{Lu}/u.test(next)) || /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]/u.test(t) && /[。！？]$/.test(t);
    if (breakHere) {
      flushBlock(line.end);
      paragraph++;
    }
  }
  flushBlock(text.length);
  return out;
}

/** Chinese, Japanese and Korean lines have no case and other widths: the rule of wrapped lines is for alphabetic text. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** How much shorter than its paragraph's longest line a line may be and still be a wrap. */
const WRAP_SLACK = 12;
/** Paragraphs of fewer lines, or narrower, are not read as wrapped text: a title and its subtitle, a short address block. */
const WRAP_MIN_LINES = 3;
const WRAP_MIN_WIDTH = 40;

/**
 * For each line, the length of the longest (trimmed) line of its paragraph (lines between blank lines), when the paragraph is
 * wrapped text of WRAP_MIN_LINES lines or more and at least WRAP_MIN_WIDTH wide; Infinity otherwise.
 */
function wrapWidths(lines: readonly Line[]): Float64Array {
  const out = new Float64Array(lines.length).fill(Infinity);
  let from = 0;
  let max = 0;
  const close = (to: number): void => {
    if (to - from >= WRAP_MIN_LINES && max >= WRAP_MIN_WIDTH) out.fill(max, from, to);
  };
  for (let i = 0; i < lines.length; i++) {
    const n = trimmedLength(lines[i].text);
    if (n === 0) {
      close(i);
      from = i + 1;
      max = 0;
    } else if (n > max) max = n;
  }
  close(lines.length);
  return out;
}

/** Length of `s` without its leading and trailing white space, without a copy. */
function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b - a;
}

/**
 * Korean (and some Japanese/Chinese) text ends sentences with ". " before a Hangul/Han/Kana word, which has no upper case. A
 * footnote marker in brackets after the full stop ("supplier.(2) Europe was …") stays with its sentence.
 */
const SENTENCE_END = /[.!?。！？](?:(?<=\p{Ll}{3}\.)(?=\p{Lu}\p{Ll})|["”’)\]]*(?:\(\d{1,3}\)|\[\d{1,3}\])?(?=\s+["“(]?[\p{Lu}\p{N}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]|\s*$|[\p{Script=Han}\p{Script=Hangul}]))|[。！？]/gu;

function splitBlock(text: string, start: number, end: number, paragraph: number, out: Segment[]): void {
  const block = text.slice(start, end);
  if (!/[.!?。！？]/.test(block)) {
    pushTrimmed(text, start, end, paragraph, out);
    return;
  }
  let s = start;
  // test(), not exec(): a match is a terminator and the closing quotes or brackets after it, so
  // where it starts is found back from where it ends, without a match object per sentence
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(block)) {
    const endInBlock = SENTENCE_END.lastIndex;
    let k = endInBlock - 1;
    while (isCloser(block.charCodeAt(k))) k--;
    const at = start + k;
    const stop = start + endInBlock;
    if (endInBlock - k === 1 && block.charCodeAt(k) === 0x2e && (endsAbbreviation(text, Math.max(s, at - 8), at) || germanOrdinal(text, at))) continue;
    // "interests.1 As emphasised": a footnote marker after the full stop stays with the sentence
    pushTrimmed(text, s, stop, paragraph, out);
    s = stop;
  }
  pushTrimmed(text, s, end, paragraph, out);
}

/**
 * ABBREV on text[from, dot]: every abbreviation ends in one of the letters g e c o r s f t p S K x l d a w
 * right before the full stop, so the slice and the pattern are needed only after those.
 */
function endsAbbreviation(text: string, from: number, dot: number): boolean {
  if (dot - 1 < from || !ABBREV_LAST.has(text.charCodeAt(dot - 1))) return false;
  return ABBREV.test(text.slice(from, dot + 1));
}

const ABBREV_LAST: ReadonlySet<number> = new Set([...'gecorsftpSKxldaw'].map((c) => c.charCodeAt(0)));

/** A German month or a noun counted by an ordinal ("am 3. Dezember", "im 2. Quartal"). */
const ORDINAL_NOUN = /^\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Quartal|Halbjahr|Jahrhundert)\b/;

/** The full stop at `dot` ends a German ordinal of one or two digits before a month ("am 3. Dezember 2025"): no sentence end. */
function germanOrdinal(text: string, dot: number): boolean {
  if (!isDigit(text.charCodeAt(dot - 1))) return false;
  let k = dot - 1;
  while (k > dot - 3 && isDigit(text.charCodeAt(k - 1))) k--;
  return !isDigit(text.charCodeAt(k - 1)) && ORDINAL_NOUN.test(text.slice(dot + 1, dot + 16));
}

/** ["”’)\]]: what SENTENCE_END takes after the terminator. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: Segment[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, paragraph });
}

/** Index of the segment that contains offset `pos` (segments sorted by start). */
export function segmentAt(segments: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
