import { isEuOrMemberState } from '@dpo/taxonomy';
import { collapseSpaces } from './char-classes';
import { DocumentContext } from './document-context';
import { FoundDocref } from './docref-parser';
import { ExtractedEntity, ExtractedInitiative, ExtractedInstrument, ExtractInput, ExtractionResult, Span } from './extraction.types';
import { InitiativeDraft } from './initiative-extractor';
import { InstrumentHit } from './instrument-extractor';
import { instrumentDatesAt } from './instrument-dates';
import { findMoney } from './money-parser';
import { NamedInitiative } from './named-initiative-recognizer';
import { slugify } from './slug.util';
import { segmentAt } from './text-segmenter';
import { NormalizedText } from './text-normalizer';

export interface BuildInput {
  ctx: DocumentContext;
  norm: NormalizedText;
  input: ExtractInput;
  language: string;
  languages: string[];
  title: string | null;
  date: string | null;
  reference: string | null;
  docrefs: FoundDocref[];
  instruments: InstrumentHit[];
  initiatives: InitiativeDraft[];
  named: NamedInitiative[];
}

/** Keywords too common to signal an area on their own; they need repetition. */
const WEAK_AREA_WORDS = /^(?:standards?|skills|talents?|training|cloud|satellite|cables?|câbles?|kabel|cavo|cavi|光缆|ケーブル|케이블|chips?|formation|compétences|competenze|formazione|kompetenzen|ausbildung|人才|技能|标准|標準|표준|교육|인재|卫星|衛星|위성|standard|normes|normen|ai|ia|ki|cyber|connectivity|connectivité|connettività|conectividad|konnektivität|연결성|接続性|data protection|personal data|données personnelles|protection des données|datenschutz|personenbezogenen? daten|protección de datos|datos personales|protezione dei dati|dati personali|数据保护|个人数据|个人信息保护|データ保護|個人データ|個人情報保護|데이터 보호|개인정보 보호|개인정보)$/i;
const MAX_QUOTE = 1000;
const PARTNER_ORGS: ReadonlySet<string> = new Set(['org:smart-africa']);

function pageFinder(input: ExtractInput): (pos: number) => number | undefined {
  let pages = input.pages;
  if (!pages && input.text.includes('\f')) {
    pages = [];
    let start = 0;
    for (const [i, part] of input.text.split('\f').entries()) {
      pages.push({ page: i + 1, start, end: start + part.length });
      start += part.length + 1;
    }
  }
  const list = [...(pages ?? [])].sort((a, b) => a.start - b.start);
  // binary search: a linear scan per entity was quadratic on long PDFs
  return (pos) => {
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = list[mid];
      if (pos < p.start) hi = mid - 1;
      else if (pos >= p.end) lo = mid + 1;
      else return p.page;
    }
    return undefined;
  };
}

/** Document-level areas: a specific keyword once in a short text (4,000 characters, 1,000 in CJK), twice in a longer one; weak words twice, four times from 6,000 (1,500). */
function documentAreas(b: BuildInput): string[] {
  const counts = new Map<string, { strong: number; weak: number }>();
  for (const m of b.ctx.mentions) {
    if (m.kind !== 'area') continue;
    const c = counts.get(m.id) ?? { strong: 0, weak: 0 };
    if (WEAK_AREA_WORDS.test(b.ctx.text.slice(m.start, m.end).trim())) c.weak++;
    else c.strong++;
    counts.set(m.id, c);
  }
  // a Chinese, Japanese or Korean character says about as much as four Latin ones: such a text is long from 1,500 characters
  const cjk = b.language === 'zh' || b.language === 'ja' || b.language === 'ko';
  const long = b.ctx.text.length > (cjk ? 1500 : 6000);
  // one specific keyword makes an area only in a text of a few paragraphs (up to 4,000 characters, 1,000 in CJK): in a longer one
  // a topic named once is a passing mention (measured over 26 batches: area F1 0.852 to 0.859, the five latest 0.795 to 0.829)
  const medium = b.ctx.text.length > (cjk ? 1000 : 4000);
  const out: string[] = [];
  for (const [id, c] of counts) if (c.strong >= (medium ? 2 : 1) || c.weak >= (long ? 4 : 2)) out.push(id);
  return out.sort();
}

export function buildResult(b: BuildInput): ExtractionResult {
  const { ctx, norm, input } = b;
  const page = pageFinder(input);
  // start and end in the input text; two functions, not a pair: one pair per entity was garbage
  const origStart = (start: number): number => norm.toOriginal(start);
  const origEnd = (start: number, end: number): number => {
    if (end <= start) return norm.toOriginal(start);
    const lastChar = norm.toOriginal(end - 1);
    const cp = input.text.codePointAt(lastChar) ?? 0;
    return lastChar + (cp > 0xffff ? 2 : 1);
  };
  // many facts share a sentence: its quote is built once
  const spans = new Map<number, Span>();
  const span = (start: number, end: number): Span => {
    const key = start * 0x200000 + end;
    let found = spans.get(key);
    if (!found) spans.set(key, (found = makeSpan(start, end)));
    return { ...found };
  };
  const makeSpan = (start: number, end: number): Span => {
    const s = origStart(start);
    const e = origEnd(start, end);
    const quote = collapseSpaces(input.text.slice(s, e));
    const p = page(s);
    return { start: s, end: e, ...(p !== undefined ? { page: p } : {}), quote: quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE)}…` : quote };
  };
  const sentenceSpan = (pos: number, fallbackEnd: number): Span => {
    const s = ctx.sentences[segmentAt(ctx.sentences, pos)];
    return s && s.end >= pos ? span(s.start, s.end) : span(pos, fallbackEnd);
  };

  const instruments: ExtractedInstrument[] = [];
  const byPair = new Map<string, ExtractedInstrument>();
  for (const h of b.instruments) {
    const k = `${h.type}|${h.partner}`;
    const dates = instrumentDatesAt(ctx, h.instrument.start);
    const seen = byPair.get(k);
    if (seen) {
      // the first mention cites the pair; a later one may still say when it began or ends
      seen.since ??= dates.since;
      seen.until ??= dates.until;
      continue;
    }
    const item: ExtractedInstrument = { type: h.type, partner: h.partner, ...dates, evidence: sentenceSpan(h.instrument.start, h.instrument.end) };
    byPair.set(k, item);
    instruments.push(item);
  }

  // amounts found once in the whole text; an initiative gets those inside its span
  const docMoney = findMoney(ctx.text, ctx.digitRuns);
  const initiatives: ExtractedInitiative[] = [];
  const byKey = new Map<string, ExtractedInitiative>();
  for (const d of b.initiatives) {
    if (!d.title) continue;
    let key = d.knownId ?? `initiative:${slugify(d.title)}`;
    const existing = byKey.get(key);
    if (existing && !d.fromTable) {
      for (const p of d.partners) if (!existing.partners.includes(p)) existing.partners.push(p);
      for (const a of d.areas) if (!existing.areas.includes(a)) existing.areas.push(a);
      for (const i of d.instruments) if (!existing.instruments.includes(i)) existing.instruments.push(i);
      existing.timeline ??= d.timeline;
      continue;
    }
    for (let n = 2; byKey.has(key); n++) key = `${d.knownId ?? `initiative:${slugify(d.title)}`}-${n}`;
    const os = origStart(d.start);
    const oe = origEnd(d.start, d.end);
    const title = !d.fromTable && d.end - d.start === d.title.length ? input.text.slice(os, oe) : d.title;
    const item: ExtractedInitiative = {
      key,
      title,
      description: d.description,
      partners: sortStrings([...d.partners].filter((p) => !isEuOrMemberState(p))),
      areas: sortStrings([...d.areas]),
      timeline: d.timeline,
      money: docMoney.filter((m) => m.start >= d.start && m.end <= d.end).map((m) => m.money),
      instruments: sortStrings([...d.instruments]),
      evidence: d.fromTable ? span(d.start, d.end) : sentenceSpan(d.start, d.end),
    };
    byKey.set(key, item);
    initiatives.push(item);
  }
  for (const i of initiatives) {
    // a place the text says is no party ("Egypt is a transit country only") is no partner of the project either
    if (i.partners.some((p) => ctx.notParties.has(p))) i.partners = i.partners.filter((p) => !ctx.notParties.has(p));
    sortStrings(i.partners);
    sortStrings(i.areas);
  }

  const gazetteerEntities: ExtractedEntity[] = [];
  const namedKey = new Map<number, string>();
  for (const n of b.named) namedKey.set(n.start, n.id ?? `initiative:${slugify(n.name)}`);
  for (const m of ctx.mentions) {
    // demonyms are resolved to countries (or dropped) right after the gazetteer pass: the test only narrows the kind
    if (m.kind === 'initiative' || m.kind === 'demonym' || m.kind === 'capital') continue;
    const s = origStart(m.start);
    const e = origEnd(m.start, m.end);
    const role = ctx.roles.get(m) ?? 'other';
    gazetteerEntities.push(entity(m.kind, m.id, input.text.slice(s, e), s, e, role, page(s)));
  }
  const namedEntities = b.named.map((n) => {
    const s = origStart(n.start);
    const e = origEnd(n.start, n.end);
    return entity('initiative', namedKey.get(n.start) ?? n.id ?? '', input.text.slice(s, e), s, e, 'other', page(s));
  });
  const docrefEntities = b.docrefs.map((d) => {
    const s = origStart(d.start);
    const e = origEnd(d.start, d.end);
    return entity('docref', d.id, input.text.slice(s, e), s, e, 'other', page(s));
  });
  const entities = stableSortedConcat([gazetteerEntities, namedEntities, docrefEntities], byPosition);

  const partners = new Set<string>();
  // organisations are fora, not partners, except those that act as a regional counterpart (Smart Africa)
  for (const [m, role] of ctx.roles) if (role === 'partner' && (m.kind !== 'org' || PARTNER_ORGS.has(m.id))) partners.add(m.id);
  for (const i of instruments) partners.add(i.partner);
  // no-party places are already out of the roles, the instruments and the initiatives' partners
  for (const i of initiatives) for (const p of i.partners) partners.add(p);

  return {
    language: b.language,
    languages: b.languages,
    title: b.title,
    date: b.date,
    reference: b.reference,
    references: [...new Set(b.docrefs.map((d) => d.id))].filter((id) => id !== b.reference).sort(),
    partners: [...partners].filter((p) => !isEuOrMemberState(p)).sort(),
    instruments,
    initiatives,
    areas: documentAreas(b),
    money: docMoney.map((m) => m.money),
    entities,
  };
}

/**
 * `list.sort()` in place: an insertion sort for the short lists of an initiative (the same order:
 * strings by code unit, ties kept), which Array.prototype.sort would give a work array each.
 */
function sortStrings(list: string[]): string[] {
  if (list.length > 16) return list.sort();
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    for (; j >= 0 && list[j] > x; j--) list[j + 1] = list[j];
    list[j + 1] = x;
  }
  return list;
}

function byPosition(x: ExtractedEntity, y: ExtractedEntity): number {
  return x.start - y.start || x.end - y.end;
}

/**
 * What a stable sort of the lists' concatenation gives: each list in order (the gazetteer, named
 * initiatives and references are all found about left to right), then merged, ties going to the
 * earlier list.
 */
export function stableSortedConcat<T>(lists: readonly T[][], cmp: (a: T, b: T) => number): T[] {
  // a list out of order is sorted on its own (stably: the same ties as in the concatenation);
  // from the last list back, the short lists (named initiatives, references) are merged first,
  // and the long one (the gazetteer's) once, by binary search for where each other item goes
  return lists.map((l) => (inOrder(l, cmp) ? l : nearlySorted(l, cmp))).reduceRight((later, earlier) => mergeOrdered(earlier, later, cmp), [] as T[]);
}

/**
 * A stable sort of a copy of `list` that is fast when items are only locally out of order (the
 * gazetteer gives the names of one start in group order, not by end): insertion sort, which
 * hands over to Array.prototype.sort (also stable) if the list turns out to be far from sorted.
 */
function nearlySorted<T>(list: readonly T[], cmp: (a: T, b: T) => number): T[] {
  const out = [...list];
  let moves = 0;
  for (let i = 1; i < out.length; i++) {
    const x = out[i];
    let j = i - 1;
    while (j >= 0 && cmp(out[j], x) > 0) {
      out[j + 1] = out[j];
      j--;
      if (++moves > 4 * out.length) return [...list].sort(cmp);
    }
    out[j + 1] = x;
  }
  return out;
}

function inOrder<T>(list: readonly T[], cmp: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (cmp(list[i - 1], list[i]) > 0) return false;
  return true;
}

/** Two ordered lists as one, an item of `earlier` first on a tie. */
function mergeOrdered<T>(earlier: T[], later: T[], cmp: (a: T, b: T) => number): T[] {
  if (later.length === 0) return earlier;
  const out: T[] = [];
  let i = 0;
  for (const x of later) {
    let lo = i;
    let hi = earlier.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(earlier[mid], x) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (i < lo) out.push(earlier[i++]);
    out.push(x);
  }
  while (i < earlier.length) out.push(earlier[i++]);
  return out;
}

function entity(type: ExtractedEntity['type'], id: string, text: string, start: number, end: number, role: ExtractedEntity['role'], page: number | undefined): ExtractedEntity {
  // one object shape, no spread: there are tens of entities per page
  const out: ExtractedEntity = { type, id, text, start, end, role };
  if (page !== undefined) out.page = page;
  return out;
}
