import { isPlace } from './document-context';
import { Mention } from './gazetteer-matcher';

/**
 * What follows the place of a dateline: a date ("SINGAPORE, June 1", "Hanoi, 3 March 2026", "Bruxelles, le 4 mars",
 * "Berlin, 5. März") or an agency in brackets and a dash ("WASHINGTON (Reuters) –").
 */
const DATELINE_REST = /^(?:,[ \t]*(?:(?:le|den|el|il)[ \t]+)?(?:\d|\p{L}{3,9}\.?[ \t]+\d)|[ \t]*\([^)\n]{2,40}\)[ \t]*[-–—])/u;

/**
 * Places that open a line as its dateline: where the text was written, not who takes part in what it reports (the
 * city or country of a dateline is its venue, and would otherwise share the first sentence's cues); and places in a page's tags
 * or related links.
 */
export function datelinePlaces(text: string, mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  for (const m of mentions) {
    if (!isPlace(m)) continue;
    if (underTagLabel(text, m.start)) {
      out.add(m);
      continue;
    }
    // at the start of its line, spaces and tabs aside
    let k = m.start;
    while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
    if (k > 0 && text.charCodeAt(k - 1) !== 0x0a) continue;
    if (DATELINE_REST.test(text.slice(m.end, m.end + 40))) out.add(m);
  }
  // a line that is only a place, a city and its country, and a date: "San Salvador, El Salvador, 5 de mayo de 2026" (1.15.56)
  for (const m of mentions) {
    if (!isPlace(m) || out.has(m)) continue;
    const line = shortLineAround(text, m.start, m.end, 90);
    if (line !== null && DATELINE_LINE.test(text.slice(line[0], line[1]))) out.add(m);
    // the country of a city in brackets, after a comma: "Africa Digital Forum, Dakar (Sénégal)", an event's venue (1.15.57)
    else if (text.charCodeAt(m.end) === 0x29 && VENUE_CITY_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) out.add(m);
  }
  return out;
}

/**
 * The line around [start, end) when it is at most `max` characters long, else null; read no further than that, so a long paragraph
 * is not scanned again for each of its places.
 */
function shortLineAround(text: string, start: number, end: number, max: number): [number, number] | null {
  let from = start;
  while (from > 0 && text.charCodeAt(from - 1) !== 0x0a) if (end - --from > max) return null;
  let to = end;
  while (to < text.length && text.charCodeAt(to) !== 0x0a) if (++to - from > max) return null;
  return to - from <= max ? [from, to] : null;
}

/** A comma, a city's name of up to three capitalised words and an opening bracket, right before a place. */
const VENUE_CITY_BEFORE = /,[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2}[ \t]*\($/u;

/** A whole line of one or two place names and a date, nothing else: the dateline of a transcript or a report. */
const DATELINE_LINE =
  /^[ \t]*\p{Lu}[\p{L}'’. -]{1,30}(?:,[ \t]*\p{Lu}[\p{L}'’. -]{1,30})?,[ \t]*(?:(?:le|den|el|il|am)[ \t]+)?(?:\d{1,2}\.?[ \t]*(?:de[ \t]+)?\p{L}{3,10}\.?(?:[ \t]+de)?[ \t]+\d{4}|\p{L}{3,10}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{4}-\d{2}-\d{2})[ \t]*$/u;

/** A page's tags, keywords and related links: "Tags: Africa, Digital, Global Gateway", "| Related: Kenya – Digital connectivity". */
const TAG_LABEL =
  /^\s*(?:Tags?|Keywords?|Topics?|Related|See also|Schlagw(?:ö|o)rter|Stichw(?:ö|o)rter|Themen|Siehe auch|Mots[- ]clés|Étiquettes|Thèmes|Voir aussi|Etiquetas|Palabras clave|Temas|Véase también|Parole chiave|Argomenti|Vedi anche|标签|关键词|相关|タグ|キーワード|関連|태그|키워드|관련)\s*[:：]/i;

/**
 * The place stands in a page's list of tags or related links (after such a label, at the start of its line or after a "|"): what
 * the page is filed under, not who takes part in what it reports.
 */
function underTagLabel(text: string, at: number): boolean {
  // only the 200 characters before the place are read, back to a line break or a bar, and the pattern only where they hold a colon;
  // a bar with no colon after it is one more link of the same label ("Related: Urban partnerships in Asia | Urban partnerships in
  // Latin America"), so the reading goes on to the bar or line break before it
  const stop = Math.max(0, at - 200);
  let from = at;
  let colon = false;
  while (from > stop) {
    const c = text.charCodeAt(from - 1);
    if (c === 0x0a) break;
    if (c === 0x7c) {
      if (colon) break;
      from--;
      continue;
    }
    if (c === 0x3a || c === 0xff1a) colon = true;
    from--;
  }
  if (!colon) return false;
  // the label opens the part that holds the colon: after the last bar before it, or at the line's start
  const part = text.slice(from, at);
  const bar = part.lastIndexOf('|', part.search(/[:：]/));
  return TAG_LABEL.test(bar >= 0 ? part.slice(bar + 1) : part);
}
