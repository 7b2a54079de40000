export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  januar: 1, februar: 2, märz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
};

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTH_NAMES = Object.keys(MONTHS).join('|');
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => iso(+m[1], +m[2], +m[3])],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (m) => iso(+m[1], +m[2], +m[3])],
  [/(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/g, (m) => iso(+m[1], +m[2], +m[3])],
  [/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g, (m) => iso(+m[3], +m[2], +m[1])],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?(${MONTH_NAMES})\\s+(?:de\\s+)?(\\d{4})\\b`, 'giu'), (m) => iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1])],
  [new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu'), (m) => iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2])],
];

const FOUR_DIGITS = /\d{4}/;

/** Dates in European (5.6.2025), ISO, written-out and CJK (2026年6月3日) forms. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  // every form holds a four-digit year: a text without four digits in a row needs none of the patterns
  if (!FOUR_DIGITS.test(text)) return out;
  for (const [re, conv] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = conv(m);
      if (v && !out.some((d) => m !== null && d.start <= m.index && d.end > m.index)) out.push({ iso: v, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
