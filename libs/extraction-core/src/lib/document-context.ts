import { CueSet } from './cue-words.data';
import { Footnote, FootnoteMarker } from './footnote-resolver';
import { Mention } from './gazetteer-matcher';
import { Role } from './role-classifier';
import { TableRow } from './table-parser';
import { Line, Segment } from './text-segmenter';

/** Everything the extractors share about one document, in normalised-text offsets. */
export interface DocumentContext {
  text: string;
  languages: string[];
  lines: Line[];
  sentences: Segment[];
  mentions: Mention[];
  /** countries, regions and organisations, sorted by start */
  places: Mention[];
  /** partners only: a place mention without an entry has the role `other` */
  roles: Map<Mention, Role>;
  footnotes: Footnote[];
  markers: FootnoteMarker[];
  cues: CueSet[];
  /** rows of the document's cooperation tables, parsed once */
  tableRows: TableRow[];
  /** runs of digits, as digitRuns() gives them: footnote markers and amounts are found from them */
  digitRuns: Int32Array;
  /** places the text says are no party ("Belarus is not party to this declaration"): never partners in this document */
  notParties: Set<string>;
  /** [from, to) spans (start, end, start, end, ...) that the text says the EU is no party to: their places are no partners, whatever names them */
  euNoPartySpans: number[];
  /** mentions the sentence shows cooperating with someone other than the EU ("Le Canada a signé avec le Royaume-Uni …") */
  foreign: Set<Mention>;
  /**
   * ids of places named in a list that found no cue word at all, for or against, and is no conjunct of the EU: `other` by
   * default. The partner model may make these partners; a place the rules turned down for a reason stays turned down.
   */
  uncued: Set<string>;
}

/** `pos` lies in one of the spans the text says the EU is no party to. */
export function inEuNoPartySpan(ctx: DocumentContext, pos: number): boolean {
  for (let k = 0; k < ctx.euNoPartySpans.length; k += 2) if (pos >= ctx.euNoPartySpans[k] && pos < ctx.euNoPartySpans[k + 1]) return true;
  return false;
}

export function isPlace(m: Mention): boolean {
  return m.kind === 'country' || m.kind === 'region' || m.kind === 'org';
}

/** Index of the first item of `list` (sorted by start) that starts at or after `from`. */
export function firstAtOrAfter<T extends { start: number }>(list: readonly T[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions of `list` with start in [from, to). `list` is sorted by start. */
export function mentionsIn<T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(list, from); i < list.length && list[i].start < to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}

/** Ids of the mentions of `list` in [from, to) (as mentionsIn) that `keep` accepts, in order: one array, not three. */
export function idsIn<T extends { start: number; end: number; id: string }>(list: readonly T[], from: number, to: number, keep: (m: T) => boolean): string[] {
  const out: string[] = [];
  for (let i = firstAtOrAfter(list, from); i < list.length && list[i].start < to; i++) if (list[i].end <= to && keep(list[i])) out.push(list[i].id);
  return out;
}
