import { digitRuns, forEachDigitRun, isAsciiWord, isDigit, isSpace } from './char-classes';
import { Line } from './text-segmenter';

export interface Footnote {
  number: number;
  /** the footnote text, without its number */
  start: number;
  end: number;
}

export interface FootnoteMarker {
  number: number;
  /** offset of the digits, glued to the preceding word ("Partnerships13") */
  start: number;
  end: number;
}

/**
 * Footnote markers: 1-3 digits glued to a lower-case word, a closing bracket or quote, or a
 * full stop/comma ("interests.1", but not "1.5"), or right after "2025," and followed by a
 * space, punctuation or the end. Found from a plain digit scan: the equivalent lookbehind regex
 * was tried at every character of the document and showed in the profile.
 */
/** [\s,.;:)]: what may follow a marker. */
function endsMarker(c: number): boolean {
  return isSpace(c) || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x29;
}

/** [a-z)\]’”"'.,;:]: what a marker may be glued to. */
function gluesMarker(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x201d || c === 0x22 || c === 0x27 || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a;
}

/** "2025," ending at `end`: /^(?:19|20)[0-9][0-9],$/ on the five characters before it. */
function yearCommaBefore(text: string, end: number): boolean {
  const a = text.charCodeAt(end - 5);
  const b = text.charCodeAt(end - 4);
  return ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && isDigit(text.charCodeAt(end - 3)) && isDigit(text.charCodeAt(end - 2)) && text.charCodeAt(end - 1) === 0x2c;
}

/** "Partnerships(1)", "Dialogues[3]": the number in brackets glued to a word (a list's "(1)" follows a space or starts a line). */
function bracketedAfterWord(text: string, start: number, end: number): boolean {
  const open = text.charCodeAt(start - 1);
  const close = text.charCodeAt(end);
  if (!((open === 0x28 && close === 0x29) || (open === 0x5b && close === 0x5d)) || start < 2) return false;
  const c = text.charCodeAt(start - 2);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f);
}

function markerCandidates(text: string, runs: Int32Array): FootnoteMarker[] {
  const out: FootnoteMarker[] = [];
  forEachDigitRun(text, (start, end) => {
    if (end - start > 3 || start === 0) return;
    if (end < text.length && !endsMarker(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x5d) return;
    const before = text.charCodeAt(start - 1);
    // "디지털 파트너십¹⁾을", NFKC "파트너십1)을": a CJK word takes a marker only with its closing bracket
    const cjkGlued = before >= 0x3040 && text.charCodeAt(end) === 0x29 && text.charCodeAt(start - 2) !== 0x28;
    const glued = (gluesMarker(before) || cjkGlued) && !((before === 0x2e || before === 0x2c) && start >= 2 && isDigit(text.charCodeAt(start - 2)));
    const afterYear = start >= 5 && yearCommaBefore(text, start) && (start === 5 || !isAsciiWord(text.charCodeAt(start - 6)));
    const n = Number(text.slice(start, end));
    if ((glued || afterYear || bracketedAfterWord(text, start, end)) && n > 0) out.push({ number: n, start, end });
  }, runs);
  return out;
}
/** "… Western Balkans. 34 Kenya": where footnote n starts inside the text of footnote n-1; compiled once per number. */
const NEXT_START = new Map<number, RegExp>();

function nextFootnoteStart(n: number): RegExp {
  let re = NEXT_START.get(n);
  if (!re) NEXT_START.set(n, (re = new RegExp(`(?<=[\\s.)])${n}\\s+(?=[\\p{Lu}"“(]|https?:)`, 'u')));
  return re;
}

const DEFINITION = /^(?:(\d{1,3})|\((\d{1,3})\)|\[(\d{1,3})\]|(\d{1,3})\))\s+(?=[\p{Lu}"“‘'(]|https?:|[\p{Ll}]|\p{N}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}])/u;

/**
 * Footnotes of PDF text: lines "13 With Japan, ..." (or "(13) …", "[13] …", "1) 일본(2022년 5월), …") in increasing order, each preceded in
 * the body by a glued marker with the same number. Two footnotes that the PDF put on one
 * line ("... Western Balkans. 34 Kenya, Tanzania") are split at the next expected number.
 */
const FOOTNOTE_END = /[.)]\s*$/;
const LOWER_START = /^\s*\p{Ll}/u;

export function findFootnotes(text: string, lines: readonly Line[], runs: Int32Array = digitRuns(text)): { footnotes: Footnote[]; markers: FootnoteMarker[] } {
  const candidates = markerCandidates(text, runs);
  const firstMarker = new Map<number, number>();
  for (const c of candidates) if (!firstMarker.has(c.number)) firstMarker.set(c.number, c.start);

  const footnotes: Footnote[] = [];
  // where each run of numbers from 1 starts in `footnotes`, and which footnotes stand on the line after another's
  const runStarts: number[] = [0];
  const blocked: boolean[] = [];
  let expected = 1;
  let lastLine = -2;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // a definition starts with its number: lines that do not start with a digit need no pattern
    const first = line.text.charCodeAt(0);
    if (!((first >= 0x30 && first <= 0x39) || first === 0x28 || first === 0x5b)) continue;
    const m = DEFINITION.exec(line.text);
    if (!m) continue;
    const n = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    // (numbering that starts again at 1 is another run: a text's numbered headings come before its footnotes, "1. Councils that
    // meet" before "¹ With Japan (May 2022), …", 1.15.65)
    const restart = n === 1 && footnotes.length > 0 && expected > 1;
    if (footnotes.length > 0 && !restart && (n < expected || n > expected + 5)) continue;
    const marker = firstMarker.get(n);
    const inBlock = footnotes.length > 0 && !restart && lastLine === i - 1;
    if ((marker === undefined || marker > line.start) && !inBlock) continue;
    if (restart) runStarts.push(footnotes.length);
    if (inBlock) blocked[footnotes.length - 1] = true;
    let start = line.start + m[0].length;
    let end = line.end;
    // continuation lines of a footnote wrapped by the PDF; a bracket at a line's end closes the footnote unless the next line goes
    // on in lower case ("… Singapore (February 2023)⏎  and Canada (November 2023).")
    let k = i + 1;
    while (k < lines.length && k <= i + 3 && !(FOOTNOTE_END.test(text.slice(start, end)) && !(text.charCodeAt(end - 1) === 0x29 && LOWER_START.test(lines[k].text))) && lines[k].text.trim() && !DEFINITION.test(lines[k].text) && !/^\s*\d+\s*$/.test(lines[k].text)) {
      end = lines[k].end;
      k++;
    }
    // several footnotes on one line
    let num = n;
    for (;;) {
      const nextNum = num + 1;
      const re = nextFootnoteStart(nextNum);
      const body = text.slice(start, end);
      const hit = re.exec(body);
      const hasMarker = (firstMarker.get(nextNum) ?? Infinity) < start;
      if (!hit || !hasMarker) break;
      blocked[footnotes.length] = true;
      footnotes.push({ number: num, start, end: start + hit.index });
      start = start + hit.index + hit[0].length;
      num = nextNum;
    }
    blocked[footnotes.length] = inBlock || num > n;
    footnotes.push({ number: num, start, end });
    expected = num + 1;
    i = k - 1;
    lastLine = i;
  }
  const kept = runStarts.length > 1 ? footnoteRuns(footnotes, runStarts, blocked) : footnotes;
  const defined = new Map<number, Footnote>();
  for (const f of kept) if (!defined.has(f.number)) defined.set(f.number, f);
  const markers = candidates.filter((c) => {
    const f = defined.get(c.number);
    return f !== undefined && c.start < f.start - 2;
  });
  return { footnotes: kept, markers };
}

/**
 * Of several runs of numbered lines, each from 1, the runs that are footnotes: where some run stands in a block (each line right after
 * the one before, as footnotes do), a run with no line in a block is a text's numbered headings and is dropped; otherwise the first run
 * alone is kept, as before runs were read.
 */
function footnoteRuns(footnotes: readonly Footnote[], runStarts: readonly number[], blocked: readonly boolean[]): Footnote[] {
  const runs = runStarts.map((from, k) => footnotes.slice(from, k + 1 < runStarts.length ? runStarts[k + 1] : footnotes.length));
  const inBlock = runs.map((run, k) => run.some((_, j) => blocked[runStarts[k] + j] === true));
  if (!inBlock.some(Boolean)) return runs[0];
  return runs.filter((_, k) => inBlock[k]).flat();
}
