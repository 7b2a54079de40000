import { isPlace } from './document-context';
import { Mention } from './gazetteer-matcher';

/**
 * What follows the place of a dateline: a date ("SINGAPORE, June 1", "Hanoi, 3 March 2026", "Bruxelles, le 4 mars",
 * "Berlin, 5. März") or an agency in brackets and a dash ("WASHINGTON (Reuters) –").
 */
const DATELINE_REST = /^(?:,[ \t]*(?:(?:le|den|el|il)[ \t]+)?(?:\d|\p{L}{3,9}\.?[ \t]+\d)|[ \t]*\([^)\n]{2,40}\)[ \t]*[-–—])/u;

/**
 * Places that open a line as its dateline: where the text was written, not who takes part in what it reports (the
 * city or country of a dateline is its venue, and would otherwise share the first sentence's cues).
 */
export function datelinePlaces(text: string, mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  for (const m of mentions) {
    if (!isPlace(m)) continue;
    // at the start of its line, spaces and tabs aside
    let k = m.start;
    while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
    if (k > 0 && text.charCodeAt(k - 1) !== 0x0a) continue;
    if (DATELINE_REST.test(text.slice(m.end, m.end + 40))) out.add(m);
  }
  return out;
}
