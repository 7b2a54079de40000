import { isSpace } from './char-classes';
import { CueSet, CUES } from './cue-words.data';
import { Mention } from './gazetteer-matcher';

export type Role = 'partner' | 'other';

const CLAUSE_BREAK = /;|\s(?:but|while|whereas|although|however|mais|aber|pero|ma|tandis que|während)\b|,\s*(?:but|while|whereas)\b|但|而|しかし|하지만/g;

const LIST_GAP = /^\s*(?:,|;|\/|&|and|or|et|ou|und|oder|y|o|e|及|和|与|、|・|와|과|및|,\s*(?:and|or|et|und|y|e)|)\s*(?:the\s+|la\s+|le\s+|les\s+|die\s+|el\s+|los\s+|il\s+)?$/i;
const FOLLOW_PENALTY = 25;
/** How far before / after a list of places a cue may stand (classify() ignores cues further away). */
export const CUE_BEFORE = 160;
export const CUE_AFTER = 80;

/**
 * Cue words of the document's languages; English only when the document has English in it or no
 * language was detected: English cues read French, German or Spanish words as their own ("war" is
 * German for "was", "reliant" French for "linking").
 */
export function cueSetsFor(languages: readonly string[]): CueSet[] {
  const sets = languages.map((l) => CUES[l]).filter((c): c is CueSet => c !== undefined);
  return sets.length > 0 ? sets : [CUES.en];
}

/**
 * Clause-break offsets per sentence, found the first time a sentence is asked for and kept for
 * the rest of the document: assignRoles, the instrument extractor and the result builder ask per
 * list or per instrument, and only sentences with places or instruments are ever scanned.
 */
let clauseCache: { text: string; bySentence: Map<number, number[]> } | null = null;

function clauseBreaks(text: string, sentStart: number, sentEnd: number): number[] {
  if (!clauseCache || clauseCache.text !== text) clauseCache = { text, bySentence: new Map() };
  let breaks = clauseCache.bySentence.get(sentStart);
  if (breaks) return breaks;
  breaks = [];
  const s = text.slice(sentStart, sentEnd);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) breaks.push(sentStart + m.index);
  clauseCache.bySentence.set(sentStart, breaks);
  return breaks;
}

/** Clause boundaries inside one sentence. */
export function clauseOf(text: string, sentStart: number, sentEnd: number, pos: number): [number, number] {
  let start = sentStart;
  let end = sentEnd;
  for (const at of clauseBreaks(text, sentStart, sentEnd)) {
    if (at <= pos) start = at;
    else {
      end = at;
      break;
    }
  }
  return [start, end];
}

/** Coordinated lists of place mentions ("Japan, the Republic of Korea and Canada") share one role. */
export function groupLists(text: string, mentions: readonly Mention[]): Mention[][] {
  const lists: Mention[][] = [];
  for (const m of mentions) {
    const cur = lists[lists.length - 1];
    const prev = cur?.[cur.length - 1];
    if (prev && m.start - prev.end <= 12 && LIST_GAP.test(text.slice(prev.end, m.start))) cur.push(m);
    else lists.push([m]);
  }
  return lists;
}

/** An "EU-India", "EU–US", "CELAC-EU" compound names a partner of the EU. */
export function isEuCompound(text: string, start: number, end: number): boolean {
  // every form needs a dash or "/" next to the name (spaces aside), or 与/和/同 right before it:
  // most names have none, and three regular expressions per name showed in the profile
  const prev = charBefore(text, start);
  const glued = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (!isDash(prev) && prev !== 0x2f && glued !== 0x4e0e && glued !== 0x548c && glued !== 0x540c && !isDash(charAfter(text, end))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 8);
  return /(?:\bEU|\bUE|European Union|欧盟)\s*[-–—‐/]\s*(?:\p{L}+\s*[-–—‐]\s*)?$/u.test(before) || /^\s*[-–—‐]\s*(?:EU|UE)\b/.test(after) || /(?:欧盟|EU)(?:与|和|同)$/.test(before);
}

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2010;
}

/** Code of the last character before `pos` that is not \s, or -1. */
function charBefore(text: string, pos: number): number {
  let k = pos - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k >= 0 ? text.charCodeAt(k) : -1;
}

/** Code of the first character from `pos` on that is not \s, or -1. */
function charAfter(text: string, pos: number): number {
  let k = pos;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k < text.length ? text.charCodeAt(k) : -1;
}

/** Cue positions of one sentence, found once and shared by all its lists: start, end, start, end, ... */
export interface SentenceCues {
  partner: number[];
  other: number[];
}

/** Latin word characters (as \b sees them, plus accented letters); CJK cues need no boundaries. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Cue positions in text[start, end), the window widened to whole words so that \b behaves as on the full text; appended to `out`. */
export function collectCues(text: string, start: number, end: number, cues: readonly CueSet[], out: SentenceCues = { partner: [], other: [] }): SentenceCues {
  while (start > 0 && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start))) start--;
  while (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1))) end++;
  const sentence = text.slice(start, end);
  for (const c of cues) {
    scanInto(c.partner, sentence, start, out.partner);
    scanInto(c.other, sentence, start, out.other);
  }
  return out;
}

/** Spans of `re` in `piece` (which starts at `offset` of the text), appended to `list` as start, end. */
function scanInto(re: RegExp, piece: string, offset: number, list: number[]): void {
  // exec() on the shared global regex: matchAll() clones the regex on every call, which showed in the profile
  re.lastIndex = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) list.push(offset + m.index, offset + m.index + m[0].length);
}

/**
 * Index in `spans` (start, end, ...) of the cue nearest to a list of places, or -1: a cue before
 * the list counts at its distance, one after it with FOLLOW_PENALTY; the first of equals wins.
 */
function nearestCue(spans: readonly number[], preStart: number, listStart: number, listEnd: number, postEnd: number): number {
  let best = Infinity;
  let hit = -1;
  for (let k = 0; k < spans.length; k += 2) {
    const s = spans[k];
    const e = spans[k + 1];
    const d = e <= listStart && s >= preStart ? listStart - e : s >= listEnd && e <= postEnd ? s - listEnd + FOLLOW_PENALTY : Infinity;
    if (d < best) {
      best = d;
      hit = k;
    }
  }
  return hit;
}

/** Distance of the cue at index k of `spans` from the list (as nearestCue() counts it); Infinity for none. */
function cueDistance(spans: readonly number[], k: number, listStart: number, listEnd: number): number {
  if (k < 0) return Infinity;
  return spans[k + 1] <= listStart ? listStart - spans[k + 1] : spans[k] - listEnd + FOLLOW_PENALTY;
}

/**
 * Role of a list of places from the nearest cue in its clause: a cue before the list
 * counts at its distance, one after it with a penalty; ties go to `other`; percentages
 * right before a name ("52% in the US") and route/venue words are always `other`.
 */
export function classify(text: string, clauseStart: number, clauseEnd: number, listStart: number, listEnd: number, cues: readonly CueSet[], found: SentenceCues): Role | null {
  const preStart = Math.max(clauseStart, listStart - CUE_BEFORE);
  const pre = text.slice(Math.max(preStart, listStart - 30), listStart);
  if (PERCENT_WORD.test(pre) && PERCENT_BEFORE.test(pre)) return 'other';
  const postEnd = Math.min(clauseEnd, listEnd + CUE_AFTER);
  // "与美国相比", "米国と比べて", "미국에 비해": the comparison word follows the name in CJK
  if (charAfter(text, listEnd) >= 0x3000 && CJK_COMPARE_AFTER.test(text.slice(listEnd, Math.min(postEnd, listEnd + 12)))) return 'other';
  const p = nearestCue(found.partner, preStart, listStart, listEnd, postEnd);
  const partnerStart = p >= 0 ? found.partner[p] : -1;
  const partnerEnd = p >= 0 ? found.partner[p + 1] : -1;
  const partnerIsVerb = p >= 0 && partnerEnd <= listStart && listStart - partnerEnd <= 60 && !WEAK_PARTNER.test(text.slice(partnerStart, partnerEnd));
  for (const c of cues) {
    const near = c.near.exec(pre);
    // a bare "in"/"en"/"à" after "fördert … in", "finanzia … in" is where the EU's partner project is, not a venue
    if (near && !(partnerIsVerb && BARE_PREPOSITION.test(near[0]))) return 'other';
  }
  const bestPartner = cueDistance(found.partner, p, listStart, listEnd);
  const bestOther = cueDistance(found.other, nearestCue(found.other, preStart, listStart, listEnd, postEnd), listStart, listEnd);
  if (bestPartner === Infinity && bestOther === Infinity) return null;
  if (bestPartner < bestOther && p >= 0 && WEAK_PARTNER.test(text.slice(partnerStart, partnerEnd))) {
    // "compared … with those of the US", "en comparación con Corea": "with" belongs to the comparison
    if (COMPARE_BEFORE.test(text.slice(preStart, listStart))) return 'other';
  }
  return bestPartner < bestOther ? 'partner' : 'other';
}

/** Partner cues that are only prepositions or conjunctions: a comparison or a threat can own them. */
const WEAK_PARTNER = /^(?:with|between|among|together|avec|entre|mit|zwischen|con|tra|fra|与|和|との|과의|와의)$/i;
const COMPARE_BEFORE = /compar|\bthan\b|relative to|im Vergleich|verglichen|par rapport|frente a|rispetto|confront|相比|相较|比较|比べ|比較|비해|비교/i;
const PERCENT_BEFORE = /(?:\d\s*%|%|per ?cent|pour cent|Prozent|por ciento|per cento)[^,;]{0,12}$/;
/** A quick test that PERCENT_BEFORE can match at all: an unanchored literal search is cheap. */
const PERCENT_WORD = /%|cent|Prozent|ciento/;
const CJK_COMPARE_AFTER = /^\s*(?:的)?(?:相比|相较|比べ|と比べ|と比較|に比べ|에 비해|보다|와 비교|과 비교|대비)/;
const BARE_PREPOSITION = /^(?:[^\p{L}]?)(?:in|en|a|à|über)\s+$/iu;

/** "The EU and India agreed", "L'UE et le Japon": a co-actor of the EU, unless a cue says otherwise. */
export function isEuConjunct(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return (
    /(?:\bEU|\bUE|European Union|Union européenne|Europäische Union|Unión Europea|Unione europea)\s+(?:and|et|und|y|e)\s+(?:the\s+|l['’]|le\s+|la\s+|die\s+|el\s+|il\s+)?$/i.test(before) ||
    /^\s+(?:and|et|und|y|e)\s+(?:the\s+|l['’]|die\s+|la\s+|el\s+|il\s+)?(?:EU|UE|European Union|Union européenne|Europäische Union|Unión Europea|Unione europea)\b/i.test(after)
  );
}
