/** Character tests for the char-code loops, each equal to a regular-expression class. */

/** \s in JavaScript regular expressions. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [0-9] */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** [A-Za-z] */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A Hangul syllable (가-힣): Korean separates its words with spaces and glues its particles to the noun. */
export function isHangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** [A-Za-z0-9_]: \w (and what \b looks at) in a pattern without the u flag. */
export function isAsciiWord(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x5f;
}

const DIGIT = /[0-9]/g;

/**
 * Start and end of every run of digits in text, as pairs [start, end, start, end, …] in order:
 * a search for each first digit, then char codes to its end. Computed once per document and
 * read by the footnote markers and both kinds of amounts.
 */
export function digitRuns(text: string): Int32Array {
  let runs = runBuffer;
  let n = 0;
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const start = DIGIT.lastIndex - 1;
    let end = start + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (n + 2 > runs.length) {
      const bigger = new Int32Array(runs.length * 2);
      bigger.set(runs);
      runs = runBuffer = bigger;
    }
    runs[n++] = start;
    runs[n++] = end;
    DIGIT.lastIndex = end;
  }
  return runs.slice(0, n);
}

let runBuffer = new Int32Array(1024);

/** Calls `fn(start, end)` for each run of digits in text, in order (from `runs` when the caller has them). */
export function forEachDigitRun(text: string, fn: (start: number, end: number) => void, runs: Int32Array = digitRuns(text)): void {
  for (let k = 0; k < runs.length; k += 2) fn(runs[k], runs[k + 1]);
}

/**
 * `s.replace(/\s+/g, ' ').trim()`, returning `s` itself when it already is so (the usual case for
 * a sentence quote): the replacement built a new string for every quote.
 */
export function collapseSpaces(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(n - 1))) return s.replace(/\s+/g, ' ').trim();
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 ? s.charCodeAt(i - 1) === 0x20 : isSpace(c)) return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}

/**
 * Countries written with one character in CJK compounds ("日印", "中韩", "한-", "米印"): Japan, the US (米/美), China, Korea
 * (韓/韩/한), the UK, Australia (豪/澳), India, Canada, Russia (露/俄), Thailand, Viet Nam, Singapore. For a character class.
 */
export const ONE_CHAR_COUNTRIES = '日米美中韓韩한英豪澳印加露俄泰越星';
