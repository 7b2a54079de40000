import { GENERIC_ACRONYMS } from '@dpo/taxonomy';
import { DocumentContext, firstAtOrAfter, mentionsIn } from './document-context';
import { Mention } from './gazetteer-matcher';
import { stickyMatches } from './sticky-scan';
import { segmentAt } from './text-segmenter';

export interface NamedInitiative {
  name: string;
  start: number;
  end: number;
  /** id from the known list, else null (the caller slugs the name) */
  id: string | null;
}

const HEADS =
  'Initiatives?|Alliance|Programme|Program|Network|Facility|Fund|Mechanism|Process|Reserve|Park|Bridge|Pact|Factor(?:y|ies)|Gigafactor(?:y|ies)|Hub|Cable|Corridor|Platform|Centre|Center|Project|Mission|Scheme|Compact|Toolbox|Stack|Working Group|Coalition|Undertaking|Academy|Observatory|Community of Practice|Accelerator|Testbed|Lab|Link|Agenda|Cloud|Pilot|Campus|Partnership on AI|Allianz|Programm|Netzwerk|Fazilität|Plattform|Iniciativa|Alianza|Programa|Red|Iniziativa|Alleanza|Programma|Rete|Réseau|Projet|Projekt|Proyecto|Progetto';
/** Letters a name's words are written in: not those of scripts without spaces, which a name may touch ("日本とEUはNorth …"). */
const ALPHA = '\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}';
const WORD = `(?:[\\p{Lu}][${ALPHA}\\p{N}²'’]*(?:[-–‐][${ALPHA}\\p{N}]+)*|EU-[\\p{Lu}][${ALPHA}]*(?:\\s?[\\p{Lu}][${ALPHA}]*)?)`;
const LINK = '(?:of|for|on|and|the|in|de|du|des|la|le|del|di|für|und|y|e|et|&)';
/**
 * "International Counter Ransomware Initiative (CRI)", "EU-LAC Supercomputing Network", "Global Digital Compact".
 * A name may follow a letter of a script without spaces ("欧盟与日本启动Blue Ocean … Initiative"), not a Latin one.
 */
const TITLED = new RegExp(`(?<![\\p{L}\\p{N}](?<![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]))${WORD}(?:[\\s]+(?:${LINK}\\s+)?${WORD}){0,6}\\s+(?:${HEADS})\\b(?:\\s*\\([\\p{Lu}\\p{N}-]{2,10}\\))?`, 'uy');
/**
 * French, Spanish and Italian put the head noun first: "le Corridor numérique du golfe de Guinée", "la Red Andina de
 * Supercomputación", "un Hub IA per lo Sviluppo Sostenibile". A capitalised head after an article, its adjectives, and up
 * to four complements (a preposition, an article, a word and its adjectives); the caller keeps it when a word other than
 * the head is capitalised, which tells a name from "la Plateforme de données".
 */
const ROMANCE_HEADS =
  'Corridor|Corridoio|Corredor|Centre|Centro|Réseau|Red|Rete|Hub|Programme|Programa|Programma|Initiative|Iniciativa|Iniziativa|Alliance|Alianza|Alleanza|Plateforme|Plataforma|Piattaforma|Projet|Proyecto|Progetto|Fonds|Fondo|Câble|Cable|Cavo|Facilité|Facilidad|Laboratoire|Laboratorio|Observatoire|Observatorio|Osservatorio|Académie|Academia|Accademia|Pacte|Pacto|Patto|Piano|Plan|Mécanisme|Mecanismo|Meccanismo|Link';
const R_ARTICLE_BEFORE = "(?<=(?:^|[\\s(«\"“])(?:le|la|les|l['’]|un|une|el|los|las|il|lo|gli|uno|una|du|des|del|della|dello|au|al|d['’]|dal|nel|nella|sul|sulla|Le|La|Les|L['’]|El|Los|Las|Il|Lo|Gli)\\s?)";
const R_ADJ =
  "(?:[\\p{Lu}][\\p{L}\\p{N}'’-]*|\\p{N}+|\\p{Ll}+(?:ique|iques|al|ale|ales|aux|ien|ienne|iens|iennes|ain|aine|ais|aise|ois|oise|ano|ana|anos|anas|ino|ina|inos|inas|ico|ica|icos|icas|ivo|iva|ivi|ive|ile|ili|ese|esi|ario|aria|ari|arie|ano|ani|ane)|cyber|digital|digitale|digitali|numérique|numériques)";
const R_PREP = "(?:\\s+(?:de la|de los|de las|de|du|des|del|della|dello|delle|degli|dei|di|per|pour|para|sur|sobre|su|sul|sulla|en|et|y|e)\\s+|\\s+d['’])";
const R_ARTICLE = "(?:(?:la|le|les|el|los|las|lo|il|gli|i)\\s+|l['’])";
const ROMANCE_TITLED = new RegExp(
  `${R_ARTICLE_BEFORE}(?:${ROMANCE_HEADS})(?![\\p{L}\\p{N}])(?:\\s+${R_ADJ}(?![\\p{L}\\p{N}'’-])){0,2}(?:${R_PREP}${R_ARTICLE}?[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*(?:\\s+${R_ADJ}(?![\\p{L}\\p{N}'’-])){0,2}){0,4}(?:\\s*\\([\\p{Lu}\\p{N}-]{2,10}\\))?`,
  'gu',
);
const ROMANCE_LANGUAGES: ReadonlySet<string> = new Set(['fr', 'es', 'it']);

/**
 * Acronyms, hyphenated or camel-case names near a word saying what they are: "MEDUSA", "Blue-Raman", "IRIS2", "EllaLink",
 * "SEMI-BRIDGE", "FIRMA-CA", "ID-Conecta", "Q-Bridge", "eStation", "EUMETCast".
 */
const NAME_TOKEN = /\b(?:[A-Z][a-z]+[A-Z][A-Za-z]*-[A-Z][a-z]+|[A-Z][a-z]{2,}[A-Z]{2,}\b|[A-Z]{2,}-[A-Z][A-Z0-9]+|[0-9][A-Z]-[A-Z]{3,}|[A-Z]{1,}-[A-Z][a-z]{2,}|[A-Z][a-z]{2,}-[A-Z]{2,}\b|[A-Z][a-z]+[24][A-Z][a-z]+|[A-Z][A-Z0-9]{2,}[a-z]?|[A-Z][a-z]+-[A-Z][a-z]+|[A-Z][a-z]+[A-Z][a-z]+|[a-z][A-Z][a-z]{3,}|[A-Z]{3,}[a-z]{3,})\b/g;
const CONTEXT =
  /\b(?:cables?|submarine|subsea|satellit\w*|constellation|initiative|programme|program|project|network|corridor|facility|hub|alliance|câble|Kabel|satélite|cavo|réseau|Netzwerk|red|rete|projet|Projekt|Vorhaben|proyecto|progetto|iniciativa|iniziativa)\b|海缆|电缆|卫星|计划|倡议|项目|ケーブル|衛星|計画|케이블|위성|프로젝트/i;
/**
 * The shapes that are names and little else ("SEMI-BRIDGE", "ID-Conecta", "eStation", "EUMETCast"; not an all-capital word, which
 * may be a shouted verb or an agency) may also be named by a programme or a pilot ("Mobilitätsprogramm SEMI-BRIDGE", "el piloto
 * ID-Conecta").
 */
const DISTINCT_SHAPE = /^(?:[A-Z][a-z]+[A-Z][A-Za-z]*-[A-Z][a-z]|[A-Z][a-z]{2,}[A-Z]{2}|[A-Z]{2,}-[A-Z]|[0-9][A-Z]-[A-Z]|[A-Z]{1,}-[A-Z][a-z]|[A-Z][a-z]{2,}-[A-Z]{2}|[A-Z][a-z]+[24][A-Z]|[a-z][A-Z]|[A-Z]{3,}[a-z])/;
const PROGRAMME_CONTEXT = /\b(?:pilot|piloto|pilote|programa|programma|projects|programmes|programs|initiatives|consorti(?:um|a)|Konsortium|consorcio|consorzio)\b|[Pp]rogramm|プログラム|프로그램|试点|試行|実証|시범|사업/;
/** German joins an acronym and a noun with a hyphen ("KI-Anbieter", "EWR-Abkommen"): a compound, not a name. */
const GERMAN_COMPOUND = /^[A-Z]{1,4}-[A-Z][a-z]/;
/** Words of e-government written with a capital after "e": common nouns, not names. */
const E_WORDS = /^e(?:Government|Sign|Commerce|Health|Learning|Invoicing|Signatures?|Privacy|Procurement|Services?|Business|Banking|Payments?|Justice|Residency|Governance|Identity|Skills|Education|Money|Wallets?)$/;
const HEADS_RE = new RegExp(`\\b(?:${HEADS})\\b`, 'g');
/** "Latin-American", "High-Performance": compounds of ordinary words, not names. */
const COMMON_PREFIX = /^(?:AI|IT|ICT|IoT|ID|Latin|Sub|Euro|Afro|Indo|Asia|Trans|Non|Anti|Pan|Inter|Cross|Multi|Co|Pre|Post|Self|Well|Long|Short|High|Low|Open|Low|Real|Next|State|Human|Data|Cyber|Digital)-/;
const LEADING = /^(?:The|This|These|That|A|An|Le|La|Les|El|Los|Las|Il|Lo|Gli|Der|Die|Das|Un|Une|Una|Ein|Eine|Under|As|In|With|Our|Its|Their|Through|Via|For|From|By|And|Also|EU's|EU’s|New|Both|Each|Every|Such|Establish|Establishment|Promote|Support|Launch)\s+/;
const STOP_NAMES = /^(?:Member States?|European Union|European Commission|Digital Single Market|Single Market|Global Gateway strategy)$/i;

/**
 * Whether TITLED can match at q of s: it starts with \p{Lu} not preceded by a letter or digit.
 * Exact for the Basic Multilingual Plane (CJK text has no capitals, so none of its characters is
 * tried); a high surrogate is left to the pattern, a low one never starts a match.
 */
function canStartName(s: string, q: number): boolean {
  const c = s.charCodeAt(q);
  if (c < 0x80) {
    if (c < 0x41 || c > 0x5a) return false;
  } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  else if ((c < 0xd800 || c > 0xdbff) && !isUpperCase(c)) return false;
  if (q === 0) return true;
  const b = s.charCodeAt(q - 1);
  return !((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39));
}

/** \p{Lu} per BMP code unit, looked up once per character: 0 not yet known, 1 upper case, 2 not. */
const UPPER = new Uint8Array(0x10000);
const LU = /^\p{Lu}$/u;

function isUpperCase(c: number): boolean {
  let v = UPPER[c];
  if (v === 0) UPPER[c] = v = LU.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

function nextNameStart(s: string, from: number): number {
  for (let q = from; q < s.length; q++) if (canStartName(s, q)) return q;
  return -1;
}

/**
 * An ASCII character that cannot stand between the start of a TITLED name and its head noun:
 * anything but a letter, a digit, a space, an apostrophe, a hyphen or "&" (the pattern's words,
 * separators and linking words). Other characters are never counted as one.
 */
function breaksName(c: number): boolean {
  if (c >= 0x80) return false;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return false;
  return !(c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x27 || c === 0x2d || c === 0x26);
}

/** A gazetteer mention other than an area or a known initiative starts at `start` (mentions are sorted by start). */
function startsNamedThing(mentions: readonly Mention[], start: number): boolean {
  for (let i = firstAtOrAfter(mentions, start); i < mentions.length && mentions[i].start === start; i++) {
    if (mentions[i].kind !== 'area' && mentions[i].kind !== 'initiative') return true;
  }
  return false;
}

let coveredBuffer = new Uint8Array(1 << 16);

/**
 * Named programmes, projects, cables, networks and facilities, recognised by pattern:
 * capitalised names ending in a head noun, and acronyms or hyphenated names used next
 * to a word such as cable, satellite or initiative. Known names come from the gazetteer.
 */
export function recognizeNamedInitiatives(ctx: DocumentContext): NamedInitiative[] {
  const out: NamedInitiative[] = [];
  // characters already inside a name: the overlap test was a scan of all names per candidate;
  // one buffer serves every document (extract() is synchronous), a fresh one per document was GC work
  if (coveredBuffer.length < ctx.text.length + 1) coveredBuffer = new Uint8Array(Math.max(ctx.text.length + 1, coveredBuffer.length * 2));
  const covered = coveredBuffer;
  covered.fill(0, 0, ctx.text.length + 1);
  const add = (name: string, start: number, id: string | null): void => {
    const end = start + name.length;
    for (let k = start; k < end; k++) if (covered[k]) return;
    covered.fill(1, start, end);
    out.push({ name, start, end, id });
  };
  for (const m of ctx.mentions) if (m.kind === 'initiative') add(ctx.text.slice(m.start, m.end), m.start, m.id);
  teamEuropeNames(ctx, add);
  // an Interreg programme by its whole name, before a shorter pattern takes a word of it ("Interreg IPA South Adriatic", "Interreg NEXT MED")
  if (ctx.text.includes('Interreg')) {
    INTERREG_NAME.lastIndex = 0;
    for (let m = INTERREG_NAME.exec(ctx.text); m; m = INTERREG_NAME.exec(ctx.text)) add(m[0], m.index, null);
  }
  // a cable named by its route is the whole phrase, before a shorter pattern takes a word of it ("Mar Nero", "Kaspische")
  routeCables(ctx.text, add);
  let scannedTo = 0;
  HEADS_RE.lastIndex = 0;
  // exec() loops on module-level regexes: matchAll() clones the regex per call
  for (let h = HEADS_RE.exec(ctx.text); h; h = HEADS_RE.exec(ctx.text)) {
    // the name ends at a head noun: only the text just before it needs the expensive pattern
    const from = Math.max(scannedTo, h.index - 160);
    const to = h.index + h[0].length + 14;
    if (to <= scannedTo) continue;
    scannedTo = to;
    const piece = ctx.text.slice(from, to);
    // a name that starts before the last comma, bracket or full stop ahead of the head noun cannot reach it, and no
    // other head noun lies between the piece's start and this one (each had its own piece): starts are tried after it
    let first = h.index - from;
    while (first > 0 && !breaksName(piece.charCodeAt(first - 1))) first--;
    // tried only where a name can start: positions that are not a capital after a non-letter are skipped
    stickyMatches(TITLED, piece, (q) => nextNameStart(piece, Math.max(q, first)), (m, q) => titled(m[0], from + q));
  }
  function titled(found: string, at: number): void {
    let name = found;
    let start = at;
    for (let lead = LEADING.exec(name); lead; lead = LEADING.exec(name)) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    if (name.split(/\s+/).length < 2 || STOP_NAMES.test(name) || /\n/.test(name)) return;
    add(name, start, null);
  }
  if (ctx.languages.some((l) => ROMANCE_LANGUAGES.has(l))) {
    ROMANCE_TITLED.lastIndex = 0;
    for (let m = ROMANCE_TITLED.exec(ctx.text); m; m = ROMANCE_TITLED.exec(ctx.text)) {
      const words = m[0].split(/\s+/);
      // a name: two words at least, one of them after the head capitalised or an acronym, on one line
      // ("L'Initiative Team Europe" is the name of an instrument type, not of one initiative)
      const instrumentName = mentionsIn(ctx.mentions, m.index, m.index + m[0].length).some((x) => x.kind === 'instrument' && x.start === m.index && x.end === m.index + m[0].length);
      if (words.length >= 2 && words.slice(1).some((w) => /^[\p{Lu}\p{N}(]/u.test(w)) && !m[0].includes('\n') && !instrumentName) add(m[0], m.index, null);
    }
  }
  // quoted names, and names followed by their acronym, before bare acronyms, which may be a word of them ("„FAIR Forward – Künstliche
  // Intelligenz für alle“", 1.15.60)
  quotedNames(ctx.text, add);
  // most texts hold no bracketed acronym
  if (ctx.text.includes(' (')) acronymNames(ctx, add);
  // candidates first (a case-sensitive scan), context words only in the sentences that hold one:
  // scanning the whole text for the case-insensitive context words was the costly part
  const contextOf = new Map<number, boolean>();
  const commonWord = new Map<string, boolean>();
  const german = ctx.languages[0] === 'de';
  NAME_TOKEN.lastIndex = 0;
  for (let m = NAME_TOKEN.exec(ctx.text); m; m = NAME_TOKEN.exec(ctx.text)) {
    const start = m.index;
    if (GENERIC_ACRONYMS.has(m[0].toUpperCase()) || E_WORDS.test(m[0]) || startsNamedThing(ctx.mentions, start)) continue;
    // the end of a word with a letter outside ASCII ("CÂBLE", "PRÉSENTATION"; a name so written is read whole below: "CiberCentroamérica"),
    // or a word of a heading in capitals ("3. THE CIVIL REGISTRY MODERNISATION FACILITY"), not an acronym in its brackets ("« ARC
    // ANTILLAIS SUD » (CAAS)") (1.15.52)
    if (LATIN_LETTER.test(ctx.text.charAt(start - 1))) continue;
    if (ALL_CAPITALS.test(m[0]) && ctx.text.charAt(start - 1) !== '(' && shoutedLine(ctx.text, start)) continue;
    let end = start + m[0].length;
    while (end < ctx.text.length && LATIN_LETTER.test(ctx.text.charAt(end))) end++;
    // and a dashed part with a capital of its own: "ADRI-eGov" (not "GDPR-compliant", 1.15.64)
    if (ctx.text.charCodeAt(end) === 0x2d) {
      const part = DASHED_PART.exec(ctx.text.slice(end, end + 24));
      if (part !== null) end += part[0].length;
    }
    const si = segmentAt(ctx.sentences, start);
    const s = ctx.sentences[si];
    if (!s || s.end < start + m[0].length || s.end - s.start > 1200) continue;
    const distinct = DISTINCT_SHAPE.test(m[0]);
    if (distinct && german && GERMAN_COMPOUND.test(m[0])) continue;
    let inContext = contextOf.get(si);
    if (inContext === undefined) contextOf.set(si, (inContext = CONTEXT.test(ctx.text.slice(s.start, s.end))));
    if (!inContext && !(distinct && PROGRAMME_CONTEXT.test(ctx.text.slice(s.start, s.end)))) continue;
    if (m[0].includes('-')) {
      if (COMMON_PREFIX.test(m[0])) continue;
      let common = commonWord.get(m[0]);
      if (common === undefined) commonWord.set(m[0], (common = inProse(ctx.text, m[0].toLowerCase())));
      if (common) continue;
    }
    if (mentionsIn(ctx.mentions, start, start + m[0].length).some((x) => x.kind !== 'area')) continue;
    const near = ctx.text.slice(Math.max(s.start, start - 80), Math.min(s.end, start + m[0].length + 90));
    if (!CONTEXT.test(near) && !(distinct && PROGRAMME_CONTEXT.test(near))) continue;
    add(end > start + m[0].length ? ctx.text.slice(start, end) : m[0], start, null);
  }
  definedNames(ctx, add);
  namesByTrigger(ctx, add);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `word` stands in the text outside an address: "end-to-end" makes "END-TO-END" a common word, "quantum-med@enit.utm.tn" does not make
 * "QUANTUM-MED" one (1.15.63).
 */
function inProse(text: string, word: string): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    const before = text.charCodeAt(k - 1);
    const after = text.charCodeAt(k + word.length);
    // not after "@", ".", "/" or ":", nor before "@" or before a full stop and a small letter (a domain)
    if (before !== 0x40 && before !== 0x2e && before !== 0x2f && before !== 0x3a && after !== 0x40 && !(after === 0x2e && /[a-z]/.test(text.charAt(k + word.length + 1)))) return true;
  }
  return false;
}

const LATIN_LETTER = /\p{Script=Latin}/u;
/** A dash and a word with a capital after its first letter, glued to a name: "-eGov", "-Net", "-4Dev". */
const DASHED_PART = /^-[\p{Ll}\p{N}]?\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}-])/u;
const ALL_CAPITALS = /^[A-Z][A-Z0-9]+$/;
/** A line of two words in capitals or more and no small letter: a heading, whose words are no acronyms. */
function shoutedLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const next = text.indexOf('\n', at);
  const line = text.slice(from, next < 0 ? text.length : next);
  return !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{2,}/gu) ?? []).length >= 2;
}

/**
 * What a Team Europe Initiative is about, up to the place it is for: "on Digital Connectivity in Central Asia", "pour l'inclusion
 * numérique à Madagascar", or a name in capitals right after it ("Team-Europe-Initiative Digitale Konnektivität in Zentralasien", 1.15.52).
 */
const TEI_TOPIC = /^\s+(?:(?:on|for|in|sur|pour|en|zur|zum|für|über|sobre|para|su|sulla|sul|per)\s+|(?=\p{Lu}\p{Ll}))[^.,;:()|\n«»"“”]{3,90}/iu;
/** A verb or "with" before the place: the place is a party named after the name, not the end of it. */
const NOT_TOPIC = /\b(?:with|launched|signed|adopted|which|that|avec|mit|con|lancée?|lanzada|lanciata)\b/i;

/** One of the places an Interreg programme's name joins with dashes: "Bosnia and Herzegovina" is one. */
const INTERREG_PLACE = String.raw`\p{Lu}\p{L}*(?:\s(?:and|und|et|e|y|i)\s\p{Lu}\p{L}*)?`;
/**
 * The name of an Interreg programme (1.15.64): "Interreg" and the capitalised words and dash-joined places after it ("Interreg IPA South
 * Adriatic", "Interreg NEXT MED", "Interreg VI-A IPA Croatia-Bosnia and Herzegovina-Montenegro", "Interreg Grecia-Italia"). The EU's
 * programmes of cooperation across borders: a place outside the EU in the name is a party to it (labelled-partners.ts).
 */
export const INTERREG_NAME = new RegExp(
  String.raw`(?<![\p{L}])Interreg(?:[ \t]+(?:[IVX]+-[A-D](?![\p{L}])|\p{Lu}\p{L}*(?:[-–]${INTERREG_PLACE})+|\p{Lu}\p{L}*))*`,
  'gu',
);

/**
 * A Team Europe Initiative named by its topic and place ("Team Europe Initiative on Digital Transformation in Ghana",
 * "Team-Europa-Initiative zur digitalen Konnektivität in Zentralasien"): the instrument's name and its topic up to the first place
 * named after it, as one initiative.
 */
function teamEuropeNames(ctx: DocumentContext, add: (name: string, start: number, id: null) => void): void {
  for (const m of ctx.mentions) {
    if (m.kind !== 'instrument' || m.id !== 'instrument:team-europe-initiative') continue;
    const topic = TEI_TOPIC.exec(ctx.text.slice(m.end, m.end + 100));
    if (!topic) continue;
    const place = mentionsIn(ctx.mentions, m.end, m.end + topic[0].length).find((x) => x.kind === 'country' || x.kind === 'region');
    if (!place || place.start - m.end < 6 || NOT_TOPIC.test(ctx.text.slice(m.end, place.start))) continue;
    add(ctx.text.slice(m.start, place.end), m.start, null);
  }
}

/** A one-word name: a capital or a digit first, then letters, digits, "²" or hyphens ("2Africa", "Equiano", "Cyber4Dev"). */
const ONE_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}²-]{2,}(?![\p{L}\p{N}²-])`;
/**
 * One scan finds what the name patterns below start or end at: head nouns in lower case (and German "Kabel") and naming words;
 * each hit is then read where it stands. Two scans of the whole text for the patterns themselves cost twice as much.
 */
const TRIGGER = /cable|câble|cavo|Kabel|projekt|Projekt|programm|program|project|projet|proyecto|progett|platform|scheme|constellation|called|named|dubbed|known as|appel|baptis|dite|denominad|llama|conocid|chiama|cosiddett|not[oaie] come|sogenannt|genannt|namens/g;
const HEAD_TRIGGERS: ReadonlySet<string> = new Set(['cable', 'câble', 'cavo', 'Kabel', 'projekt', 'Projekt', 'programm', 'program', 'project', 'projet', 'proyecto', 'progett', 'platform', 'scheme', 'constellation']);
/** "the 2Africa cable", "the Equiano cable", "Ethiopia's Fayda programme": the name before a lower-case head noun, read back from the head. */
const NAME_BEFORE_HEAD = new RegExp(String.raw`(?:(?<![\p{L}])(?:the|its|their)\s+|['’]s\s+)(${ONE_WORD})\s+(?:submarine\s+|subsea\s+|fibre\s+|fiber\s+)?$`, 'u');
const HEAD_AT = /(?:cable|programme|program|platform|constellation|project|scheme)(?![\p{L}])/uy;
/** "le câble 2Africa", "el cable Humboldt", "des programmes CyberNet et Cyber4Dev", "das Kabel Medusa", "das Projekt QUARTZ-NET": the name after the head noun. */
const NAME_AFTER_HEAD = new RegExp(
  String.raw`(?:câble|cable|cavo|Kabel|[Pp]rojekt(?:e?s)?|programmes?|programas?|programm[ai]|Programms?|projets?|proyectos?|progett[oi])(?:\s+(?:sous-marin|submarino|sottomarino))?\s+(${ONE_WORD}(?:\s+\p{Lu}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{N}²-]))?)(?!\s+\p{Lu})(?:\s+(?:et|y|e|und|and)\s+(${ONE_WORD}))?`,
  'uy',
);
/** Capitalised words that are not one-word names before or after a head noun. */
const NOT_ONE_WORD_NAME =
  /^(?:EU|UE|European|Européen\w*|Europe|Europa|Europäische\w*|Europeo|Europea|Union|Commission|National|Regional|New|First|Second|Third|Digital|Team|Global|Horizon|Interreg|Erasmus|Copernicus|Galileo|Pilot|Main|Joint|Flagship|Annual|Country|Bilateral|Regional|Gateway|The|This|That|Der|Die|Das|Le|La|El|Il)$/;

/**
 * Cables named by the sea or the route they cross, in eight languages: "the Black Sea submarine cable", "the Trans-Caspian
 * fibre-optic cable", "Schwarzmeer-Unterseekabel", "Trans-Kaspische Glasfaserkabel", "câble sous-marin de la mer Noire", "cavo in
 * fibra ottica transcaspico", "흑해 해저 광케이블", "카스피해 횡단 광케이블", "跨里海光缆", "東ミクロネシア海底ケーブル". The name is the whole phrase.
 */
const ROUTE_CABLE = new RegExp(
  [
    String.raw`(?<=(?:^|[^\p{L}])(?:the|its|their|a|new)\s+)(?:Trans-\p{Lu}\p{L}+|(?!(?:EU|European|Global|New|First|Second|Digital)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+Sea)\s+(?:submarine|subsea|undersea|fibre-optic|fiber-optic|fibre optic|fiber optic)\s+cable`,
    String.raw`\bTrans-\p{Lu}\p{L}+\s+(?:Glasfaser|Untersee|Unterwasser)kabel\p{Ll}*|\b(?:Schwarzmeer|Ostsee|Nordsee|Mittelmeer|Rotmeer|Kaspisee|Arktis)(?:-?(?:Untersee|Unterwasser|Glasfaser))?-?[Kk]abel\p{Ll}*`,
    String.raw`\b(?:câble|cable|cavo)\s+(?:sous-marin|submarino|sottomarino|en fibre optique|de fibra óptica|in fibra ottica)\s+(?:de la |del |della |du |de )?(?:mer|mar|Mar)\s+(?:Noire|Negro|Nero|Caspienne|Caspio|Baltique|Báltico|Baltico)\b|\b(?:câble|cable|cavo)\s+(?:(?:sous-marin|submarino|sottomarino|en fibre optique|de fibra óptica|in fibra ottica)\s+)?trans-?caspi\p{L}+`,
    String.raw`[\p{Script=Hangul}]{1,6}해\s(?:횡단\s)?(?:해저\s)?광케이블`,
    String.raw`跨?(?:里海|黑海|红海|地中海|波罗的海|加勒比海|北极|太平洋|大西洋|印度洋)(?:海底)?光缆`,
    String.raw`[東西南北]?[\p{Script=Katakana}ー・]{2,12}海底ケーブル(?:第[一二三四]支線)?`,
  ].join('|'),
  'gu',
);

/** The head words the ROUTE_CABLE names end at or start with. */
const CABLE_WORD = /cable|[Kk]abel|câble|cavo|광케이블|光缆|ケーブル/g;

function routeCables(text: string, add: (name: string, start: number, id: null) => void): void {
  // the pattern is run only in a window around each cable word: over every whole text it was a hot spot
  let scannedTo = 0;
  CABLE_WORD.lastIndex = 0;
  for (let w = CABLE_WORD.exec(text); w; w = CABLE_WORD.exec(text)) {
    const from = Math.max(scannedTo, w.index - 70);
    const to = Math.min(text.length, w.index + w[0].length + 60);
    if (to <= scannedTo) continue;
    scannedTo = to;
    // the look-behind of the English form needs the word before the window's first name: start the slice a little earlier
    const lead = Math.max(0, from - 12);
    for (const m of text.slice(lead, to).matchAll(ROUTE_CABLE)) {
      const at = lead + (m.index ?? 0);
      if (at >= from || at + m[0].length > from) add(m[0], at, null);
    }
  }
}

/** An acronym in brackets: "(PITIA)", "(CNFI)". */
const BRACKETED_ACRONYM = /\s\(([A-Z][A-Za-z0-9]{1,3}[A-Z][A-Za-z0-9-]{0,6})\)/g;
/** Words of a name, with their offsets. */
const NAME_WORD = /[\p{L}\p{N}]+/gu;
/** Small words inside a name that its acronym leaves out. */
const ACRONYM_GAP = /^(?:of|for|and|the|on|in|de|du|des|la|le|l|d|et|en|pour|sur|für|und|der|die|das|zur|zum|von|y|el|del|los|las|per|e|di|della|dello|degli|il|lo|i|al|alla|a)$/;
/** A word of a body's name, not an initiative's: an agency, a ministry, an authority, a university, a bank. */
const BODY_WORD = /^(?:Ministers|Presidency|Presidencia|Presidenza|Federation|Federación|Federazione|Föderation|Cassa|Technology|Studies|Reformers|Instruments|Agency|Agence|Agenzia|Agencia|Agentur|Ministry|Minist\p{L}*|Authority|Autorit\p{L}*|Autoridad|Behörde|Bundes\p{L}*|Office|Institut\p{L}*|Istituto|Universit\p{L}*|Universidad|Commission|Commissione|Comisión|Council|Conseil|Consiglio|Consejo|Bank|Banque|Banco|Banca|Department|Direction|Direktion|Dirección|Direzione|National|Nationale|Nacional|Nazionale|Federal|Deutsche|Service|Servicio|Servizio|Dienst|Association|Asociación|Associazione|Verband|Union|Unión|Unione|Organi[sz]ation|Organisation|Organización|Organizzazione|Group|Groupe|Grupo|Gruppo|Company|Société|Gesellschaft|Sociedad|Società|Court|Cour|Gericht|Tribunal|Parliament|Parlement|Parlament|Parlamento|Senate|Sénat|Senat|Senado|Senato|Chamber|Chambre|Kammer|Cámara|Camera|Embassy|Ambassade|Botschaft|Embajada|Ambasciata|Delegation|Délégation|Delegación|Delegazione|Secretariat|Secrétariat|Sekretariat|Secretaría|Segretariato|Regulatory|Régulateur|Regulierungs\p{L}*|Regulador|Regolatore)$/u;
/** A word that says the name is of a thing made or run: a centre, hub, campus, academy, pole, facility, programme. */
const THING_WORD =
  /^(?:Polo|Pôle|Pol|Campus|Hub|Centre|Center|Centro|Zentrum|Kompetenzzentrum|Academy|Académie|Akademie|Accademia|Academia|Facility|Facilité|Fazilität|Programme|Program|Programm|Programa|Programma|Project|Projet|Projekt|Proyecto|Progetto|Initiative|Iniziativa|Iniciativa|Network|Réseau|Netzwerk|Red|Rete|Platform|Plateforme|Plattform|Plataforma|Piattaforma|Alliance|Allianz|Alianza|Alleanza|Partnership|Laboratory|Laboratoire|Labor|Laboratorio|Lab|School|École|Schule|Escuela|Scuola|Observatory|Observatoire|Observatorium|Observatorio|Osservatorio|Fund|Fonds|Fondo|Corridor|Korridor|Corredor|Corridoio)$/iu;

/**
 * A name followed by its acronym in brackets, the acronym made of the name's initials (1.15.59): "Polo italo-tunisino per l'IA (PITIA)",
 * "Campus numérique franco-ivoirien (CNFI)". The name starts with a capital; a body's name ("Agenzia per la Cybersicurezza Nazionale
 * (ACN)") is none, and a name counts when its first word is a thing made or run or its sentence speaks of programmes or projects.
 */
function acronymNames(ctx: DocumentContext, add: (name: string, start: number, id: null) => void): void {
  const text = ctx.text;
  BRACKETED_ACRONYM.lastIndex = 0;
  for (let m = BRACKETED_ACRONYM.exec(text); m; m = BRACKETED_ACRONYM.exec(text)) {
    if (GENERIC_ACRONYMS.has(m[1].toUpperCase())) continue;
    // (a country's code after a hyphen stands for the name's last word: "Secure and Inclusive Digital Governance Philippines (SIDG-PH)")
    const dash = m[1].indexOf('-');
    const acronyms = [m[1].replace(/[^A-Z]/g, '')];
    if (dash > 0) acronyms.push(m[1].slice(0, dash).replace(/[^A-Z]/g, '') + m[1].charAt(dash + 1));
    const from = Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - 100);
    const words: { word: string; at: number }[] = [];
    NAME_WORD.lastIndex = 0;
    const piece = text.slice(from, m.index);
    for (let w = NAME_WORD.exec(piece); w; w = NAME_WORD.exec(piece)) words.push({ word: w[0], at: from + w.index });
    for (let k = Math.max(0, words.length - 10); k < words.length; k++) {
      const first = words[k].word;
      const tail = words.slice(k).map((x) => x.word);
      if (!/^\p{Lu}/u.test(first) || !acronyms.some((a) => a.length >= 3 && first[0] === a[0] && initialsMatch(tail, a))) continue;
      if (words.slice(k).some((x) => BODY_WORD.test(x.word)) || !/\p{Ll}/u.test(text.slice(words[k].at, m.index))) break;
      const si = segmentAt(ctx.sentences, m.index);
      const s = ctx.sentences[si];
      if (!THING_WORD.test(first) && !(s && PROGRAMME_WORDS.test(text.slice(s.start, s.end))) && !TITLE_LABEL_BEFORE.test(text.slice(from, words[k].at))) break;
      const name = text.slice(words[k].at, m.index).trim().replace(/["”»'’]+$/u, '');
      if (!/[,;:«»"“”„]/.test(name) && !STOP_NAMES.test(name) && !startsNamedThing(ctx.mentions, words[k].at)) add(name, words[k].at, null);
      break;
    }
  }
}

/** A label of a title right before the name: "Title: …", "Titel:", "Intitulé :", "Título:", "Titolo:", "Project:". */
const TITLE_LABEL_BEFORE = /(?:Title|Titel|Titre|Intitulé|Título|Titolo|Project|Projet|Projekt|Proyecto|Progetto|Vorhaben)\s*:\s*$/i;
/** Words of programmes and projects in a sentence, for a name by its acronym. */
const PROGRAMME_WORDS = /\b(?:programme|program|project|initiative|facility|projet|programa|proyecto|programma|progetto|Programm|Projekt|Vorhaben|iniciativa|iniziativa|financed|funded|financé|finanziert|financiado|finanziato)\b/i;

/** Every letter of `acronym` in order, each the initial of a word (a word in capitals may give several), small words skipped, the last word used. */
function initialsMatch(words: readonly string[], acronym: string): boolean {
  let i = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (i < acronym.length && w.length >= 2 && /^[A-Z]+$/.test(w) && acronym.startsWith(w, i)) i += w.length;
    else if (i < acronym.length && w[0].toUpperCase() === acronym[i]) i++;
    else if (!ACRONYM_GAP.test(w.toLowerCase())) return false;
  }
  return i === acronym.length && !ACRONYM_GAP.test(words[words.length - 1].toLowerCase());
}

/** Names by head noun and by naming word, from one scan for TRIGGER. */
function namesByTrigger(ctx: DocumentContext, add: (name: string, start: number, id: null) => void): void {
  const text = ctx.text;
  const take = (name: string | undefined, at: number): void => {
    // "the Georgian cable", "the Trans-Caspian cable": an adjective of a place
    if (!name || NOT_ONE_WORD_NAME.test(name) || /(?:ian|ean|ese|ish)$/.test(name) || /^\p{N}+$/u.test(name) || startsNamedThing(ctx.mentions, at)) return;
    // a word of the text's own vocabulary written in lower case elsewhere is no name ("the Pilot programme" … "pilot")
    if (!/\p{N}|\p{Lu}.*\p{Lu}/u.test(name) && text.includes(` ${name.toLowerCase()} `)) return;
    add(name, at, null);
  };
  TRIGGER.lastIndex = 0;
  for (let t = TRIGGER.exec(text); t; t = TRIGGER.exec(text)) {
    const at = t.index;
    // a trigger inside a word ("Seekabel" aside) is none of these
    const letterBefore = at > 0 && /\p{L}/u.test(text[at - 1]);
    if (HEAD_TRIGGERS.has(t[0])) {
      HEAD_AT.lastIndex = at;
      if (HEAD_AT.test(text)) {
        const before = NAME_BEFORE_HEAD.exec(text.slice(Math.max(0, at - 48), at));
        if (before) take(before[1], at - before[0].length + before[0].indexOf(before[1]));
      }
      NAME_AFTER_HEAD.lastIndex = at;
      // (a German compound's head too: "Seekabel", "des Forschungsprojekts QUARTZ-NET", 1.15.57)
      const after = letterBefore && t[0] !== 'Kabel' && t[0] !== 'projekt' ? null : NAME_AFTER_HEAD.exec(text);
      if (after) {
        take(after[1], at + after[0].indexOf(after[1]));
        if (after[2]) take(after[2], at + after[0].lastIndexOf(after[2]));
      }
      continue;
    }
    // "recalled", "renamed": a naming word starts a word ("so-called" does)
    if (letterBefore) continue;
    CALLED.lastIndex = at;
    const m = CALLED.exec(text);
    if (!m) continue;
    // (not the verb after "and": "se llama Ciudad Digital Andina y cuenta con …", 1.15.64)
    const name = m[1].replace(/[\s'’-]+$/u, '').replace(CALLED_TAIL, '');
    if (name.length < 3 || NOT_AN_INITIATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    add(name, m.index + m[0].length - m[1].length, null);
  }
}

/**
 * A word right before a quoted name or a naming verb that says what the name is: "the project « Route du développement »",
 * "Team-Europe-Initiative „Digitale Transformation Kenia“", "Proyecto regional «Caribe Digital Resiliente»", "「デジタル・シルクロード」の名"; one
 * lower-case word may follow the head ("la stratégie nationale « Maroc Digital 2030 »").
 */
const QUOTE_HEAD_BEFORE =
  /(?:(?:initiative|programme|program|project|scheme|pilot|strategy|plan|agenda|cable|corridor|network|platform|facility|fund|space|area|call|consortium|Initiative|Programm|Projekt|Vorhaben|Strategie|Raum|Kabel|\p{L}*[Aa]usschreibung|Aufruf|programa|proyecto|estrategia|iniciativa|cable|red|plan|piloto|convocatoria|projet|stratégie|plateforme|câble|réseau|pilote|appel(?:\s+à\s+projets)?|programma|progetto|strategia|iniziativa|cavo|rete|piano|bando|regional|régional|regionale|Europe|Europa|prêt(?:-cadre)?|loan|préstamo|prestito|Darlehen|Kredit|twinning|jumelage|hermanamiento|gemellaggio|Graduiertenkolleg|Kolleg|doctoral\s+(?:school|programme|program)|école\s+doctorale|doctorat|Promotionsprogramm|dottorato|doctorado|laboratory|laboratoire|Labor|laboratorio)(?:e?s|en)?(?:\s+\p{Ll}[\p{L}-]*){0,2}|事業|プロジェクト|計画|公募|项目|计划|倡议|试点|征集|사업인?|프로젝트|계획|공모)\s*$/iu;
/** A programme or project "titled" so, a few words before the quote (1.15.53): "un programme de formation conjoint intitulé « Données & Confiance »". */
// (or named in brackets after what it is: "préstamo para la conectividad móvil rural en Ecuador («Ecuador Conecta Rural»)", 1.15.59)
const QUOTE_TITLED_BEFORE =
  /(?:initiative|programme|program|project|pilot|scheme|facility|projet|programa|proyecto|programma|progetto|Programm|Projekt|Vorhaben|iniciativa|iniziativa)(?:\s+[\p{L}'’-]+){0,4}\s+(?:intitulée?s?|titled|entitled|called|named|titulad[oa]s?|denominad[oa]s?|intitolat[oa]|denominat[oa]|betitelt|namens|mit\s+dem\s+Titel)\s*$|(?:^|[^\p{L}])(?:loan|grant|project|programme|prêt|projet|préstamo|proyecto|programa|prestito|progetto|programma|Darlehen|Projekt|Programm|Vorhaben)(?:\s+[\p{L}'’-]+){1,8}\s*\(\s*$/iu;
/** A word right after a quoted name saying what it is: "the “Digital Bridge” programme", "「信頼性のある自由なデータ流通」構想", "«X» (projet)". */
const QUOTE_HEAD_AFTER =
  /^[\s-]*(?:initiative|programme|program|project|scheme|pilot|strategy|plan|agenda|cable|corridor|network|platform|facility|fund|area|call|consortium|Initiative|Programm|Projekt|Vorhaben|Strategie|Raum|Kabel|Ausschreibung|構想|計画|プロジェクト|イニシアティブ|イニシアチブ|事業|公募|の名|コンソーシアム|计划|倡议|项目|战略|计划|试点|联合体|이니셔티브|사업|계획|프로젝트|전략|시범|공모|컨소시엄)/u;
/** Opening and closing quotation marks of names: « », „ “, “ ”, " ", 「 」, 『 』. */
const QUOTED = /(«\s?|„|“|"|「|『)([^«»„“”"「」『』\n.;:!?。]{3,110}?)(\s?»|“|”|"|」|』)/gu;
/**
 * Single quotation marks and 《 》, each closed by its own mark: ‘ ’, ' ' that no letter touches on the outside (not an apostrophe:
 * "the EU's 'Digital Bridge'", "사업인 'K-EU 칩 브릿지'를"), a closing mark that no Latin letter follows ("l’emploi" is inside the name).
 */
const QUOTED_SINGLE = /(‘|《|(?<![\p{Script=Latin}\p{N}])')([^‘《》\n.;:!?。]{3,70}?)(’(?![\p{Script=Latin}\p{N}])|》|'(?![\p{Script=Latin}\p{N}]))/gu;
/**
 * A name that opens a line, as a glossary's term or a run-in heading, defined right after it as a cable, a programme or a pilot:
 * "ATLAS-WA⏎A submarine cable linking Lisbon to Dakar", "Digital Villages. A rural broadband pilot in Kyrgyzstan", "Kanaga⏎Un câble
 * sous-marin". Capitalised words (up to five) or one name of a distinct shape, then an article and at most three words before the head.
 */
const DEFINED =
  /[ \t]*([\p{Lu}\p{N}][\p{L}\p{N}²+'’-]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}²+'’-]*){0,4})(?:\.[ \t]+|[ \t]*\n[ \t]*)(?:An?|The|Une?|Le|La|Ein|Eine|Das|Der|Die|El|Il|Lo)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:cable|satellite|constellation|pilot|programme|program|project|initiative|network|corridor|platform|facility|hub|scheme|call|câble|programme|projet|pilote|réseau|Kabel|Programm|Projekt|Pilotprojekt|Netz|programa|proyecto|piloto|red|cavo|programma|progetto|rete)(?![\p{L}])/uy;

const HEADING_BEFORE = /(?:[.!?:。)\]][ \t]*|\n[ \t]*)\n[ \t]*$/;
/** A short line that does not break off a sentence (no figure, comma or hyphen at its end). */
const SHORT_LINE_BEFORE = /(?:^|\n)[^\n]{0,39}[^\n\d,;-]\n[ \t]*$/;

function definedNames(ctx: DocumentContext, add: (name: string, start: number, id: null) => void): void {
  // tried at the start of each line that opens with a capital or a figure (a multi-line "^" was tried at every character)
  for (const line of ctx.lines) {
    let q = line.start;
    while (q < line.end && (ctx.text.charCodeAt(q) === 0x20 || ctx.text.charCodeAt(q) === 0x09)) q++;
    const c = ctx.text.charCodeAt(q);
    if (!(c >= 0x41 && c <= 0x5a) && !(c >= 0x30 && c <= 0x39) && !(c >= 0xc0 && c < 0x2000)) continue;
    DEFINED.lastIndex = line.start;
    const m = DEFINED.exec(ctx.text);
    if (m === null) continue;
    const name = m[1];
    const start = m.index + m[0].indexOf(name);
    // a line of its own: after a blank line or a line that ends a sentence, not the wrapped end of one ("… millions de⏎USD. Le câble")
    // (or after a short heading: "Components⏎Trans-Caspian Digital Link. The EU finances …")
    const before = ctx.text.slice(Math.max(0, m.index - 200), m.index);
    if (m.index > 0 && !HEADING_BEFORE.test(before) && !SHORT_LINE_BEFORE.test(before)) continue;
    // one word is a name only in a shape of its own ("ATLAS-WA"), not a heading such as "Cybersecurity" or "Background"
    if (!name.includes(' ') && !DISTINCT_SHAPE.test(name) && !/^[A-Z]{3,}[0-9²]?$/.test(name)) continue;
    if (STOP_NAMES.test(name) || startsNamedThing(ctx.mentions, start)) continue;
    add(name, start, null);
  }
}

/** "called SkyClass Kyrgyzstan", "die sogenannte Digitale Seidenstraße", "la cosiddetta Via della seta digitale". */
const CALLED =
  /(?:called|named|dubbed|known as|appelée?s?|(?<=s['’])appelle(?:nt)?|baptisée?s?|dite|denominad[oa]s?|llamad[oa]s?|(?<=\bse\s)llaman?|conocid[oa]s? como|chiamat[oa]|(?<=\bsi\s)chiama(?:no)?|not[oaie] come|denominat[oa]|cosiddett[oa]|sogenannte[nr]?|genannt|namens)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|die\s+|der\s+|das\s+)?([\p{Lu}][\p{L}\p{N}²'’-]*(?:\s+(?:(?:of|for|and|de|du|des|del|della|di|für|y|e|et)\s+[\p{L}\p{N}][\p{L}\p{N}²'’-]*|[\p{Lu}\p{N}][\p{L}\p{N}²'’-]*|(?:digitales|digitale|digital|numérique)(?![\p{L}]))){0,5})/uy;
/** A name's last two words, a word that links and a word in lower case: the sentence going on after the name. */
const CALLED_TAIL = /(?:\s+(?:of|for|and|de|du|des|del|della|di|für|y|e|et)\s+\p{Ll}[\p{L}\p{N}²'’-]*)+$/u;
/** "a campaign known as Salt Typhoon", "then called Huawei Marine": actors and companies are named so too. */
const NOT_AN_INITIATIVE_BEFORE = /(?:group|actors?|hackers?|campaign|operation|company|firm|operator|vendor|then|formerly|Gruppe|groupe|campagne|grupo|campaña|gruppo|campagna|Unternehmen|entreprise|empresa|azienda|société)\s*,?\s*$/i;
/** A head noun that ends a CJK name: a plan, project, programme, centre, mechanism, initiative, network, platform, alliance, fund or corridor. */
const CJK_HEAD_END =
  /(?:计划|計劃|計畫|計画|项目|項目|プロジェクト|プログラム|프로그램|프로젝트|사업|센터|センター|中心|机制|機制|倡议|イニシアティブ|이니셔티브|ネットワーク|네트워크|网络|平台|プラットフォーム|플랫폼|联盟|アライアンス|얼라이언스|基金|ファンド|펀드|走廊|回廊|회랑)$/u;
/** An acronym in brackets at the end of a name, full-width or not. */
const BRACKETED_END = /\s*[（(][^（）()]{1,16}[）)]$/u;
/** Words a quoted phrase starts with when it is a saying, not a name. */
const NOT_A_NAME = /^(?:we|i|it|this|the|a|an|our|nous|je|wir|ich|nosotros|noi|es|c['’]est|il|elle|das|der|die)\b/i;

function quotedNames(text: string, add: (name: string, start: number, id: null) => void): void {
  quotedBy(QUOTED, text, add);
  // most texts hold no single quotation mark but as an apostrophe, and no 《
  if (text.includes('‘') || text.includes('《') || text.includes("'")) quotedBy(QUOTED_SINGLE, text, add);
}

function quotedBy(quoted: RegExp, text: string, add: (name: string, start: number, id: null) => void): void {
  quoted.lastIndex = 0;
  for (let m = quoted.exec(text); m; m = quoted.exec(text)) {
    const inner = m[2].trim();
    const start = m.index + m[1].length + m[2].indexOf(inner);
    const cjk = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/u.test(inner[0]);
    // a name: a capital first, at most eight words (fourteen after a head noun: "Progetto «MedIA-PA – Intelligenza artificiale e competenze
    // digitali per le amministrazioni del Mediterraneo»", 1.15.60), and not a quoted saying
    const headBefore = QUOTE_HEAD_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (!cjk && (!/^[\p{Lu}\p{N}]/u.test(inner) || inner.split(/\s+/).length > (headBefore ? 14 : 8) || (!headBefore && inner.length > 70) || NOT_A_NAME.test(inner))) continue;
    // (a CJK name may carry its acronym in brackets: "日蘭量子ネットワーク実証プロジェクト（QuNeT-JN）")
    const name = cjk ? inner.replace(BRACKETED_END, '') : inner;
    if (cjk && name.length > 24) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    // (a CJK name that ends in its own head noun needs no other: 「捷台半導體人才計畫」, 「한-독 양자컴퓨팅 공동연구센터」, “中欧数据跨境流动交流机制”, 1.15.56)
    if (!(cjk && CJK_HEAD_END.test(name)) && !headBefore && !QUOTE_HEAD_AFTER.test(after) && !QUOTE_TITLED_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index))) continue;
    add(name, start, null);
  }
}
