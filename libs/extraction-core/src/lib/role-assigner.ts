import { isEuOrMemberState, isPublicBodyName } from '@dpo/taxonomy';
import { isHangul, isSpace } from './char-classes';
import { DocumentContext, firstAtOrAfter, inEuNoPartySpan, mentionsIn } from './document-context';
import { COUNT } from './partner-label';
import { Mention } from './gazetteer-matcher';
import { afterPreposition, cjkPairOwn, classify, clauseOf, collectCues, CUE_AFTER, CUE_BEFORE, amongThemselves, attendeesFrom, donorPeers, euDelegationSeat, groupLists, hasNegationWord, inBodyName, isEuCompound, isEuPairName, isEuConjunct, negatedPlanIn, noPartyPhrase, notAParty, Role, SentenceCues, venueAfter } from './role-classifier';
import { isHeadingLine, Segment, segmentAt } from './text-segmenter';
import { BUSINESS_BODY_AFTER, claimedByAnother, clauseNamesNoEu, EU_WORD, inEuLessSection, subjectOfOwnAffair } from './foreign-cooperation';

/** "between", "zwischen", "entre", "tra", "fra" and up to three words before a place: one end of a link the sentence speaks of. */
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:between|zwischen|entre|tra|fra)\s+(?:(?:the|la|le|les|l['’]|der|dem|den|el|los|las|il|lo)\s+)?(?:[^\s,.;]+\s+){0,3}$/iu;

/**
 * The list is in brackets right after a capitalised word that is not itself a place name ("Alaska (United States)"). (Not a public
 * body's acronym after its long name, "l'Autorità … Cibernetica (AKCESK)": that is the body again.)
 */
function isLocator(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x28 || text.charCodeAt(end) !== 0x29 || isPublicBodyName(text.slice(start, end))) return false;
  let k = start - 2;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  let w = k;
  while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
  return k >= w && /\p{Lu}/u.test(text[w]);
}

/**
 * A university, institute, academy, agency or ministry named right before a bracket, or its acronym: "Ilia State University
 * (Georgia)", "ICONTEC (Colombia)", "l'ANRT (Maroc)".
 */
const INSTITUTION_BEFORE =
  /(?:University|Universität|Universit[éà]|Universidad|Universidade|Institute|Institut|Instituto|Istituto|Academy|Akademie|Académie|Academia|Accademia|Polytechnic|Politecnico|Polytechnique|College|Laboratory|Laboratoire|Laboratorio|Agency|Agentur|Agence|Agencia|Agenzia|Ministry|Ministère|Ministerium|Ministerio|Ministero)[^,;:()\n]{0,60}\s*$|(?:^|[^\p{L}])\p{Lu}{2,8}\s*$/u;

/** "… with Sydney, Australia.", "in Nairobi, Kenya;", "hosted in Addis Ababa, Ethiopia, in June", "à Fortaleza, au Brésil,": a city and, after a comma, its country, at the end of a clause. */
const CITY_BEFORE = /(?:^|[\s(])\p{Ll}+\s+(?:\p{Lu}[\p{L}-]+\s+)?\p{Lu}[\p{L}-]+,\s*(?:(?:au|aux|en|in|in the|en el|nel|in der)\s+)?$/u;

/** A capital named for its country (1.15.46): "Ciudad de Panamá", "Città del Messico", "Ville de Koweït", "Panama City", "Kuwait City", "巴拿马城". */
const CITY_OF_BEFORE = /(?:Ciudad\s+de|Città\s+d(?:i|el)|Ville\s+de|City\s+of)\s+$/;
const CITY_AFTER = /^(?:\s+City\b|城|市(?!场))/;

function cityNamedFor(text: string, m: Mention): boolean {
  return CITY_AFTER.test(text.slice(m.end, m.end + 6)) || CITY_OF_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));
}

function cityCountry(ctx: DocumentContext, m: Mention): boolean {
  if (!/^\s*[.;,)]/.test(ctx.text.slice(m.end, m.end + 3)) || !CITY_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) return false;
  // the word before the comma is no place of its own ("with Kenya, Rwanda."); "… à Fortaleza, au Brésil, et …" names the country after an article
  const comma = ctx.text.lastIndexOf(',', m.start - 1);
  return !mentionsIn(ctx.places, Math.max(0, comma - 80), comma).some((p) => p.end === comma);
}

/** Regions that are only places (not an organisation or a framework of their own, as the Eastern Partnership and ASEAN are). */
const GEOGRAPHIC_REGIONS: ReadonlySet<string> = new Set(['region:western-balkans', 'region:central-asia', 'region:lac', 'region:africa']);
/** A number of countries "of" the region right before it (1.15.45), or the countries of it (1.15.47): "tre paesi dei", "five countries of", "cinq pays d'", "fünf Länder in", "i Paesi dei Balcani occidentali". */
const COUNTED_COUNTRIES_OF = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:\d+|${Object.keys(COUNT).join('|')}|the|i|les|die|den|los|gli)\s+(?:countries|paesi|pays|Länder|Ländern|Staaten|países|Estados|États)\s+(?:of|in|from|dei|degli|della|del|dell['’]|des|de\s+l['’]|de\s+la|d['’]|du|der|des|im|in|de|del|de\s+los)\s*(?:the\s+)?$`,
  'iu',
);
/** Regions that are a continent or an ocean's rim rather than a group of states with a counterpart. */
export const BROAD_AREAS: ReadonlySet<string> = new Set(['region:africa', 'region:indo-pacific', 'region:asia-pacific']);

/** "Southeast Asia", "东南亚", "Südostasien": the part of the world, not the association of its states (named "ASEAN", "东盟", "아세안"). */
const ASEAN_BY_NAME = /ASEAN|Asean|ANASE|东盟|東協|아세안|アセアン|Association|Verband|Asociación|Associazione|国家联盟|諸国連合/;

function isGeographicAsean(text: string, m: Mention): boolean {
  return m.id === 'region:asean' && !ASEAN_BY_NAME.test(text.slice(m.start, m.end));
}

/**
 * After the EU (or a member state) when it is a yardstick or a model, not a party: "the EU average", "EU보다 먼저", "EUより",
 * "EU식 규제" (EU-style rules), "与欧盟相比". Before it: "than the EU", "compared with the EU", "比欧盟".
 */
const EU_YARDSTICK_AFTER =
  /^(?:[\s'’]*(?:s|의|の|的))?\s*(?:average|moyenne|Durchschnitt\w*|promedio|media|平均|평균|기준|수준|基準|水準|标准|水平)|^\s*(?:的)?(?:相比|相较|に比べ|と比べ|에 비해|보다|より)|^(?:식|式|型|\s방식|-style\b)|^\s?(?:\((?:EU|유럽연합|欧州連合)\)|\))?\s?(?:에 이어|に続き|に続いて|に次いで|之后)/;
const EU_YARDSTICK_BEFORE = /(?:\bthan|\bcompared (?:to|with)|\bim Vergleich zu|par rapport à|低于|高于|超过|不及|相比于|比|继)\s*(?:the\s+|l['’]|la\s+|der\s+|el\s+|il\s+)?$/;

/**
 * A list of observers on its line ("Observers: European Union (Delegation for the Pacific), ITU", "Observadores: Unión Europea"), or
 * the EU said to attend as one ("the EU, as an observer", "the European Union attended as an observer", "l'UE, en qualité
 * d'observateur", "欧盟以观察员身份"): at the meeting, no side of what it decides.
 */
const OBSERVERS_LABEL_BEFORE = /(?:^|\n)[ \t]*(?:Observers?|Observateurs?|Beobachter(?:innen)?|Observadores?|Osservatori|观察员|觀察員|オブザーバー|옵서버|참관(?:국|기관)?)[ \t]*[:：][^\n]*$/;
const AS_OBSERVER_AFTER =
  /^\s*(?:\([^()\n]{0,60}\)\s*)?(?:,\s*)?(?:\((?:as\s+)?(?:an\s+)?observer\)|\(observat|\(Beobachter|\(observador|\(osservatore|(?:[\p{L}-]+\s+){0,2}?(?:as\s+(?:an\s+)?observer|en\s+(?:tant\s+qu['’]|qualité\s+d['’])observat|als\s+Beobachter|como\s+observador|come\s+osservatore|in\s+qualità\s+di\s+osservatore)|以观察员|作为观察员|（观察员|はオブザーバー|がオブザーバー|（オブザーバー|[은는이가] 옵서버|\(옵서버|（옵서버)/iu;

/**
 * The EU as the goal of a place's accession, not a party to its cooperation: "加入欧盟是塞尔维亚的战略目标", "Serbia's bid to join the EU",
 * "accession to the EU", "l'adhésion à l'UE", "der Beitritt zur EU", "EU-Beitritt", "la adhesión a la UE", "l'adesione all'UE",
 * "EU加盟", "EU 가입".
 */
const EU_ACCESSION_BEFORE =
  /(?:加入|\bjoin(?:s|ed|ing)?\s+the|\baccession\s+to\s+the|\bmembership\s+(?:of|in)\s+the|\badhésion\s+à|\badhérer\s+à|\bBeitritt\s+zur|\badhesión\s+a|\bingreso\s+en|\badesione\s+al|\bentrare\s+nel)\s*(?:l['’]|la\s+|el\s+|der\s+)?$/i;
/**
 * The EU a place has left (1.15.41): "Seit dem Austritt des Vereinigten Königreichs aus der Europäischen Union", "the UK's withdrawal
 * from the EU", "la sortie du Royaume-Uni de l'UE", "英国退出欧盟", "EU離脱", "EU 탈퇴": no party to what the text reports.
 */
const EU_EXIT_BEFORE =
  /(?:退出|\b(?:withdrawal|exit)\s+(?:of\s+[^.;:]{2,40}?\s+)?from\s+the|\b(?:left|leaving|leave)\s+the|\bAustritt\s+(?:des\s+[^.;:]{2,40}?\s+)?aus\s+der|\b(?:sortie|retrait)\s+(?:du\s+[^.;:]{2,40}?\s+)?de|\bsalida\s+(?:del\s+[^.;:]{2,40}?\s+)?de|\buscita\s+(?:del\s+[^.;:]{2,40}?\s+)?dal)\s*(?:l['’]|la\s+|el\s+|der\s+)?$/i;
const EU_ACCESSION_AFTER = /^(?:-Beitritt|-Austritt|\s+(?:accession|membership)\b|\s*加盟|\s*가입|\s*(?:から(?:の)?)?離脱|\s*탈퇴)/;
/**
 * What may follow the EU that someone joins, for an accession: the end of the phrase or a function word ("join the EU in 2030",
 * "加入欧盟是…"); not a noun it qualifies ("joined the EU-funded programme", "join the EU programme on chips", "the EU's call").
 */
const EU_PHRASE_END = /^(?:\s*(?:$|[.,;:!?)\]»”"，。、])|\s+(?:in|by|before|within|as|and|or|is|was|remains|would|will|has|had|soon|one|de|en|et|ou|est|a|y|e|è|ist|und|oder|bis|vor|im|als|not|no|non|nicht)\b|是|は|이|가|을|를)/u;

/**
 * The EU (or a member state) at `m` is a yardstick, the goal of an accession, named for its law ("the EU's AI Act", "EU의 AI법"), or
 * an observer, not a party.
 */
export function euAsYardstick(text: string, mentions: readonly Mention[], m: { start: number; end: number }): boolean {
  const after = text.slice(m.end, m.end + 14);
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  if (EU_YARDSTICK_AFTER.test(after) || EU_YARDSTICK_BEFORE.test(before)) return true;
  if (EU_ACCESSION_AFTER.test(after) || EU_EXIT_BEFORE.test(text.slice(Math.max(0, m.start - 72), m.start)) || (EU_ACCESSION_BEFORE.test(before) && EU_PHRASE_END.test(after))) return true;
  if (OBSERVERS_LABEL_BEFORE.test(text.slice(Math.max(0, m.start - 200), m.start)) || AS_OBSERVER_AFTER.test(text.slice(m.end, m.end + 90))) return true;
  // (an act that starts within 14 characters, however long its name: "the European Union's Artificial Intelligence Act", 1.15.48)
  for (let i = firstAtOrAfter(mentions, m.end); i < mentions.length && mentions[i].start < m.end + 14; i++) if (mentions[i].kind === 'act') return true;
  // "el Reglamento General de Protección de Datos de la Unión Europea", "the Data Act of the European Union"
  return mentionsIn(mentions, Math.max(0, m.start - 64), m.start).some((x) => x.kind === 'act' && ACT_OF_BEFORE.test(text.slice(x.end, m.start)));
}

/** What joins a legal act to the EU whose law it is: "of the", "de la", "de l'", "der", "des", "della", "dell'". */
const ACT_OF_BEFORE = /^\s*(?:\([^()]{1,12}\)\s*)?(?:of(?: the)?|de(?: la| l['’])?|der|des|dell['’]|della|di)\s*$/i;

/** The sentence names neither the EU nor a member state, but as a yardstick or for its law ("한국은 … EU보다 먼저", "EU식 규제와 차별화"). */
function namesNoEu(ctx: DocumentContext, from: number, to: number, inSentence: readonly Mention[]): boolean {
  let sentence = ctx.text.slice(from, to);
  if (!EU_WORD.test(sentence)) return !inSentence.some((m) => isEuOrMemberState(m.id));
  // every EU or member-state mention a yardstick, and no other EU word once they are blanked out
  const eu = inSentence.filter((m) => isEuOrMemberState(m.id));
  if (eu.length === 0 || !eu.every((m) => euAsYardstick(ctx.text, ctx.mentions, m))) return false;
  for (const m of eu) sentence = sentence.slice(0, m.start - from) + ' '.repeat(m.end - m.start) + sentence.slice(m.end - from);
  return !EU_WORD.test(sentence);
}

/** A relative pronoun of joining right before the list: "al que", "a la que", "auquel", "à laquelle", "to which", "a cui". */
// ("dem", "der" are left out: as articles they stand before every other German place)
const JOINS_RELATIVE_BEFORE = /(?:\bal que|\ba la que|\bauquel|\bà laquelle|\bto which|\bwhich|\ba cui|\bal quale)\s+(?:(?:la|le|el|il|the)\s+)?$/i;

/** A member word after a region's name, one state of it: "ASEAN加盟国", "아세안 국가" (not "동방 파트너십 국가들", its countries), "ASEAN member state". */
const REGION_MEMBER_AFTER = /^\s?(?:加盟国|成员国?|国家|各国|諸国|국가(?!들)|회원국(?!들)|member\s+(?:state|country|nation)(?![\p{L}])|Mitgliedsta\p{L}*|country(?![\p{L}]))/u;

const COMMA_GAP = /^\s*,\s*(?:the\s+|l['’]|la\s+|die\s+|el\s+|il\s+)?$/i;

/** The items of a list after the last semicolon between two of them (all of them when none is). */
function afterLastSemicolon(text: string, list: readonly Mention[]): readonly Mention[] {
  for (let k = list.length - 1; k > 0; k--) if (text.slice(list[k - 1].end, list[k].start).includes(';')) return list.slice(k);
  return list;
}

/** A relative pronoun right after a list of places: what follows is said of that list. */
const RELATIVE_AFTER = /^\s*,?\s*(?:que|qui|which|who|that|der|die|das|welche[rsn]?|che|il quale|la quale|el cual|la cual)\b/i;

function relativeAfter(text: string, list: readonly Mention[]): boolean {
  const end = list[list.length - 1].end;
  return RELATIVE_AFTER.test(text.slice(end, end + 16));
}

/** "US big tech", "Chinese sellers", "US proprietary IT": the name qualifies a noun, the cue is about that noun. */
const ATTRIBUTIVE =
  /^\s+(?:\([^)]{0,30}\)\s+)?(?:big|tech|companies|company|firms?|providers?|hyperscalers|proprietary|platforms?|investors?|market|markets|products|suppliers?|vendors?|players|giants|corporations|industry|dominance|share|sellers|marketplaces|actors|hackers|entities|nationals|dollars?)(?![\p{L}\p{N}])/u;

/**
 * "South Korea's Samsung Electronics", "China's Huawei": a possessive before a company or product name, which the cue is
 * about; not before a state actor or an adjective ("Japan's Digital Agency", "India's Ministry of Electronics").
 */
const POSSESSIVE_NAME =
  /^['’]s\s+(?!(?:Ministry|Minister|Government|President|Prime|Foreign|Digital|National|Agency|Department|Office|Parliament|Council|Embassy|Delegation|Commission|Cabinet|State|Federal|Secretary|Vice|Deputy|Chief|Permanent|Mission|Central|Public|Ministers?)\b)[\p{Lu}][\p{L}-]+/u;

/** "US-Exportkontrollen", "China-Konzerne": a German compound of the name and a noun of companies, markets or controls. */
const GERMAN_COMPOUND = /^-(?:Dollar|Unternehmen|Konzern\w*|Firm\w*|Anbieter\w*|Hersteller\w*|Export\w*|Tech\w*|Markt\w*|Chip\w*|Plattform\w*|Investor\w*|Sanktion\w*|Zöll\w*|Zoll\w*|Hyperscaler\w*|Cloud\w*|Halbleiter\w*)/;

/**
 * "한국 기업과의 경쟁", "中国企业", "日本企業": a CJK noun of companies or markets right after the name, or after its "of" ("米国と中国の大手企業",
 * "中国的企业", "중국의 대형 기업", 1.15.66); "日本の支援", "일본의 지원": its own aid.
 */
const CJK_ATTRIBUTIVE = /^\s?(?:기업|업체|회사|시장|제품|자본|企業|企业|公司|厂商|メーカー|市場|市场|产品|製品|资本|資本)|^(?:の(?:支援|援助|ODA)|의 (?:지원|원조))|^(?:の|的|의\s?)(?:大手|主要|大型|대형|주요)?\s?(?:企業|企业|公司|メーカー|事業者|기업|업체|회사)/;
/** Companies right after a place, or after its "of": "中国企业", "中国の大手企業", "중국의 기업". */
const CJK_COMPANIES_OF = /^(?:\s?|の|的|의\s?)(?:大手|主要|大型|대형|주요)?\s?(?:企業|企业|公司|メーカー|事業者|기업|업체|회사)/;

/** "Russia's war of aggression", "China's cyber-attacks": the name owns a hostile act. */
const POSSESSIVE_HOSTILE = /^['’]s\s+(?:(?:full-scale|illegal|unprovoked|ongoing|brutal|continued)\s+)?(?:war|aggression|invasion|attacks?|cyber-?attacks?|hybrid|disinformation|interference|sabotage)\b/i;

/**
 * Korean puts a country's name before an organisation or a company of it, after a space: "미국 넥스트G 얼라이언스", "일본 XG 모바일
 * 추진 포럼", "일본 NTT도코모". A Latin-letter name, or a name that ends in a word for a body, right after the country's name.
 */
const KO_ATTRIBUTIVE = /^ (?:[A-Za-z]|[^\s,.]{1,12}(?: [^\s,.]{1,12}){0,3} ?(?:얼라이언스|포럼|협회|재단|컨소시엄|연구소)(?![가-힣]))/;

function isAttributive(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 0x20 && isHangul(text.charCodeAt(end - 1)) && KO_ATTRIBUTIVE.test(text.slice(end, end + 48))) return true;
  if ((c === 0x27 || c === 0x2019) && POSSESSIVE_HOSTILE.test(text.slice(end, end + 40))) return true;
  if (CJK_ATTRIBUTIVE.test(text.slice(end, end + 8))) return true;
  if (c === 0x2d && GERMAN_COMPOUND.test(text.slice(end, end + 24))) return true;
  if ((c === 0x27 || c === 0x2019) && POSSESSIVE_NAME.test(text.slice(end, end + 60))) return true;
  return ATTRIBUTIVE.test(text.slice(end, end + 60));
}


/** "EU", "欧" (欧盟, 中欧, 欧洲) in a Chinese title: the EU's own agreement. */
const EU_IN_TITLE = /EU|欧/;

/**
 * A place in the title of someone else's agreement, or the subject of one named after it: "《东盟数字经济框架协议》",
 * "东盟十国正在谈判的《东盟数字经济框架协议》". The title names no EU ("欧盟", "中欧").
 */
function othersTitle(text: string, start: number, end: number): boolean {
  // looked for only in the 20 characters before the name: a search back to the start of a long text for every place was a hot spot
  const back = text.slice(Math.max(0, start - 20), start).lastIndexOf('《');
  const open = back < 0 ? -1 : Math.max(0, start - 20) + back;
  // (every search stays within a title's length: an unclosed 《 must not send one to the end of a long text)
  if (open >= 0) {
    const close = text.slice(open, open + 80).indexOf('》');
    if (close >= 0 && open + close >= end && !text.slice(open, start).includes('》')) return !EU_IN_TITLE.test(text.slice(open, open + close));
  }
  // the subject: "X……的《…X…》" a few characters on
  const after = text.slice(end, end + 14);
  const k = after.indexOf('的《');
  if (k < 0 || /[。，；,;]/.test(after.slice(0, k))) return false;
  const from = end + k + 1;
  const close = text.slice(from, from + 41).indexOf('》');
  if (close < 0) return false;
  const title = text.slice(from, from + close);
  return title.includes(text.slice(start, end)) && !EU_IN_TITLE.test(title);
}

/**
 * Cues of a sentence, read only in the windows where classify() looks (160 chars before and
 * 80 after each list, merged): scanning whole long sentences for cues was a hot spot.
 */
function cuesAround(ctx: DocumentContext, s: Segment, lists: readonly Mention[][]): SentenceCues {
  const found: SentenceCues = { partner: [], other: [] };
  let from = -1;
  let to = -1;
  const flush = (): void => {
    if (from >= 0) collectCues(ctx.text, from, to, ctx.cues, found);
  };
  for (const list of lists) {
    const a = Math.max(s.start, list[0].start - CUE_BEFORE);
    const b = Math.min(s.end, list[list.length - 1].end + CUE_AFTER);
    if (from >= 0 && a <= to) to = Math.max(to, b);
    else {
      flush();
      from = a;
      to = b;
    }
  }
  flush();
  return found;
}

/**
 * Role of every place mention from its sentence: the EU and member states are never
 * partners; "EU-X" compounds are; otherwise the nearest cue in the clause decides for the
 * whole coordinated list the name belongs to; no cue at all means `other`. Only partners are
 * recorded in `ctx.roles`: a mention without an entry is `other`.
 */
export function assignRoles(ctx: DocumentContext): void {
  const euNoParty = assignListRoles(ctx);
  // "EUは同協定の当事者ではない", "the EU is not party to it": the places of that sentence and the one before it are parties of
  // an agreement the EU is not in (those of that sentence alone for a project said not to concern the EU)
  for (const [first, i] of euNoParty) {
    const from = ctx.sentences[first].start;
    ctx.euNoPartySpans.push(from, ctx.sentences[i].end);
    for (const m of mentionsIn(ctx.places, from, ctx.sentences[i].end)) ctx.roles.delete(m);
  }
  // "entre le Gouvernement de la République du Cameroun et le Gouvernement de la République de Corée": two governments outside the
  // EU named as the parties of what the sentence reports (a memorandum, an agreement) are each other's, not the EU's
  for (const m of governmentsBetween(ctx)) {
    ctx.roles.delete(m);
    ctx.foreign.add(m);
  }
  // a place paired with the EU by name ("欧盟—海合会数字对话", "the EU–Jordan partnership") takes part, whatever one project it is
  // said to stay out of ("海湾国家本身并未参与欧盟资助的光缆项目")
  // (so does a place whose name is the pair, "日EU間の協力の当事者ではない" being said of someone else, and the other party of an
  // agreement "between the EU and" it: "l'accordo tra l'Unione europea e il Canada", whatever one programme of it "il Canada non
  // partecipa … né al programma Europa digitale")
  if (ctx.notParties.size > 0) for (const m of ctx.places) if (ctx.notParties.has(m.id) && (isEuCompound(ctx.text, m.start, m.end) || isEuPairName(ctx.text, m.start, m.end) || betweenEuAnd(ctx, m))) ctx.notParties.delete(m.id);
  // a place the text says is no party is no partner in any of its sentences
  for (const m of [...ctx.roles.keys()]) if (ctx.notParties.has(m.id)) ctx.roles.delete(m);
}

/** A 'here' phrase that says the cooperation is not the EU's: "outside the EU framework", "without EU participation", "sin cooperación europea". */
const EU_FRAME_LEFT = /\b(?:outside|without|sans|sin|senza|ohne|al\s+margen|en\s+dehors|außerhalb|al\s+di\s+fuori)\b[^.;]{0,30}?\b(?:EU|UE|European|européenne|europea|europäische\w*|Europe|Europa)\b/i;

/** A determiner of none before an EU pair's noun phrase: "aucune coopération numérique bilatérale UE–", "no EU-", "keine EU-". */
const NO_PAIR_BEFORE = /(?:^|[^\p{L}])(?:aucune?|no|kein(?:e|en)?|ningun[oa]?|ningún|nessun[oa]?)\s+(?:[\p{L}-]+\s+){0,3}(?:EU|UE)\s*[-–—‐]\s*$/iu;

/** A participation in what follows: "Teilnahme an der", "participation in the", "partecipazione al", "participación en la", "membership of the". */
const PARTICIPATION_IN_BEFORE =
  /(?:Teilnahme|Beteiligung|Mitgliedschaft|participation|membership|partecipazione|adesione|participación|adhesión|adhésion)\s+(?:an|in|of|à|au|aux|a|al|alla|all['’]|en|de|du|della|del)\s+(?:der|dem|den|the|la|le|les|l['’]|el|il|lo)?\s*$/iu;

/** A taking part, and nothing else, right after a list that ends its sentence with it. */
const TAKE_PART_ONLY =
  /^(?:[가이]\s*(?:참여|참가)(?:한다|했다|하고\s*있다|함|합니다)?\s*[.。]|(?:也)?(?:参与|参加)(?:了)?(?:其中)?[。.]|が参加(?:する|した|している|しています)?[。.]|\s+(?:participate|take\s+part|are\s+taking\s+part|joined|participent|participeront|participan|participarán|partecipano|nehmen\s+teil|beteiligen\s+sich)\s*[.;])/u;


/** "a US chipmaker", "a Chinese cloud provider": an indefinite article before the place, a kind of company after it. */
const A_BEFORE = /(?:^|[^\p{L}])an?\s+$/iu;
const FIRM_AFTER = /^\s+(?:chipmakers?|hyperscalers?|cloud\s+providers?|tech\s+(?:giants?|firms?|compan(?:y|ies))|compan(?:y|ies)|firms?|vendors?|suppliers?|investors?|manufacturers?|start-?ups?|conglomerates?|operators?|carriers?)\b/i;
/** The rest of a company's name after a country's: "China Mobile", "Korea Telecom", "Japan Airlines". */
const COMPANY_AFTER = /^ (?:Mobile|Telecom\w*|Unicom|Tower|Electric|Electronics|Airlines|Airways|Merchants|Steel|Railway|Holdings|Satellite Communications)\b/;

/** "between the EU and", "entre l'Union européenne et l'", "zwischen der EU und", "tra l'Unione europea e il" right before a place. */
const BETWEEN_EU_AND =
  /(?:^|[^\p{L}])(?:between|entre|zwischen|tra|fra)\s+(?:the\s+|l['’]|la\s+|der\s+|el\s+)?(?:EU|UE|European Union|Union européenne|Europäischen Union|Unión Europea|Unione europea)\s+(?:and|et|und|y|e)\s+(?:the\s+|l['’]|le\s+|la\s+|dem\s+|der\s+|el\s+|il\s+|lo\s+)?$/u;

/** The place follows "between the EU and", in a sentence with no negation (not "Eine Vereinbarung zwischen der EU und Taiwan liegt … nicht zugrunde"). */
function betweenEuAnd(ctx: DocumentContext, m: Mention): boolean {
  if (!BETWEEN_EU_AND.test(ctx.text.slice(Math.max(0, m.start - 48), m.start))) return false;
  const s = ctx.sentences[segmentAt(ctx.sentences, m.start)];
  return s !== undefined && !hasNegationWord(ctx.text, s.start, s.end);
}

/** "the Government of (the Republic of)", "le Gouvernement de la République du", "der Regierung der Republik", "el Gobierno de la República de". */
const GOVERNMENT_OF = String.raw`(?:(?:the|le|la|l['’]|die|der|el|il)\s*)?(?:Governments?|Gouvernements?|Regierung|Gobiernos?|Governo)\s+(?:of|de|du|des|der|del|della|dello|di)\s+(?:(?:the|la|l['’])\s*)?(?:(?:Republic|République|Republik|República|Repubblica|Kingdom|Royaume|Königreich|Reino|Regno|State|État|Staat|Estado|Stato|Sultanate|Sultanat|Federation|Fédération)\s+(?:of|de|du|des|der|del|della|dello|di)\s+(?:(?:the|la|l['’])\s*)?)?`;
/** The government, state or authorities "of" a place right before it: the place itself as an actor ("The Government of Mauritania declined it"). */
const GOVERNMENT_OF_BEFORE = new RegExp(
  String.raw`(?:${GOVERNMENT_OF}|(?:Republic|République|Republik|República|Repubblica|Kingdom|Royaume|Königreich|Reino|Regno|State|État|Estado|Stato|authorities|autorités|Behörden|autoridades|autorità)\s+(?:of|de|du|des|von|der|del|della|di|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?)$`,
  'iu',
);
const BETWEEN_GOVERNMENT = new RegExp(String.raw`(?:^|[^\p{L}])(?:between|entre|zwischen|tra|fra)\s+${GOVERNMENT_OF}$`, 'iu');
const AND_GOVERNMENT = new RegExp(String.raw`^\s+(?:and|et|und|y|e)\s+${GOVERNMENT_OF}$`, 'iu');

/** Both places of each "between the Government of X and the Government of Y", X and Y outside the EU. */
function governmentsBetween(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  const text = ctx.text;
  const places = ctx.places;
  for (let i = 0; i + 1 < places.length; i++) {
    const a = places[i];
    const b = places[i + 1];
    if (a.kind !== 'country' || b.kind !== 'country' || a.id === b.id || isEuOrMemberState(a.id) || isEuOrMemberState(b.id)) continue;
    if (b.start - a.end > 90 || !AND_GOVERNMENT.test(text.slice(a.end, b.start))) continue;
    if (BETWEEN_GOVERNMENT.test(text.slice(Math.max(0, a.start - 90), a.start))) out.push(a, b);
  }
  return out;
}

/** The dashes that join the names of a pair. */
const DASHES = '-–—‐';

/** A one-character name of a country outside the EU that Chinese, Japanese and Korean put before a dash: "한-아세안", "中—东盟". */
const CJK_SHORT_NAME_BEFORE = /(?:^|[^\p{L}])[한韩韓中日美英印豪俄澳]\s*[-–—‐]\s*$/u;

/**
 * `m` is joined by a dash, with nothing else between, to another place outside the EU ("China–ASEAN", "中国—东盟", "한-아세안"):
 * the name of those two's own cooperation.
 */
export function inPairOfOthers(ctx: DocumentContext, m: Mention): boolean {
  const text = ctx.text;
  // a dash next to the name (spaces aside) or nothing: most names have none
  let b = m.start - 1;
  while (b >= 0 && isSpace(text.charCodeAt(b))) b--;
  let a = m.end;
  while (a < text.length && isSpace(text.charCodeAt(a))) a++;
  if (!(b >= 0 && DASHES.includes(text[b])) && !(a < text.length && DASHES.includes(text[a]))) return false;
  if (CJK_SHORT_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return true;
  const near = mentionsIn(ctx.places, Math.max(0, m.start - 40), Math.min(text.length, m.end + 40));
  for (const x of near) {
    if (x === m || isEuOrMemberState(x.id) || x.id === m.id) continue;
    const gap = x.end <= m.start ? text.slice(x.end, m.start) : x.start >= m.end ? text.slice(m.end, x.start) : null;
    if (gap !== null && /^\s*[-–—‐]\s*$/.test(gap)) return true;
  }
  return false;
}

/** `pos` lies in a row of one of the document's tables. */
function inTableRow(ctx: DocumentContext, pos: number): boolean {
  return ctx.tableRows.some((r) => pos >= r.start && pos < r.end);
}

/** A question opened by "why" (after a speaker's label), the place among its next two words: "¿Por qué El ", "PREGUNTA (EFE): Why ". */
const WHY_FIRST = /^(?:[^.?!:\n]{0,60}[:：]\s*)?[\s¿¡"“«]*(?:why|pourquoi|warum|wieso|weshalb|por\s*qué|perché|come\s+mai)\s+(?:[\p{L}'’]+\s+){0,2}$/iu;

/** Roles of the lists of places, sentence by sentence; returns the spans of sentences (first and last index) where the EU is said to be no party. */
function assignListRoles(ctx: DocumentContext): [number, number][] {
  const places = ctx.places;
  // [first, last] sentence indices: the sentence that says so and the one before it, or (a project said not to concern the EU) that one alone
  const euNoParty: [number, number][] = [];
  const saysNoParty = (mentions: readonly Mention[], si: number): void => {
    const said = euSaysNoParty(ctx.text, mentions, ctx.sentences[si].end);
    if (said !== null) euNoParty.push([said === 'here' ? si : Math.max(0, si - 1), si]);
  };
  // ids made partners so far, sentence by sentence
  const partnerIds = new Set<string>();
  const titleEnd = ctx.lines.length > 0 ? ctx.lines[0].end : 0;
  let next = 0;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    // sentences and places are both sorted: walk them together instead of searching per sentence
    while (next < places.length && places[next].start < s.start) next++;
    if (next >= places.length) break;
    if (places[next].start >= s.end) continue;
    const inSentence = mentionsIn(places, s.start, s.end);
    // the EU and member states are `other` whatever the cues say, and `other` is what an absent role
    // means: a sentence that names no one else needs no grouping at all
    if (inSentence.every((m) => isEuOrMemberState(m.id))) {
      saysNoParty(inSentence, si);
      continue;
    }
    // a list of only the EU and member states neither widens the cue windows nor gets classified
    // (half of all place mentions are "EU")
    const lists: Mention[][] = [];
    for (const list of groupLists(ctx.text, inSentence)) {
      // "… entre le Golfe et la Turquie ; l'UE n'y participe pas": the EU may close a list of others
      saysNoParty(list, si);
      if (list.every((m) => isEuOrMemberState(m.id))) continue;
      // "中国—东盟自由贸易区", "the China–ASEAN upgrade", "한-아세안 FTA": a pair of others by name, not a party of the EU's
      if (list.every((m) => isEuOrMemberState(m.id) || inPairOfOthers(ctx, m))) continue;
      lists.push(list);
    }
    // a question ("问：东盟与欧盟的区域自贸协定还有希望吗？", "Can a US university join the consortium?") asks, and says no one takes part (1.15.52)
    if (isQuestion(ctx.text, s.end)) {
      // (but a why-question takes as given what it asks about: "¿Por qué El Salvador, que acoge esta ceremonia, no está entre los países
      // piloto?" says El Salvador is none, 1.15.56)
      const first = lists[0];
      if (first && WHY_FIRST.test(ctx.text.slice(s.start, first[0].start)) && noPartyPhrase(ctx.text, first[first.length - 1].end, s.end) === 'party') {
        for (const m of first) ctx.notParties.add(m.id);
      }
      continue;
    }
    const found = cuesAround(ctx, s, lists);
    // the sentence names neither the EU nor a member state: what its countries do with each other is their own affair
    // found the first time a partner list asks
    let noEuCache: boolean | undefined;
    const noEuSentence = (): boolean => (noEuCache ??= namesNoEu(ctx, s.start, s.end, inSentence));
    // whether the sentence holds a negation at all, found the first time a partner list asks
    let negation: boolean | undefined;
    // a country outside the EU is the subject of this sentence, which names no EU
    let subjectActs = false;
    // lists that are what a place before them is said to take no part in (made when one is found: most sentences have none)
    let objectsOfNoParty: Set<number> | undefined;
    for (let li = 0; li < lists.length; li++) {
      if (objectsOfNoParty?.has(li)) continue;
      const list = lists[li];
      const first = list[0];
      const last = list[list.length - 1];
      const [cs, ce] = clauseOf(ctx.text, s.start, s.end, first.start);
      const cued = classify(ctx.text, cs, ce, first.start, last.end, ctx.cues, found);
      // "The EU and Brazil agreed": the EU is often in the list itself, so each other name is asked whether it is the EU's conjunct
      const conjunct = isEuConjunct(ctx.text, first.start, last.end) || list.some((m) => !isEuOrMemberState(m.id) && isEuConjunct(ctx.text, m.start, m.end));
      let role: Role = cued ?? (conjunct ? 'partner' : 'other');
      // "the EU-ASEAN Business Council", "EU-Japan Business Round Table": a lobby of companies, not cooperation of governments
      if (list.length === 1 && BUSINESS_BODY_AFTER.test(ctx.text.slice(last.end, last.end + 12)) && isEuCompound(ctx.text, first.start, first.end)) continue;
      // "Huawei and China Mobile International concluded …", "Saudi Telecom", "Japan Airlines": a company's name (1.15.42)
      if (list.length === 1 && COMPANY_AFTER.test(ctx.text.slice(last.end, last.end + 24))) continue;
      // "a similar agreement between SDAIA and a US chipmaker", "a Chinese cloud provider": a company of the place, not the place (1.15.57)
      if (list.length === 1 && A_BEFORE.test(ctx.text.slice(Math.max(0, first.start - 4), first.start)) && FIRM_AFTER.test(ctx.text.slice(last.end, last.end + 24))) continue;
      if (list.some((m) => isEuCompound(ctx.text, m.start, m.end))) {
        const strongOther = classify(ctx.text, Math.max(cs, first.start - 20), ce, first.start, last.end, ctx.cues, found);
        role = strongOther === 'other' && /threat|attack|sanction|威胁|制裁/i.test(ctx.text.slice(cs, ce)) ? 'other' : 'partner';
      }
      // "aucune coopération numérique bilatérale UE–Qatar n'est en cours", "no EU–Qatar dialogue exists": a pair said not to exist (1.15.47)
      if (list.length === 1 && isEuCompound(ctx.text, first.start, first.end) && NO_PAIR_BEFORE.test(ctx.text.slice(Math.max(cs, first.start - 50), first.start))) continue;
      // "Egypt is a transit country … and is not party to either memorandum": no party anywhere in the document
      // what follows a list is said of it up to the next list that is not a prepositional object
      let next = li + 1;
      while (next < lists.length && afterPreposition(ctx.text, lists[next][0].start) && !relativeAfter(ctx.text, lists[next])) next++;
      // "新加坡、智利、新西兰和韩国，欧盟不是该协定的缔约方": the EU after a comma is a subject of its own, and the negation is its
      const euOwnsNegation = last.id === 'org:eu' && list.length > 1 && COMMA_GAP.test(ctx.text.slice(list[list.length - 2].end, last.start));
      const noParty = noPartyPhrase(ctx.text, last.end, next < lists.length ? lists[next][0].start : s.end);
      // "L'Egitto è un Paese di transito cruciale", "… ohne europäische Beteiligung": no party in this sentence, and still the
      // partner of its own partnership
      if (noParty === 'here') {
        // "The UK representative described the UK's bilateral cyber support to Ukraine; this is outside the EU framework": what is outside
        // the EU's frame is the whole clause's (1.15.45)
        if (li > 0 && EU_FRAME_LEFT.test(ctx.text.slice(last.end, Math.min(next < lists.length ? lists[next][0].start : s.end, last.end + 90)))) {
          for (let k = 0; k < li; k++) if (lists[k][0].start >= cs) for (const m of lists[k]) ctx.roles.delete(m);
        }
        continue;
      }
      if (noParty === 'party') {
        if (euOwnsNegation) {
          euNoParty.push([Math.max(0, si - 1), si]);
          continue;
        }
        // "Nicaragua, miembro del SICA, no participa", "Belarus hat seine Teilnahme an der Östlichen Partnerschaft
        // ausgesetzt": a place after a preposition is an object; what follows is said of the subject before it
        // ("… con excepción de Nicaragua, que no se ha adherido": a relative clause is said of the place it follows)
        let subject = li;
        if (!relativeAfter(ctx.text, list)) while (subject > 0 && afterPreposition(ctx.text, lists[subject][0].start)) subject--;
        // of a list whose items a semicolon parts, what follows is said of the last part alone, and the part before is judged as a list of
        // its own ("Teilnehmer: Kasachstan, …, Usbekistan; Turkmenistan wurde eingeladen, hat die Teilnahme aber abgelehnt", 1.15.59)
        const tail = subject === li ? afterLastSemicolon(ctx.text, list) : list;
        if (tail.length < list.length) {
          for (const m of tail) if (!isEuOrMemberState(m.id)) ctx.notParties.add(m.id);
          lists[li] = list.slice(0, list.length - tail.length);
          li--;
          continue;
        }
        // "Die Glasfaserverbindung zwischen Xinjiang und Kasachstan ist nicht Teil der Initiative": the end of a link is no subject,
        // and what is said is said of the link
        if (subject === li && BETWEEN_BEFORE.test(ctx.text.slice(Math.max(cs, first.start - 60), first.start))) continue;
        // "A Digital Dialogue with Kazakhstan is being prepared …; it is not part of this action": a place that is only the object of a
        // preposition, with no place before it to be the subject, is not what the phrase is said of (1.15.50)
        // ("The Government of Mauritania declined it" is Mauritania's own)
        if (subject === li && !relativeAfter(ctx.text, list) && afterPreposition(ctx.text, first.start) && !GOVERNMENT_OF_BEFORE.test(ctx.text.slice(Math.max(0, first.start - 40), first.start))) continue;
        for (const m of lists[subject]) if (!isEuOrMemberState(m.id)) ctx.notParties.add(m.id);
        // (and what it is said to take no part in, "Belarus hat seine Teilnahme an der Östlichen Partnerschaft ausgesetzt", the objects
        // up to the phrase, is no partner by this sentence either, nor one for the partner model to add, 1.15.47)
        if (subject === li) for (let k = li + 1; k < next; k++) if (PARTICIPATION_IN_BEFORE.test(ctx.text.slice(Math.max(0, lists[k][0].start - 40), lists[k][0].start))) (objectsOfNoParty ??= new Set()).add(k);
        continue;
      }
      if (venueAfter(ctx.text, first.start, last.end)) continue;
      if (attendeesFrom(ctx.text, s.start, first.start, last.end)) continue;
      // (the page of a Delegation, titled with its name, is about its country: "Délégation de l'Union européenne en République démocratique du Congo")
      if (first.start >= titleEnd && euDelegationSeat(ctx.text, first.start)) continue;
      if (list.length === 1 && cityNamedFor(ctx.text, first)) continue;
      // "› Chronologie : l'UE et l'Amérique latine", "→ What is the GDPR?": a link to another page, not what this one says (1.15.46)
      if (onLinkLine(ctx, first.start)) continue;
      if (role === 'partner' && donorPeers(ctx.text, first.start, last.end, ce)) continue;
      if (role !== 'partner') {
        // a table row's places are judged by its columns, not by cue words; the heading of a numbered section that never names the EU
        // ("6.3 China") is the name of others' cooperation
        if (cued === null && !inTableRow(ctx, first.start) && !(inEuLessSection(ctx, first.start) && onHeadingLine(ctx, first.start))) for (const m of list) ctx.uncued.add(m.id);
        continue;
      }
      if (cued === 'partner' && (negation ??= hasNegationWord(ctx.text, s.start, s.end)) && negatedPlanIn(ctx.text, cs, ce, first.start, last.end)) continue;
      // "Alaska (United States)", "Johor (Malaysia)": a place in brackets after a name says where that is
      // (an institution's seat in a sentence that makes it a party, "the consortium brings together … Ilia State University (Georgia)",
      // is the party's country)
      if ((isLocator(ctx.text, first.start, last.end) && !(cued === 'partner' && INSTITUTION_BEFORE.test(ctx.text.slice(Math.max(0, first.start - 81), first.start - 1)))) || (list.length === 1 && cityCountry(ctx, first))) continue;
      if (cued === 'partner' && inBodyName(ctx.text, first.start)) continue;
      if (cued === 'partner' && (list.length >= 2 || first.kind === 'region') && !list.some((m) => isEuOrMemberState(m.id))) {
        // a pair's own agreement ("泰国与日本的经济伙伴关系协定"): no instrument makes them partners either; what lies "between" two
        // places may still be the EU's ("support the cable between Kazakhstan and Azerbaijan" under a Team Europe Initiative)
        if (list.length === 2 && cjkPairOwn(ctx.text, first.start, first.end, last.start, last.end)) {
          for (const m of list) ctx.foreign.add(m);
          continue;
        }
        if (amongThemselves(ctx.text, first.start, last.end, list.length === 1)) continue;
      }
      // "아르메니아·조지아·몰도바·우크라이나가 참여.", "Armenia and Georgia take part.": places whose only verb is to take part, right after a
      // sentence that names the EU, take part in what that sentence reports (1.15.49)
      const joinsEuBefore = cued === 'partner' && si > 0 && TAKE_PART_ONLY.test(ctx.text.slice(last.end, Math.min(s.end, last.end + 24))) && EU_WORD.test(ctx.text.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].end));
      if (!conjunct && cued === 'partner' && !joinsEuBefore) {
        // a country that is the subject of a sentence naming no EU ("미국은 중앙아시아 5개국과의 … 대화를 통해", "In 2018, Australia
        // stepped in to finance …", "日本政府も … 協力文書に署名") acts on its own behalf, unless an earlier sentence made it the
        // EU's partner ("EU–Japan summit … Japan agreed to …"); and the places it acts with or for ("… to finance a cable to
        // Vanuatu") are its counterparts
        const noEu = noEuSentence();
        subjectActs ||= noEu && subjectOfOwnAffair(ctx, s, inSentence, list, partnerIds);
        // countries acting together in a clause that names no EU ("Azerbaijan and Kazakhstan are developing a line …; that line …
        // does not receive EU funding"): theirs in that clause only
        const togetherInClause = !subjectActs && !noEu && list.length >= 2 && clauseNamesNoEu(ctx, inSentence, cs, ce) && subjectOfOwnAffair(ctx, s, inSentence, list, partnerIds);
        // "Viet Nam … last year signed an agreement with South Korea", "日本此前已与美国签署": the "with" belongs to another
        // country named before in the sentence, with no EU or member state in between
        // "… han desarrollado el DEPA, al que Costa Rica se adhirió": joining, by a relative pronoun, what the sentence's others made
        const joinsOthers = li > 0 && lists.slice(0, li).some((l) => l.some((m) => ctx.foreign.has(m))) && JOINS_RELATIVE_BEFORE.test(ctx.text.slice(Math.max(s.start, first.start - 24), first.start));
        if (subjectActs || togetherInClause || joinsOthers || (noEu && inEuLessSection(ctx, first.start)) || claimedByAnother(ctx, { si, sentence: s, inSentence, lists, list, clauseStart: cs, clauseEnd: ce, noEu })) {
          // someone else's cooperation: no instrument or table cell makes these mentions partners either
          for (const m of list) ctx.foreign.add(m);
          continue;
        }
      }
      // "米国と中国の大手企業": the companies of every place of a CJK list joined by "と", "和", "과" (1.15.66)
      const companiesOfAll = list.length > 1 && ctx.text.charCodeAt(last.start) >= 0x3040 && CJK_COMPANIES_OF.test(ctx.text.slice(last.end, last.end + 8));
      for (const m of list) {
        if (isEuOrMemberState(m.id) || companiesOfAll || ((isAttributive(ctx.text, m.end) || othersTitle(ctx.text, m.start, m.end)) && !isEuCompound(ctx.text, m.start, m.end))) continue;
        // "ASEAN加盟国との間で", "아세안 국가와", "东盟成员国": one of the region's states, not the region
        if (m.kind === 'region' && REGION_MEMBER_AFTER.test(ctx.text.slice(m.end, m.end + 12))) continue;
        // "tre paesi dei Balcani occidentali: Albania, …", "five countries of Central Asia": the region counts where the countries are
        if (GEOGRAPHIC_REGIONS.has(m.id) && COUNTED_COUNTRIES_OF.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) continue;
        // a continent or an ocean region is where cooperation happens ("in Africa", "Piano Mattei per l'Africa"), not a party to it,
        // unless paired with the EU ("EU-Africa", "the EU and Africa") or what the document is about (its first line)
        if ((BROAD_AREAS.has(m.id) || isGeographicAsean(ctx.text, m)) && !conjunct && !isEuCompound(ctx.text, m.start, m.end) && m.start >= titleEnd) continue;
        ctx.roles.set(m, 'partner');
        partnerIds.add(m.id);
      }
    }
  }
  return euNoParty;
}


/**
 * A negation within the first three words after the EU ("is not", "n'est pas", "ist nicht", "no es", "non è", "has not",
 * "has suspended"): sticky at the name's end, so it is one attempt per EU mention (this is asked of every EU mention that
 * has no other place in its list, half of all place mentions); the no-party phrase itself is then looked for.
 */
const EU_NEGATION_SOON = /\s+(?:[^\s.,;:]+\s+){0,2}?(?:not|pas|nicht|kein\w*|no|non|suspend\w*|sospeso|suspendi\w*)\b|\s+n['’]/iy;

/**
 * One of the three words after `pos` starts with a letter a negation of EU_NEGATION_SOON starts with (n, p, k, s): read
 * by char codes, it rules out most EU mentions ("the EU and Japan", "the EU will support") before the pattern runs.
 */
/** A sentence that ends with a question mark. */
function isQuestion(text: string, end: number): boolean {
  let k = end - 1;
  while (k > 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x201d)) k--;
  return text.charCodeAt(k) === 0x3f || text.charCodeAt(k) === 0xff1f;
}

function negationMayFollow(text: string, pos: number): boolean {
  let k = pos;
  for (let word = 0; word < 3; word++) {
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    const c = text.charCodeAt(k) | 0x20;
    if (c === 0x6e || c === 0x70 || c === 0x6b || c === 0x73) return true;
    while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
  }
  return false;
}

/**
 * What may stand between the EU's name and what is said of it: the closing bracket of "欧州連合（EU）" and "and its member states"
 * ("欧州連合（EU）及びその加盟国は参加していません", "the EU and its Member States are not party to it").
 */
const EU_AND_MEMBERS =
  /[)）]?(?:\s*(?:及びその加盟国|及び加盟国|及其成员国|及其成員國|和(?:各)?成员国|및\s*(?:그\s*)?회원국|and\s+(?:its|the)\s+member\s+states|et\s+ses\s+États\s+membres|und\s+(?:ihre|die)\s+Mitgliedstaaten|y\s+sus\s+Estados\s+miembros|e\s+i\s+suoi\s+Stati\s+membri))?/iuy;

/** The end of the EU's name at `end` and of what EU_AND_MEMBERS lets stand after it; `end` itself when nothing does. */
function afterEuAndMembers(text: string, end: number): number {
  const c = text.charCodeAt(end);
  // only a bracket, a space or the first character of a CJK conjunction can start one: most EU mentions are followed by none
  if (c !== 0x29 && c !== 0xff09 && !isSpace(c) && c !== 0x53ca && c !== 0x548c && c !== 0xbc0f) return end;
  EU_AND_MEMBERS.lastIndex = end;
  return EU_AND_MEMBERS.test(text) ? EU_AND_MEMBERS.lastIndex : end;
}

/** A line that is a link to another page: an arrow, then a short title with no full stop. */
const LINK_LINE = /^\s*(?:›|→|↗|»)\s*[^\n]{3,80}$/;

function onLinkLine(ctx: DocumentContext, pos: number): boolean {
  const line = ctx.lines[segmentAt(ctx.lines, pos)];
  return line !== undefined && LINK_LINE.test(line.text) && !/[.。]\s*$/.test(line.text);
}

/** `pos` lies on a heading line. */
function onHeadingLine(ctx: DocumentContext, pos: number): boolean {
  const line = ctx.lines[segmentAt(ctx.lines, pos)];
  return line !== undefined && isHeadingLine(line.text);
}

/** "不包括欧盟", "未包括欧盟": what the sentence names does not include the EU. */
const NOT_INCLUDING_BEFORE = /(?:不包括|不包含|未包括|未包含|没有包括)$/;
/**
 * "Such initiatives do not involve Italy or the European Union", "non coinvolgono l'Italia né l'Unione europea", "n'impliquent ni la
 * France ni l'UE", "no involucran a la UE", "ohne Beteiligung der EU": the negation said before the EU, a member state between.
 */
const NOT_INVOLVING_WORD = /involve|coinvolg|impliqu|involucra|implica|Beteiligung|partecipazione|participación|participation|cooperación|coopération|cooperazione|cooperation/;
const NOT_INVOLVING_BEFORE =
  /(?:\b(?:do|does|did)\s+not\s+involve|\bnon\s+coinvolg\w*|\bn['’]impliqu\w*\s+(?:pas|ni)|\bno\s+(?:involucra|implica)n?(?:\s+a)?|\bohne\s+Beteiligung|\bwithout\s+(?:any\s+)?(?:the\s+)?(?:participation|involvement|cooperation)\s+of|\bsenza\s+(?:alcuna\s+)?(?:la\s+)?(?:partecipazione|cooperazione)\s+(?:di|del|della|dell['’])|\bsin\s+(?:ninguna\s+)?(?:la\s+)?(?:participación|cooperación)\s+(?:de|del)|\bsans\s+(?:aucune\s+)?(?:la\s+)?(?:participation|coopération)\s+(?:de|du|des|d['’]))\s*(?:[^.;,]{0,30}\s+(?:or|nor|ni|né|ni\s+a|noch|oder)\s+)?(?:the\s+|l['’]|la\s+|der\s+)?$/i;

/** "ne concerne pas la", "does not concern the", "no concierne a", "non riguarda" right before the EU or a member state. */
const NOT_CONCERNING_BEFORE = /(?:\bne\s+concerne\s+pas|\b(?:does|do)\s+not\s+concern|\bno\s+concierne\s+(?:a|al)|\bnon\s+riguarda)\s+(?:the\s+|la\s+|le\s+|l['’]|a\s+|)$/i;

/** Right after the EU: "の事業とは別枠", "とは別個", "의 사업과는 별개", "项目无关". */
const APART_FROM_EU_AFTER = /^(?:の[^。、]{0,8})?とは別(?:枠|個)|^(?:의\s*[^.。]{0,8})?(?:와|과)는\s*별개|^(?:的[^。，]{0,8})?(?:无关|無關)/u;

/** The text right after the EU in `mentions` says it is no party ("EUは同協定の当事者ではない", "the EU is not party to it"). */
function euSaysNoParty(text: string, mentions: readonly Mention[], sentenceEnd: number): 'previous' | 'here' | null {
  for (const m of mentions) {
    // "« ce projet ne concerne pas la France »", "this project does not concern the EU": said of the EU or of a member state, and of
    // what this sentence names only (1.15.56)
    if (isEuOrMemberState(m.id) && NOT_CONCERNING_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return 'here';
    if (m.id !== 'org:eu') continue;
    // "これらは日本独自の二国間協力であり、EUの事業とは別枠である": what the sentence reports is apart from the EU's (1.15.57)
    if (APART_FROM_EU_AFTER.test(text.slice(m.end, m.end + 16))) return 'here';
    const end = afterEuAndMembers(text, m.end);
    const c = text.charCodeAt(end);
    // "这些框架均不包括欧盟": the negation is said before the EU in Chinese
    if (NOT_INCLUDING_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return 'previous';
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (NOT_INVOLVING_WORD.test(before) && NOT_INVOLVING_BEFORE.test(before)) return 'previous';
    // "EUは", "EU는": a subject particle, or a Chinese verb phrase glued to the name ("欧盟均未参与其中"), then the CJK phrase
    if (c === 0x306f || c === 0x304c || c === 0xb294 || c === 0xc740 || c === 0xc774 || c === 0xac00 || (c >= 0x4e00 && c <= 0x9fff)) {
      if (notAParty(text, end, Math.min(sentenceEnd, end + 40))) return 'previous';
      continue;
    }
    if (!isSpace(c) || !negationMayFollow(text, end)) continue;
    // sticky at the end of the name: no slice per mention
    EU_NEGATION_SOON.lastIndex = end;
    if (EU_NEGATION_SOON.test(text) && EU_NEGATION_SOON.lastIndex - end <= 40 && notAParty(text, end, Math.min(sentenceEnd, end + 60))) return 'previous';
  }
  return null;
}

/**
 * Mentions that a table or an instrument names as a partner are partners whatever the sentence says. Returns the ids
 * it made (or found) partners.
 */
export function markPartners(ctx: DocumentContext, mentions: Iterable<{ id: string } & { start: number; end: number }>): string[] {
  const ids: string[] = [];
  for (const m of mentions) {
    // places are sorted: a binary search, not a scan of every place of the document per mention
    const found = mentionsIn(ctx.places, m.start, m.end).find((p) => p.start === m.start && p.end === m.end);
    if (found && !isEuOrMemberState(found.id) && !ctx.notParties.has(found.id) && !ctx.foreign.has(found) && !inEuNoPartySpan(ctx, found.start)) {
      ctx.roles.set(found, 'partner');
      ids.push(found.id);
    }
  }
  return ids;
}

/** A long document: 7,000 characters, or 2,500 in a CJK language (a report, not a news item or a page). */
const LONG_LATIN = 7000;
const LONG_CJK = 2500;

/**
 * In a long document a country is a partner on more than one word: a report returns to the countries it is about, in several
 * sentences, tables, instruments or footnotes, and names others in passing (donors, route points, rivals, "the conference in
 * Baku") once. A country whose only partner evidence is a single cued mention in prose, with no table row, instrument, footnote,
 * "EU–X" name or pairing with the EU, is dropped. Regions are kept: a report names its region once and means it.
 * `strong` are the ids that tables, instruments and footnotes made partners.
 */
export function dropPassingMentions(ctx: DocumentContext, strong: ReadonlySet<string>): void {
  const cjk = ctx.languages.some((l) => l === 'zh' || l === 'ja' || l === 'ko');
  if (ctx.text.length < (cjk ? LONG_CJK : LONG_LATIN)) return;
  const byId = new Map<string, Mention[]>();
  for (const [m, role] of ctx.roles) {
    if (role !== 'partner' || m.kind !== 'country' || strong.has(m.id)) continue;
    const list = byId.get(m.id);
    if (list) list.push(m);
    else byId.set(m.id, [m]);
  }
  for (const ms of byId.values()) {
    if (ms.length !== 1) continue;
    const m = ms[0];
    if (isEuCompound(ctx.text, m.start, m.end) || isEuConjunct(ctx.text, m.start, m.end)) continue;
    ctx.roles.delete(m);
  }
}
