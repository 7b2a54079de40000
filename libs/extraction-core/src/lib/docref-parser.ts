import { isAsciiWord, isSpace } from './char-classes';
import { stickyMatches } from './sticky-scan';

export interface FoundDocref {
  id: string;
  start: number;
  end: number;
}

const official = (m: RegExpExecArray): string => `docref:${m[1].toLowerCase()}-${m[2]}-${+m[3]}`;

/**
 * The first two patterns hold a "(" and are tried only at the brackets of the text (sticky, from
 * where a match can start); the others scan the text or the windows around "(EU)".
 */
// COM(2026) 503 final, JOIN (2025) 140, SWD(2025)12, C (2024) 1181
const OFFICIAL = /\b(COM|JOIN|SWD|SEC|C)\s*\(\s*(\d{4})\s*\)\s*(\d{1,4})\b/y;
// (COM)2025 148
const OFFICIAL_BRACKETED = /\(\s*(COM|JOIN)\s*\)\s*(\d{4})\s+(\d{1,4})\b/y;
// COM/2025/148
const SLASHED = /\b(COM|JOIN|SWD)\/(\d{4})\/(\d{1,4})\b/g;
// Regulation (EU) 2016/679, Regulation (EU)2024 2847, Directive (EU) 2022/2555, Decision (EU) 2022/2481
const ACT = /\b(Regulation|Directive|Decision|Règlement|Verordnung|Reglamento|Regolamento|Directive|Richtlinie|Directiva|Direttiva|Décision|Beschluss|Decisión|Decisione)\s*\((EU|UE|EC|CE)\)\s*(?:No\s*)?(\d{4})\s*[/ ]\s*(\d{1,5})\b/gi;
const OFFICIAL_WORDS: ReadonlySet<string> = new Set(['COM', 'JOIN', 'SWD', 'SEC', 'C']);

/** Where OFFICIAL can start for the bracket at p: the word before it (spaces aside) must be one of its words; -1 if none. */
function officialStart(text: string, p: number): number {
  let s = p;
  while (s > 0 && isSpace(text.charCodeAt(s - 1))) s--;
  let w = s;
  while (w > 0 && isAsciiWord(text.charCodeAt(w - 1))) w--;
  return s - w >= 1 && s - w <= 4 && OFFICIAL_WORDS.has(text.slice(w, s)) ? w : -1;
}

/** References of the sticky `re`, tried where startFor() says a match can start for each "(" (-1: nowhere), unless one already covers the start. */
function atBrackets(text: string, sticky: RegExp, startFor: (text: string, bracket: number) => number, out: FoundDocref[]): void {
  const nextStart = (from: number): number => {
    // a start is at or before its bracket: brackets from `from` on, the first whose start is not before `from`
    for (let p = text.indexOf('(', from); p >= 0; p = text.indexOf('(', p + 1)) {
      const at = startFor(text, p);
      if (at >= from) return at;
    }
    return -1;
  };
  stickyMatches(sticky, text, nextStart, (m, at) => {
    if (!out.some((d) => d.start <= at && d.end > at)) out.push({ id: official(m), start: at, end: at + m[0].length });
  });
}

function kind(word: string): string {
  const w = word.toLowerCase();
  if (/^(regulation|règlement|verordnung|reglamento|regolamento)$/.test(w)) return 'reg';
  if (/^(directive|richtlinie|directiva|direttiva)$/.test(w)) return 'dir';
  return 'dec';
}

/** EU document references, normalised: JOIN(2025) 140 final -> docref:join-2025-140. */
/**
 * Where the next "(EU)", "(UE)", "(EC)" or "(CE)" starts at or after `from`, in any case, or -1: what
 * /\((?:EU|UE|EC|CE)\)/gi finds, by looking only at each "(". Every act reference holds one.
 */
export function nextActAnchor(text: string, from: number): number {
  for (let i = text.indexOf('(', from); i >= 0; i = text.indexOf('(', i + 1)) {
    if (text.charCodeAt(i + 3) !== 0x29) continue;
    const a = text.charCodeAt(i + 1) | 0x20;
    const b = text.charCodeAt(i + 2) | 0x20;
    if ((a === 0x65 && (b === 0x75 || b === 0x63)) || ((a === 0x75 || a === 0x63) && b === 0x65)) return i;
  }
  return -1;
}

export function findDocrefs(text: string): FoundDocref[] {
  const out: FoundDocref[] = [];
  atBrackets(text, OFFICIAL, officialStart, out);
  atBrackets(text, OFFICIAL_BRACKETED, (_, p) => p, out);
  // the slashed form needs "COM/", "JOIN/" or "SWD/": a plain search says whether to scan for it at all
  SLASHED.lastIndex = text.includes('COM/') || text.includes('JOIN/') || text.includes('SWD/') ? 0 : text.length;
  for (let m = SLASHED.exec(text); m; m = SLASHED.exec(text)) {
    if (out.some((d) => m !== null && d.start <= m.index && d.end > m.index)) continue;
    out.push({ id: official(m), start: m.index, end: m.index + m[0].length });
  }
  // the act pattern starts with a case-insensitive word list that irregexp tries at every
  // character; run it only on a short window around each "(EU)"
  for (let anchor = nextActAnchor(text, 0); anchor >= 0; anchor = nextActAnchor(text, anchor + 4)) {
    let from = Math.max(0, anchor - 40);
    while (from > 0 && /\w/.test(text[from - 1])) from--;
    const window = text.slice(from, anchor + 40);
    ACT.lastIndex = 0;
    for (let m = ACT.exec(window); m; m = ACT.exec(window)) {
      const at = from + m.index;
      if (at > anchor || at + m[0].length <= anchor || out.some((d) => d.start <= at && d.end > at)) continue;
      out.push({ id: `docref:${kind(m[1])}-eu-${m[3]}-${+m[4]}`, start: at, end: at + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
