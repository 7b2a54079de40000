import { Timeline } from './extraction.types';

const RECURRENCE: readonly [Timeline['recurrence'], RegExp][] = [
  ['continuous', /\b(continuous(ly)?|continuing|permanent|continu|kontinuierlich|fortlaufend|continuo|continua|continuativ)\w*|持续|长期|継続|지속/i],
  ['annual', /\b(annual(ly)?|yearly|every year|each year|annuel(le)?|jährlich|anual|annuale)\b|每年|年度|毎年|매년/i],
  ['ongoing', /\b(on-?going|under way|underway|en cours|laufend|en curso|in corso)\b|正在进行|进行中|実施中|진행 ?중/i],
];

const Q = '(?:Q([1-4])\\s*)?';
const YEAR = '((?:19|20)\\d{2})';
const RANGE = new RegExp(`${Q}${YEAR}\\s*(?:[-–—/]|to|bis|à|a|al|au|até|至|～|~|から)\\s*${Q}${YEAR}`, 'i');
const RANGE_ZH = /((?:19|20)\d{2})\s*(?:年)?\s*(?:[-–—至到~～]|から)\s*((?:19|20)\d{2})\s*年?/;
const END = new RegExp(
  `(?:until|till|by(?: the)?(?: end(?: of)?)?|before|no later than|deadline|end(?: of)?|jusqu'(?:à|en)|d'ici(?: (?:à )?fin)?|fin|bis(?: Ende)?|hasta(?: finales de)?|antes de|entro(?: il| la fine del)?|fino al)\\s*(?:the\\s+)?${Q}${YEAR}`,
  'i',
);
const END_CJK = /((?:19|20)\d{2})\s*年?\s*(?:(?:第?([1-4])季度)\s*)?(?:前|以前|之前|为止|まで|까지)/;
const START_CJK = /((?:19|20)\d{2})\s*年?\s*(?:起|开始|から|부터)/;
const QUARTER = /\bQ([1-4])\s*((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s*[-/ ]?Q([1-4])\b/i;
const ANY_YEAR = /((?:19|20)\d{2})/;

function q(year: string, quarter: string | undefined): string {
  return quarter ? `${year}-Q${quarter}` : year;
}

/**
 * A timeline cell or phrase -> {raw, start, end, recurrence}. A lone quarter is a deadline
 * ("Q4 2025" -> end), a lone year is a start ("call in 2026", "kick-off at the Summit 2025").
 */
export function parseTimeline(raw: string): Timeline | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  let recurrence: Timeline['recurrence'] = 'one-off';
  let firstAt = Infinity;
  for (const [kind, re] of RECURRENCE) {
    const m = re.exec(text);
    if (m && m.index < firstAt) {
      firstAt = m.index;
      recurrence = kind;
    }
  }
  let start: string | null = null;
  let end: string | null = null;
  const range = RANGE.exec(text);
  const rangeZh = range ? null : RANGE_ZH.exec(text);
  const endM = END.exec(text) ?? null;
  const endCjk = END_CJK.exec(text);
  if (range) {
    start = q(range[2], range[1]);
    end = q(range[4], range[3]);
  } else if (rangeZh) {
    start = rangeZh[1];
    end = rangeZh[2];
  } else if (endM) {
    end = q(endM[2], endM[1]);
  } else if (endCjk) {
    end = q(endCjk[1], endCjk[2]);
  } else if (START_CJK.test(text)) {
    start = (START_CJK.exec(text) ?? [])[1] ?? null;
  } else {
    const quarter = QUARTER.exec(text);
    const year = ANY_YEAR.exec(text);
    if (quarter) end = quarter[2] ? q(quarter[2], quarter[1]) : q(quarter[3], quarter[4]);
    else if (year) start = year[1];
  }
  if (start === null && end === null && firstAt === Infinity) return null;
  return { raw: raw.trim(), start, end, recurrence };
}

/** Timeline phrases inside running text ("from 2025 to 2027", "until Q4 2027"). */
export function findTimelineInText(text: string): Timeline | null {
  // every form holds a year: a cheap test first, most sentences have none
  if (!ANY_YEAR.test(text)) return null;
  const m = /(?:(?:from|between|running|in the period)\s+)?(?:Q[1-4]\s*)?(?:19|20)\d{2}\s*(?:[-–—]|to|and)\s*(?:Q[1-4]\s*)?(?:19|20)\d{2}|(?:until|by(?: end(?: of)?)?|before)\s+(?:Q[1-4]\s*)?(?:19|20)\d{2}|(?:19|20)\d{2}\s*年?\s*[-–至到]\s*(?:19|20)\d{2}\s*年?/i.exec(text);
  return m ? parseTimeline(m[0]) : null;
}
