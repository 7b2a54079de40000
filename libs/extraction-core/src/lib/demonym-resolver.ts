import { EU_SEAT_NAMES } from '@dpo/taxonomy';
import { Mention } from './gazetteer-matcher';

/**
 * A state actor after an English or German adjective of nationality, with at most one word between them: "the
 * Vietnamese minister", "the Japanese Digital Agency", "die kenianische Regierung", "der vietnamesische
 * Digitalminister" (German compounds end in the actor).
 */
const ACTOR_AFTER =
  /^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:(?:governments?|state|institutions|ministers?|ministry|ministries|side|counterparts?|authorities|authority|delegations?|president|presidency|administration|officials?|embassy|ambassador|regulator|agency|cabinet|parliament|partners?|negotiators?)(?![\p{L}\p{N}])|[\p{L}-]*(?:[Rr]egierung|Staat|Institutionen|[Mm]inister|[Mm]inisterin|[Mm]inisterium|[Mm]inisteriums|[Mm]inisterien|Seite|[Aa]mtskollege|[Aa]mtskollegin|[Aa]mtskollegen|[Bb]ehörde|[Bb]ehörden|[Dd]elegation|[Pp]räsident|[Pp]räsidentin|[Bb]otschaft|[Pp]artner|[Pp]artnern|[Ss]taatssekretär|[Ss]taatssekretärin)(?![\p{L}\p{N}]))/u;

/**
 * A state actor before a French, Spanish or Italian adjective of nationality, with at most one word between them:
 * "mon homologue monténégrin", "la partie marocaine", "le gouvernement fédéral brésilien", "el Gobierno chileno",
 * "il ministro giordano", "côté tunisien", "del lado colombiano" (1.15.65), "l'État sénégalais", "le istituzioni albanesi" (1.15.66).
 */
const ACTOR_BEFORE =
  /(?:^|[^\p{L}])(?:gouvernements?|ministres?|ministère|homologues?|partie|côté|État|Etat|institutions|autorités?|délégations?|présidente?|ambassade|partenaires?|agence|administrations?|gobiernos?|ministr[oa]s?|ministerio|homólog[oa]s?|parte|lado|Estado|instituciones|autoridad|autoridades|delegación|delegaciones|presidenta|embajada|socios?|agencia|administración|cancillería|canciller|governo|governi|Stato|istituzioni|ministri|ministero|omolog[oa]|omologhi|autorità|delegazione|ambasciata|partner|agenzia|amministrazione)[ \t]+(?:[\p{L}'’-]+[ \t]+)?$/iu;

/** After "X方": characters that make 方 part of another word ("新方案", a new plan; "日方面"). */
const NOT_SIDE_AFTER = /^[案式法向针面便位言程圆寸]/;

/**
 * The EU or a member state right before a hyphen ("Deutsch-Brasilianischer Digitaldialog", "German-Brazilian", "franco-marocain",
 * "italo-brasiliano", "EU-brasilianische"): the adjective after it is the other side of a bilateral relation, a state.
 */
export const EU_SIDE_BEFORE =
  /(?:^|[^\p{L}])(?:EU|UE|europäisch|European|européen|europeo|euro|deutsch|German|französisch|French|franco|italienisch|Italian|italo|spanisch|Spanish|hispano|germano|luso|portugiesisch|Portuguese|niederländisch|Dutch|néerlandais|belgisch|Belgian|belgo|polnisch|Polish|polono|österreichisch|Austrian|austro|schwedisch|Swedish|suédo|finnisch|Finnish|dänisch|Danish|tschechisch|Czech|griechisch|Greek|gréco|greco|irisch|Irish)-$/iu;

/** The EU or a member state and a hyphen right before `start`, read in the `window` characters before it ("Deutsch-|Brasilianischer"). */
export function euSideBefore(text: string, start: number, window = 16): boolean {
  return text.charCodeAt(start - 1) === 0x2d && EU_SIDE_BEFORE.test(text.slice(Math.max(0, start - window), start));
}

/** Whether a demonym mention names its country: a state actor next to it, the Chinese "X方" ("the X side"), or the EU's or a member state's counterpart in a compound. */
function namesState(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.end - 1) === 0x65b9) return !NOT_SIDE_AFTER.test(text.slice(m.end, m.end + 1));
  if (euSideBefore(text, m.start)) return true;
  return ACTOR_AFTER.test(text.slice(m.end, m.end + 40)) || ACTOR_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

const SEAT = `(?:${EU_SEAT_NAMES.join('|')})`;
/** "Brussels and Tokyo", "entre Bruxelles et Rabat", "布鲁塞尔与北京", "ブリュッセルと東京", "브뤼셀과 서울": a capital paired with the EU's seat. */
const SEAT_BEFORE = new RegExp(`${SEAT}\\s*(?:and|et|und|y|e|&|与|和|同|と|과|와)\\s*$`);
const SEAT_AFTER = new RegExp(`^\\s*(?:and|et|und|y|e|&|与|和|同|と|과|와)\\s*${SEAT}`);
/** "and", "et", "und" between words; 与, と, 과 glued to them. */
const SEAT_CONJUNCTION = String.raw`(?:\s+(?:and|et|und|y|e|&)\s+|\s*(?:与|和|同|と|과|와)\s*)`;
/** The EU's seat paired with another capital or country anywhere in a text: the EU takes part in what it reports. */
export const EU_SEAT_PAIRED = new RegExp(
  `${SEAT}${SEAT_CONJUNCTION}[\\p{Lu}\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hangul}]|\\p{L}${SEAT_CONJUNCTION}${SEAT}`,
  'u',
);
/**
 * A capital as the subject of a verb of agreeing, signing or saying ("Seoul signed", "Canberra has welcomed", "Tokio will",
 * "Rabat a signé", "Santiago firmó", "Tokyo's position"), or with a topic or subject particle in Japanese and Korean ("ソウルは",
 * "서울은") or as a side in Chinese ("北京方面").
 */
const SUBJECT_AFTER =
  /^(?:['’]s\s+(?:position|view|stance|decision|commitment|offer|proposal|bid|plan|strategy|government|negotiators?)\b|\s+(?:(?:has|have|had|will|would|also|now|then|quickly|swiftly|formally|officially|is\s+(?:set|expected|keen|eager|ready)\s+to|wants\s+to|hopes\s+to)\s+)*(?:signed|agreed|welcomed|announced|committed|pledged|joined|said|says|insists|insisted|argues|argued|hopes|wants|sees|saw|views|expects|seeks|sought|backed|supports|supported|confirmed|ratified|proposed|offered|accepted|rejected|declined|responded|a\s+(?:signé|salué|annoncé|accepté|confirmé|rejoint)|souhaite|veut|entend|unterzeichnete|begrüßte|kündigte|will|möchte|hofft|hat\s+(?:\S+\s+){0,3}(?:unterzeichnet|begrüßt|angekündigt)|firmó|acordó|celebró|anunció|quiere|busca|espera|ha\s+(?:firmado|firmato|accolto|annunciato|acordado)|vuole|punta)(?![\p{L}\p{N}]))|^(?:は|が|側|政府|方面|方|政府は|은|는|이|가|측|정부)(?![でにへ에서])/u;
/** "in Tokyo", "à Rabat", "nach Tokio", "a Santiago": a capital after a preposition is a place. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|to|into|via|near|à|au|de|depuis|vers|en|nach|aus|von|zu|bei|a|da|di|desde|hacia|para|per|tra|fra)\s+$/iu;

/** A word for a government and "in" right before a capital. */
const GOVERNMENT_IN_BEFORE = /(?:governments?|authorities|administration|Regierung|Behörden|gouvernement|autorités|gobierno|autoridades|governo|autorità)\s+(?:in|à|en|a|di)\s+$/iu;

/** Where "the government in" starts before a capital at `start`, or -1. */
function governmentIn(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = GOVERNMENT_IN_BEFORE.exec(before);
  if (m === null || (m.index > 0 && /\p{L}/u.test(before[m.index - 1]))) return -1;
  return start - before.length + m.index;
}

/** Whether a capital stands for its government: paired with the EU's seat, or the subject of a verb of agreeing or saying. */
function namesGovernment(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  if (SEAT_BEFORE.test(before) || SEAT_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  if (PREPOSITION_BEFORE.test(before)) return false;
  return SUBJECT_AFTER.test(text.slice(m.end, m.end + 80));
}

/**
 * The gazetteer's adjectives of nationality ("Vietnamese", "marocaine", "kenianische", 日方) and capitals ("Tokyo", "서울") as
 * country mentions where they name a state ("the Vietnamese minister signed", "la partie marocaine", "Brussels and Tokyo
 * agreed", "Seoul signed"), and dropped elsewhere ("Chinese sellers", "japanische Firmen", "held in Tokyo"). Returns
 * `mentions` itself when it holds none.
 */
/** A country's name strictly inside an adjective's span. */
function within(x: Mention, adjective: Mention): boolean {
  return x.kind === 'country' && x.start >= adjective.start && x.end <= adjective.end && x.end - x.start < adjective.end - adjective.start;
}

export function resolveDemonyms(text: string, mentions: Mention[]): Mention[] {
  let k = 0;
  while (k < mentions.length && mentions[k].kind !== 'demonym' && mentions[k].kind !== 'capital') k++;
  if (k === mentions.length) return mentions;
  const out = mentions.slice(0, k);
  // a country's name inside an adjective ("US" of "US-amerikanischen") is the adjective's, read as it is read (1.15.65)
  let adjectiveStart = -1;
  let adjectiveEnd = -1;
  for (; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind === 'demonym') {
      while (out.length > 0 && within(out[out.length - 1], m)) out.pop();
      adjectiveStart = m.start;
      adjectiveEnd = m.end;
    } else if (m.kind === 'country' && m.start >= adjectiveStart && m.end <= adjectiveEnd) continue;
    // "die Regierung in Jakarta", "the government in Nairobi", "le gouvernement à Dakar": its government by its seat, the words for the
    // government with it (no venue after "in", 1.15.66)
    const seat = m.kind === 'capital' ? governmentIn(text, m.start) : -1;
    if (seat >= 0) {
      out.push({ kind: 'country', id: m.id, start: seat, end: m.end });
      continue;
    }
    if (m.kind === 'demonym' ? namesState(text, m) : m.kind === 'capital' ? namesGovernment(text, m) : true) {
      out.push(m.kind === 'demonym' || m.kind === 'capital' ? { kind: 'country', id: m.id, start: m.start, end: m.end } : m);
    }
  }
  return out;
}
