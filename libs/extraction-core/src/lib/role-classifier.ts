import { euSideBefore } from './demonym-resolver';
import { isAsciiLetter, isHangul, isSpace } from './char-classes';
import { CueSet, CUES } from './cue-words.data';
import { Mention } from './gazetteer-matcher';

export type Role = 'partner' | 'other';

const CLAUSE_BREAK = /;|\s(?:but|while|whereas|although|however|mais|aber|pero|ma|tandis que|während)\b|,\s*(?:but|while|whereas|which shows|which means|lo que|ce qui|il che|was zeigt)\b|但|而|しかし|하지만/g;

const LIST_GAP = /^\s*(?:,|;|\/|&|and|or|et|ou|und|oder|y|o|e|ni|né|及び|および|並びに|及|和|与|、|・|·|や|と|와|과|및|,\s*(?:and|or|et|und|y|e)|(?:y|and|et|und|e)\s+(?:en|in)(?=\s)|)\s*(?:(?:del|della|dello|dell['’]|dei|degli|delle|di|du|des|de\s+la|de\s+l['’]|de)\s*)?(?:the\s+|la\s+|le\s+|les\s+|l['’]|die\s+|den\s+|dem\s+|der\s+|el\s+|los\s+|las\s+|il\s+|gli\s+)?$/i;
const FOLLOW_PENALTY = 25;
/** How far before / after a list of places a cue may stand (classify() ignores cues further away). */
export const CUE_BEFORE = 160;
export const CUE_AFTER = 80;

/**
 * Cue words of the document's languages; English only when the document has English in it or no
 * language was detected: English cues read French, German or Spanish words as their own ("war" is
 * German for "was", "reliant" French for "linking").
 */
export function cueSetsFor(languages: readonly string[]): CueSet[] {
  const sets = languages.map((l) => CUES[l]).filter((c): c is CueSet => c !== undefined);
  return sets.length > 0 ? sets : [CUES['en']];
}

/**
 * Clause-break offsets per sentence, found the first time a sentence is asked for and kept for
 * the rest of the document: assignRoles, the instrument extractor and the result builder ask per
 * list or per instrument, and only sentences with places or instruments are ever scanned.
 */
let clauseCache: { text: string; bySentence: Map<number, number[]> } | null = null;

function clauseBreaks(text: string, sentStart: number, sentEnd: number): number[] {
  if (!clauseCache || clauseCache.text !== text) clauseCache = { text, bySentence: new Map() };
  let breaks = clauseCache.bySentence.get(sentStart);
  if (breaks) return breaks;
  breaks = [];
  const s = text.slice(sentStart, sentEnd);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) breaks.push(sentStart + m.index);
  clauseCache.bySentence.set(sentStart, breaks);
  return breaks;
}

/** Clause boundaries inside one sentence. */
export function clauseOf(text: string, sentStart: number, sentEnd: number, pos: number): [number, number] {
  let start = sentStart;
  let end = sentEnd;
  for (const at of clauseBreaks(text, sentStart, sentEnd)) {
    if (at <= pos) start = at;
    else {
      end = at;
      break;
    }
  }
  return [start, end];
}

/** ", in particular the United Arab Emirates": the places after it single out some of those before it and share their role. */
const ELABORATION_GAP =
  /^,\s*(?:in particular|notably|especially|in particolare|soprattutto|notamment|en particulier|insbesondere|vor allem|en particular|especialmente|sobre todo)\s+(?:(?:de|del|della|dei|degli|delle|dell['’]|des|du|de la|der)\s+)?(?:the\s+|la\s+|le\s+|les\s+|l['’]|die\s+|el\s+|los\s+|il\s+)?$/i;

/** Coordinated lists of place mentions ("Japan, the Republic of Korea and Canada") share one role. */
export function groupLists(text: string, mentions: readonly Mention[]): Mention[][] {
  const lists: Mention[][] = [];
  for (const m of mentions) {
    const cur = lists[lists.length - 1];
    const prev = cur?.[cur.length - 1];
    // (a semicolon after the EU ends its clause: "… no es parte del acuerdo con la UE; Venezuela, suspendida desde 2016, tampoco")
    if (prev && m.start - prev.end <= 12 && LIST_GAP.test(text.slice(prev.end, m.start)) && !(prev.id === 'org:eu' && text.slice(prev.end, m.start).includes(';'))) cur.push(m);
    else if (prev && m.start - prev.end <= 36 && text.charCodeAt(prev.end) === 0x2c && ELABORATION_GAP.test(text.slice(prev.end, m.start))) cur.push(m);
    else lists.push([m]);
  }
  return lists;
}

/** A place's name that is itself a pair with the EU ("한-EU", "日EU", "日欧", "中欧"). */
export function isEuPairName(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  return name.includes('EU') || name.includes('欧');
}

/** An "EU-India", "EU–US", "CELAC-EU" compound names a partner of the EU. */
export function isEuCompound(text: string, start: number, end: number): boolean {
  // every form needs a dash or "/" next to the name (spaces aside), or 与/和/同 right before it:
  // most names have none, and three regular expressions per name showed in the profile
  const prev = charBefore(text, start);
  const glued = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (!isDash(prev) && prev !== 0x2f && glued !== 0x4e0e && glued !== 0x548c && glued !== 0x540c && !isDash(charAfter(text, end))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  return /(?:\bEU|\bUE|European Union|欧盟)\s*[-–—‐/]\s*(?:\p{L}+\s*[-–—‐]\s*)?$/u.test(before) || euSideBefore(text, start, 24) || /^\s*[-–—‐]\s*(?:EU\b|UE\b|European Union|Union européenne|Unión Europea|Unione europea|Europäische)/.test(after) || /(?:欧盟|EU)(?:与|和|同)$/.test(before);
}

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2010;
}

/** Code of the last character before `pos` that is not \s, or -1. */
function charBefore(text: string, pos: number): number {
  let k = pos - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k >= 0 ? text.charCodeAt(k) : -1;
}

/** Code of the first character from `pos` on that is not \s, or -1. */
function charAfter(text: string, pos: number): number {
  let k = pos;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k < text.length ? text.charCodeAt(k) : -1;
}

/** Cue positions of one sentence, found once and shared by all its lists: start, end, start, end, ... */
export interface SentenceCues {
  partner: number[];
  other: number[];
}

/** Latin word characters (as \b sees them, plus accented letters); CJK cues need no boundaries. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Cue positions in text[start, end), the window widened to whole words so that \b behaves as on the full text; appended to `out`. */
export function collectCues(text: string, start: number, end: number, cues: readonly CueSet[], out: SentenceCues = { partner: [], other: [] }): SentenceCues {
  while (start > 0 && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start))) start--;
  while (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1))) end++;
  const sentence = text.slice(start, end);
  for (const c of cues) {
    scanInto(c.partner, sentence, start, out.partner, out.other);
    scanInto(c.other, sentence, start, out.other);
  }
  return out;
}

/**
 * A negation right before a partner cue ("nicht assoziierten Drittstaaten", "non-associated countries", "pays non
 * associés", "no asociados"): what follows is kept out of the cooperation, so the cue counts as `other`.
 */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'non', 'nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'keines', 'no', 'pas', 'ni']);

/**
 * The word right before `at` in `piece` (spaces and hyphens between) is a negation: read back by char codes, and a
 * string made only for a short word of letters (most cues follow no such word).
 */
function negatedAt(piece: string, at: number): boolean {
  let e = at;
  while (e > 0 && (piece.charCodeAt(e - 1) === 0x20 || piece.charCodeAt(e - 1) === 0x2d)) e--;
  const c = piece.charCodeAt(e - 1);
  // 未 不 非 right before a CJK cue, or 没有
  if (e === at && (c === 0x672a || c === 0x4e0d || c === 0x975e || (c === 0x6709 && piece.charCodeAt(e - 2) === 0x6ca1))) return true;
  if (e === at) return false;
  let b = e;
  while (b > 0 && e - b <= 6 && isAsciiLetter(piece.charCodeAt(b - 1))) b--;
  if (e - b < 2 || e - b > 6 || (b > 0 && isWordChar(piece.charCodeAt(b - 1)))) return false;
  return NEGATIONS.has(piece.slice(b, e).toLowerCase());
}


/**
 * Spans of `re` in `piece` (which starts at `offset` of the text), appended to `list` as start, end; to `negated`
 * instead when a negation comes right before one.
 */
function scanInto(re: RegExp, piece: string, offset: number, list: number[], negated?: number[]): void {
  // exec() on the shared global regex: matchAll() clones the regex on every call, which showed in the profile
  re.lastIndex = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const at = m.index;
    const to = negated && at > 0 && negatedAt(piece, at) ? negated : list;
    to.push(offset + at, offset + at + m[0].length);
  }
}

/**
 * Index in `spans` (start, end, ...) of the cue nearest to a list of places, or -1: a cue before
 * the list counts at its distance, one after it with FOLLOW_PENALTY; the first of equals wins.
 */
function nearestCue(spans: readonly number[], preStart: number, listStart: number, listEnd: number, postEnd: number, skip?: (k: number) => boolean): number {
  let best = Infinity;
  let hit = -1;
  for (let k = 0; k < spans.length; k += 2) {
    const s = spans[k];
    const e = spans[k + 1];
    if (skip && s >= listEnd && skip(k)) continue;
    const d = e <= listStart && s >= preStart ? listStart - e : s >= listEnd && e <= postEnd ? s - listEnd + FOLLOW_PENALTY : Infinity;
    if (d < best) {
      best = d;
      hit = k;
    }
  }
  return hit;
}

/** Distance of the cue at index k of `spans` from the list (as nearestCue() counts it); Infinity for none. */
function cueDistance(spans: readonly number[], k: number, listStart: number, listEnd: number): number {
  if (k < 0) return Infinity;
  return spans[k + 1] <= listStart ? listStart - spans[k + 1] : spans[k] - listEnd + FOLLOW_PENALTY;
}

/** A place's own bodies right before a bare preposition: "Fachministerien in", "las autoridades en", "le istituzioni in". */
const INSTITUTIONS_BEFORE = /(?:[Bb]ehörden?|[Mm]inisterien|[Mm]inisterium|[Rr]egierungen|[Ii]nstitutionen|[Ee]inrichtungen|[Hh]ochschulen|[Uu]niversitäten|[Pp]artnern|Start-ups|[Oo]rganisationen|autoridades|ministerios|instituciones|gobiernos|autorità|ministeri|istituzioni|governi)\s*$/u;
/** Pilots started or run right after the places of a Chinese "在…": "…启动了首批试点", "…开展试点", "…试点". */
const PILOTS_AFTER_CJK = /^[^。，,；;、]{0,10}?试点/u;
/** A word for pilots right before a bare preposition: "pilotos en", "pilots in", "pilotes au", "Piloten in", "piloti in". */
/** A participle of choosing or placing right before the preposition: "selected", "sélectionnés", "ausgewählt", "seleccionados", "selezionati". */
const SELECTED_BEFORE = /(?:selected|chosen|located|sélectionnée?s?|choisie?s?|située?s?|ausgewählt|angesiedelt|seleccionad[oa]s?|elegid[oa]s?|ubicad[oa]s?|selezionat[oaie]|scelt[oaie]|situat[oaie])\s*$/iu;
/** Pilots or pilot sites of the clause said to be chosen or placed in the places after it. */
const PILOT_SITES_BEFORE = /(?:^|[^\p{L}])(?:pilot|pilote|piloto|Pilot)\p{L}*(?:\s+(?:sites?|sit[ie]|locations?|countries|pays|Länder|Standorte|países|paesi|zones?|areas?))?\b[^.;:]{0,80}$/iu;
const PILOTS_BEFORE = /(?:^|[^\p{L}])(?:pilots?|pilotos?|pilotes?|piloti|Piloten|Pilotvorhaben|Pilotprojekte?n?)\s*$/iu;

/**
 * Role of a list of places from the nearest cue in its clause: a cue before the list
 * counts at its distance, one after it with a penalty; ties go to `other`; percentages
 * right before a name ("52% in the US") and route/venue words are always `other`.
 */
export function classify(text: string, clauseStart: number, clauseEnd: number, listStart: number, listEnd: number, cues: readonly CueSet[], found: SentenceCues): Role | null {
  const preStart = Math.max(clauseStart, listStart - CUE_BEFORE);
  const pre = text.slice(Math.max(preStart, listStart - 30), listStart);
  if (PERCENT_WORD.test(pre) && PERCENT_BEFORE.test(pre)) return 'other';
  // "À titre de comparaison, le programme britannique d'appui au Ghana …": a clause that opens as a comparison
  if (preStart === clauseStart && COMPARISON_OPENER.test(text.slice(clauseStart, Math.min(listStart, clauseStart + 40)))) return 'other';
  const postEnd = Math.min(clauseEnd, listEnd + CUE_AFTER);
  // a rank: "Korea ranks first", "Uruguay encabeza la clasificación", "…, seguido de Chile (75,9)", "gefolgt von Japan"
  if (RANK_AFTER.test(text.slice(listEnd, Math.min(postEnd, listEnd + 40))) || (RANK_BEFORE_WORD.test(pre) && RANK_BEFORE.test(pre))) return 'other';
  // "与美国相比", "米国と比べて", "미국에 비해": the comparison word follows the name in CJK
  if (charAfter(text, listEnd) >= 0x3000) {
    const after = text.slice(listEnd, Math.min(postEnd, listEnd + 24));
    if (CJK_COMPARE_AFTER.test(after) || CJK_DEPENDENCE_AFTER.test(after) || CJK_COMPARE_OF_AFTER.test(text.slice(listEnd, Math.min(postEnd, listEnd + 40)))) return 'other';
  }
  // a "with" after the names belongs to their own verb ("Taiwan, Südkorea und die USA werben mit hohen Gehältern"),
  // unless the EU follows it ("Japan together with the EU")
  const weakAfter = (k: number): boolean => WEAK_PARTNER.test(text.slice(found.partner[k], found.partner[k + 1])) && !EU_NEXT.test(text.slice(found.partner[k + 1], found.partner[k + 1] + 30));
  const p = nearestCue(found.partner, preStart, listStart, listEnd, postEnd, weakAfter);
  const partnerStart = p >= 0 ? found.partner[p] : -1;
  const partnerEnd = p >= 0 ? found.partner[p + 1] : -1;
  const partnerIsVerb = p >= 0 && partnerEnd <= listStart && listStart - partnerEnd <= 60 && !WEAK_PARTNER.test(text.slice(partnerStart, partnerEnd));
  for (const c of cues) {
    const near = c.near.exec(pre);
    if (near === null) continue;
    // a bare preposition, and what stands before it (asked of the words for pilots and for the place's own bodies)
    const bare = BARE_PREPOSITION.test(near[0]);
    const beforeNear = bare ? pre.slice(0, near.index + near[0].length - near[0].trimStart().length) : '';
    // a bare "in"/"en"/"à" after "fördert … in", "finanzia … in" is where the EU's partner project is, not a venue; so is one that
    // opens the clause with a partner verb right after the name ("In Kirgisistan fördert das Vorhaben …")
    // ("con pilotos en Costa Rica y Panamá", "pilots in Fiji": where a programme's pilots run are its pilot countries, 1.15.48)
    if (bare && PILOTS_BEFORE.test(beforeNear)) return 'partner';
    // ("Pilot sites for the satellite component have been selected in Kyrgyzstan and Tajikistan", 1.15.63)
    if (bare && SELECTED_BEFORE.test(beforeNear) && PILOT_SITES_BEFORE.test(text.slice(Math.max(clauseStart, listStart - 120), listStart))) return 'partner';
    // (and in Chinese, the pilots after the places: "该倡议在哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦启动了首批试点", 1.15.60)
    if (near[0] === '在' && PILOTS_AFTER_CJK.test(text.slice(listEnd, Math.min(clauseEnd, listEnd + 20)))) return 'partner';
    // (the place's own bodies, "arbeitet mit den Regulierungsbehörden und Fachministerien in Kirgisistan … zusammen", are no venue: the
    // cues decide, 1.15.59)
    if (bare && INSTITUTIONS_BEFORE.test(beforeNear)) continue;
    if (!((partnerIsVerb || (near.index === 0 && listStart - 30 <= preStart && verbRightAfter(found.partner, listEnd))) && bare)) return 'other';
  }
  const bestPartner = cueDistance(found.partner, p, listStart, listEnd);
  const bestOther = cueDistance(found.other, nearestCue(found.other, preStart, listStart, listEnd, postEnd), listStart, listEnd);
  if (bestPartner === Infinity && bestOther === Infinity) return null;
  if (bestPartner < bestOther && p >= 0 && WEAK_PARTNER.test(text.slice(partnerStart, partnerEnd))) {
    // "compared … with those of the US", "en comparación con Corea": "with" belongs to the comparison
    if (COMPARE_BEFORE.test(text.slice(preStart, listStart))) return 'other';
    // "les hostilités de 2024 entre Israël et …", "the conflict of 2022 between …": a threat or rivalry word a few words before owns the "between"
    if (partnerEnd <= listStart && otherEndsBefore(found.other, partnerStart, 16)) return 'other';
  }
  // "… rejoindre la Côte d'Ivoire et le Kenya parmi les pays africains les plus avancés": a ranking, not a party
  if (bestPartner < bestOther && RANKING_AFTER.test(text.slice(listEnd, Math.min(postEnd, listEnd + 60)))) return 'other';
  return bestPartner < bestOther ? 'partner' : 'other';
}

/** A partner cue in `spans` that starts one space after `pos` (a verb in second place after a fronted place). */
function verbRightAfter(spans: readonly number[], pos: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (spans[k] > pos && spans[k] <= pos + 2) return true;
  return false;
}

/** An `other` cue in `spans` that ends at most `gap` characters before `pos`. */
function otherEndsBefore(spans: readonly number[], pos: number, gap: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (spans[k + 1] <= pos && pos - spans[k + 1] <= gap) return true;
  return false;
}

/** A rank said right after the places, as their verb. */
const RANK_AFTER =
  /^\s*(?:\([^)\n]{0,20}\)\s*)?,?\s*(?:ranks?\b|ranked\b|tops\b|topped\b|leads\s+the\s+(?:ranking|index|table)|comes?\s+(?:first|second|third|last)|encabeza|lidera\s+(?:la|el)\s+(?:clasificación|ranking|índice)|ocupa\s+el\s+(?:primer|segundo|tercer|último)|se\s+classe|arrive\s+en\s+tête|occupe\s+la\s+(?:première|deuxième|troisième|dernière)|führt\s+die\s+(?:Rangliste|Tabelle)|liegt\s+auf\s+(?:Platz|Rang)|belegt\s+(?:den\s+)?(?:ersten|zweiten|dritten|letzten|Platz|Rang)|guida\s+la\s+classifica|si\s+(?:conferma|colloca)\s+(?:prim|second|terz|ultim)[oa]|(?:の)?(?:順位|ランキング)|(?:가|이)\s*\d+위|排名第|位居)/iu;
/** The places just ranked after another's: "…, followed by Singapore", "seguido de Chile", "suivi de la Corée", "gefolgt von", "seguita da". */
/** A quick test that RANK_BEFORE can match: a literal search, where the anchored pattern is tried at every character. */
const RANK_BEFORE_WORD = /llowed|eguid|uivi|efolgt|eguit/;
const RANK_BEFORE = /(?:followed\s+by|seguid[oa]s?\s+(?:de|por)|suivie?s?\s+(?:de|du|des|par)|gefolgt\s+von|seguit[oaie]\s+da)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|los\s+|den\s+|dem\s+|der\s+)?$/i;

/** "… among the most advanced", "parmi les pays … les plus", "entre los … más", "tra i … più": a ranking of the places just named. */
const RANKING_AFTER =
  /^\s*,?\s*(?:among|parmi|entre|tra|fra|unter)\s+(?:the|les|los|las|i|gli|le|den)\s+(?:[^\s.;,]+\s+){0,4}?(?:most|top|best|leading|plus|más|più|meisten|führenden|besten)(?![\p{L}])/iu;

/** The EU (or "Europe") a few words on: what a "with" after a list of places must lead to. */
const EU_NEXT = /^\s*(?:(?:the|la|le|l['’]|die|der|dem|den|el|il|lo)\s*)?(?:EU\b|UE\b|Europe|European Union|Union européenne|Europäischen Union|Unión Europea|Unione europea|欧盟|EU)/i;

/** Partner cues that are only prepositions or conjunctions: a comparison or a threat can own them. */
const WEAK_PARTNER = /^(?:with|between|among|together|avec|entre|mit|zwischen|con|tra|fra|与|和|との|과의|와의)$/i;
const COMPARISON_OPENER =
  /^\s*(?:By way of comparison|By comparison|In comparison|For comparison|À titre de comparaison|Par comparaison|En comparaison|Zum Vergleich|Im Vergleich dazu|Vergleichsweise|A modo de comparación|En comparación|Por comparación|A titolo di confronto|A titolo di paragone|Per confronto|In confronto)\b/i;
// (and a rivalry with: "siamo in concorrenza con la Serbia", "in competition with", "en concurrence avec", 1.15.49)
const COMPARE_BEFORE = /compar|\bthan\b|relative to|Vergleich|verglichen|par rapport|frente a|rispetto|confront|in concorrenza|in competition|competing|en concurrence|en competencia|compitiendo|im Wettbewerb|konkurrier|相比|相较|比较|比べ|比較|비해|비교/i;
const PERCENT_BEFORE = /(?:\d\s*%|%|per ?cent|pour cent|Prozent|por ciento|per cento)[^,;]{0,12}$/;
/** A quick test that PERCENT_BEFORE can match at all: an unanchored literal search is cheap. */
const PERCENT_WORD = /%|cent|Prozent|ciento/;
const CJK_COMPARE_AFTER = /^\s*(?:的)?(?:相比|相较|比べ|と比べ|と比較|に比べ|에 비해|보다|와 비교|과 비교|대비)/;
/** "일본의 반도체 보조금 정책에 비해", "日本の補助金政策と比べ", "与日本的补贴政策相比": the place's own policy or figure, the yardstick. */
const CJK_COMPARE_OF_AFTER = /^(?:의|の|的)[^，。；,;、.!?\n]{0,24}?(?:에 비해|와 비교|과 비교|に比べ|と比べ|と比較|相比|相较)/;
/** "降低对中国在…方面的依赖", "中国への依存", "중국에 대한 의존": dependence on the place, said after it in CJK (a clause at most). */
const CJK_DEPENDENCE_AFTER = /^[^，。；,;、]{0,20}?(?:依赖|依存|의존|攻撃|攻击|공격|脅威|威胁|위협|竞争|竞赛|博弈|较量|競争|경쟁)/;
const BARE_PREPOSITION = /^(?:[^\p{L}]?)(?:in|en|a|à|über)\s+$/iu;

/**
 * What a text says right after a place that makes it no party (NOT_A_PARTY_LATIN, NOT_A_PARTY_CJK): a negated participation ("Egypt … is not party to
 * either memorandum", "Belarus ist nicht Partei", "Nicaragua … no participa", "埃塞俄比亚未参与该项目",
 * "両国は本協力覚書の当事者ではありません") or a transit role ("a transit country", "point de passage", "を経由", "过境").
 */
/**
 * After "not a member of", "nicht Teil", "no forma parte de": the EU itself, which says the place is outside the EU
 * ("Norway, which is not a member of the EU, joined"), not outside the cooperation.
 */
const NOT_THE_EU = String.raw`(?!\s+(?:of|de|du|der|des|del|della|dell['’]|di|de\s+la|de\s+l['’])?\s*(?:the\s+|la\s+|l['’]|die\s+|el\s+)?(?:EU\b|UE\b|European Union|Union européenne|Europäischen Union|Unión Europea|Unione europea|Union\b))`;
const NOT_A_PARTY_LATIN = new RegExp(
  [
    String.raw`\b(?:is|are|was|were|will be|has been)\s+not\s+(?:(?:yet|currently)\s+)?(?:(?:a\s+)?(?:party|parties|a signatory|signatories|involved|participating|connected|linked)\b|(?:a\s+)?(?:part|a member|members)\s+of\b${NOT_THE_EU})`,
    // no framework of cooperation with the EU at all: "has no digital cooperation framework with the EU", "n'a aucun accord avec l'UE",
    // "hat keine Partnerschaft mit der EU", "no tiene ningún acuerdo con la UE", "non ha alcun accordo con l'UE"
    String.raw`\b(?:has|have|had)\s+no\s+(?:[^\s,;.]+\s+){0,3}?(?:framework|agreement|partnership|dialogue|cooperation)\s+with\s+the\s+(?:EU|European Union)\b|\bn['’](?:a|ont)\s+(?:aucune?|pas\s+de|pas\s+d['’])\s*(?:[^\s,;.]+\s+){0,3}?(?:cadre|accord|partenariat|dialogue|coopération)\s+avec\s+l['’](?:UE|Union)|\b(?:hat|haben)\s+kein(?:e|en)?\s+(?:[^\s,;.]+\s+){0,3}?(?:Rahmen|Abkommen|Partnerschaft|Dialog|Kooperation|Zusammenarbeit)\S*\s+mit\s+der\s+(?:EU|Europäischen\s+Union)|\bno\s+tienen?\s+(?:ningún\s+|ninguna\s+)?(?:[^\s,;.]+\s+){0,3}?(?:marco|acuerdo|asociación|diálogo|cooperación)\s+con\s+la\s+(?:UE|Unión)|\bnon\s+ha(?:nno)?\s+(?:alcun[oa]?\s+)?(?:[^\s,;.]+\s+){0,3}?(?:quadro|accordo|partenariato|dialogo|cooperazione)\s+con\s+l['’](?:UE|Unione)`,
    // "has not concluded any agreement with the EU", "n'a conclu aucun accord", "no ha firmado ningún acuerdo", "non ha concluso con l'UE alcun accordo"
    String.raw`\b(?:has|have)\s+not\s+(?:concluded|signed)\s+(?:any|an)\s+(?:[^\s,;.]+\s+){0,2}?(?:agreement|arrangement|memorandum)\s+with\s+the\s+(?:EU|European Union)\b|\bn['’](?:a|ont)\s+(?:conclu|signé)\s+aucune?\s+(?:accord|arrangement|mémorandum)|\bno\s+(?:ha|han)\s+(?:firmado|concluido|suscrito)\s+(?:ningún|ninguna)\s+(?:acuerdo|memorando)|\bnon\s+ha(?:nno)?\s+(?:concluso|firmato|stipulato)\s+(?:con\s+l['’](?:UE|Unione(?:\s+europea)?)\s+)?alcun[oa]?\s+(?:accordo|memorandum|intesa)`,
    // "Taiwan … is not a partner of the EU", "n'est pas un partenaire", "no es socio", "non è un partner"
    String.raw`\b(?:is|are|was|were)\s+not\s+(?:an?\s+)?partners?\s+(?:of|to)\s+(?:the\s+)?(?:EU|European Union)\b|\bbut\s+not\s+a\s+partner\b|\bn['’](?:est|sont)\s+pas\s+(?:un\s+|des\s+)?partenaires?\b|\bno\s+(?:es|son)\s+(?:un\s+)?socios?\b|\bnon\s+(?:è|sono)\s+(?:un\s+)?partner\b`,
    // an agreement said not to exist, right after its parties: "Ein entsprechendes Abkommen zwischen der Schweiz und der EU besteht nicht",
    // "no such agreement between Norway and the EU exists", "n'existe pas", "no existe", "non esiste" (1.15.41)
    String.raw`^\s*(?:besteh(?:t|en)\s+(?:(?:noch|bisher|derzeit)\s+)?nicht|(?:does|do)\s+not\s+(?:yet\s+)?exist|n['’]existe(?:nt)?\s+pas|no\s+existe|non\s+esiste)\b`,
    // no longer one: "Mali is no longer a party to the programme", "Le Mali n'est plus partie" (above), "ya no participa", "non è più parte" (1.15.59; the French
    // "n'est plus partie" is read with "n'est pas partie" below)
    String.raw`\b(?:is|are|was|were)\s+no\s+longer\s+(?:an?\s+)?(?:party|parties|partners?|part\s+of|members?\s+of|participating|involved|eligible)\b|\bya\s+no\s+(?:participa\w*|es\s+parte|forma\s+parte|es\s+socio)\b|\bnon\s+(?:è|sono)\s+più\s+(?:parte|partner|membr[oi])\b`,
    // not funded: "Kooperationen mit Einrichtungen in Russland oder Belarus werden im Rahmen dieser Richtlinie nicht gefördert", "are not
    // funded under this call" (1.15.59)
    String.raw`\b(?:werden|wird)\s+(?:[^\s.;,]+\s+){0,5}?nicht\s+(?:gefördert|unterstützt|finanziert)\b|\b(?:is|are|will\s+be)\s+not\s+(?:funded|financed|supported)\s+(?:under|by|through|in)\b`,
    // still negotiated, in that sentence only: "The packages with the Democratic Republic of the Congo and Colombia are still under
    // negotiation", "Mit der Ukraine wird über ein gleichartiges Abkommen verhandelt" (1.15.61)
    String.raw`\b(?:is|are|remains?)\s+(?:still\s+|currently\s+)?(?:under\s+negotiation|being\s+negotiated)\b|\bwird\s+(?:(?:noch|derzeit|zurzeit|gerade)\s+)?über\s+(?:[^\s.;,]+\s+){0,4}?verhandelt\b`,
    // "Taiwan is no party to any of these agreements" (1.15.43)
    String.raw`\b(?:is|are|was|were)\s+no\s+(?:party|parties|signatory|signatories)\b`,
    // the elliptic "neither" after a place that goes on from a clause saying another is no party: "Bolivia … no es parte del acuerdo con la
    // UE; Venezuela, suspendida desde 2016, tampoco", "… non plus", "… auch nicht", "… neppure" (1.15.42)
    String.raw`^\s*,?\s*(?:tampoco|non\s+plus|(?:ebenfalls|auch)\s+nicht|neppure|nemmeno|neanche|(?:is|are|was|were)\s+not\s+either)\s*[.;,]`,
    // "Taiwan is neither a party nor …", "n'est ni partie ni …", "no es ni parte ni …", "non è né parte né …" (German "ist weder Vertragspartei" above)
    String.raw`\b(?:is|are|was|were)\s+neither\s+(?:an?\s+)?(?:party|parties|signator(?:y|ies)|partners?|members?|part)\b|\bn['’](?:est|sont|était)\s+ni\s+(?:partie|signataire|partenaire|membre)|\bno\s+(?:es|son|era)\s+ni\s+(?:parte|socio|signatari|miembro)|\bnon\s+(?:è|sono|era)\s+né\s+(?:parte|partner|firmatari|membro)`,
    // "Cooperation with Belarus has been suspended since June 2021", "a été suspendue", "ha sido suspendida", "è stata sospesa", "wurde ausgesetzt"
    String.raw`^\s*(?:has|have|had)\s+been\s+suspended\b|^\s*(?:is|are|was|were|remains|remain)\s+suspended\b|^\s*a\s+été\s+suspendue?\b|^\s*(?:ha|han)\s+sido\s+suspendid[oa]s?\b|^\s*(?:è|sono)\s+stat[oaie]\s+sospes[oaie]\b|^\s*(?:wurde|ist)\s+(?:[^.;,]{0,30}\s)?ausgesetzt\b`,
    // "Argentina no figura como socio en este mapa", "is not listed as a partner", "n'apparaît pas comme partenaire"
    // what the EU decided alone: "la decisión de adecuación adoptada unilateralmente por la Comisión Europea" (this sentence only, 1.15.48)
    String.raw`\b(?:adopted|taken|granted)\s+unilaterally\b|\bunilateral(?:ly)?\s+(?:adopted|granted|by\s+the\s+(?:European\s+)?Commission)\b|\badopt(?:ée|é)e?s?\s+unilatéralement\b|\badoptad[oa]s?\s+unilateralmente\b|\badottat[oa]\s+unilateralmente\b|\beinseitig\s+(?:erlassen|angenommen|beschlossen)\b`,
    // "no está entre los países piloto", "is not among the pilot countries", "n'est pas parmi les pays partenaires", "non è tra i paesi
    // beneficiari", "ist nicht unter den Pilotländern" (1.15.56)
    String.raw`\b(?:no\s+(?:está|están|estaba|figura|figuran)\s+entre\s+los\s+(?:países|socios)|(?:is|are|was|were)\s+not\s+among\s+the\s+(?:pilot|partner|target|beneficiary|participating)\s+countries|n['’](?:est|sont|était)\s+pas\s+parmi\s+les\s+pays|non\s+(?:è|sono|era)\s+tra\s+i\s+paesi|(?:ist|sind|war)\s+nicht\s+unter\s+den\s+(?:Pilot|Partner|Ziel|Teilnehmer)l(?:and|änder))\b`,
    // "le Maroc n'est pas pays pilote", "is not a partner country", "ist kein Pilotland" (1.15.47)
    String.raw`\bn['’](?:est|sont)\s+pas\s+(?:un\s+|des\s+)?pays\s+(?:pilotes?|partenaires?|bénéficiaires?|cibles?)\b|\b(?:is|are)\s+not\s+(?:a\s+)?(?:pilot|partner|target|beneficiary)\s+countr(?:y|ies)\b|\b(?:ist|sind)\s+kein(?:e)?\s+(?:Pilot|Partner|Ziel)l(?:and|änder)\b|\bno\s+(?:es|son)\s+(?:un\s+)?pa[íi]s(?:es)?\s+(?:piloto|socios?|beneficiarios?)\b|\bnon\s+(?:è|sono)\s+(?:un\s+)?paes[ei]\s+(?:pilota|partner|beneficiari[oa]?)\b`,
    // "Afghanistan, which borders three of the five partner countries, is not included." (1.15.46)
    String.raw`\b(?:is|are|was|were)\s+not\s+included\s*(?:[.;]|$|in\s+(?:the|this)\s+(?:programme|program|initiative|call|project|partnership|facility|alliance)\b)|\bn['’](?:est|sont)\s+pas\s+inclus(?:e|es)?\s*(?:[.;]|$)|\bno\s+(?:está|están)\s+incluid[oa]s?\s*(?:[.;]|$)|\bnon\s+(?:è|sono)\s+inclus[oaie]\s*(?:[.;]|$)|\b(?:ist|sind)\s+nicht\s+(?:einbezogen|enthalten)\s*(?:[.;]|$)`,
    String.raw`\b(?:is|are)\s+not\s+(?:listed|shown|included)\s+as\s+(?:an?\s+)?partners?\b|\bn['’](?:apparaît|apparaissent|figure|figurent)\s+pas\s+(?:comme|parmi\s+les)\s+partenaires?\b|\bno\s+(?:figura|figuran|aparece|aparecen)\s+(?:como|entre\s+los)\s+socios?\b|\bnon\s+(?:figura|figurano|compare|compaiono)\s+(?:come|tra\s+i)\s+partner\b|\b(?:erscheint|erscheinen|steht|stehen)\s+nicht\s+als\s+Partner\b`,
    String.raw`\b(?:does|do|did|will|would|can|could)\s+not\s+(?:take part|participate|join|sign|endorse|ratify)\b|\b(?:does|do|did)\s+not\s+intend\s+to\s+(?:become\s+(?:a\s+)?(?:party|parties|signator(?:y|ies)|members?)|take part|participate|join|sign|ratify)\b|\b(?:takes|take|took|has taken|have taken)\s+no\s+part\b|\bcan['’]?not\s+(?:take part|participate|join)\b|\bnon-participat\w*|\btransit (?:country|countries|point|state)\b|\broute point\b`,
    String.raw`\b(?:has|have|had)\s+not\s+(?:joined|signed|endorsed|adhered)\b|\bn['’](?:a|ont)\s+pas\s+(?:adhéré|signé|souscrit)|\bno\s+se\s+(?:ha|han)\s+adherido|\bno\s+(?:ha|han)\s+(?:firmado|suscrito)|\bnon\s+(?:ha|hanno)\s+(?:aderito|firmato|sottoscritto)|\bnicht\s+(?:unterzeichnet|beigetreten|angeschlossen)`,
    String.raw`\bwithout\s+(?:any\s+)?(?:European|EU)\s+(?:participation|involvement|funding|financing|cooperation|co-operation)|\b(?:does|do|did|will)\s+not\s+(?:receive|get)\s+(?:any\s+)?(?:European|EU)\s+(?:funding|financing|money)|\b(?:is|are)\s+not\s+(?:concerned|covered)\s+by\b|\b(?:(?:has|have|had)\s+)?suspended\s+(?:its|their)\s+participation`,
    String.raw`\bsans\s+(?:participation|coopération)\s+(?:européenne|de\s+l['’]UE)|\bn['’](?:est|sont)\s+pas\s+concerné(?:e|s|es)?\b|\bsuspendu\s+sa\s+participation`,
    String.raw`\bohne\s+(?:europäische|EU-)\s?(?:Beteiligung|Zusammenarbeit)|\bsin\s+(?:participación|cooperación)\s+(?:europea|de\s+la\s+UE)|\bsuspendi[óo]\s+su\s+participación|\bsenza\s+(?:la\s+)?(?:partecipazione|cooperazione)\s+(?:europea|dell['’]UE)|\bsospeso\s+la\s+(?:sua\s+)?partecipazione`,
    String.raw`\bn['’](?:est|était|sont|étaient|sera|a|ont)\s+(?:pas|plus|qu['’]un)\s+(?:partie|signataire|associée?|impliquée?|point de passage|membre${NOT_THE_EU})|\bne\s+(?:participe|participent|participera|prend|prennent|signe|signera)\s+(?:pas|plus)\b|\bne\s+(?:sont|est|seront|sera)\s+(?:[^\s,;.]+\s+)?(?:pas\s+)?(?:parties?|signataires?)\b|\bne\s+fait\s+(?:pas|plus)\s+partie${NOT_THE_EU}|\bn['’]y\s+(?:participe|participent|participera|prend|prennent)\s+(?:pas|plus)\b|\bn['’](?:a|ont)\s+pas\s+donné\s+suite\b|\bn['’](?:est|sont)\s+pas\s+couverte?s?\b|\b(?:est|sont)\s+exclue?s?\s+de\s+(?!certain|une\s+partie|parties)|\bpoint de passage\b|\bpays de transit\b`,
    String.raw`\b(?:ist|sind|war|waren|wird)\s+(?:(?:daran|darin|dabei|hieran|hierbei)\s+|an\s+(?:[^\s.;,]+\s+){1,3}?(?:aber\s+|jedoch\s+)?)?(?:nicht(?:\s+mehr)?|kein(?:e|er)?|weder)\s+(?:(?:mit\s+)?einbezogen|Partei|Vertragspartei|beteiligt|Unterzeichner|(?:Mitglied|Teil)${NOT_THE_EU})|\b(?:nimmt|nehmen|beteiligt sich|beteiligen sich)\s+(?:(?:derzeit|bisher|noch|aktuell|jedoch|aber|vorerst)\s+)?nicht\b|\b(?:nimmt|nehmen)\s+an\s+(?:[^\s.;,]+\s+){1,4}?(?:(?:derzeit|bisher|noch|aktuell|jedoch|aber|vorerst)\s+)?nicht\s+(?:mehr\s+)?teil\b|\bTeilnahme\b[^.;]{0,60}\bausgesetzt|\bkein\w*\s+[^.;]{0,40}?\bbeteiligt\b|\bTransitland\b|\bkein(?:e|er)?\s+(?:Partner|Partnerland)\b|\bTeilnahme\b[^.;]{0,40}\bnicht\s+bestätigt\b`,
    String.raw`\bno\s+(?:participa\w*|es\s+parte|es\s+signatario|firm\w*|(?:forma\s+parte|formó\s+parte|es\s+miembro)${NOT_THE_EU})|\bpaís(?:es)? de tránsito\b`,
    // "were invited but did not join", "declined to take part", "no se sumaron", "ont refusé de participer"
    String.raw`\bse\s+sont\s+éloignés\b|\bs['’]est\s+éloignée?\b|\b(?:have|has)\s+(?:distanced|turned away)\b|\bse\s+(?:han|ha)\s+alejado\b|\bsi\s+(?:sono|è)\s+allontanat[oaie]\b|\bhaben\s+sich\s+[^.;]{0,30}?abgewandt\b|\b(?:is|are|was|were|has been|have been)\s+excluded\s+from\s+(?!parts?\b|some\b|certain\b|a\s+(?:few|number|part)\b)|\binvited\s+to\s+(?:join|take part|participate)\b[^.;]{0,60}?\bdeclined\b|\b(?:attended|attends|sent\s+(?:its|their|an?)\s+[^.;,]{0,30}?|asisti(?:ó|eron)|(?:a|ont)\s+assisté|ha(?:nno)?\s+assistito)\s+(?:[^.;,]{0,30}?\s+)?(?:as|como|comme|come)\s+(?:an?\s+|un\s+|una\s+)?(?:observer|observador|observateur|osservatore)\b`,
    // withdrawn: "Turkmenistan … withdrew from the programme in 2024", "se retiró de", "s'est retiré du", "si è ritirato", "hat sich … zurückgezogen"
    String.raw`\b(?:withdrew|has\s+withdrawn|have\s+withdrawn|pulled\s+out)(?:\s+(?:from|of|in|early|later)\b|\s*[,.;)])|\bse\s+retir(?:ó|aron)\s+de\b|\bs['’](?:est|sont)\s+retiré(?:e|s|es)?\s+(?:de|du|des)\b|\bsi\s+(?:è|sono)\s+ritirat[oaie]\b|\b(?:hat|haben)\s+sich\s+[^.;]{0,30}?zurückgezogen\b`,
    // outside the EU's frame: "cooperaciones tecnológicas propias al margen de Europa", "en dehors de l'UE"; not what is evaluated:
    // "die allerdings nicht Gegenstand der Evaluierung sind" (other in that sentence only)
    String.raw`\bal\s+margen\s+de\s+(?:la\s+)?(?:Europa|UE|Unión)\b|\ben\s+dehors\s+de\s+l['’](?:Europe|UE|Union)\b|\baußerhalb\s+der\s+(?:EU|Europäischen)\b|\bal\s+di\s+fuori\s+dell['’](?:UE|Europa|Unione)\b|\boutside\s+(?:of\s+)?(?:the\s+)?(?:EU|European)\s+(?:framework|cooperation|programmes?)\b|\bnicht\s+Gegenstand\b|\bnot\s+(?:the\s+)?subject\s+of\s+(?:this|the)\s+(?:evaluation|report|review)\b`,
    // chose not to join one text or project: "ont choisi de ne pas s'y associer", "chose not to sign it" (other in that sentence only)
    String.raw`\b(?:a|ont)\s+choisi\s+de\s+ne\s+pas\b|\b(?:chose|decided|opted)\s+not\s+to\s+(?:join|sign|endorse|take part|participate|associate)\b|\boptaron\s+por\s+no\b|\bhanno\s+scelto\s+di\s+non\b`,
    // a participation not confirmed (1.15.54): "hat eine Teilnahme bisher nicht bestätigt", "has not confirmed its participation"
    String.raw`\b(?:has|have)\s+not\s+(?:yet\s+)?confirmed\s+(?:its|their)\s+participation\b|\bn['’](?:a|ont)\s+pas\s+(?:encore\s+)?confirmé\s+(?:sa|leur)\s+participation\b|\bno\s+(?:ha|han)\s+confirmado\s+su\s+participación\b|\bnon\s+ha(?:nno)?\s+(?:ancora\s+)?confermato\s+la\s+(?:sua|loro)?\s*partecipazione\b`,
    String.raw`\bno\s+se\s+(?:sum(?:ó|aron|a|an)|(?:ha|han)\s+sumado|adhiri(?:ó|eron))\b|\bse\s+negaron\s+a\b|\b(?:declined|refused)\s+to\s+(?:join|take part|participate|sign)\b|\brefus(?:é|ée|és|ent)\s+de\s+(?:rejoindre|participer|signer|s['’]associer)\b|\brifiutat[oaie]\s+di\s+(?:aderire|partecipare|firmare)\b`,
    // excluded or not eligible, with nothing it is excluded from: "Experts established in Russia or Belarus are excluded under EU
    // restrictive measures" (no party anywhere). "Excluded from these topics" is left to the older phrase above, which reads
    // what follows ("excluded from parts of" is no verdict), and "remain excluded from" to no phrase at all
    String.raw`\b(?:is|are|remains?)\s+(?:(?:currently|also|explicitly|therefore)\s+)?(?:excluded|not\s+eligible|ineligible)\b(?!\s+(?:from|for)\b)|\b(?:est|sont)\s+(?:exclue?s?|(?:pas|non)\s+éligibles?)\b(?!\s+(?:de|du|des|à|au|aux)\b)|\b(?:ist|sind)\s+(?:(?:ausdrücklich|daher)\s+)?(?:ausgeschlossen|nicht\s+förderfähig)\b|\b(?:está|están|queda|quedan)\s+excluid[oa]s?\b|\bno\s+(?:es|son)\s+elegibles?\b|\b(?:è|sono)\s+esclus[oaie]\b|\bnon\s+(?:è|sono)\s+ammissibil[ie]\b`,
    // declined, as the verb of the place itself ("L'Australie, à qui la Commission avait proposé …, a décliné", "Mali was invited and
    // declined"; of its adjective's government, "the Tongan government declined", 1.15.65), or declining an offer or invitation; a bare
    // "exports declined" (fell) is no refusal
    String.raw`^\s*,?\s*(?:(?:government|authorities|gouvernement|autorités|Regierung|gobierno|autoridades|governo|autorità)\s+)?(?:has\s+|had\s+|have\s+|a\s+|ont\s+|ha\s+|han\s+|hanno\s+)?(?:declined|décliné|declinado|declinó|declinaron|declinato)(?![A-Za-zÀ-ÿ])|\b(?:but|and|mais|et|pero|y|ma|e)\s+(?:has\s+|a\s+|ha\s+)?(?:declined|décliné|declinó|declinato)(?![A-Za-zÀ-ÿ])|\b(?:declined|décliné|declinó|declinaron|declinato)\s+(?:the|an?|its|their|l['’]|cette|leur|son|sa|la|el|su|il|lo)\s*(?:offer|invitation|proposal|offre|proposition|oferta|invitación|propuesta|offerta|invito|proposta)\b|\blehnten?\s+(?:das|die|den|dieses|diese)\s+(?:Angebot|Einladung|Vorschlag)\b[^.;]{0,40}?\bab|\b(?:hat|haben)\s+(?:das|die|den|dieses|diese)\s+(?:Angebot|Einladung|Vorschlag)\s+(?:[^\s.;,]+\s+){0,2}(?:abgelehnt|nicht\s+angenommen)\b|\b(?:lehnten?|sagten?)\s+(?:jedoch\s+|aber\s+|dann\s+|dies\s+)?(?:[^\s.;,]+\s+){0,4}?ab\b|\b(?:hat|haben)\s+(?:jedoch\s+|aber\s+|dann\s+|schließlich\s+)?(?:die\s+Teilnahme\s+|dies\s+|den\s+Termin\s+)?(?:(?:[^\s.;,]|\.(?=\d))+\s+){0,6}?(?:abgelehnt|abgesagt)\b|\b(?:did|has|have)\s+not\s+accept(?:ed)?\s+(?:the|an|its|their)\s+(?:invitation|offer)\b|\bn['’](?:a|ont)\s+pas\s+accepté\s+(?:l['’]invitation|l['’]offre|la\s+proposition)|\bno\s+acept(?:ó|aron)\s+(?:la\s+invitación|la\s+oferta)|\bnon\s+ha(?:nno)?\s+accettato\s+(?:l['’]invito|l['’]offerta)\b`,
    // dropped from it: "Haïti, initialement pressentie, a été écartée fin 2024", "was dropped from the programme" (1.15.58)
    String.raw`\b(?:a|ont)\s+été\s+écarté(?:e|s|es)?\b|\b(?:was|were|has\s+been|have\s+been)\s+(?:dropped|removed)\s+from\b|\bfue(?:ron)?\s+(?:excluid|descartad)[oa]s?\b|\b(?:è|sono)\s+stat[oaie]\s+(?:esclus|scartat)[oaie]\b|\bwurden?\s+(?:ausgeschlossen|gestrichen)\b`,
    // its government declining after a semicolon: "invited the Kingdom of Tonga to extend the branch …; the Tongan government declined" (1.15.57)
    String.raw`[;；]\s*(?:the|le|la|el|il|die)\s+(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ-]*\s+)?(?:government|gouvernement|gobierno|governo|Regierung|authorities|autorités|autoridades|autorità)\s+(?:has\s+|had\s+|a\s+|ha\s+)?(?:declined|décliné|declinó|declinato|refused|refusé|rechazó|rifiutato)(?![A-Za-zÀ-ÿ])`,
    // not among the partners, beneficiaries or signatories: "Nicaragua no figura entre los países beneficiarios"
    String.raw`(?:\bno\s+figura(?:n)?\s+entre|\bnon\s+figura(?:no)?\s+tra|\bne\s+figure(?:nt)?\s+pas\s+parmi|\b(?:is|are)\s+not\s+among|\b(?:gehört|gehören|zählt|zählen)\s+nicht\s+zu)(?:\s+[^\s.;,]+){0,2}?\s+(?:partner|beneficiar|bénéficiair|eligib|elegib|éligib|signator|signatair|firmant|firmatar|socios|participa|pilot|Partner|Unterzeichner|Teilnehm|Empfänger|förderfähig|ammissib)`,
    // not associated to a programme (1.15.65): "Australien ist, anders als Neuseeland, nicht an dem Programm assoziiert", "is not associated
    // to Horizon Europe", "no está asociado al programa", "non è associata al programma" (no party of that programme: HERE_ONLY_PHRASE)
    String.raw`(?:\b(?:ist|sind|war|waren)\b[^.;]{0,50}?|^\s*)\bnicht\s+(?:(?:an|mit)\s+(?:[^\s.;,]+\s+){1,3})?assoziiert\b|\b(?:is|are|was|were)\s+(?:still\s+|also\s+)?not\s+(?:yet\s+)?associated\s+(?:to|with)\b|\bno\s+(?:está|están|estaba)\s+(?:todavía\s+|aún\s+)?asociad[oa]s?\b|\bnon\s+(?:è|sono|era)\s+(?:ancora\s+)?associat[oaie]\b`,
    String.raw`\bnon\s+è\s+(?:(?:ancora|attualmente)\s+)?collegat[oa]\b|\bn['’](?:est|sont)\s+pas\s+(?:encore\s+)?(?:raccordée?s?|connectée?s?)\b|\bno\s+(?:está|están)\s+(?:(?:aún|todavía)\s+)?conectad[oa]s?\b|\b(?:ist|sind)\s+(?:noch\s+)?nicht\s+(?:angebunden|angeschlossen)\b|\bnon\s+(?:partecipa\w*|è\s+parte|è\s+firmatari\w*|aderisce|firm\w*|(?:fa\s+parte|è\s+membro)${NOT_THE_EU})|\bpaes[ei] di transito\b`,
  ].join('|'),
  // global: noPartyPhrase() reads every phrase after a list, from lastIndex 0
  'gi',
);
/** Every NOT_A_PARTY_LATIN phrase holds one of these: most lists are followed by none, and the full pattern is long. */
const NOT_A_PARTY_HINT = /negotiat|verhandelt|unilat|écart|dropped|removed|descartad|scartat|gestrichen|einseitig|weder|neither|tampoco|neppure|nemmeno|neanche|\bni\s|\bné\s|déclin|declin|lehnte|abgelehnt|abgesagt|sagte|bestätigt|confirm|conferm|ausgeschlossen|esclus|excluid|ineligible|margen|dehors|außerhalb|fuori|outside|Gegenstand|subject|choisi|chose|decided|opted|optaron|scelto|withdr|pulled out|retir|ritirat|zurückgezogen|not|pas|\bne\s|n['’](?:est|sont|était)\s+plus|\bn['’]y\s|nicht|kein|\bno\b|non|transit|tránsito|teilnahme|route point|without|sans|\bsin\b|ohne|senza|suspend|sospeso|negaron|declined|refus|rifiutat|exclu|observ|Beobachter|éloign|distanced|turned away|alejado|allontanat|abgewandt/i;
/** Chinese, Japanese and Korean say it right after the name, with no space. */
const NOT_A_PARTY_CJK = new RegExp(
  [
    '^[^。；;]{0,12}(?:并非|不是)[^。；;]{0,12}(?:参与方|缔约方|签署方|当事方|当事国|缔约国|参与国|联系国|伙伴国)|^[^。；;]{0,4}(?:未|不|没有)(?:参与|参加|加入)|^(?:的)?过境',
    '^[^。]{0,30}(?:当事(?:者|国)ではありません|当事(?:者|国)ではない|当事国でない|参加して(?:い|おり)(?:ない|ません)|参加しない|参加しません|(?:加わって|関与して)(?:い|おり)(?:ない|ません))|^\\)?を経由',
    // invited and declined: "トンガは当初招請されたが、…として参加を見送った", "…参加を辞退した"
    // (or a place that is the subject of "見送った" after an offer: "…への参加も打診されたが、日本は「技術的な検証が不十分」として当面見送った")
    '^[^。]{0,45}参加を(?:見送|辞退)|^(?:は|も)[^。]{0,40}(?:見送った|見送っている|見送る方針|辞退した)',
    String.raw`^[^.。]{0,20}(?:당사자가 아니|(?:준회원국|참여국|당사국|서명국|파트너국)이 아니|참여하지 않|참가하지 않|서명하지 않|불참|옵서버로|참관국으로|(?:참여|참가)를 중단)|^(?:을|를)\s*경유`,
    // an observer, or one that did not sign: "인도는 … 옵서버로 참석했으나 … 서명하지 않았다", "インドはオブザーバーとして参加", "印度以观察员身份出席"
    '^[^。]{0,20}(?:オブザーバーとして|署名していない|署名しなかった|署名せず)|^[^。；;]{0,12}(?:以观察员身份|作为观察员|未签署|没有签署)',
    // withdrawn: "土库曼斯坦曾参与早期阶段，但于2024年退出", "は2024年に離脱した", "는 2024년 탈퇴했다"
    // (or suspended its participation, or was excluded: "벨라루스는 2021년 참여를 중단하여", "参加を停止", "暂停参与", "缅甸…被排除在上述合作之外", 1.15.59)
    '^[^。；;]{0,20}(?:退出|撤出)(?!市场|市場)|^[^。；;]{0,12}(?:暂停|中止|停止)(?:参与|参加)|^[^。；;]{0,20}被排除在[^。；;]{0,12}之外|^[^。]{0,20}参加を(?:停止|中断|中止)|^[^。]{0,20}(?:離脱|脱退)し|^[^.。]{0,20}(?:탈퇴|철수)(?:했|하였|한)',
    // excluded by a call's rules: "米国・中国の機関は、…参加できません", "미국·중국 소재 기관은 컨소시엄 구성원이 될 수 없습니다", "…참여 대상국이 아니므로",
    // "美国、中国的机构不得参与" (1.15.52)
    '^[^。]{0,40}(?:参加できません|参加できない|参加することはできません)|^[^。；;]{0,20}(?:不得|不能|不可)(?:参与|参加|加入|申请)',
    String.raw`^[^.。]{0,40}(?:구성원이 될 수 없|참여할 수 없|참여 대상국이 아니|참가할 수 없|대상에서 제외)`,
  ].join('|'),
);

/**
 * No EU money in what the places do, said after them (1.15.60): "카자흐스탄과 아제르바이잔 양국 기업의 사업으로 EU 자금은 포함되지 않는다",
 * "…未使用欧盟资金", "…EUの資金は含まれていない". Their cooperation in that sentence is not the EU's (the CJK "without EU funding").
 */
const NO_EU_FUNDS_CJK =
  /^[^.。]{0,60}(?:EU|유럽연합)\s*(?:자금|재원|예산)(?:은|이|도)?\s*(?:포함되지|투입되지|지원되지|들어가지)\s*않|^[^。；;]{0,40}(?:未|没有|不)(?:使用|包含|获得|涉及)(?:欧盟|歐盟)(?:的)?(?:资金|資金)|^[^。]{0,40}(?:EU|欧州連合)(?:の)?資金(?:は|を|が)?(?:含まれ|使われ|投入され)(?:ていない|ない|ません|ておらず)/u;

/**
 * No framework of cooperation with the EU at all, said right after the name: "중국은 EU와의 디지털 협력 틀이 없으며",
 * "中国与欧盟之间没有数字合作框架", "中国はEUとの協力の枠組みを持たない". The EU is the object here, not the one that is no party.
 */
const NO_EU_FRAMEWORK_CJK = new RegExp(
  [
    String.raw`^[은는이가]\s*(?:EU|유럽연합)(?:와|과)의?\s*[^.。]{0,15}(?:협력|협정|파트너십|대화)[^.。]{0,6}?(?:이|가)?\s*없`,
    '^[^。；;]{0,8}(?:欧盟|歐盟)[^。；;]{0,6}(?:没有|并无|尚无|並無)[^。；;]{0,8}(?:合作|协定|框架|伙伴关系|对话)',
    '^[はが]\\s*(?:EU|欧州連合)との[^。]{0,15}(?:協力|協定|枠組み|パートナーシップ|対話)[^。]{0,6}?(?:を持たない|がない|はない|を持っていない|は存在しない)',
    // staying outside it: "土库曼斯坦则基本游离于欧盟数字合作之外", "置身于……之外"
    '^[^。；;]{0,6}(?:游离|置身)于[^。；;]{0,16}之外',
    // a deal of the place's own that is nothing to the EU: "…与澳大利亚之间的双边安排，和欧盟没有关系", "EUとは無関係", "EU와는 무관하다" (1.15.52),
    // "日英間の枠組みはEUとの枠組みとは別個のもの" (1.15.53)
    '^[^。；;]{0,20}[，,]?\\s*(?:和|与|跟)(?:欧盟|歐盟)(?:没有关系|無關|无关|并无关系)|^[^。]{0,30}(?:EU|欧州連合)とは(?:無関係|関係がない|関係ない)|^[^。]{0,30}(?:EU|欧州連合)との[^。]{0,8}とは別(?:個|の)|^[^.。]{0,30}(?:EU|유럽연합)(?:와|과)는\\s*무관|^[^.。]{0,70}(?:EU|유럽연합)(?:와|과)의\\s*(?:협력|협정|파트너십)(?:과|와)는\\s*무관',
  ].join('|'),
);

/**
 * Korean, Japanese and Chinese put the venue after the name: "카메룬 야운데에서 열린 …" (held in Yaoundé, Cameroon), "シンガポールで開催された
 * 会議", "在新加坡举行的会议".
 */
const VENUE_AFTER = /^(?:\s+[가-힣]{1,8})?에서\s*(?:열린|열리는|열릴|개최된|개최되는|개최될|개최한|개최할|개최 예정)|^で(?:開催|開か|行われ)|^(?:举行|召开)的/;
/** German puts the verb of a venue last: "Der zweite Gipfel soll 2026 in Saudi-Arabien stattfinden", "fand in Riad statt". */
const VENUE_AFTER_DE = /^\s+(?:[^\s.,;]+\s+)?(?:stattfinden|stattfand|stattfindet|statt\b|abgehalten|ausgerichtet)/;
const IN_BEFORE = /(?:^|[^\p{L}])in\s+$/u;

/** "Venue: Singapore", "Ministerial side meeting: Singapore", "Lieu : Dakar": a label of where a meeting is, right before the list. */
const VENUE_LABEL_BEFORE = /(?:venue|location|lieu|Tagungsort|Ort|lugar|sede|luogo|meeting|réunion|Treffen|reunión|riunione|会場|开会地点|会议地点|장소)\s*[:：]\s*$/i;
/**
 * The field of a treaty's place of signature, opening its line (1.15.41): "Lugar y fecha de suscripción: Ciudad de Panamá, 21 de marzo",
 * "Place of signature: Geneva", "Lieu et date de signature : Bruxelles", "Ort der Unterzeichnung: Genf", "Luogo di firma: Roma".
 */
const SIGNING_PLACE_LABEL_BEFORE =
  /(?:^|\n)[ \t]*(?:Lugar(?:\s+y\s+fecha)?\s+de\s+(?:suscripción|firma|adopción)|Place(?:\s+and\s+date)?\s+of\s+(?:signature|signing|adoption)|Signed\s+at|Lieu(?:\s+et\s+date)?\s+de\s+(?:signature|l['’]adoption)|Ort(?:\s+und\s+Datum)?\s+der\s+(?:Unterzeichnung|Unterschrift)|Luogo(?:\s+e\s+data)?\s+(?:di|della)\s+(?:firma|sottoscrizione)|签署地点|签字地点|署名地|서명\s*장소)[ \t]*[:：][ \t]*(?:(?:Ciudad|City|Ville|Stadt|Città)\s+(?:de|of|di)\s+(?:la\s+|the\s+)?)?$/iu;
/** "Singapore, ATxSummit, May 2026 (venue only)", "Dakar (lieu de la réunion)": a bracket on the line that says it is the venue. */
const VENUE_BRACKET_AFTER = /^[^\n.;(]{0,60}\((?:venue|host(?:\s+city|\s+country)?|lieu|Ort|Gastgeber\w*|sede|lugar|luogo|会場|개최지)(?:\s+(?:only|seulement|nur|solamente|solo)|\s+(?:de la|der|del|della)\s+\p{L}+)?\)/iu;

/**
 * "the ministerial meeting … that the Oriental Republic of Uruguay will host": the host of a meeting, named after the verb ("hosted
 * by", "que acogerá", "accueillie par", "ospitata da", "ausgerichtet von"), a formal name's first words aside.
 */
const HOST_BEFORE =
  /(?:hosted by|to be hosted by|que\s+(?:acoger[áa]|acogi[óo]|acoge)|acogid[ao]s?\s+por|accueillie?s?\s+par|ospitat[oaie]\s+da|che\s+ospiter[àa]|ausgerichtet\s+von)\s+(?:(?:the|la|el|le|l['’]|il|der|dem)\s+)?(?:(?:Republic|República|République|Repubblica|Republik|Kingdom|Reino|Royaume|Regno|Königreich|State|Estado|État|Stato)(?:\s+\p{L}+){0,2}?\s+(?:of|de|del|du|des|della|di|der)\s+(?:(?:the|la|l['’])\s*)?)?$/iu;

const AND_BEFORE_EU = /^\s*(?:and|et|und|y|e)\s+/i;

/** "… and the EU" right after a list of places. */
function andTheEu(after: string): boolean {
  const conj = AND_BEFORE_EU.exec(after);
  return conj !== null && EU_NEXT.test(after.slice(conj[0].length));
}

/** The list of places is where a meeting is held, said after it (see VENUE_AFTER, VENUE_AFTER_DE, VENUE_BRACKET_AFTER) or by a label or a host verb before it. */
export function venueAfter(text: string, listStart: number, listEnd: number): boolean {
  const after = text.slice(listEnd, listEnd + 80);
  return (
    VENUE_AFTER.test(after) ||
    (VENUE_AFTER_DE.test(after) && IN_BEFORE.test(text.slice(Math.max(0, listStart - 4), listStart))) ||
    VENUE_BRACKET_AFTER.test(after) ||
    VENUE_LABEL_BEFORE.test(text.slice(Math.max(0, listStart - 24), listStart)) ||
    SIGNING_PLACE_LABEL_BEFORE.test(text.slice(Math.max(0, listStart - 80), listStart)) ||
    // a co-host with the EU ("hosted by Japan and the EU") takes part
    (HOST_BEFORE.test(text.slice(Math.max(0, listStart - 70), listStart)) && !andTheEu(after))
  );
}

/**
 * Where the participants of a meeting came from, a list of origins and no party (1.15.45): "participants from Chile, Peru and the European
 * Commission", "participantes de Chile, Perú, …", "Teilnehmende aus …", "partecipanti provenienti da …", "代表参加，来自新加坡、马来西亚…",
 * "日本、フィンランド、ドイツ、韓国、米国から約200名が参加した", "한국, 일본 등에서 온 참가자".
 */
const ATTENDEES_FROM_BEFORE =
  /(?:^|[^\p{L}])(?:participants|attendees|delegates|delegations|speakers|panell?ists|participantes|partecipanti|Teilnehmende[n]?|Teilnehmer(?:innen)?|Teilnehmern|délégués|délégations|intervenants|ponentes|relatori)(?:\s+[^\s.;:,]+){0,4}?\s+(?:from|de|d['’]|du|des|aus|da|dal|dalla|dall['’]|dai|dagli|procedentes\s+de|provenientes\s+de|provenienti\s+da|venus\s+(?:de|d['’]|du|des))\s*(?:the\s+|la\s+|le\s+|l['’]|les\s+|der\s+|den\s+|dem\s+|el\s+|los\s+|il\s+|lo\s+)?$/iu;
const ATTENDEES_FROM_AFTER = /^[、,，]?\s*(?:など|等|등)?(?:(?:の)?(?:各国|計)?から(?:の)?(?:約|およそ|計)?[\d０-９,，]*\s*(?:名|人)?[^。\n]{0,12}?(?:参加|出席|来場)|\s*(?:에서|으로부터)\s*(?:온\s*)?[^.。\n]{0,20}?(?:참가자|참석자|참가했|참석했|참가하였|참석하였))/u;
/** "代表参加，来自": the Chinese list of origins follows 来自 in a sentence about attending. */
const ATTENDED_ZH = /参加|与会|出席|参会/;

export function attendeesFrom(text: string, sentenceStart: number, listStart: number, listEnd: number): boolean {
  const c = text.charCodeAt(listEnd);
  if (c >= 0x3000 || c === 0x2c || (c >= 0xac00 && c <= 0xd7a3)) if (ATTENDEES_FROM_AFTER.test(text.slice(listEnd, listEnd + 40))) return true;
  if (listStart >= 2 && text.startsWith('来自', listStart - 2)) return ATTENDED_ZH.test(text.slice(sentenceStart, listStart));
  const before = text.slice(Math.max(sentenceStart, listStart - 80), listStart);
  return ATTENDEES_HINT.test(before) && ATTENDEES_FROM_BEFORE.test(before);
}
/** A word of every ATTENDEES_FROM_BEFORE phrase: most lists have none before them, and the full pattern is long. */
const ATTENDEES_HINT = /partic|partecip|attendee|delega|délég|speaker|panell?ist|teilnehm|intervenant|ponente|relatori/i;

/**
 * Donors beside the EU, not its partners: "other donors such as Japan", "d'autres bailleurs comme le Japon", "andere Geber wie Japan",
 * "otros donantes como Japón", "altri donatori come il Giappone" before the list; "… through the informal donor group", "as fellow
 * donors", "within the donor coordination group" after it.
 */
const DONORS_BEFORE =
  /\b(?:other|fellow|bilateral)\s+donors?\s+(?:such as|like|including|from)\s+(?:the\s+)?$|\bautres\s+bailleurs(?:\s+de\s+fonds)?\s+(?:comme|tels?\s+que|dont)\s+(?:l['’]|la\s+|le\s+|les\s+)?$|\bandere(?:n)?\s+Geber(?:länder(?:n)?)?\s+(?:wie|darunter)\s+(?:die\s+|der\s+|den\s+)?$|\botros\s+donantes\s+(?:como|tales\s+como|entre\s+ellos)\s+(?:la\s+|el\s+|los\s+)?$|\baltri\s+donatori\s+(?:come|tra\s+cui)\s+(?:la\s+|il\s+|l['’]|gli\s+)?$/i;
const DONORS_AFTER =
  /^[^.;:]{0,40}?\b(?:(?:informal\s+)?donor\s+(?:group|coordination|round\s?table|platform)|as\s+(?:fellow|other)\s+donors|(?:groupe|réunion)s?\s+(?:informel\s+)?des\s+bailleurs|Gebergruppe|Geberkoordinierung|grupo\s+de\s+donantes|gruppo\s+(?:informale\s+)?dei\s+donatori)\b/i;

export function donorPeers(text: string, listStart: number, listEnd: number, clauseEnd: number): boolean {
  return DONORS_BEFORE.test(text.slice(Math.max(0, listStart - 50), listStart)) || DONORS_AFTER.test(text.slice(listEnd, Math.min(clauseEnd, listEnd + 90)));
}

/**
 * "미국과의 기술 동맹, 영국과의 … 등 EU 외 주요국과의 협력", "EU以外の国", "欧盟以外的伙伴": the places are partners of the subject among
 * countries other than the EU, so not of the EU.
 */
const BESIDES_THE_EU = /EU\s*(?:외|이외)의?\s*(?:주요국|국가|나라|파트너)|EU以外の|欧州連合以外の|欧盟以外的?|欧盟之外的?|\b(?:other than|beyond) the EU\b/;

export function besidesTheEu(text: string, listEnd: number, clauseEnd: number): boolean {
  return BESIDES_THE_EU.test(text.slice(listEnd, Math.min(clauseEnd, listEnd + 60)));
}

/** A connection verb before the list ("connects Togo, Namibia and South Africa to Portugal", "lands in"): the places are a cable's end points. */
const CONNECT_BEFORE = /\b(?:connect(?:s|ed|ing)?|link(?:s|ed|ing)?|land(?:s|ed|ing)?(?:\s+in)?|relie|reliant|verbindet|conecta|collega)\b[^.;:]{0,30}$/i;

export function connectsBefore(text: string, listStart: number): boolean {
  return CONNECT_BEFORE.test(text.slice(Math.max(0, listStart - 50), listStart));
}

/**
 * A place that is the object of a preposition ("Teilnahme an der Östlichen Partnerschaft", "miembro del SICA"): what
 * the sentence then says ("ausgesetzt", "no participa") is said of the subject before it.
 */
const AFTER_PREPOSITION =
  /(?:^|[\s,(])(?:of|to|in|for|with|from|on|at|into|de|du|des|à|au|aux|en|pour|avec|dans|sur|an|am|mit|von|vom|für|zu|zur|zum|bei|aus|del|al|a|con|para|por|di|della|dello|alla|nel|nella|per|da|dal)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|der\s+|dem\s+|den\s+|des\s+|el\s+|los\s+|las\s+|il\s+|lo\s+)?$/i;

export function afterPreposition(text: string, start: number): boolean {
  return AFTER_PREPOSITION.test(text.slice(Math.max(0, start - 16), start));
}

/** "… signed an agreement with", "已与", "avec": a "with" right before a list of places. */
const WITH_BEFORE =
  /(?:(?:^|[^\p{L}])(?:with|avec|mit|con|insieme a|junto a)(?:\s+(?:[^\s,.;]+,?\s+){1,3}?(?:notamment|including|such as|like|namely|insbesondere|wie|como|tra cui|in particolare|en particulier))?(?:\s+(?:partners?|partenaires?|Partnern?|socios?))?|与|同|跟)\s*(?:the\s+|la\s+|le\s+|l['’]|die\s+|der\s+|dem\s+|den\s+|el\s+|il\s+|lo\s+)?$/iu;
/** "일본과도 … 체결", "米国とも": the Korean and Japanese "with" follows the name. */
const WITH_AFTER = /^(?:\s*\d+\s*(?:개국|か国|カ国|国))?(?:과|와|と)(?:도|の|も)?/;

/** A "with" joins the list of places to its sentence: before it ("with South Korea", "与美国") or, in Korean and Japanese, after it. */
export function withJoins(text: string, listStart: number, listEnd: number): boolean {
  return WITH_BEFORE.test(text.slice(Math.max(0, listStart - 60), listStart)) || WITH_AFTER.test(text.slice(listEnd, listEnd + 8));
}

/**
 * A plan the text says is not made, in the clause of the places it would be made with: "le Conseil n'envisage pas … d'instaurer un
 * dialogue similaire avec la Géorgie", "does not plan to", "ist nicht geplant", "no prevé", "non prevede"; or an agreement never
 * concluded ("eine angestrebte Regierungsvereinbarung mit Kanada … wurde nicht abgeschlossen", "was never signed").
 */
const NEGATED_PLAN =
  /\b(?:does|do|did|will)\s+not\s+(?:plan|envisage|intend|foresee|consider|seek)|\b(?:does|do)\s+not\s+(?:(?:currently|yet)\s+)?have\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,3}(?:partnership|agreement|dialogue)|\b(?:concluded|signed)\s+no\b|\bhas\s+no\s+plans?\b|\bno\s+plans?\s+to\b|\bn['’](?:envisage|prévoit|entend|compte)\s+pas\b|\bne\s+(?:prévoit|envisage)\s+pas\b|\b(?:plant|beabsichtigt|erwägt)\s+(?:[^.;]{0,30}\s)?nicht\b|\bnicht\s+(?:geplant|vorgesehen|beabsichtigt)|\bkeine?\s+(?:Pläne|Absicht)|\bno\s+(?:prevé|contempla|planea|tiene\s+previsto|se\s+plantea)\b|\bno\s+(?:EU\s+)?(?:funding|financing|support|projects?)\b|\baucun\s+(?:financement|soutien|projet)\b|\bkeine\s+(?:EU-)?(?:Finanzierung|Förderung|Unterstützung|Projekte)\b|\bning(?:ún|una)\s+(?:financiamiento|financiación|apoyo|proyecto)\b|\bnessun\s+(?:finanziamento|sostegno|progetto)\b|\bnon\s+(?:prevede|intende|contempla|pianifica|è\s+previsto)\b|\b(?:was|were)\s+(?:not|never)\s+(?:concluded|signed)\b|\b(?:has|have)\s+(?:not|never)\s+been\s+(?:concluded|signed)\b|\bwurden?\s+(?:nicht|nie)\s+(?:abgeschlossen|unterzeichnet)|\bn['’](?:a|ont)\s+(?:pas|jamais)\s+été\s+(?:conclue?s?|signée?s?)|\bno\s+(?:se\s+(?:concluyó|firmó)|llegó\s+a\s+(?:concluirse|firmarse))|\bnon\s+(?:è|sono)\s+(?:mai\s+)?stat[oaie]\s+(?:conclus|firmat)[oaie]|\b(?:no|aucun|kein(?:e)?|ningún|ninguna|nessun[oa]?)\s+(?:[^\s,;.]+\s+){0,2}?(?:agreement|arrangement|memorandum|accord|acuerdo|accordo|Abkommen|Vereinbarung|memorando|protocole|protocolo|protocollo)\s+(?:(?:has|have)\s+been|was|were|n['’]a\s+été|wurde|fue|se|è\s+stat[oa])\s+(?:[^\s,;.]+\s+)?(?:signed|concluded|signé|conclu|unterzeichnet|abgeschlossen|firmado|firmó|concluido|firmat[oa]|conclus[oa])\b/i;

/** A word every NEGATED_PLAN phrase holds: asked once per sentence, it spares the pattern in most sentences. */
const NEGATION_WORD = /\b(?:not|no|No|never|pas|jamais|nicht|nie|kein|Kein|keine|Keine|non|mai|aucun|Aucun|ningún|ninguna|Ningún|nessun|Nessun)\b/;

export function hasNegationWord(text: string, from: number, to: number): boolean {
  return NEGATION_WORD.test(text.slice(from, to));
}

/** The clause of a list of places ([clauseStart, clauseEnd)) says the cooperation is not planned, before or after the list. */
export function negatedPlanIn(text: string, clauseStart: number, clauseEnd: number, listStart: number, listEnd: number): boolean {
  return NEGATED_PLAN.test(text.slice(Math.max(clauseStart, listStart - 160), Math.min(clauseEnd, listEnd + 120)));
}

/**
 * Cooperation of the listed places among themselves, not with the EU: "Le Kenya et l'Éthiopie ont conclu entre eux un
 * accord", "러시아와 북한 간 군사협력", "印度与美国之间", "between Kenya and Ethiopia" (a list of two or more, none of them the EU).
 */
const AMONG_THEMSELVES_AFTER =
  /^(?:[^.;。]{0,40}?\b(?:between themselves|among themselves|with each other|with one another|entre eux|entre elles|untereinander|miteinander|entre sí|entre ellos|tra loro|fra loro|bilaterally|bilatéralement|bilateralmente|auf bilateraler Ebene|bilaterale(?:n)? (?:Vereinbarung|Abkommen)\w*|bilateral (?:agreements?|arrangements?))\b|\s*(?:成员国|加盟国|회원국\s*)?(?:간의?|사이의?|之间|之間|間で|間の|同士))/;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:between|entre|zwischen|tra|fra)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|die\s+|der\s+|den\s+|dem\s+|el\s+|los\s+|las\s+|il\s+|lo\s+|gli\s+)?$/iu;

/** A cable or link "between" two places joins them; it is no cooperation among themselves ("the Trans-Caspian fibre-optic cable between Kazakhstan and Azerbaijan"). */
const LINK_BETWEEN = /(?:cables?|links?|line|connections?|interconnect\w*|corridors?|routes?|Kabel\w*|Verbindung\w*|câbles?|liaisons?|cavo|cavi|collegament\w*|enlaces?|conexi\w*)\s+(?:between|entre|zwischen|tra|fra)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|die\s+|der\s+|den\s+|el\s+|los\s+|il\s+)?$/i;

/** "approfondir entre eux le marché régional dans le cadre de l'ALECE/CEFTA": said before a regional body of its members. */
const AMONG_THEMSELVES_BEFORE = /\b(?:between themselves|among themselves|with each other|with one another|entre eux|entre elles|untereinander|miteinander|entre sí|entre ellos|tra loro|fra loro)\b[^.;。]{0,100}$/;

/** `regionalBody`: the list is one region, whose members may be said to act among themselves before it is named. */
/**
 * "泰国与日本的经济伙伴关系协定", "태국과 일본의 경제동반자협정", "タイと日本の経済連携協定": the agreement or cooperation of a pair
 * of places named with 与/和/과/와/と, unless the pair is itself the object of such a word ("加强与日本和韩国的合作").
 */
const CJK_PAIR_OWN_AFTER = /^\s*(?:的|의|の)[^。，,；;、]{0,12}?(?:协定|协议|伙伴关系|合作|협정|협력|파트너십|協定|協力|パートナーシップ|経済連携)/;
const CJK_PAIR_GAP = /^\s*(?:与|和|과|와|と)\s*$/;
const CJK_WITH_BEFORE = /(?:与|和|同|跟|과|와|と)\s*$/;

export function cjkPairOwn(text: string, first: number, firstEnd: number, second: number, listEnd: number): boolean {
  return CJK_PAIR_GAP.test(text.slice(firstEnd, second)) && CJK_PAIR_OWN_AFTER.test(text.slice(listEnd, listEnd + 30)) && !CJK_WITH_BEFORE.test(text.slice(Math.max(0, first - 2), first));
}

export function amongThemselves(text: string, listStart: number, listEnd: number, regionalBody = false): boolean {
  return (
    AMONG_THEMSELVES_AFTER.test(text.slice(listEnd, listEnd + 80)) ||
    (BETWEEN_BEFORE.test(text.slice(Math.max(0, listStart - 16), listStart)) && !LINK_BETWEEN.test(text.slice(Math.max(0, listStart - 40), listStart))) ||
    (regionalBody && AMONG_THEMSELVES_BEFORE.test(text.slice(Math.max(0, listStart - 120), listStart)))
  );
}

/**
 * A place in the name of a committee or an office ("Working Party on Eastern Europe and Central Asia", "Delegation for
 * relations with Japan", "Directorate for the Middle East"): the body's remit, not a party.
 */
const BODY_BEFORE = /\b(?:Working Party|Committee|Subcommittee|Directorate(?:-General)?|Delegation|Department|Division|Unit|Desk|Task Force)\s+(?:on|for|of)\s+(?:relations\s+with\s+)?(?:(?:the\s+)?[\p{Lu}][\p{L}-]*,?\s+(?:and\s+)?)*(?:the\s+)?$/u;

export function inBodyName(text: string, listStart: number): boolean {
  return BODY_BEFORE.test(text.slice(Math.max(0, listStart - 80), listStart));
}

/**
 * The seat in the name of the EU's own mission (1.15.45): "con el apoyo de la Delegación de la UE en Colombia", "the Delegation of the
 * European Union to Kenya", "la Délégation de l'UE au Sénégal", "欧盟驻越南代表团". Where the EU is represented, not a party by that name.
 */
const EU_DELEGATION_BEFORE =
  /(?:\bDelegation\s+of\s+the\s+(?:European\s+Union|EU)\s+(?:to|in)|\bEU\s+Delegation\s+(?:to|in)|\bDélégation\s+de\s+l['’](?:Union\s+européenne|UE)\s+(?:au|en|à|aux|auprès\s+d[eu])|\bDelegación\s+de\s+la\s+(?:Unión\s+Europea|UE)\s+(?:en|ante)|\bDelegazione\s+dell['’](?:Unione\s+europea|UE)\s+(?:in|a|presso)|\b(?:EU-)?Delegation\s+der\s+(?:Europäischen\s+Union|EU)\s+(?:in|für|bei))\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|der\s+|dem\s+)?$|(?:欧盟|歐盟)驻$/iu;

export function euDelegationSeat(text: string, listStart: number): boolean {
  const before = text.slice(Math.max(0, listStart - 60), listStart);
  // the word for a delegation, or 驻, is in every EU_DELEGATION_BEFORE phrase: most places have none before them
  return (before.includes('elega') || before.includes('élég') || before.includes('驻')) && EU_DELEGATION_BEFORE.test(before);
}

/** Whether the text after a list of places (up to `limit`: the next place or the end of the sentence) makes it no party. */
export function notAParty(text: string, listEnd: number, limit: number): boolean {
  return noPartyPhrase(text, listEnd, limit) !== null;
}

/**
 * What is said of one route or one project, not of the place: a transit role ("a transit country", "pays de transit",
 * "Transitland", "过境", "を経由") or a project without the EU ("… das Aserbaidschan und Kasachstan ohne europäische Beteiligung
 * bauen", "without EU funding"). No party where it is said; the place may be a partner in another sentence.
 */
// (what a report's scope leaves out, "those segments … are not covered by this annex", is said of that sentence too)
const HERE_ONLY_PHRASE = /not\s+(?:yet\s+)?associated\s+(?:to|with)|nicht\s+(?:(?:an|mit)\s+(?:[^\s.;,]+\s+){1,3})?assoziiert|no\s+(?:está|están|estaba)\s+(?:todavía\s+|aún\s+)?asociad|non\s+(?:è|sono|era)\s+(?:ancora\s+)?associat|negotiat|verhandelt|transit|unilat|einseitig|tránsito|point de passage|route point|过境|経由|경유|without|ohne|sans|\bsin\b|senza|not\s+(?:receive|get|concerned|covered)|pas\s+(?:concerné|couvert)|choisi de ne pas|(?:chose|decided|opted) not to|optaron por no|scelto di non|al margen de|en dehors de|außerhalb der|al di fuori|outside|Gegenstand|subject of/i;
/** "a transit country for this route only", "seulement un pays de transit": nothing but transit, a party to nothing. */
const ONLY_NEAR = /^[^.;,]{0,30}?\b(?:only|solely|merely|seulement|uniquement|nur|lediglich|solamente|únicamente|soltanto|unicamente)\b/i;

/**
 * What notAParty() finds: 'here' when every no-party phrase after the list is said of one route or project (HERE_ONLY_PHRASE:
 * "Egypt is a transit country for the cable" makes it other in that sentence, free to be a partner in another), 'party' when
 * one says the place takes no part.
 */
/** What goes on with the same subject after a semicolon: a pronoun, or its government by name ("…; the Tongan government declined", 1.15.57). */
const PRONOUN_FIRST =
  /^\s*(?:this|that|it|they|these|those|which|neither|ceci|cela|ce|c['’]|il|elle|ils|elles|das|dies|es|sie|esto|eso|esta|ello|ciò|questo|questa|esso|essa|(?:the|le|la|die|el|il)\s+(?:[\p{Lu}][\p{L}-]*\s+)?(?:government|authorities|gouvernement|autorités|Regierung|Behörden|gobierno|autoridades|governo|autorità)(?:\s+[\p{Lu}][\p{L}-]*)?)(?![\p{L}])/iu;

/**
 * What follows a list, where its no-party phrase may be: 90 characters, or up to 120 within the clause (1.15.52: "…, war als fünftes
 * Partnerland vorgesehen, hat die Durchführungsvereinbarung jedoch nicht unterzeichnet"; not "…; das DTC ist daran nicht beteiligt").
 */
function noPartyWindow(text: string, listEnd: number, limit: number): string {
  const near = text.slice(listEnd, Math.min(limit, listEnd + 90));
  // (not past a semicolon that opens a clause of another subject: "It will cross the Caspian to Azerbaijan …; Russian territory is not part of
  // the route", 1.15.56; a pronoun goes on with the same: "…; this is outside the EU framework")
  const semi = near.search(/[;；]/);
  if (semi >= 0) return PRONOUN_FIRST.test(near.slice(semi + 1)) ? near : near.slice(0, semi);
  if (near.length < 90) return near;
  const more = text.slice(listEnd + 90, Math.min(limit, listEnd + 120));
  const stop = more.search(/[;；]/);
  return near + (stop < 0 ? more : more.slice(0, stop));
}

export function noPartyPhrase(text: string, listEnd: number, limit: number): 'party' | 'here' | null {
  const after = noPartyWindow(text, listEnd, limit);
  // "…, auquel l'Union européenne n'est pas partie", "…，欧盟不是该协定的缔约方": the EU, named before the negation, is what is no party
  // (Korean may put a space after the name: "미국·중국 소재 기관은 … 될 수 없습니다", 1.15.52)
  // (or after the bracket of "アラスカ（米国）を経由して", 1.15.62)
  if (after.charCodeAt(0) >= 0x1100 || (after.charCodeAt(0) === 0x20 && isHangul(after.charCodeAt(1))) || (after.charCodeAt(0) === 0x29 && after.charCodeAt(1) >= 0x3040)) {
    if (NO_EU_FRAMEWORK_CJK.test(after)) return 'party';
    if (NO_EU_FUNDS_CJK.test(after)) return 'here';
    const m = NOT_A_PARTY_CJK.exec(after);
    if (m === null || EU_NAMED.test(m[0])) return null;
    return HERE_ONLY_PHRASE.test(m[0]) ? 'here' : 'party';
  }
  const found = latinNoPartyPhrase(after);
  if (found !== null) return found;
  // "L'Australie, à qui la Commission avait proposé en 2023 d'ouvrir un partenariat numérique, a décliné": what is said after a
  // relative clause is said of the place before it
  // (and after an apposition between commas: "Le Mali, initialement associé à l'étude d'une extension vers Bamako, a décliné sa participation")
  // (a place inside the clause is no other subject: "Nicaragua, invitada a sumarse a los trabajos del Diálogo Digital UE-SICA, declinó la
  // invitación", 1.15.46)
  const span = text.slice(listEnd, listEnd + 200);
  const rel = RELATIVE_CLAUSE.exec(span) ?? APPOSITION.exec(span);
  if (rel === null || (listEnd + rel[0].length > limit && !CLAUSE_WORD.test(rel[0]))) return null;
  const from = listEnd + rel[0].length;
  return latinNoPartyPhrase(text.slice(from, from > limit ? from + 90 : Math.min(limit, from + 90)));
}


/** A word of three lower-case letters or more: a clause, not a place's name between commas. */
const CLAUSE_WORD = /(?:^|[^\p{L}])\p{Ll}{3,}/u;

/**
 * An apposition right after a list, between commas: ", initialement associé à l'étude …,", ", a transit country until 2023,"; after its
 * verb too ("Australien ist, anders als Neuseeland, nicht … assoziiert", 1.15.65).
 */
const APPOSITION = /^\s*(?:(?:ist|sind|is|are|est|sont|es|son|è|sono)\s*)?,\s*[^.;,:]{3,150},/;

/** A relative clause right after a list, up to the comma that closes it: ", à qui …,", ", which …,", ", die …,", ", dont …,", ", whose …,". */
const RELATIVE_CLAUSE = /^\s*,\s*(?:à qui|auxquels|auquel|à laquelle|qui|dont|which|who|whom|whose|to which|to whom|die|der|dem|denen|das|dessen|deren|que|a quien|a quienes|al que|a la que|cuy[oa]s?|che|a cui|cui|il cui|la cui|i cui|le cui)\s[^.;,]{0,150},/i;

/** The no-party phrases of NOT_A_PARTY_LATIN in `after`, as noPartyPhrase() reads them, until one names the EU before it. */
function latinNoPartyPhrase(after: string): 'party' | 'here' | null {
  if (!NOT_A_PARTY_HINT.test(after)) return null;
  let found: 'party' | 'here' | null = null;
  NOT_A_PARTY_LATIN.lastIndex = 0;
  for (let m = NOT_A_PARTY_LATIN.exec(after); m !== null; m = NOT_A_PARTY_LATIN.exec(after)) {
    if (EU_NAMED.test(after.slice(0, m.index))) break;
    if (!HERE_ONLY_PHRASE.test(m[0]) || ONLY_NEAR.test(after.slice(m.index + m[0].length))) return 'party';
    found = 'here';
  }
  return found;
}

/** The EU by name, in the languages of the no-party phrases. */
const EU_NAMED = /EU|\bUE\b|European Union|Union européenne|Europäische|Unión Europea|Unione europea|欧盟|欧州連合|유럽연합/;


/** "The EU and India agreed", "L'UE et le Japon": a co-actor of the EU, unless a cue says otherwise. */
export function isEuConjunct(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 72), start);
  const after = text.slice(end, end + 40);
  return (
    // "The EU and India", "L'Union européenne, ses États membres et le Sénégal"
    /(?:\bEU|\bUE|European Union|Union européenne|Europäische Union|Unión Europea|Unione europea)(?:,?\s+(?:its|ses|seine|ihre|sus|i suoi)\s+(?:Member States|member states|États membres|Mitgliedstaaten|Estados miembros|Stati membri))?,?\s+(?:and|et|und|y|e)\s+(?:the\s+|l['’]|le\s+|la\s+|die\s+|el\s+|il\s+)?$/i.test(before) ||
    // "EUとタイは", "EU와 태국은", "欧盟和泰国": the EU and the place as the subject
    (/(?:EU|欧盟|欧州連合|유럽연합)\s*(?:と|와|과|和|及)\s*$/.test(before) && /^(?:は|が|는|은|이|가|双方|两国|両国)/.test(after)) ||
    /^\s+(?:and|et|und|y|e)\s+(?:the\s+|l['’]|die\s+|la\s+|el\s+|il\s+)?(?:EU|UE|European Union|Union européenne|Europäische Union|Unión Europea|Unione europea)\b/i.test(after)
  );
}
