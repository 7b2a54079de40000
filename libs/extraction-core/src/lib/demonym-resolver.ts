import { Mention } from './gazetteer-matcher';

/**
 * A state actor after an English or German adjective of nationality, with at most one word between them: "the
 * Vietnamese minister", "the Japanese Digital Agency", "die kenianische Regierung", "der vietnamesische
 * Digitalminister" (German compounds end in the actor).
 */
const ACTOR_AFTER =
  /^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:(?:governments?|ministers?|ministry|ministries|side|counterparts?|authorities|authority|delegations?|president|presidency|administration|officials?|embassy|ambassador|regulator|agency|cabinet|parliament|partners?|negotiators?)(?![\p{L}\p{N}])|[\p{L}-]*(?:[Rr]egierung|[Mm]inister|[Mm]inisterin|[Mm]inisterium|[Mm]inisteriums|[Mm]inisterien|Seite|[Aa]mtskollege|[Aa]mtskollegin|[Aa]mtskollegen|[Bb]ehörde|[Bb]ehörden|[Dd]elegation|[Pp]räsident|[Pp]räsidentin|[Bb]otschaft|[Pp]artner|[Pp]artnern|[Ss]taatssekretär|[Ss]taatssekretärin)(?![\p{L}\p{N}]))/u;

/**
 * A state actor before a French, Spanish or Italian adjective of nationality, with at most one word between them:
 * "mon homologue monténégrin", "la partie marocaine", "le gouvernement fédéral brésilien", "el Gobierno chileno",
 * "il ministro giordano".
 */
const ACTOR_BEFORE =
  /(?:^|[^\p{L}])(?:gouvernements?|ministres?|ministère|homologues?|partie|autorités?|délégations?|présidente?|ambassade|partenaires?|agence|administration|gobiernos?|ministr[oa]s?|ministerio|homólog[oa]s?|parte|autoridad|autoridades|delegación|delegaciones|presidenta|embajada|socios?|agencia|administración|cancillería|canciller|governo|governi|ministri|ministero|omolog[oa]|omologhi|autorità|delegazione|ambasciata|partner|agenzia|amministrazione)[ \t]+(?:[\p{L}'’-]+[ \t]+)?$/iu;

/** After "X方": characters that make 方 part of another word ("新方案", a new plan; "日方面"). */
const NOT_SIDE_AFTER = /^[案式法向针面便位言程圆寸]/;

/**
 * The EU or a member state right before a hyphen ("Deutsch-Brasilianischer Digitaldialog", "German-Brazilian", "franco-marocain",
 * "italo-brasiliano", "EU-brasilianische"): the adjective after it is the other side of a bilateral relation, a state.
 */
export const EU_SIDE_BEFORE =
  /(?:^|[^\p{L}])(?:EU|UE|europäisch|European|européen|europeo|euro|deutsch|German|französisch|French|franco|italienisch|Italian|italo|spanisch|Spanish|hispano|germano|luso|portugiesisch|Portuguese|niederländisch|Dutch|néerlandais|belgisch|Belgian|belgo|polnisch|Polish|polono|österreichisch|Austrian|austro|schwedisch|Swedish|suédo|finnisch|Finnish|dänisch|Danish|tschechisch|Czech|griechisch|Greek|gréco|greco|irisch|Irish)-$/iu;

/** Whether a demonym mention names its country: a state actor next to it, the Chinese "X方" ("the X side"), or the EU's or a member state's counterpart in a compound. */
function namesState(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.end - 1) === 0x65b9) return !NOT_SIDE_AFTER.test(text.slice(m.end, m.end + 1));
  if (text.charCodeAt(m.start - 1) === 0x2d && EU_SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return true;
  return ACTOR_AFTER.test(text.slice(m.end, m.end + 40)) || ACTOR_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * The gazetteer's adjectives of nationality ("Vietnamese", "marocaine", "kenianische", 日方) as country mentions
 * where they name a state ("the Vietnamese minister signed", "la partie marocaine"), and dropped elsewhere
 * ("Chinese sellers", "japanische Firmen"). Returns `mentions` itself when it holds none.
 */
export function resolveDemonyms(text: string, mentions: Mention[]): Mention[] {
  let k = 0;
  while (k < mentions.length && mentions[k].kind !== 'demonym') k++;
  if (k === mentions.length) return mentions;
  const out = mentions.slice(0, k);
  for (; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== 'demonym') out.push(m);
    else if (namesState(text, m)) out.push({ kind: 'country', id: m.id, start: m.start, end: m.end });
  }
  return out;
}
