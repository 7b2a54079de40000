import { buildGazetteer, EntityKind, GazetteerEntry, gazetteerLanguages, PERSON_NAME_COUNTRIES } from '@dpo/taxonomy';
import { isHangul, isSpace } from './char-classes';

/** A gazetteer hit in normalised-text offsets. */
export interface Mention {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
}

/** Names of different groups may overlap ("EU-LAC Digital Alliance" is an initiative, holds a region and an instrument). */
// a capital is matched with the countries so that "Mexico City" stops "Mexico"
const GROUP: Record<EntityKind, number> = { country: 0, region: 0, org: 0, capital: 0, instrument: 1, initiative: 2, act: 3, area: 4, demonym: 5 };
const GROUPS = 6;
const PROPER: ReadonlySet<EntityKind> = new Set(['country', 'region', 'org', 'initiative', 'act', 'demonym', 'capital']);

/**
 * Words split at camel-case joins so that PDF damage ("the Republic ofKorea", "MoldovaWestern
 * Balkans", "Asia-PacificUkraine") still yields the names; every CJK character is a token
 * because those scripts have no word boundaries.
 */
const TOKEN = /[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿĀ-ſ]+|[A-ZÀ-ÖØ-Þ]+(?![a-zß-öø-ÿĀ-ſ])|[0-9]+|[\u3040-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const STRIP = /[\s\-‐‑–—'’.]/g;

/** A gazetteer entry with what the matcher asks of it per hit computed once. */
interface CompiledEntry {
  kind: EntityKind;
  id: string;
  name: string;
  caseSensitive: boolean;
  group: number;
  /** a proper name written with a capital: the surface must start with one */
  needsCapital: boolean;
  /** name without spaces, hyphens and dots, for case-sensitive entries */
  stripped: string;
  /** a country whose name is also a person's or a US state's name ("Chad", "Jordan", "Georgia") */
  personNameRisk: boolean;
  /** written in katakana: a match inside a longer katakana word is not the name ("タイ" in "タイムスタンプ") */
  katakana: boolean;
  /** starts with a Hangul syllable: Korean separates words with spaces, so a name starts a word ("한 EU" is no pair name in "관한 EU") */
  hangulStart: boolean;
  /** a country written in Hangul, Han or kana with no space in it: its surface has no space either ("호주" is not "이번 호 주요 내용", 1.15.60) */
  cjkSolid: boolean;
}

function compile(e: GazetteerEntry): CompiledEntry {
  const first = e.name.charCodeAt(0);
  return {
    kind: e.kind,
    id: e.id,
    name: e.name,
    caseSensitive: e.caseSensitive,
    group: GROUP[e.kind],
    needsCapital: PROPER.has(e.kind) && first >= 65 && first <= 90,
    stripped: e.caseSensitive ? e.name.replace(STRIP, '') : '',
    personNameRisk: e.kind === 'country' && PERSON_NAME_COUNTRIES.has(e.id.slice(8)),
    katakana: [...e.name].every((c) => isKatakana(c.charCodeAt(0))),
    hangulStart: isHangul(e.name.charCodeAt(0)),
    cjkSolid: e.kind === 'country' && (isHangul(first) || (first >= 0x3040 && first <= 0x9fff)) && !/\s/.test(e.name),
  };
}


/** A katakana letter or the long-vowel mark, not the middle dot that separates words. */
function isKatakana(c: number): boolean {
  return c >= 0x30a1 && c <= 0x30ff && c !== 0x30fb;
}

/** Keyed by the full 32-bit token hash: no string is created per token; `path` verifies a hit against collisions. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** lower-cased tokens from the root to this node */
  path: string[];
  /** only when two child tokens share a hash: children by lower-cased token */
  byKey?: Map<string, TrieNode>;
  entries: CompiledEntry[];
}

/** The children of a leaf and the names of a node that ends none: shared, never written to. */
const NO_CHILDREN: Map<number, TrieNode> = new Map();
const NO_ENTRIES: CompiledEntry[] = [];

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
  // the katakana middle dot separates words ("オンライン・プラットフォーム"); isJoiner() lets names run across it
  c[0x30fb] = 0;
  return c;
}

/** Case-folded char code for the token hash: fold(upper) === fold(lower) for every letter the tokenizer knows. */
function foldCode(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c >= 0x100 && c <= 0x17f) {
    // Latin Extended-A pairs are (upper, lower) at (even, odd) codes except Ĺ..ň and Ź..ž, which are (odd, even)
    return 0x10000 + ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e) ? (c + 1) >> 1 : c >> 1);
  }
  return c;
}

/** foldCode() of the code units it changes (below U+0180), looked up instead of computed in the per-character loops;
 * a table of every code unit was 256 KB that CJK text scattered its reads over */
const FOLDED = 0x180;
const FOLD = new Int32Array(FOLDED).map((_, c) => foldCode(c));

function fold(c: number): number {
  return c < FOLDED ? FOLD[c] : c;
}

/** 32-bit hash of case-folded s[from, to): the trie is keyed by it, so no token becomes a string. */
export function tokenHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + fold(s.charCodeAt(k))) | 0;
  return h;
}

export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  /** tokenHash() of each token, computed in the same pass */
  hashes: Int32Array;
  count: number;
}

/**
 * Token offsets, exactly as the TOKEN pattern would give them, but with one loop over char
 * codes that also hashes each token: the regex version cost a failed match attempt at every
 * space and punctuation mark, and slicing every token to look it up was a fifth of the time.
 */
export function tokenSpans(text: string): Tokens {
  // buffers are reused across documents (extract() is synchronous): fresh arrays of ~3 bytes per character were GC churn
  let cap = buffers.starts.length;
  let { starts, ends, hashes } = buffers;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === 0) {
      i++;
      continue;
    }
    // scan and hash in one loop
    let h = fold(c);
    let j = i + 1;
    if (cls !== CJK) {
      while (j < n && CLASS[(c = text.charCodeAt(j))] === cls) {
        h = (Math.imul(h, 31) + fold(c)) | 0;
        j++;
      }
      if (cls === UPPER && j < n && CLASS[c] === LOWER) {
        // "USAid": the last capital starts the next word
        if (j - i > 1) {
          j--;
          h = tokenHash(text, i, j);
        } else
          while (j < n && CLASS[(c = text.charCodeAt(j))] === LOWER) {
            h = (Math.imul(h, 31) + fold(c)) | 0;
            j++;
          }
      }
    }
    if (count === cap) {
      cap *= 2;
      starts = grow(starts, new Int32Array(cap));
      ends = grow(ends, new Int32Array(cap));
      hashes = grow(hashes, new Int32Array(cap));
    }
    starts[count] = i;
    ends[count] = j;
    hashes[count++] = h;
    i = j;
  }
  buffers.starts = starts;
  buffers.ends = ends;
  buffers.hashes = hashes;
  return { starts, ends, hashes, count };
}

const buffers: { starts: Int32Array; ends: Int32Array; hashes: Int32Array } = { starts: new Int32Array(4096), ends: new Int32Array(4096), hashes: new Int32Array(4096) };

function grow(old: Int32Array, bigger: Int32Array): Int32Array {
  bigger.set(old);
  return bigger;
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
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // a line break is a wrapped line ("Republic of\nKorea"); a blank line ends a paragraph ("5月20日\n\nEU、…" is no 日EU)
    if (c === 0x0a && ++breaks > 1) return false;
    // the katakana middle dot joins the words of Japanese compound names ("オンライン・プラットフォーム"), the middle dot Korean ones ("인도·태평양")
    if (!(isSpace(c) || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014 || c === 0x27 || c === 0x2019 || c === 0x26 || c === 0x30fb || c === 0xb7)) return false;
  }
  return true;
}

export function tokenize(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

export class GazetteerMatcher {
  private readonly root: TrieNode = { next: new Map(), path: [], entries: [] };
  /** the low 16 bits of tokenHash() of every first token of a name, as a bit set (8 KB, small enough for the
   * first-level cache); a token whose bit is not set cannot start a match */
  private readonly firstHashes = new Int32Array(0x10000 >> 5);

  constructor(languages: readonly string[]) {
    for (const entry of buildGazetteer(languages)) {
      let toks = tokenize(entry.name);
      // the article is never part of the entity, and "the" would make every sentence a trie walk
      if (toks.length > 1 && /^(the|la|le|les|die|el|los|il)$/i.test(toks[0])) toks = toks.slice(1);
      if (toks.length === 0) continue;
      let node = this.root;
      for (const t of toks) {
        const key = t.toLowerCase();
        const h = tokenHash(key, 0, key.length);
        let child = node.byKey ? node.byKey.get(key) : node.next.get(h);
        if (child && child.path[child.path.length - 1] !== key) {
          // hash collision between two sibling tokens: this node falls back to string keys
          node.byKey = new Map([...node.next.values()].map((c) => [c.path[c.path.length - 1], c]));
          child = node.byKey.get(key);
        }
        if (!child) {
          // most nodes are leaves or hold no name: they share one empty map and one empty list, which keeps
          // the trie small enough to stay in the caches while other documents are processed
          child = { next: NO_CHILDREN, path: [...node.path, key], entries: NO_ENTRIES };
          if (node.next === NO_CHILDREN) node.next = new Map();
          if (!node.next.has(h)) node.next.set(h, child);
          node.byKey?.set(key, child);
        }
        node = child;
      }
      if (node.entries === NO_ENTRIES) node.entries = [];
      node.entries.push(compile(entry));
    }
    for (const c of [...this.root.next.values(), ...(this.root.byKey?.values() ?? [])]) {
      const bit = tokenHash(c.path[0], 0, c.path[0].length) & 0xffff;
      this.firstHashes[bit >> 5] |= 1 << (bit & 31);
    }
  }

  /** Child of `node` for token i: by hash, or by string where siblings collide. */
  private child(node: TrieNode, text: string, toks: Tokens, i: number): TrieNode | undefined {
    return node.byKey ? node.byKey.get(text.slice(toks.starts[i], toks.ends[i]).toLowerCase()) : node.next.get(toks.hashes[i]);
  }

  /** Token t really is `want` (hashes may collide): compared char by char under the hash's case folding, without slicing. */
  private static tokenIs(text: string, toks: Tokens, t: number, want: string): boolean {
    const from = toks.starts[t];
    if (toks.ends[t] - from !== want.length) return false;
    for (let c = 0; c < want.length; c++) if (fold(text.charCodeAt(from + c)) !== fold(want.charCodeAt(c))) return false;
    return true;
  }

  /** Leftmost-longest matches, independently per group. */
  match(text: string): Mention[] {
    const toks = tokenSpans(text);
    const { starts, ends, hashes, count } = toks;
    const out: Mention[] = [];
    // per group: token index before which a new match may not start, and the best entry of the current start
    const blockedUntil = new Int32Array(GROUPS);
    const bestEntry: (CompiledEntry | null)[] = [null, null, null, null, null, null];
    const bestEndTok = new Int32Array(GROUPS);
    const firstHashes = this.firstHashes;
    const rootNext = this.root.byKey ? null : this.root.next;
    for (let i = 0; i < count; i++) {
      const bit = hashes[i] & 0xffff;
      if ((firstHashes[bit >> 5] & (1 << (bit & 31))) === 0) continue;
      let node = rootNext ? rootNext.get(hashes[i]) : this.child(this.root, text, toks, i);
      if (!node) continue;
      // plain stores, not Array.prototype.fill: a root hit is frequent ("digital", "eu", "data")
      let found = false;
      for (let g = 0; g < GROUPS; g++) bestEndTok[g] = -1;
      let j = i;
      // the tokens i.. are checked against the node's path as far as a node with entries needs it: each path
      // extends its parent's, so a token checked once stays checked, and one mismatch rules out every deeper node
      let verified = 0;
      let pathOk = true;
      for (;;) {
        const entries = node.entries;
        if (entries.length > 0 && pathOk) {
          const path = node.path;
          while (verified < path.length && GazetteerMatcher.tokenIs(text, toks, i + verified, path[verified])) verified++;
          pathOk = verified === path.length;
        }
        if (entries.length > 0 && pathOk) {
          for (let k = 0; k < entries.length; k++) {
            const e = entries[k];
            const g = e.group;
            if (bestEndTok[g] >= j || i < blockedUntil[g]) continue;
            if (!this.accepts(text, e, starts[i], ends[j])) continue;
            bestEntry[g] = e;
            bestEndTok[g] = j;
            found = true;
          }
        }
        if (j + 1 >= count || node.next.size === 0 || !isJoiner(text, ends[j], starts[j + 1])) break;
        const child = this.child(node, text, toks, j + 1);
        if (!child) break;
        node = child;
        j++;
      }
      if (!found) continue;
      for (let g = 0; g < GROUPS; g++) {
        const endTok = bestEndTok[g];
        if (endTok < 0) continue;
        const e = bestEntry[g] as CompiledEntry;
        blockedUntil[g] = endTok + 1;
        if (e.id === 'blocked') continue;
        const m: Mention = { kind: e.kind, id: e.id, start: starts[i], end: ends[endTok] };
        if (!(e.personNameRisk && this.isPersonName(text, m)) && !saintInToponym(text, m) && !inHandle(text, m.start) && !islandGroup(text, m)) out.push(m);
      }
    }
    return out;
  }

  private accepts(text: string, e: CompiledEntry, start: number, end: number): boolean {
    if (e.hangulStart && isHangul(text.charCodeAt(start - 1))) return false;
    if (e.cjkSolid && end - start > e.name.length && /\s/.test(text.slice(start, end))) return false;
    if (e.caseSensitive) {
      if (end - start === e.name.length && text.startsWith(e.name, start)) return true;
      return text.slice(start, end).replace(STRIP, '') === e.stripped;
    }
    // the name starts with an ASCII capital, so the surface's first letter folds to one: A-Z or a-z
    if (e.needsCapital) return CLASS[text.charCodeAt(start)] === UPPER;
    // katakana words have no spaces around them either: only another katakana letter says the name is part of a word
    if (e.katakana) return !isKatakana(text.charCodeAt(start - 1)) && !isKatakana(text.charCodeAt(end));
    return true;
  }

  /** "Chad Smith", "Michael Jordan", "Atlanta, Georgia": a name, not a country (asked only of personNameRisk entries). */
  private isPersonName(text: string, m: Mention): boolean {
    const after = text.slice(m.end, m.end + 40);
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    // "the EU-Jordan Strategic and Comprehensive Partnership": a pair with the EU is a country's name
    if (/(?:\bEU|\bUE)\s?[-–—]\s?$/.test(before)) return false;
    if (/^ \p{Lu}\p{Ll}{2,}\b(?! +\p{Lu})/u.test(after) && !/^ (Valley|Airways|Digital|Partnership)/.test(after)) return true;
    if (/(?:^|[a-z,;] )(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Michael|Prof\.?|[A-Z][a-z]+) $/.test(before) && !/(?:^|[\s(])(?:The|And|With|In|Of|For|From|To|By|Both|Including|Like|EU|Partners?|Countries|States?) $/.test(before)) {
      return /[a-z,;] [A-Z][a-z]+ $/.test(before);
    }
    if (m.id === 'country:GE' && (/(Atlanta|Savannah|Augusta|Athens|Macon|Columbus), $/.test(before) || /^,? ?\(?(US|USA|U\.S\.)\b/.test(after))) return true;
    return false;
  }
}

/**
 * A name inside a social-media handle or hashtag, after other letters of it: "@iLabAfrica", "#MadeInKenya" (1.15.63). (A name glued
 * to the word before it in a damaged PDF, "the Republic ofKorea", has no "@" or "#" before that word.)
 */
function inHandle(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && CLASS[text.charCodeAt(k - 1)] !== 0 && CLASS[text.charCodeAt(k - 1)] !== CJK) k--;
  if (k === start || k === 0) return false;
  const c = text.charCodeAt(k - 1);
  return c === 0x40 || c === 0x23;
}

/** The English names of island groups and islands before "Island(s)": "Pacific Islands Forum" in a German text is no Iceland ("Island"). */
const ISLAND_GROUP_BEFORE =
  /(?:^|[^\p{L}])(?:Pacific|Cook|Solomon|Marshall|Virgin|Cayman|Faroe|Falkland|Canary|Channel|Pitcairn|Mariana|Caicos|Åland|Aland|Christmas|Cocos|Norfolk|Rhode|Long|Easter|Galápagos|Galapagos|Andaman|Nicobar|Spratly|Paracel|Senkaku|Kuril|Aleutian|Hawaiian|Torres|Gilbert|Phoenix|Line|Society|Leeward|Windward|Small) $/u;

/** "Island" or "Islands" (Iceland, in German) as the end of an island group's English name (1.15.65). */
function islandGroup(text: string, m: Mention): boolean {
  return m.id === 'country:IS' && text.startsWith('Island', m.start) && ISLAND_GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** A saint's name that opens a country's: "Saint Lucia", "San Marino", "São Tomé". */
const SAINT_START = /^(?:Santa|San|Saint|Sainte|St\.?|São|Sankt)[ -]/;
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u;
const FUNCTION_WORD = /^(?:The|In|And|Of|For|From|To|By|With|Both|Le|La|Les|Et|En|Des|Du|De|Der|Die|Das|Und|Im|El|Los|Las|Y|Il|Lo|Di|Da|Dal|Con|Avec|Mit|Para|Per)$/;

/** A country named for a saint inside a town's name, after a capitalised word of it: "Comune di Torre Santa Lucia" (1.15.57). */
function saintInToponym(text: string, m: Mention): boolean {
  if (!SAINT_START.test(text.slice(m.start, m.start + 7))) return false;
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
  return w !== null && !FUNCTION_WORD.test(w[1]);
}

const cache = new Map<string, GazetteerMatcher>();

/**
 * One compiled matcher per gazetteer: English, Chinese, Japanese and Korean documents share one
 * (their names are always in it), so the trie a document walks is usually the one the previous
 * document warmed; a matcher per language set kept ten tries for the ten sets of a mixed corpus.
 */
export function matcherFor(languages: readonly string[]): GazetteerMatcher {
  const langs = gazetteerLanguages([...new Set(languages)].sort());
  const key = langs.join(',');
  let m = cache.get(key);
  if (!m) {
    m = new GazetteerMatcher(langs);
    cache.set(key, m);
  }
  return m;
}
