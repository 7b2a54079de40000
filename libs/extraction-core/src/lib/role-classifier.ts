import { CueSet, CUES } from './cue-words.data';
import { Mention } from './gazetteer-matcher';

export type Role = 'partner' | 'other';

const CLAUSE_BREAK = /;|\s(?:but|while|whereas|although|however|mais|aber|pero|ma|tandis que|während)\b|,\s*(?:but|while|whereas)\b|但|而|しかし|하지만/g;
const LIST_GAP = /^\s*(?:,|;|\/|&|and|or|et|ou|und|oder|y|o|e|及|和|与|、|・|와|과|및|,\s*(?:and|or|et|und|y|e)|)\s*(?:the\s+|la\s+|le\s+|les\s+|die\s+|el\s+|los\s+|il\s+)?$/i;
const FOLLOW_PENALTY = 25;
/** How far before / after a list of places a cue may stand (classify() ignores cues further away). */
export const CUE_BEFORE = 160;
export const CUE_AFTER = 80;

export function cueSetsFor(languages: readonly string[]): CueSet[] {
  return [...new Set(['en', ...languages])].map((l) => CUES[l]).filter((c): c is CueSet => c !== undefined);
}

/** Clause-break offsets of the last sentence asked for: assignRoles and the instrument extractor ask per list. */
let clauseCache: { text: string; start: number; end: number; breaks: number[] } | null = null;

function clauseBreaks(text: string, sentStart: number, sentEnd: number): number[] {
  if (clauseCache && clauseCache.text === text && clauseCache.start === sentStart && clauseCache.end === sentEnd) return clauseCache.breaks;
  const breaks: number[] = [];
  const s = text.slice(sentStart, sentEnd);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) breaks.push(sentStart + m.index);
  clauseCache = { text, start: sentStart, end: sentEnd, breaks };
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
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 8);
  return /(?:\bEU|\bUE|European Union|欧盟)\s*[-–—‐/]\s*(?:\p{L}+\s*[-–—‐]\s*)?$/u.test(before) || /^\s*[-–—‐]\s*(?:EU|UE)\b/.test(after) || /(?:欧盟|EU)(?:与|和|同)$/.test(before);
}

/** Cue positions of one sentence, found once and shared by all its lists. */
export interface SentenceCues {
  partner: [number, number][];
  other: [number, number][];
}

/** Latin word characters (as \b sees them, plus accented letters); CJK cues need no boundaries. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Cue positions in text[start, end), the window widened to whole words so that \b behaves as on the full text. */
export function collectCues(text: string, start: number, end: number, cues: readonly CueSet[]): SentenceCues {
  const out: SentenceCues = { partner: [], other: [] };
  while (start > 0 && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start))) start--;
  while (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1))) end++;
  const sentence = text.slice(start, end);
  for (const c of cues) {
    // exec() on the shared global regex: matchAll() clones the regex on every call, which showed in the profile
    for (const [re, list] of [[c.partner, out.partner], [c.other, out.other]] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) list.push([start + m.index, start + m.index + m[0].length]);
    }
  }
  return out;
}

/**
 * Role of a list of places from the nearest cue in its clause: a cue before the list
 * counts at its distance, one after it with a penalty; ties go to `other`; percentages
 * right before a name ("52% in the US") and route/venue words are always `other`.
 */
export function classify(text: string, clauseStart: number, clauseEnd: number, listStart: number, listEnd: number, cues: readonly CueSet[], found: SentenceCues): Role | null {
  const preStart = Math.max(clauseStart, listStart - CUE_BEFORE);
  const pre = text.slice(Math.max(preStart, listStart - 30), listStart);
  if (/(?:\d\s*%|%|per ?cent|pour cent|Prozent|por ciento|per cento)[^,;]{0,12}$/.test(pre)) return 'other';
  for (const c of cues) if (c.near.test(pre)) return 'other';
  const postEnd = Math.min(clauseEnd, listEnd + CUE_AFTER);
  const nearest = (list: [number, number][]): number => {
    let best = Infinity;
    for (const [s, e] of list) {
      if (e <= listStart && s >= preStart) best = Math.min(best, listStart - e);
      else if (s >= listEnd && e <= postEnd) best = Math.min(best, s - listEnd + FOLLOW_PENALTY);
    }
    return best;
  };
  const bestPartner = nearest(found.partner);
  const bestOther = nearest(found.other);
  if (bestPartner === Infinity && bestOther === Infinity) return null;
  return bestPartner < bestOther ? 'partner' : 'other';
}

/** "The EU and India agreed", "L'UE et le Japon": a co-actor of the EU, unless a cue says otherwise. */
export function isEuConjunct(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return (
    /(?:\bEU|\bUE|European Union|Union européenne|Europäische Union|Unión Europea|Unione europea)\s+(?:and|et|und|y|e)\s+(?:the\s+|l['’]|le\s+|la\s+|die\s+|el\s+|il\s+)?$/i.test(before) ||
    /^\s+(?:and|et|und|y|e)\s+(?:the\s+|l['’]|die\s+|la\s+|el\s+|il\s+)?(?:EU|UE|European Union|Union européenne|Europäische Union|Unión Europea|Unione europea)\b/i.test(after)
  );
}
