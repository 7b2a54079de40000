import { CueSet, CUES } from './cue-words.data';
import { Mention } from './gazetteer-matcher';

export type Role = 'partner' | 'other';

const CLAUSE_BREAK = /;|\s(?:but|while|whereas|although|however|mais|aber|pero|ma|tandis que|während)\b|,\s*(?:but|while|whereas)\b|但|而|しかし|하지만/g;
const LIST_GAP = /^\s*(?:,|;|\/|&|and|or|et|ou|und|oder|y|o|e|及|和|与|、|・|와|과|및|,\s*(?:and|or|et|und|y|e)|)\s*(?:the\s+|la\s+|le\s+|les\s+|die\s+|el\s+|los\s+|il\s+)?$/i;
const FOLLOW_PENALTY = 25;

export function cueSetsFor(languages: readonly string[]): CueSet[] {
  return [...new Set(['en', ...languages])].map((l) => CUES[l]).filter((c): c is CueSet => c !== undefined);
}

/** Clause boundaries inside one sentence. */
export function clauseOf(text: string, sentStart: number, sentEnd: number, pos: number): [number, number] {
  let start = sentStart;
  let end = sentEnd;
  CLAUSE_BREAK.lastIndex = sentStart;
  const s = text.slice(sentStart, sentEnd);
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    const at = sentStart + (m.index ?? 0);
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

/**
 * Role of a list of places from the nearest cue in its clause: a cue before the list
 * counts at its distance, one after it with a penalty; ties go to `other`; percentages
 * right before a name ("52% in the US") and route/venue words are always `other`.
 */
export function classify(text: string, clauseStart: number, clauseEnd: number, listStart: number, listEnd: number, cues: readonly CueSet[]): Role | null {
  const pre = text.slice(clauseStart, listStart);
  if (/(?:\d\s*%|%|per ?cent|pour cent|Prozent|por ciento|per cento)[^,;]{0,12}$/.test(pre.slice(-24))) return 'other';
  let bestPartner = Infinity;
  let bestOther = Infinity;
  for (const c of cues) {
    if (c.near.test(pre.slice(-30))) return 'other';
    for (const [re, isPartner] of [[c.partner, true], [c.other, false]] as const) {
      re.lastIndex = 0;
      for (const m of pre.matchAll(re)) {
        const d = pre.length - ((m.index ?? 0) + m[0].length);
        if (isPartner) bestPartner = Math.min(bestPartner, d);
        else bestOther = Math.min(bestOther, d);
      }
      const post = text.slice(listEnd, Math.min(clauseEnd, listEnd + 80));
      re.lastIndex = 0;
      for (const m of post.matchAll(re)) {
        const d = (m.index ?? 0) + FOLLOW_PENALTY;
        if (isPartner) bestPartner = Math.min(bestPartner, d);
        else bestOther = Math.min(bestOther, d);
      }
    }
  }
  if (bestPartner === Infinity && bestOther === Infinity) return null;
  return bestPartner < bestOther ? 'partner' : 'other';
}
