import { countryNames } from './countries';
import { AREAS } from './data/areas.data';
import { CAPITALS } from './data/capitals.data';
import { BLOCKED_NAMES } from './data/countries.data';
import { BLOCKED_DEMONYMS } from './data/demonyms.data';
import { demonymNames } from './demonyms';
import { KNOWN_INITIATIVES } from './data/initiatives.data';
import { INSTRUMENT_TYPES } from './data/instruments.data';
import { LEGAL_ACTS } from './data/legal-acts.data';
import { ORGANISATIONS } from './data/organisations.data';
import { PUBLIC_BODIES } from './data/public-bodies.data';
import { REGIONS } from './data/regions.data';
import { EntityKind, GazetteerEntry, SupportedLanguage, TaxonomyItem } from './taxonomy.types';

/** Languages whose names cannot collide with Latin-script words, so they are always matched. */
const ALWAYS: readonly SupportedLanguage[] = ['en', 'zh', 'ja', 'ko'];

/**
 * The languages whose names buildGazetteer(languages) holds, in the order it adds them: the
 * four always matched, then those of `languages` among French, German, Spanish and Italian.
 * Two language lists with the same result get the same gazetteer.
 */
export function gazetteerLanguages(languages: readonly string[]): SupportedLanguage[] {
  return [...new Set([...ALWAYS, ...languages.filter((l): l is SupportedLanguage => ['fr', 'de', 'es', 'it'].includes(l))])];
}

/** Acronyms and mixed-case tokens ("US", "MoU", "EuroHPC") must match in exactly this case. */
export function isCaseSensitiveName(name: string): boolean {
  if (/\s/.test(name) && !/^[A-Z.\s]+$/.test(name)) return false;
  const upper = (name.match(/[A-Z]/g) ?? []).length;
  return upper >= 2 || (upper === 1 && name.length <= 3);
}

function push(out: GazetteerEntry[], kind: EntityKind, id: string, name: string, lang: SupportedLanguage | 'all'): void {
  out.push({ kind, id, name, lang, caseSensitive: isCaseSensitiveName(name) });
}

function addItems(out: GazetteerEntry[], kind: EntityKind, items: readonly TaxonomyItem[], langs: readonly SupportedLanguage[]): void {
  for (const item of items) {
    for (const name of item.names.all ?? []) push(out, kind, item.id, name, 'all');
    for (const lang of langs) for (const name of item.names[lang] ?? []) push(out, kind, item.id, name, lang);
  }
}

/**
 * Every surface form to look for in a document of the given languages. English, Chinese,
 * Japanese and Korean names are always included; French, German, Spanish and Italian only
 * when the document is in that language (German "Island" is Iceland, not an island).
 * Entries with id `blocked` are decoys that stop a shorter name from matching.
 */
export function buildGazetteer(languages: readonly string[]): GazetteerEntry[] {
  const langs = gazetteerLanguages(languages);
  const out: GazetteerEntry[] = [];
  for (const lang of langs) {
    for (const [name, code] of countryNames(lang)) push(out, 'country', `country:${code}`, name, lang);
    for (const [name, code] of demonymNames(lang)) push(out, 'demonym', `country:${code}`, name, lang);
    for (const [code, names] of Object.entries(CAPITALS)) for (const name of names[lang] ?? []) push(out, 'capital', `country:${code}`, name, lang);
  }
  // a public body named without its country ("Arcep", "ANRCETI") is its country's side
  for (const [code, names] of Object.entries(PUBLIC_BODIES)) for (const name of names) push(out, 'country', `country:${code}`, name, 'all');
  addItems(out, 'region', REGIONS, langs);
  addItems(out, 'org', ORGANISATIONS, langs);
  addItems(out, 'instrument', INSTRUMENT_TYPES, langs);
  addItems(out, 'initiative', KNOWN_INITIATIVES, langs);
  addItems(out, 'act', LEGAL_ACTS, langs);
  addItems(out, 'area', AREAS, langs);
  for (const name of BLOCKED_NAMES) out.push({ kind: 'country', id: 'blocked', name, lang: 'all', caseSensitive: false });
  for (const name of BLOCKED_DEMONYMS) out.push({ kind: 'demonym', id: 'blocked', name, lang: 'all', caseSensitive: false });
  return out;
}
