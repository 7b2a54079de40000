import { findDates } from './date-parser';
import { findDocrefs } from './docref-parser';
import { Line } from './text-segmenter';

const BOILERPLATE = /^(?:skip to (?:main )?content|published|loading\.*|menu|home|search|share|print|cookies?|accept|close|table of contents|contents|目录|EN|FR|DE)$/i;
const HEAD_CHARS = 5000;
const HAS_DIGIT = /\d/;

const LATIN_RUN = /\p{Script=Latin}+/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]/gu;

/** Matches of the global `re` in s, counted up to `max`. */
function countUpTo(re: RegExp, s: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.test(s)) n++;
  return n;
}

/** The document's title: the first line that reads like one. */
export function findTitle(lines: readonly Line[]): string | null {
  for (const line of lines.slice(0, 20)) {
    const t = line.text.trim();
    if (!t || t.length > 200 || BOILERPLATE.test(t) || /[:：]$/.test(t)) continue;
    if (/^[-•*\d]/.test(t) || (HAS_DIGIT.test(t) && (findDocrefs(t).length || findDates(t).length))) continue;
    // runs of Latin letters and CJK characters are counted only as far as the tests need (2 and 4), without match arrays
    const latin = countUpTo(LATIN_RUN, t, 2);
    if (latin < 2 && countUpTo(CJK_CHAR, t, 4) < 4) continue;
    if (latin > 0 && t === t.toUpperCase()) continue;
    if (/[.!?]$/.test(t) && t.split(/\s+/).length > 14) continue;
    return t;
  }
  return null;
}

/** Date and reference of the document itself: those on a short line near the top ("Brussels, 5.6.2025", "JOIN (2025) 140 final"). */
export function findOwnDateAndReference(text: string, lines: readonly Line[]): { date: string | null; reference: string | null } {
  let date: string | null = null;
  let reference: string | null = null;
  for (const line of lines) {
    if (line.start > HEAD_CHARS) break;
    const t = line.text.trim();
    // dates and references all hold a digit: most lines have none, and each check is ten patterns
    if (t.length > 70 || !HAS_DIGIT.test(t)) continue;
    if (!date) date = findDates(t)[0]?.iso ?? null;
    if (!reference) reference = findDocrefs(t)[0]?.id ?? null;
  }
  return { date, reference };
}
