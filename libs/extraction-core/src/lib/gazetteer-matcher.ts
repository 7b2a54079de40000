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
const STRIP = /[\s\-‐‑–—'’.]/g;

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: GazetteerEntry[];
}

/** Character classes of the tokenizer, one byte per UTF-16 code unit (same sets as TOKEN). */
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const CJK = 4;
const CLASS = buildClasses();

function buildClasses(): Uint8Array {
  const c = new Uint8Array(0x10000);
  const set = (from: number, to: number, v: number): void => {
    c.fill(v, from, to + 1);
  };
  set(0x61, 0x7a, LOWER);
  set(0xdf, 0xf6, LOWER);
  set(0xf8, 0xff, LOWER);
  set(0x100, 0x17f, LOWER);
  set(0x41, 0x5a, UPPER);
  set(0xc0, 0xd6, UPPER);
  set(0xd8, 0xde, UPPER);
  set(0x30, 0x39, DIGIT);
  for (const [a, b] of [[0x3040, 0x30ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xac00, 0xd7af], [0xf900, 0xfaff]]) set(a, b, CJK);
  return c;
}

/**
 * Token offsets, exactly as the TOKEN pattern would give them, but with one loop over char
 * codes: the regex version cost a failed match attempt at every space and punctuation mark
 * and was a fifth of the whole extraction time.
 */
export function tokenSpans(text: string): { starts: Int32Array; ends: Int32Array; count: number } {
  let cap = Math.max(16, text.length >> 2);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  const emit = (s: number, e: number): void => {
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(starts);
      starts = ns;
      const ne = new Int32Array(cap);
      ne.set(ends);
      ends = ne;
    }
    starts[count] = s;
    ends[count++] = e;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    if (cls === CJK) {
      emit(i, j);
      i = j;
      continue;
    }
    while (j < n && CLASS[text.charCodeAt(j)] === cls) j++;
    if (cls === UPPER && j < n && CLASS[text.charCodeAt(j)] === LOWER) {
      if (j - i > 1) {
        // "USAid": the last capital starts the next word
        emit(i, j - 1);
        i = j - 1;
        continue;
      }
      while (j < n && CLASS[text.charCodeAt(j)] === LOWER) j++;
    }
    emit(i, j);
    i = j;
  }
  return { starts, ends, count };
}

/**
 * What may sit between two tokens of one name: 0-3 spaces, hyphens, apostrophes or "&", or a dot
 * without/with one space ("U.S."); the same as /^(?:[\s\-‐‑–—'’&]{0,3}|\.|\. ?)$/, without slicing.
 */
function isJoiner(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len === 0) return true;
  if (len > 3) return false;
  if (text.charCodeAt(from) === 0x2e) return len === 1 || (len === 2 && text.charCodeAt(from + 1) === 0x20);
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014 || c === 0x27 || c === 0x2019 || c === 0x26 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) return false;
  }
  return true;
}

export function tokenize(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

/** Hash of lower-cased s[from, to): lets the matcher skip most tokens without creating a string. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h & 0xffff;
}

export class GazetteerMatcher {
  private readonly root: TrieNode = { next: new Map(), entries: [] };
  /** hashOf() of every first token of a name; a token whose hash is absent cannot start a match */
  private readonly firstHashes = new Uint8Array(0x10000);

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
    for (const k of this.root.next.keys()) this.firstHashes[hashOf(k, 0, k.length)] = 1;
  }

  /** Leftmost-longest matches, independently per group. */
  match(text: string): Mention[] {
    const { starts, ends, count } = tokenSpans(text);
    const lower = text.toLowerCase();
    const sameLength = lower.length === text.length;
    const key = (i: number): string => (sameLength ? lower.slice(starts[i], ends[i]) : text.slice(starts[i], ends[i]).toLowerCase());
    const out: Mention[] = [];
    const blockedUntil = new Array<number>(GROUPS).fill(0);
    // reused for every candidate: a root hit is frequent ("the", "digital", "eu") and allocations showed in the profile
    const best: (Mention | null)[] = new Array<Mention | null>(GROUPS).fill(null);
    const bestEndTok = new Array<number>(GROUPS).fill(-1);
    const rootNext = this.root.next;
    const firstHashes = this.firstHashes;
    for (let i = 0; i < count; i++) {
      if (sameLength && firstHashes[hashOf(lower, starts[i], ends[i])] === 0) continue;
      let node = rootNext.get(key(i));
      if (!node) continue;
      best.fill(null);
      bestEndTok.fill(-1);
      let j = i;
      for (;;) {
        for (const e of node.entries) {
          const g = GROUP[e.kind];
          if (bestEndTok[g] >= j || i < blockedUntil[g]) continue;
          if (!this.accepts(text, e, starts[i], ends[j])) continue;
          best[g] = { kind: e.kind, id: e.id, start: starts[i], end: ends[j] };
          bestEndTok[g] = j;
        }
        if (j + 1 >= count || node.next.size === 0 || !isJoiner(text, ends[j], starts[j + 1])) break;
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
