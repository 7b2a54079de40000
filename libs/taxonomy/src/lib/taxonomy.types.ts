/**
 * Kinds of named things the gazetteer knows. A `demonym` ("Vietnamese", "kenianische") or a `capital` ("Tokyo", "서울") is not
 * an entity of its own: the extraction reads it as its country where it stands for the state (next to a word for a state
 * actor; a capital paired with Brussels or the subject of a verb of agreeing or saying), and drops it otherwise.
 */
export type EntityKind = 'country' | 'region' | 'org' | 'instrument' | 'initiative' | 'area' | 'act' | 'demonym' | 'capital';

/** Languages whose names the taxonomy carries. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'ja', 'ko', 'zh'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** Names of one canonical id, per language. `all` names are used whatever the document language. */
export type NamesByLanguage = Partial<Record<SupportedLanguage | 'all', readonly string[]>>;

export interface TaxonomyItem {
  /** canonical id, e.g. `region:lac`, `instrument:digital-partnership` */
  id: string;
  label: string;
  names: NamesByLanguage;
}

/** One surface form of one id, ready for a matcher. */
export interface GazetteerEntry {
  kind: EntityKind;
  id: string;
  name: string;
  lang: SupportedLanguage | 'all';
  /** acronyms ("US", "TTC", "AI") only match in exactly this case */
  caseSensitive: boolean;
}
