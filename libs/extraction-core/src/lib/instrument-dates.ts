import { MONTHS } from './date-parser';
import { DocumentContext } from './document-context';
import { clauseOf } from './role-classifier';
import { segmentAt } from './text-segmenter';

/** When a partnership instrument began and ends, as read from the clause that names it. */
export interface InstrumentDates {
  /** "2024", "2025-03" or "2022-05-16" */
  since: string | null;
  until: string | null;
}

const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const YEAR = '((?:19|20)\\d{2})';
/** "5 May 2022", "May 2022", "early 2026", "2024" -> groups (day, month, year) or (month, day, year) */
const WHEN = `(?:(?:early|mid|late|the end of|end of|end|début|fin|Anfang|Ende|principios de|finales de|inizio|fine)\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?)?(?:${MONTH}\\s+(?:(\\d{1,2}),?\\s+)?(?:de\\s+)?)?${YEAR}`;
/** Verbs and words that date the start: "was established in 2024", "signed on 5 May 2022", "since 2021", "lancé en 2023", "seit 2021". */
const START_WORDS =
  'established|launched|signed|concluded|set up|created|started|began|inaugurated|initiated|entered into force|in force since|in place since|since|lancée?s?|signée?s?|conclue?s?|établie?s?|créée?s?|depuis|gestartet|unterzeichnet|geschlossen|eingerichtet|ins Leben gerufen|seit|lanzad[oa]s?|firmad[oa]s?|establecid[oa]s?|cread[oa]s?|desde|lanciat[oa]|firmat[oa]|istituit[oa]|avviat[oa]|dal';
const START = new RegExp(`(?<![\\p{L}\\p{N}])(?:${START_WORDS})(?![\\p{L}])(?:\\s+(?:on|in|at|from|le|en|am|im|el|en|il|nel|a))?(?:\\s+(?:the\\s+)?)?\\s*${WHEN}\\b`, 'giu');
/** "until 2027", "runs to 2030", "valid until end 2027", "expires in 2028", "jusqu'en 2027", "bis 2028", "hasta 2027", "fino al 2027". */
const UNTIL = new RegExp(`(?<![\\p{L}\\p{N}])(?:until|till|runs? (?:to|until)|expires? (?:in|on)|valid (?:to|until)|jusqu'(?:en|à|au)|bis|hasta|fino al?)\\s+(?:the\\s+)?(?:end\\s+(?:of\\s+)?)?${WHEN}\\b`, 'giu');
/** "2024年启动/建立/签署/成立", "自2021年", "2022年に署名", "2022년 출범". */
const START_CJK = /(?:自|从|於)?((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?\s*(?:以来|起|启动|建立|签署|成立|发起|设立|に(?:署名|発足|設立|開始)|発足|설립|출범|서명|체결|시작)/g;
const SINCE_CJK = /(?:自|从)((?:19|20)\d{2})\s*年/g;

const HAS_YEAR = /(?:19|20)\d\d/;

function iso(year: string, month?: string, day?: string): string {
  if (!month) return year;
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase()];
  if (!m || m > 12) return year;
  const mm = String(m).padStart(2, '0');
  const d = day ? Number(day) : 0;
  return d >= 1 && d <= 31 ? `${year}-${mm}-${String(d).padStart(2, '0')}` : `${year}-${mm}`;
}

/** (day, month, day-after-month, year) groups of WHEN starting at index k of the match. */
function whenOf(m: RegExpExecArray, k: number): string {
  return iso(m[k + 3], m[k + 1], m[k] ?? m[k + 2]);
}

function first(re: RegExp, clause: string, read: (m: RegExpExecArray) => string): string | null {
  re.lastIndex = 0;
  const m = re.exec(clause);
  return m ? read(m) : null;
}

/**
 * Start and end of an instrument from its own clause: a start verb or "since" with a date
 * ("A formal bilateral dialogue ... was established in 2024"), and "until"/"runs to" with a
 * date. Nothing is guessed from a bare year: "the 2024 summit" dates nothing.
 */
export function instrumentDates(clause: string): InstrumentDates {
  // every form needs a year: most clauses have none, and the patterns are costly
  if (!HAS_YEAR.test(clause)) return { since: null, until: null };
  const since = first(START, clause, (m) => whenOf(m, 1)) ?? first(START_CJK, clause, (m) => iso(m[1], m[2], m[3])) ?? first(SINCE_CJK, clause, (m) => m[1]);
  const until = first(UNTIL, clause, (m) => whenOf(m, 1));
  return { since, until };
}

/** The instrument stands in an aside opened by a comma and a participle or "including"/"such as". */
const ASIDE_BEFORE = /,\s*(?:[a-z]+ing|including|such as|like|notably|as well as|alongside)\b[^,;]*$/;

/** Start and end of the instrument mentioned at `pos` of the document, read from its clause. */
export function instrumentDatesAt(ctx: DocumentContext, pos: number): InstrumentDates {
  const s = ctx.sentences[segmentAt(ctx.sentences, pos)];
  if (!s || s.end < pos) return { since: null, until: null };
  const [from, to] = clauseOf(ctx.text, s.start, s.end, pos);
  // "Rules …, complementing the EU-Japan FTA, entered into force in 2024": the date belongs to the subject, not to an aside
  if (ASIDE_BEFORE.test(ctx.text.slice(from, pos))) return { since: null, until: null };
  return instrumentDates(ctx.text.slice(from, to));
}
