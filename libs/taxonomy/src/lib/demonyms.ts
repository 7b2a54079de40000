import { DEMONYMS } from './data/demonyms.data';
import { SupportedLanguage } from './taxonomy.types';

function list(v: string | readonly string[] | undefined): readonly string[] {
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

/** Masculine and feminine, singular and plural of a French masculine singular ("ivoirien" → ivoirienne, ivoiriens, ivoiriennes). */
function french(m: string): string[] {
  const f = m.endsWith('e') ? m : m.endsWith('en') ? `${m}ne` : `${m}e`;
  return [m, f, /[sxz]$/.test(m) ? m : `${m}s`, f === m ? `${m}s` : `${f}s`];
}

/** "chileno" → chilena, chilenos, chilenas; "marroquí" → marroquíes; "japonés" → japonesa, japoneses; "canadiense" → canadienses. */
function spanish(m: string): string[] {
  if (m.endsWith('o')) return [m, `${m.slice(0, -1)}a`, `${m}s`, `${m.slice(0, -1)}as`];
  if (m.endsWith('í')) return [m, `${m}es`, `${m}s`];
  if (m.endsWith('e') || m.endsWith('a')) return [m, `${m}s`];
  const stem = m.replace(/és$/, 'es').replace(/ís$/, 'is');
  return stem === m ? [m, `${m}es`] : [m, `${stem}a`, `${stem}es`, `${stem}as`];
}

/** "cileno" → cilena, cileni, cilene; "turco" → turchi, turche; "canadese" → canadesi; "keniota" → kenioti, keniote. */
function italian(m: string): string[] {
  const stem = m.slice(0, -1);
  if (/[cg]o$/.test(m)) return [m, `${stem}a`, `${stem}i`, `${stem}hi`, `${stem}he`];
  if (m.endsWith('o')) return [m, `${stem}a`, `${stem}i`, `${stem}e`];
  if (m.endsWith('a')) return [m, `${stem}i`, `${stem}e`];
  return [m, `${stem}i`];
}

/** The German endings of an adjective after an article ("die vietnamesische Regierung", "der vietnamesischen Seite"). */
function german(stem: string): string[] {
  return [stem, ...['e', 'en', 'er', 'es', 'em'].map((e) => stem + e)];
}

const DERIVE: Partial<Record<SupportedLanguage, (base: string) => string[]>> = { fr: french, es: spanish, it: italian, de: german };
const cache = new Map<SupportedLanguage, ReadonlyMap<string, string>>();

/**
 * Adjectives of nationality of one language, form -> ISO alpha-2 (see data/demonyms.data.ts). A form two countries
 * would share is dropped.
 */
export function demonymNames(lang: SupportedLanguage): ReadonlyMap<string, string> {
  const hit = cache.get(lang);
  if (hit) return hit;
  const owners = new Map<string, Set<string>>();
  for (const [code, source] of Object.entries(DEMONYMS)) {
    const derive = DERIVE[lang];
    const bases = list(source[lang as keyof typeof source]);
    for (const form of derive ? bases.flatMap(derive) : bases) owners.set(form, (owners.get(form) ?? new Set()).add(code));
  }
  const out = new Map<string, string>();
  for (const [form, codes] of owners) if (codes.size === 1) out.set(form, [...codes][0]);
  cache.set(lang, out);
  return out;
}
