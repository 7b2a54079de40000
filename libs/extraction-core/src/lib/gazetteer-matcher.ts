import { buildGazetteer, EntityKind, GazetteerEntry, PERSON_NAME_COUNTRIES } from '@dpo/taxonomy';

/** A gazetteer hit in normalised-text offsets. */
export interface Mention {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
}

/** Names of different groups may overlap ("EU-LAC Digital Alliance" is an initiative, holds a region and an instrument). */
const GROUP: Record<EntityKind, number> = { country: 0, region: 0, org: 0, instrument: 1, initiative: 2, act: 3, area: 4 };
const GROUPS = 5;
const PROPER: ReadonlySet<EntityKind> = new Set(['country', 'region', 'org', 'initiative', 'act']);

/**
 * Words split at camel-case joins so that PDF damage ("the Republic ofKorea", "MoldovaWestern
 * Balkans", "Asia-PacificUkraine") still yields the names; every CJK character is a token
 * because those scripts have no word boundaries.
 */
const TOKEN = /[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿĀ-ſ]+|[A-ZÀ-ÖØ-Þ]+(?![a-zß-öø-ÿĀ-ſ])|[0-9]+|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
/** What may sit between two tokens of one name: spaces, hyphens, apostrophes, a dot without a space ("U.S."). */
const JOINER = /^(?:[\s\-‐‑–—'’&]{0,3}|\.|\. ?)$/;
const STRIP = /[\s\-‐‑–—'’.]/g;

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: GazetteerEntry[];
}

/** Token offsets; Latin-1 and Latin Extended-A letters are word letters, CJK characters single tokens. */
function tokenSpans(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

function tokenize(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

export class GazetteerMatcher {
  private readonly root: TrieNode = { next: new Map(), entries: [] };

  constructor(languages: readonly string[]) {
    for (const entry of buildGazetteer(languages)) {
      let toks = tokenize(entry.name);
      // the article is never part of the entity, and "the" would make every sentence a trie walk
      if (toks.length > 1 && /^(the|la|le|les|die|el|los|il)$/i.test(toks[0])) toks = toks.slice(1);
      if (toks.length === 0) continue;
      let node = this.root;
      for (const t of toks) {
        const key = t.toLowerCase();
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map(), entries: [] };
          node.next.set(key, child);
        }
        node = child;
      }
      node.entries.push(entry);
    }
  }

  /** Leftmost-longest matches, independently per group. */
  match(text: string): Mention[] {
    const { starts, ends } = tokenSpans(text);
    const lower = text.toLowerCase();
    const sameLength = lower.length === text.length;
    const key = (i: number): string => (sameLength ? lower.slice(starts[i], ends[i]) : text.slice(starts[i], ends[i]).toLowerCase());
    const out: Mention[] = [];
    const blockedUntil = new Array<number>(GROUPS).fill(0);
    for (let i = 0; i < starts.length; i++) {
      let node = this.root.next.get(key(i));
      if (!node) continue;
      const best: (Mention | null)[] = new Array<Mention | null>(GROUPS).fill(null);
      const bestEndTok = new Array<number>(GROUPS).fill(-1);
      let j = i;
      for (;;) {
        for (const e of node.entries) {
          const g = GROUP[e.kind];
          if (bestEndTok[g] >= j || i < blockedUntil[g]) continue;
          if (!this.accepts(text, e, starts[i], ends[j])) continue;
          best[g] = { kind: e.kind, id: e.id, start: starts[i], end: ends[j] };
          bestEndTok[g] = j;
        }
        if (j + 1 >= starts.length || !JOINER.test(text.slice(ends[j], starts[j + 1]))) break;
        const child = node.next.get(key(j + 1));
        if (!child) break;
        node = child;
        j++;
      }
      for (let g = 0; g < GROUPS; g++) {
        const b = best[g];
        if (!b) continue;
        blockedUntil[g] = bestEndTok[g] + 1;
        if (b.id !== 'blocked' && !this.isPersonName(text, b)) out.push(b);
      }
    }
    return out;
  }

  private accepts(text: string, e: GazetteerEntry, start: number, end: number): boolean {
    const surface = text.slice(start, end);
    if (e.caseSensitive) return surface.replace(STRIP, '') === e.name.replace(STRIP, '');
    const first = e.name.charCodeAt(0);
    if (PROPER.has(e.kind) && first >= 65 && first <= 90) {
      const c = surface.charAt(0);
      return c !== c.toLowerCase();
    }
    return true;
  }

  /** "Chad Smith", "Michael Jordan", "Atlanta, Georgia": a name, not a country. */
  private isPersonName(text: string, m: Mention): boolean {
    if (m.kind !== 'country' || !PERSON_NAME_COUNTRIES.has(m.id.slice(8))) return false;
    const after = text.slice(m.end, m.end + 40);
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (/^ \p{Lu}\p{Ll}{2,}\b(?! +\p{Lu})/u.test(after) && !/^ (Valley|Airways|Digital|Partnership)/.test(after)) return true;
    if (/(?:^|[a-z,;] )(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Michael|Prof\.?|[A-Z][a-z]+) $/.test(before) && !/(?:^|[\s(])(?:The|And|With|In|Of|For|From|To|By|Both|Including|Like|EU|Partners?|Countries|States?) $/.test(before)) {
      return /[a-z,;] [A-Z][a-z]+ $/.test(before);
    }
    if (m.id === 'country:GE' && (/(Atlanta|Savannah|Augusta|Athens|Macon|Columbus), $/.test(before) || /^,? ?\(?(US|USA|U\.S\.)\b/.test(after))) return true;
    return false;
  }
}

const cache = new Map<string, GazetteerMatcher>();

/** One compiled matcher per language set. */
export function matcherFor(languages: readonly string[]): GazetteerMatcher {
  const key = [...new Set(languages)].sort().join(',');
  let m = cache.get(key);
  if (!m) {
    m = new GazetteerMatcher(languages);
    cache.set(key, m);
  }
  return m;
}
