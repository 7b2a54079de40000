import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import ja from 'i18n-iso-countries/langs/ja.json';
import ko from 'i18n-iso-countries/langs/ko.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { COMMON_WORD_NAMES, COUNTRY_ALIASES } from './data/countries.data';
import { SupportedLanguage } from './taxonomy.types';

for (const locale of [en, fr, de, es, it, ja, ko, zh]) countries.registerLocale(locale);

/** "Korea, Republic of" -> ["Republic of Korea", "Korea"]; "Holy See (Vatican City State)" -> ["Holy See"] */
function variants(name: string): string[] {
  const base = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const comma = base.match(/^([^,]+),\s*(.+)$/);
  if (!comma) return [base];
  const [, head, tail] = comma;
  return /\b(of|de|del|di|du)$/i.test(tail) ? [`${tail} ${head}`, head] : [head];
}

const cache = new Map<SupportedLanguage, Map<string, string>>();

/**
 * Country names of one language, name -> ISO alpha-2. Names shared by two countries
 * ("Congo") are dropped unless our aliases decide them.
 */
export function countryNames(lang: SupportedLanguage): ReadonlyMap<string, string> {
  const hit = cache.get(lang);
  if (hit) return hit;
  const owners = new Map<string, Set<string>>();
  const all = countries.getNames(lang, { select: 'all' });
  for (const [code, names] of Object.entries(all)) {
    for (const raw of names) {
      for (const v of variants(raw)) {
        if (v.length < 2) continue;
        const set = owners.get(v) ?? new Set<string>();
        set.add(code);
        owners.set(v, set);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [name, codes] of owners) if (codes.size === 1) out.set(name, [...codes][0]);
  // German inflects names: one-word names take -s in the genitive ("die Minister Armeniens, Georgiens und Aserbaidschans"), never
  // one that is already another name ("Laos"); the adjectives of longer names take -n after an article or a preposition ("mit der
  // Russischen Föderation", "die Vereinigten Arabischen Emirate")
  if (lang === 'de')
    for (const [name, code] of [...out]) {
      const inflected = name.includes(' ') ? name.replace(/(?<=^|\s)(\p{Lu}\p{Ll}+(?:isch|igt))e(?=\s)/gu, '$1en') : /^\p{Lu}\p{Ll}+[^sxzß]$/u.test(name) ? `${name}s` : name;
      if (inflected !== name && !out.has(inflected)) out.set(inflected, code);
    }
  for (const name of COMMON_WORD_NAMES[lang] ?? []) out.delete(name);
  for (const [code, byLang] of Object.entries(COUNTRY_ALIASES)) {
    for (const name of [...(byLang[lang] ?? []), ...(byLang.all ?? [])]) out.set(name, code);
  }
  cache.set(lang, out);
  return out;
}

/** English display name of an ISO alpha-2 code. */
export function countryLabel(code: string): string {
  return countries.getName(code, 'en') ?? code;
}

export function isCountryCode(code: string): boolean {
  return countries.isValid(code) || code === 'XK';
}
