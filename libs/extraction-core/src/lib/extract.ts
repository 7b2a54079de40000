import { isEuOrMemberState } from '@dpo/taxonomy';
import { digitRuns, isDigit } from './char-classes';
import { cueSetsFor, isEuPairName } from './role-classifier';
import { setAsideProspects } from './prospective';
import { DocumentContext, inEuNoPartySpan, isPlace, mentionsIn } from './document-context';
import { datelinePlaces } from './dateline';
import { findDocrefs } from './docref-parser';
import { findOwnDateAndReference, findTitle } from './document-metadata';
import { ExtractInput, ExtractionResult } from './extraction.types';
import { findFootnotes } from './footnote-resolver';
import { EU_SEAT_PAIRED, euSideBefore, resolveDemonyms } from './demonym-resolver';
import { GazetteerMatcher, matcherFor, Mention } from './gazetteer-matcher';
import { extractInitiatives } from './initiative-extractor';
import { extractInstruments, InstrumentHit, namedAsOthers } from './instrument-extractor';
import { detectLanguages } from './language-detector';
import { recognizeNamedInitiatives } from './named-initiative-recognizer';
import { dropOthersCells, parsePartnerCell } from './partner-cell-parser';
import { buildResult } from './result-builder';
import { assignRoles, dropPassingMentions, euAsYardstick, markPartners } from './role-assigner';
import { labelledPartners } from './labelled-partners';
import { THREAT_IN_SENTENCE } from './threat-words';
import { parseTables } from './table-parser';
import { segmentAt, segmentSentences, splitLines } from './text-segmenter';
import { normalizeText } from './text-normalizer';
import { applyPartnerModel, PARTNER_MODEL } from './partner-model';
import { applyAreaModel, AREA_MODEL } from './area-model';

/** Bump when the output for the same input changes. */
export const EXTRACTOR_VERSION = '1.15.66';

/** A gazetteer entity of the normalised text, before roles are assigned. */
export interface EntityMention {
  type: string;
  id: string;
  start: number;
  end: number;
}

/** The document's language and the others detected in it, without "und", sorted. */
function languageSet(language: string, detected: readonly string[]): string[] {
  return [...new Set([language, ...detected])].filter((l) => l !== 'und').sort();
}

/**
 * The entity step alone: normalisation, language detection and the gazetteer pass, without
 * roles, instruments, initiatives or evidence. Offsets are in the normalised text. It is the
 * part of extract() that does what a named-entity recogniser does, and the benchmark times it
 * next to wink-nlp's entities() for that reason.
 */
export function findEntities(text: string): EntityMention[] {
  const norm = normalizeText(text).text;
  const detected = detectLanguages(norm);
  return resolveDemonyms(norm, matcherFor(languageSet(detected.language, detected.languages)).match(norm)).map((m) => ({ type: m.kind, id: m.id, start: m.start, end: m.end }));
}

/** Instruments only the EU has ("Digital Partnership", "Team Europe Initiative"): a memorandum or a free-trade agreement may be anyone's. */
const EU_INSTRUMENTS: ReadonlySet<string> = new Set([
  'instrument:digital-partnership',
  'instrument:trade-and-technology-council',
  'instrument:horizon-association',
  'instrument:team-europe-initiative',
  'instrument:digital-alliance',
  'instrument:informal-digital-hub',
  'instrument:digital-economy-package',
  'instrument:security-defence-partnership',
]);

/**
 * The EU named only as a yardstick or for its law: "低于欧盟平均水平" (below the EU average), "EU의 인공지능법(AI Act)",
 * "than in the EU". A legal act right after the name, or a comparison word next to it.
 */

/** The EU's institutions by the short names an EU text gives them ("la Commission a signé", "the Commissioner for …"). */
const EU_INSTITUTION =
  /\b(?:[Tt]he|[Ll]a|[Dd]ie|[Dd]er|[Ee]l|[Ii]l)\s+(?:Commission|Kommission|Comisión|Commissione)\b|\b(?:Commissioner|Commissaire|Kommissar|Kommissarin|Comisari[oa]|Commissari[oa]|High Representative|Haute? représentante?|Hohen? Vertreter(?:in)?|Alto Representante|Alto rappresentante|Executive Vice-President|[Vv]ice-présidente? exécuti(?:f|ve)|Exekutiv-Vizepräsident(?:in)?|Vicepresident[ae] ejecutiv[oa]|Vicepresidente esecutiv[oa])\b/;

/**
 * A member state's agency or ministry of development cooperation, named without its country ("Das BMZ beauftragte die GIZ …",
 * "l'Agence française de développement", "la AECID", "Enabel"): the side of the EU as the member state's name is. (Also a German or
 * Austrian federal ministry, "Bundesministerium für …", which no state outside the EU has, and the DAAD, 1.15.53.)
 */
const MEMBER_STATE_AGENCY =
  /\b(?:GIZ|KfW|BMZ|AFD|Proparco|Enabel|AECID|AICS|FIIAPP|LuxDev|Danida|Irish Aid|Expertise France|Deutsche Gesellschaft für Internationale Zusammenarbeit|Bundesministerium für wirtschaftliche Zusammenarbeit|Agence [Ff]rançaise de [Dd]éveloppement|Agencia Española de Cooperación Internacional|Agenzia [Ii]taliana per la [Cc]ooperazione|MAECI|Auswärtige[ns]?\s+Amt(?:e?s)?|BMBF|ANSSI|INCIBE|DAAD|Deutsche[nr]?\s+Akademische[nr]?\s+Austauschdienst(?:e?s)?|Bundesministeriums?\s+für)\b/;
/** The same, for the long names a page may write in capitals ("AGENZIA PER LA CYBERSICUREZZA NAZIONALE"): a ministry or national agency (1.15.46-47). */
const MEMBER_STATE_BODY =
  /\b(?:Ministero degli Affari Esteri e della Cooperazione Internazionale|Ministère de l['’]Europe et des Affaires étrangères|Bundesministerium für Bildung und Forschung|Ministerio de Asuntos Exteriores, Unión Europea y Cooperación|Agenzia per la Cybersicurezza Nazionale|Agence nationale de la sécurité des systèmes d['’]information|Bundesamt für Sicherheit in der Informationstechnik|Instituto Nacional de Ciberseguridad|Agenzia Italiana per la Cooperazione allo Sviluppo|Agence française de développement|Agencia Española de Cooperación Internacional para el Desarrollo|Deutsche Gesellschaft für Internationale Zusammenarbeit)\b/i;

/**
 * "塞方作为欧盟候选国", "as an EU candidate country": a country's status towards the EU, said of the country, not the region of the
 * candidate countries as a party (1.15.46).
 */
function euCandidateAttribute(text: string, m: Mention): boolean {
  // (not "EU and EU candidate and potential candidate countries", the group)
  return m.id === 'region:enlargement-countries' && /(?:作为|作為|是|为|為)(?:欧盟|歐盟)$|\b(?:as\s+)?an\s+EU\s$/.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** A programme only the EU runs, named as what funds or frames the cooperation: "financé par le programme Erasmus+", "under Global Gateway" (1.15.53). */
const EU_PROGRAMME = /(?:^|[^\p{L}])(?:Erasmus\+|Horizon Europe|Global Gateway|Digital Europe Programme|programme pour une Europe numérique|Programm Digitales Europa|NDICI|Connecting Europe Facility|CEF Digital|EU4Digital)(?![\p{L}])/u;

/**
 * A member state's government, ministry, embassy or public body named by its adjective (1.15.53): "le ministère français de
 * l'Enseignement supérieur", "organisme public français", "the German Government", "die französische Botschaft", "el Gobierno español",
 * "il governo italiano".
 */
const MEMBER_STATE_GOVERNMENT = new RegExp(
  [
    String.raw`\b(?:minist[eè]re|gouvernement|ambassade|organisme public|établissement public|agence publique)\s+(?:fran[çc]ais|allemand|italien|espagnol|néerlandais|belge|portugais|autrichien|suédois|finlandais|danois|irlandais|polonais|estonien|luxembourgeois)e?s?\b`,
    String.raw`\b(?:French|German|Italian|Spanish|Dutch|Belgian|Portuguese|Austrian|Swedish|Finnish|Danish|Irish|Polish|Estonian)\s+(?:Government|government|Ministry|ministry|Embassy|embassy|Foreign Office|development agency)\b`,
    String.raw`\b(?:französische|deutsche|italienische|spanische|niederländische|belgische|portugiesische|österreichische|schwedische|finnische|dänische|irische|polnische|estnische)[nr]?\s+(?:Regierung|Bundesregierung|Ministerium|Botschaft)\b`,
    String.raw`\b(?:ministerio|gobierno|embajada)\s+(?:franc[eé]s|alem[aá]n|italiano|español|neerlandés|belga|portugu[eé]s|austriaco|sueco|finland[eé]s|danés|irland[eé]s|polaco|estonio)a?\b`,
    String.raw`\b(?:ministero|governo|ambasciata)\s+(?:francese|tedesco|italiano|spagnolo|olandese|belga|portoghese|austriaco|svedese|finlandese|danese|irlandese|polacco|estone)\b`,
    // its development cooperation (1.15.59): "finanziato dalla cooperazione italiana", "Cooperazione digitale italiana nei Balcani", "la coopération
    // française", "la Cooperación Española", "German development cooperation", "die deutsche Entwicklungszusammenarbeit"
    String.raw`\b[Cc]ooperazione\s+(?:[^\s,;.]+\s+)?(?:italiana|francese|tedesca|spagnola|olandese|belga|portoghese|austriaca|svedese|finlandese|danese|irlandese)\b`,
    String.raw`\b[Cc]oopération\s+(?:[^\s,;.]+\s+)?(?:française|allemande|italienne|espagnole|belge|néerlandaise|portugaise|autrichienne|suédoise|finlandaise|danoise|irlandaise|luxembourgeoise)(?![\wà-ÿ])`,
    String.raw`\b[Cc]ooperación\s+(?:[^\s,;.]+\s+)?(?:[Ee]spañola|alemana|francesa|italiana|belga|neerlandesa|portuguesa|austriaca|sueca|finlandesa|danesa|irlandesa)\b`,
    String.raw`\b(?:French|German|Italian|Spanish|Dutch|Belgian|Portuguese|Austrian|Swedish|Finnish|Danish|Irish|Luxembourg)\s+development\s+cooperation\b|\b(?:deutsche|französische|italienische|spanische|niederländische|belgische|österreichische|schwedische|finnische|dänische|irische)[nr]?\s+Entwicklungs(?:zusammenarbeit|kooperation)\b`,
  ].join('|'),
);

/** Names of the EU's side other than places and instruments, each asked of a span in namesEuSide(). */
const EU_SIDE_NAMES: readonly RegExp[] = [EU_INSTITUTION, MEMBER_STATE_AGENCY, MEMBER_STATE_BODY, EU_PROGRAMME, MEMBER_STATE_GOVERNMENT, EU_SEAT_PAIRED];

/** A name of a pair with the EU ("한-EU", "日EU", "日欧"), or the counterpart in a compound with the EU or a member state ("Deutsch-Brasilianischer"). */
function pairWithEu(text: string, m: { start: number; end: number }): boolean {
  return isEuPairName(text, m.start, m.end) || euSideBefore(text, m.start);
}

/** The text names the EU or a member state anywhere. */
function namesEu(ctx: DocumentContext): boolean {
  return ctx.places.some((m) => isEuOrMemberState(m.id));
}

/**
 * A member state named as where a route goes ("with an extension to France", "lands in Italy", "via Greece"): a place, not the EU
 * acting. (The EU itself is an actor wherever it is named; a bare "in" or "à" may be the venue of the EU's own meeting.)
 */
const ROUTE_BEFORE = /(?:^|[^\p{L}])(?:(?:extension|extended|continues|onward|onwards|connects?|links?|runs?|route)\s+to|lands?\s+in|landings?\s+in|via|through|towards|jusqu['’]à|vers|nach|bis|hasta|verso)\s+(?:the\s+|la\s+|le\s+|l['’])?$/u;

/** [from, to) names the EU side acting: the EU (not where the text says it is no party) or a member state (not as a yardstick or a route point), a pair with it, an instrument only it has, one of its institutions, or its seat paired with another capital. */
function namesEuSide(ctx: DocumentContext, from: number, to: number): boolean {
  if (mentionsIn(ctx.mentions, from, to).some((x) => (x.kind === 'instrument' ? EU_INSTRUMENTS.has(x.id) && !namedAsOthers(ctx, x) : isPlace(x) && (isEuOrMemberState(x.id) ? !(x.id === 'org:eu' && inEuNoPartySpan(ctx, x.start)) && !euAsYardstick(ctx.text, ctx.mentions, x) && !(x.id !== 'org:eu' && ROUTE_BEFORE.test(ctx.text.slice(Math.max(0, x.start - 16), x.start))) : pairWithEu(ctx.text, x))))) return true;
  const span = ctx.text.slice(from, to);
  // its institutions, a member state's agency, body, government or ministry, a programme only the EU runs, or its seat paired with
  // another ("Brussels and Tokyo agreed")
  return EU_SIDE_NAMES.some((re) => re.test(span));
}

/** "… n'est partie à aucun des accords évoqués ci-dessous", "is party to none of the agreements below": said of all that follows. */
const PARTY_TO_NONE =
  /(?:n['’]est|ne sont)\s+partie?s?\s+à\s+aucun|\bis\s+(?:a\s+)?party\s+to\s+none\b|\bis\s+not\s+(?:a\s+)?party\s+to\s+any\b|\b(?:ist|sind)\s+an\s+keine[mr]\b|\bno\s+es\s+parte\s+de\s+ningun[oa]\b|\bnon\s+è\s+parte\s+di\s+nessun[oa]?\b/i;
const BELOW = /ci-dessous|\bbelow\b|\bhereafter\b|\bunten\b|nachstehend|a continuación|más abajo|di seguito|qui sotto/i;

/**
 * A text that says none of what it reports involves the EU or a member state (1.15.54): "aucun des projets évoqués dans l'épisode
 * n'implique l'UE ou un de ses États membres", "none of the projects discussed involves the EU", "keines der genannten Projekte
 * bezieht die EU ein", "ninguno de los proyectos … involucra a la UE", "nessuno dei progetti … coinvolge l'UE".
 */
const NONE_INVOLVES_EU =
  /\baucun(?:e)?\s+des\s+[^.;]{0,60}?\bn['’](?:implique|impliquent|concerne|concernent|associe)\s+(?:l['’]UE|l['’]Union)|\bnone\s+of\s+(?:the|these)\s+[^.;]{0,60}?\b(?:involves?|includes?)\s+the\s+(?:EU|European Union)\b|\bkein(?:e|er|es)?\s+der\s+[^.;]{0,60}?\b(?:bezieht|beziehen|beteiligt|beteiligen)\s+die\s+(?:EU|Europäische)|\bninguno\s+de\s+los\s+[^.;]{0,60}?\b(?:implica|involucra|incluye)\s+a\s+la\s+(?:UE|Unión)|\bnessuno\s+dei\s+[^.;]{0,60}?\b(?:coinvolge|include)\s+l['’](?:UE|Unione)/i;

/**
 * The EU or a member state says, in the title or lead of a text, that it is party to none of what the text goes on to report
 * ("La France n'est partie à aucun des accords évoqués ci-dessous", a press review an embassy compiles): the text reports others'
 * cooperation.
 */
function disclaimsAll(ctx: DocumentContext): boolean {
  if (NONE_INVOLVES_EU.test(ctx.text)) return true;
  const lead = ctx.lines.length > 0 ? leadEnd(ctx) : 0;
  const m = PARTY_TO_NONE.exec(ctx.text.slice(0, Math.max(lead, 1500)));
  if (m === null) return false;
  const s = ctx.sentences[segmentAt(ctx.sentences, m.index)];
  if (!s || !BELOW.test(ctx.text.slice(m.index, s.end))) return false;
  return mentionsIn(ctx.places, s.start, m.index).some((x) => isEuOrMemberState(x.id));
}

/** A government body in a text's first line: a ministry, government, agency, authority or presidency. */
const OFFICIAL_BODY =
  /(?:^|[^\p{L}])(?:Minist\p{L}*|Government|Gouvernement|Gobierno|Governo|Regierung|Agen(?:cy|ce|cia|zia|tur)|Authority|Autorité|Autoridad|Autorità|Behörde|Presidency|Présidence|Presidencia|Presidenza)(?![\p{L}])|[部省庁][^\p{L}]|[부청](?:\s|$)/u;
/** The EU (or Team Europe) said to finance what the text reports: "financé par l'Union européenne", "funded by the EU", "EU-funded". */
const EU_FINANCES =
  /\b(?:financ\p{L}*|co-?financ\p{L}*|cofinanc\p{L}*|funded|gefördert|finanziert|finanzia\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}?(?:by|par|por|da|dal|von|durch)\s+(?:the\s+|l['’]|la\s+|der\s+|die\s+|el\s+|il\s+)?(?:European\s+Union|EU|Union\s+européenne|UE|Unión\s+Europea|Unione\s+europea|Europäische[n]?\s+Union|Team\s+Europe)\b|\bEU-funded\b|欧盟(?:资助|出资|提供资金)|EUが(?:資金|出資)|EU(?:가|의)\s*(?:재정|자금)\s*지원/u;

/**
 * The country that publishes the text is the partner of what the EU finances in it (1.15.57): a partner country's ministry or agency
 * writes of its own programme ("République du Sénégal – Ministère de la Communication …" over "Le programme … est financé par l'Union
 * européenne"), naming itself only in its header. Only where no sentence made any place a partner, and the first line names one country
 * outside the EU beside a government body.
 */
function publisherAsPartner(ctx: DocumentContext): boolean {
  for (const role of ctx.roles.values()) if (role === 'partner') return false;
  const line = ctx.lines.find((l) => l.end > l.start && ctx.text.slice(l.start, l.end).trim() !== '');
  if (!line || line.end - line.start > 160 || !OFFICIAL_BODY.test(ctx.text.slice(line.start, line.end))) return false;
  const named = mentionsIn(ctx.places, line.start, line.end).filter((m) => m.kind === 'country' && !isEuOrMemberState(m.id));
  if (named.length === 0 || named.some((m) => m.id !== named[0].id) || ctx.notParties.has(named[0].id)) return false;
  if (!EU_FINANCES.test(ctx.text)) return false;
  ctx.roles.set(named[0], 'partner');
  return true;
}

/** How far before the first place of a labelled list the EU may be named as the side of its cooperation. */
const LABEL_EU_REACH = 1200;

/**
 * The EU takes part in what the text reports: the EU or a member state is named in the title (first two lines) or the lead paragraph, or in
 * a sentence that makes a place a partner or the sentence before or after it, other than as a yardstick or for its
 * law, or one of its institutions ("la Commission", "the Commissioner") is; or an instrument only the EU has is named there, or found with a partner anywhere ("Digital Partnerships13" and its footnote).
 */
function euTakesPart(ctx: DocumentContext, instruments: readonly InstrumentHit[]): boolean {
  if (instruments.some((h) => EU_INSTRUMENTS.has(h.instrument.id))) return true;
  if (ctx.lines.length > 0 && namesEuSide(ctx, 0, leadEnd(ctx))) return true;
  for (const m of ctx.roles.keys()) {
    const i = segmentAt(ctx.sentences, m.start);
    if (i < 0) return true;
    const from = ctx.sentences[Math.max(0, i - 1)].start;
    const to = ctx.sentences[Math.min(ctx.sentences.length - 1, i + 1)].end;
    if (namesEuSide(ctx, from, to)) return true;
    // a footnote's place is said where its marker stands: "… funded by the European Union …, was launched today in Suva with its partner
    // countries¹" over "¹ Fiji, Papua New Guinea, Samoa and Vanuatu." (1.15.48)
    if (ctx.footnotes.length > 0 && markerSentenceNamesEu(ctx, m.start)) return true;
  }
  return false;
}

/** The place at `pos` is in a footnote, and a sentence holding one of that footnote's markers names the EU side. */
function markerSentenceNamesEu(ctx: DocumentContext, pos: number): boolean {
  const note = ctx.footnotes.find((f) => pos >= f.start && pos < f.end);
  if (!note) return false;
  for (const marker of ctx.markers) {
    if (marker.number !== note.number || marker.start >= note.start) continue;
    const s = ctx.sentences[segmentAt(ctx.sentences, marker.start)];
    if (s && namesEuSide(ctx, s.start, s.end)) return true;
  }
  return false;
}

/**
 * A word for a group of partners right before a footnote marker: "the 20 signatories²", "partner countries³", "associated countries¹²", "pays partenaires⁴", "cinq pays cibles⁴",
 * "Partnerländer⁵", "países firmantes", "paesi partner", "参与国", "참여국".
 */
const PARTNER_GROUP_BEFORE =
  /(?:partners|partner countries|associated countries|target countries|pilot countries|beneficiary countries|signatories|participating countries|members of the Alliance|partenaires|pays associés|pays cibles|pays pilotes|pays bénéficiaires|signataires|pays participants|Partnerländer|Partnerländern|assoziierten Ländern|assoziierte Länder|Zielländer|Zielländern|Pilotländer|Pilotländern|Unterzeichner|Teilnehmerstaaten|socios|países socios|países asociados|países destinatarios|países beneficiarios|países piloto|firmantes|países participantes|paesi partner|paesi associati|paesi destinatari|paesi beneficiari|paesi pilota|firmatari|paesi partecipanti|伙伴国|目标国|试点国|受援国|参与国|签署国|成员国|参加国|署名国|パートナー国|対象国|참여국|대상국|서명국|파트너국)\s*$/i;
/**
 * Partners or countries associated to a programme named right before the marker (1.15.65): "four Western Balkans partners associated to
 * the Digital Europe Programme¹", "pays associés au programme Horizon Europe²", "países asociados al programa …".
 */
const ASSOCIATED_TO_BEFORE =
  /(?:partners|countries|partenaires|pays|Partner|Partnerländer|Länder|socios|países|paesi)\s+(?:associated\s+(?:to|with)|associés\s+(?:au|à\s+la|à\s+l['’]|à)|assoziiert\s+(?:mit|an)|asociados\s+(?:al|a\s+la|a)|associati\s+(?:al|alla|a))\s+[^.;:\n]{3,70}$/i;
/** "financed by the Commission", "funded by the EU", "financé par l'UE", "finanziert von der EU" right before a footnote marker. */
const EU_FUNDED_BEFORE =
  /(?:financed|funded|co-funded|financé|cofinancé|finanziert|kofinanziert|financiado|cofinanciado|finanziato|cofinanziato)\s+(?:by|par|von|durch|por|da)\s+(?:the\s+|la\s+|l['’]|der\s+|die\s+|el\s+|il\s+|dalla\s+|dall['’])?(?:EU|UE|European Union|Union européenne|Europäischen Union|Unión Europea|Unione europea|(?:European\s+|Europäischen\s+)?(?:Commission|Kommission|Comisión|Commissione)(?:\s+européenne|\s+Europea|\s+europea)?)\s*$/;

/** The EU, then a word of cooperation, before a footnote marker in its sentence. */
const EU_COOP_SENTENCE = /(?:\bEU\b|\bUE\b|European Union|Union européenne|Europäische|Unión Europea|Unione europea|欧盟|欧州連合|EU[がはと]|유럽연합|EU[는와])[^]*?(?:partnership|agreement|memorand|dialogue|cooperat|partenariat|accord|coopér|Partnerschaft|Abkommen|Dialog|Zusammenarbeit|asociación|acuerdo|cooperación|diálogo|partenariato|accordo|cooperazione|dialogo|伙伴关系|协定|备忘录|对话|合作|パートナーシップ|協定|覚書|対話|協力|파트너십|협정|양해각서|대화|협력)/i;

/**
 * Places of a footnote whose marker follows a word for a group of partners ("the Alliance's 20 signatories²" … "² Argentina, Brazil,
 * …"), or ends a stretch of its sentence in which the EU cooperates.
 */
function footnotedPartners(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  for (const marker of ctx.markers) {
    const s = ctx.sentences[segmentAt(ctx.sentences, marker.start)];
    const grouped = PARTNER_GROUP_BEFORE.test(ctx.text.slice(Math.max(0, marker.start - 40), marker.start)) || ASSOCIATED_TO_BEFORE.test(ctx.text.slice(Math.max(0, marker.start - 100), marker.start));
    // or a marker in a sentence where the EU cooperates ("The EU cooperates closely on cybersecurity with three countries of the
    // Western Balkans⁵"), or right after "financed by the Commission13": the footnote names them
    if (!grouped && !(s && (EU_COOP_SENTENCE.test(ctx.text.slice(s.start, marker.start)) || EU_FUNDED_BEFORE.test(ctx.text.slice(Math.max(s.start, marker.start - 60), marker.start))))) continue;
    const note = ctx.footnotes.find((f) => f.number === marker.number && f.start > marker.start);
    if (!note) continue;
    if (s && THREAT_IN_SENTENCE.test(ctx.text.slice(s.start, s.end))) continue;
    const places = mentionsIn(ctx.places, note.start, note.end).filter((m) => m.kind === 'country' || m.kind === 'region');
    if (places.length >= 2) out.push(...places);
  }
  return out;
}

/** Places of a footnote whose marker's sentence speaks of a threat or sanctions ("attacks attributed to groups in several countries³"): targets, never partners. */
function threatFootnotePlaces(ctx: DocumentContext): Set<string> {
  const out = new Set<string>();
  for (const marker of ctx.markers) {
    const s = ctx.sentences[segmentAt(ctx.sentences, marker.start)];
    if (!s || !THREAT_IN_SENTENCE.test(ctx.text.slice(s.start, s.end))) continue;
    const note = ctx.footnotes.find((f) => f.number === marker.number && f.start > marker.start);
    if (note) for (const m of mentionsIn(ctx.places, note.start, note.end)) out.add(m.id);
  }
  return out;
}

/**
 * End of the title (the first two lines) and the lead paragraph after it, at most 1,200 characters in: "L'Italia ha compiuto due
 * passi concreti con altrettanti Paesi partner" in the lead says whose cooperation a newsletter reports.
 */
function leadEnd(ctx: DocumentContext): number {
  const titleEnd = ctx.lines[Math.min(1, ctx.lines.length - 1)].end;
  let i = ctx.sentences.findIndex((x) => x.start >= titleEnd);
  if (i < 0) return titleEnd;
  // the first paragraph of prose: a heading line before it (a newsletter's title under its masthead) is a paragraph of its own
  let paragraphs = 0;
  let paragraph = ctx.sentences[i].paragraph;
  while (i + 1 < ctx.sentences.length && ctx.sentences[i].end < titleEnd + 1200) {
    if (ctx.sentences[i + 1].paragraph !== paragraph) {
      if (++paragraphs === 2 || /[.!?。]$/.test(ctx.text.slice(ctx.sentences[i].start, ctx.sentences[i].end))) break;
      paragraph = ctx.sentences[i + 1].paragraph;
    }
    i++;
  }
  return Math.min(ctx.sentences[i].end, titleEnd + 1200);
}

/**
 * A pair's one-character names with Europe, "日欧", "日EU" and "中欧", that are no pair: the day of a date before the EU ("5月20日欧盟",
 * "20日EU首脳会議"), 日 or 中 closing a word before it ("今日欧盟", "协定中欧盟", "其中欧洲"), or Central Europe ("中欧国家", "中欧地区").
 */
function notAPair(text: string, m: Mention): boolean {
  const first = text.charCodeAt(m.start);
  if (first !== 0x65e5 && first !== 0x4e2d) return false;
  const second = text.charCodeAt(m.start + 1);
  // "5月20日欧盟", "20日EU首脳会議", "20日・EU": the day of a date
  if (first === 0x65e5 && (second === 0x6b27 || second === 0x45 || second === 0x30fb) && isDigit(text.charCodeAt(m.start - 1))) return true;
  if (m.end - m.start !== 2 || second !== 0x6b27) return false;
  const next = text.charCodeAt(m.end);
  // 盟 (欧盟, the EU), 州 (欧州, Europe in Japanese), 洲 (欧洲, Europe), 美 (欧美, Europe and America)
  if (next === 0x76df || next === 0x5dde || next === 0x6d32 || next === 0x7f8e) return true;
  return first === 0x4e2d && CENTRAL_EUROPE_AFTER.test(text.slice(m.end, m.end + 4));
}

/**
 * "AU" is the African Union's short name and Australia's code ("| MRA EU–AU | Telekommunikationsendgeräte |"): in a text that names
 * Australia and never the African Union in full, it is Australia.
 */
function australiaAsAu(found: Mention[]): Mention[] {
  let au = false;
  for (const m of found) {
    if (m.id === 'region:african-union') {
      if (m.end - m.start !== 2) return found;
      au = true;
    }
  }
  if (!au || !found.some((m) => m.id === 'country:AU')) return found;
  return found.map((m) => (m.id === 'region:african-union' ? { ...m, kind: 'country', id: 'country:AU' } : m));
}

const CENTRAL_EUROPE_AFTER = /^(?:国家|地区|各国|诸国|和东欧|与东欧|及东欧|、东欧)/;

/** The gazetteer's mentions of the text, without false pairs ("5月20日欧盟") and with "AU" read as Australia where it is. */
function gazetteerMentions(text: string, languages: readonly string[]): Mention[] {
  const matcher = matcherFor(languages);
  const found = matcher.match(text);
  return australiaAsAu(found.some((m) => notAPair(text, m)) ? withoutFalsePairs(text, found, matcher) : found);
}

/** The mentions without the false pairs, and with what the pair's second character starts instead ("欧盟", "欧州連合"). */
function withoutFalsePairs(text: string, found: readonly Mention[], matcher: GazetteerMatcher): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    if (!notAPair(text, m)) {
      out.push(m);
      continue;
    }
    const from = m.start + 1;
    for (const x of matcher.match(text.slice(from, from + 16))) if (x.start === 0) out.push({ ...x, start: from, end: from + x.end });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The article before the short name: "the ", "la ", "l'" (a word of its own). */
const SHORT_EU_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he |[Ll]a |[Ll]['’])$/u;
/** What may follow it: no letter, and no word that makes it another union. */
const SHORT_EU_AFTER =
  /^(?![\p{L}\p{N}-])(?!\s+(?:for|of|pour|por|per|des|du|de|del|della|dello|dell['’]|d['’]|\p{L}*[aA]fric\p{L}*|[ÉEé]conomi\p{L}*|internationale?|internacional|interparlamentaire|douanière|aduanera|doganale|monétaire|monetaria|Euroasi\p{L}*|eurasi\p{L}*|Eurasi\p{L}*|postale?|Postal))/u;

/**
 * "the Union", "l'Union", "la Unión", "l'Unione": an EU text's short name for the EU, not followed by what makes it another union
 * ("the Union for the Mediterranean", "l'Union africaine", "la Unión Económica Euroasiática"), added to the gazetteer's mentions.
 */
function withShortEuNames(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  // each "Uni" looked at where it stands: a pattern with a look-behind run over every long text was a hot spot
  for (let at = text.indexOf('Uni'); at >= 0; at = text.indexOf('Uni', at + 3)) {
    let end: number;
    if (text.startsWith('Unione', at)) end = at + 6;
    else if (text.startsWith('Union', at) || text.startsWith('Unión', at)) end = at + 5;
    else continue;
    if (!SHORT_EU_BEFORE.test(text.slice(Math.max(0, at - 5), at)) || !SHORT_EU_AFTER.test(text.slice(end, end + 40))) continue;
    if (mentionsIn(mentions, at - 40, end + 40).some((x) => x.start < end && x.end > at)) continue;
    added.push({ kind: 'org', id: 'org:eu', start: at, end });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Entities, partners, instruments, initiatives, areas, values and references of one
 * document. Pure, synchronous and deterministic: the same input gives the same output.
 */
/** A line of four short fields separated by commas or semicolons somewhere in the text ("iati_identifier,reporting_org,title,…"). */
const VALUES_LINE = /(?:^|\n)[^\n,;.]{1,40}([,;])[^\n,;.]{1,40}\1[^\n,;.]{1,40}\1/;

function mayHoldValues(text: string): boolean {
  return (text.includes(',') || text.includes(';')) && VALUES_LINE.test(text);
}

export function extract(input: ExtractInput): ExtractionResult {
  const norm = normalizeText(input.text);
  const text = norm.text;
  const detected = detectLanguages(text);
  const language = input.language && input.language !== 'und' ? input.language : detected.language;
  const languages = languageSet(language, detected.languages);
  const lines = splitLines(text);
  const sentences = segmentSentences(text, lines);
  const mentions = withShortEuNames(text, resolveDemonyms(text, gazetteerMentions(text, languages)));
  const digits = digitRuns(text);
  const { footnotes, markers } = findFootnotes(text, lines, digits);
  // the city or country of a dateline ("SINGAPORE, June 1 –") is where the text was written: an entity, never a party
  const datelined = datelinePlaces(text, mentions);
  const ctx: DocumentContext = {
    text,
    languages,
    lines,
    sentences,
    mentions,
    places: mentions.filter((m) => isPlace(m) && !datelined.has(m) && !euCandidateAttribute(text, m)),
    roles: new Map(),
    footnotes,
    markers,
    cues: cueSetsFor(languages),
    // a document without a bar or a line of separated values has no table: its lines need not be looked at
    tableRows: text.includes('|') || mayHoldValues(text) ? parseTables(lines) : [],
    digitRuns: digits,
    notParties: new Set(),
    euNoPartySpans: [],
    foreign: new Set(),
    uncued: new Set(),
  };
  dropOthersCells(ctx);
  assignRoles(ctx);
  // what the text recommends, offers as an option or imagines as a scenario is no cooperation yet
  setAsideProspects(ctx);
  const published = publisherAsPartner(ctx);
  // a row of someone else's (a table of others, a row that others alone fund) makes none of its places a partner by its words
  for (const row of ctx.tableRows) {
    if (!row.others) continue;
    for (const m of mentionsIn(ctx.places, row.start, row.end)) {
      ctx.roles.delete(m);
      ctx.foreign.add(m);
    }
  }
  const strong = new Set<string>();
  for (const row of ctx.tableRows) if (row.partner) for (const id of markPartners(ctx, parsePartnerCell(ctx, row.partner.start, row.partner.end).mentions)) strong.add(id);
  // (an instrument named inside a wish or a span the EU takes no part in is none of the EU's either: "convenues d'étudier, à terme,
  // l'opportunité d'un partenariat numérique", 1.15.55)
  let instruments = extractInstruments(ctx).filter((h) => !ctx.notParties.has(h.partner) && !inEuNoPartySpan(ctx, h.instrument.start) && !(h.partnerMention && (ctx.foreign.has(h.partnerMention) || inEuNoPartySpan(ctx, h.partnerMention.start))));
  for (const h of instruments) strong.add(h.partner);
  markPartners(ctx, instruments.flatMap((h) => (h.partnerMention ? [h.partnerMention] : [])));
  for (const id of markPartners(ctx, footnotedPartners(ctx))) strong.add(id);
  // "Partner countries: Morocco, Tunisia", "tre paesi pilota: Ruanda, Senegal e Zambia", the signatories of a text the EU signs
  const labelled = labelledPartners(ctx);
  // a label says whose project it is, whoever the sentence's grammar makes the subject ("Pays partenaires : Maroc, Tunisie")
  for (const m of labelled.partners) ctx.foreign.delete(m);
  for (const id of markPartners(ctx, labelled.partners)) strong.add(id);
  dropPassingMentions(ctx, strong);
  // cooperation the EU takes no part in ("China and ASEAN signed …", "한-인도네시아 … 양해각서", the EU named only as a model
  // or a yardstick) gives no partners and no instruments of the EU
  // (a cooperation table, whose rows name partners in a partner column, is the EU's own in a text that never names the EU, such as
  // an annex on its own; a text that names the EU and not as a party, "By way of comparison, the European Union … has no cable
  // project in the Pacific", has tables of others)
  const tablePartners = ctx.tableRows.some((r) => r.partner !== null && mentionsIn(ctx.places, r.partner.start, r.partner.end).length > 0);
  // a label's list takes its EU from what comes before it: "Financé par l'Union européenne …" over "Pays bénéficiaires" and its items
  const firstLabelled = labelled.partners.reduce((a, m) => Math.min(a, m.start), Infinity);
  const euBeforeLabel = firstLabelled < Infinity && namesEuSide(ctx, Math.max(0, firstLabelled - LABEL_EU_REACH), firstLabelled);
  const euTakesNoPart = disclaimsAll(ctx) || (!(tablePartners && !namesEu(ctx)) && !labelled.euSigns && !euBeforeLabel && !published && !euTakesPart(ctx, instruments));
  if (euTakesNoPart) {
    ctx.roles.clear();
    instruments = [];
    for (const row of ctx.tableRows) {
      row.partner = null;
      row.others = true;
    }
  }
  const named = recognizeNamedInitiatives(ctx);
  const initiatives = extractInitiatives(ctx, named);
  const own = findOwnDateAndReference(text, lines);
  const result = buildResult({
    ctx,
    norm,
    input,
    language,
    languages,
    title: findTitle(lines),
    date: own.date,
    reference: own.reference,
    docrefs: findDocrefs(text),
    instruments,
    initiatives,
    named,
  });
  // the area model takes away the rule's areas a text names only in passing; initiatives keep their own
  const withAreas = input.areaModel === false ? result : applyAreaModel(result, input.text, AREA_MODEL);
  // the model weighs the places the rules judged by the words around them; what the rules read as a statement stays: the
  // partners of a table's partner column, of an instrument or of a footnote, places the rules turned down for a reason (it may
  // add only places whose lists found no cue word at all), places the text says are no party, and a text in which the EU takes
  // no part at all; and the places of a footnote to threats or sanctions
  if (input.partnerModel === false || euTakesNoPart) return withAreas;
  const threatened = ctx.markers.length > 0 ? threatFootnotePlaces(ctx) : undefined;
  const never = threatened && threatened.size > 0 ? new Set([...ctx.notParties, ...threatened]) : ctx.notParties;
  return applyPartnerModel(withAreas, input.text, PARTNER_MODEL, { keep: strong, mayAdd: ctx.uncued, never });
}
