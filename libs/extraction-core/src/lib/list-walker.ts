import { DocumentContext, mentionsIn } from './document-context';
import { Mention } from './gazetteer-matcher';

const FILLER =
  /^[\s,:–-]*(?:(?:the|a|an|its|our|their|other|several|selected|key|major|international|like-minded|trusted|relevant|partners?|partner|countries|nations|states|economies|such as|like|notably|including|in particular|especially|e\.g\.|namely|in|from|la|le|l['’]|les|des|pays|tels que|comme|notamment|den|der|die|dem|das|Ländern|wie|insbesondere|el|los|las|países|como|il|lo|gli|i|paesi|come|tra cui)[\s,:–-]*)*$/i;
const NEXT = /^\s*(?:\([^()]{1,12}\)\s*)?(?:,|;|\/|&|and|or|et|ou|und|oder|y|o|e|,\s*(?:and|or|et|und|y|e))?\s*(?:(?:with|avec|mit|con)\s+)?(?:(?:the|la|le|les|die|der|den|dem|el|los|las|il|lo|gli)\s+|l['’])?$/i;

/**
 * The places listed right after `pos` ("with [countries such as] Japan, the Republic of
 * Korea and Canada"), stopping at the first word that is not part of the list.
 */
export function walkList(ctx: DocumentContext, pos: number, limit: number): Mention[] {
  const candidates = mentionsIn(ctx.places, pos, limit);
  if (candidates.length === 0) return [];
  const first = candidates[0];
  if (first.start - pos > 60 || !FILLER.test(ctx.text.slice(pos, first.start))) return [];
  const out = [first];
  for (let i = 1; i < candidates.length; i++) {
    const prev = out[out.length - 1];
    const gap = ctx.text.slice(prev.end, candidates[i].start);
    // (a short bracket after a name, "mit Nigeria (2023) und Sambia (2025)", is no end of the list)
    if (gap.length > 26 || !NEXT.test(gap)) break;
    out.push(candidates[i]);
  }
  return out;
}

/** What may sit between a place and the instrument after it: "与日本的", "日本との間で", "일본과의", "일본과 … 사이의", "日EU・EPA". */
const CJK_GAP = /^(?:[、,，和与及・·]|との|と|과의|와의|과|와|의|間の|間で|の間で|間|간의|之间的|之间|的|사이의|사이에|\s)*(?:之间的|间的|的|との|과의|와의|間の|간의)?\s*$/;

/** Places that end right before `pos` in a CJK "与日本的" / "日本との" / "일본과의" construction. */
export function cjkPartnersBefore(ctx: DocumentContext, pos: number): Mention[] {
  const out: Mention[] = [];
  const before = mentionsIn(ctx.places, Math.max(0, pos - 40), pos);
  for (let i = before.length - 1; i >= 0; i--) {
    const gap = ctx.text.slice(before[i].end, out.length ? out[out.length - 1].start : pos);
    if (!CJK_GAP.test(gap)) break;
    out.push(before[i]);
  }
  return out;
}
