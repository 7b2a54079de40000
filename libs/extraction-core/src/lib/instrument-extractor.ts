import { isEuOrMemberState } from '@dpo/taxonomy';
import { isSpace, ONE_CHAR_COUNTRIES } from './char-classes';
import { DocumentContext, isPlace, mentionsIn } from './document-context';
import { Footnote } from './footnote-resolver';
import { Mention } from './gazetteer-matcher';
import { stickyMatches } from './sticky-scan';
import { countryNounReferent } from './foreign-cooperation';
import { cjkPartnersBefore, walkList } from './list-walker';
import { BROAD_AREAS, inPairOfOthers } from './role-assigner';
import { clauseOf } from './role-classifier';
import { HEADER_RULE } from './table-parser';
import { Line, segmentAt } from './text-segmenter';

/** One (instrument type, partner) pair in normalised offsets, with the mention that named the partner. */
export interface InstrumentHit {
  type: string;
  partner: string;
  instrument: Mention;
  partnerMention: Mention | null;
}

/** "associated countries", "pays associés", "assoziierten Ländern", "países asociados", "paesi associati" right before a footnote marker. */
const ASSOCIATED_GROUP = /(?:associated countries|pays associés|assoziierte[n]? (?:Länder[n]?|Staaten)|países asociados|paesi associati)$/i;
const ASSOCIATION = /associat|associé|assoziier|asociad|asociaci|associazion|联系国|关联|準加盟|準会員|準参加|アソシエーション|준회원|연계/i;
/** An association in negotiation, asked about, or supposed, in the eight languages. */
const ASSOCIATION_NOT_YET =
  /(?:交渉|協議)(?:は|が)?(?:継続中|続いて|進行中|進んで|中)|に向けた(?:交渉|協議)|交渉の(?:早期)?妥結|妥結を目指|妥結していない|合意(?:に|には)至っていない|実現すれば|のでしょうか|谈判(?:仍在|正在|尚未)|尚未(?:达成|完成)|협상(?:이|은|을)?\s*(?:진행|계속)|협상\s*단계|\b(?:under|in)\s+negotiation\b|\bbeing\s+negotiated\b|\bnegotiations?\s+(?:on|for|towards?)\s+(?:its|their|the|an?)?\s*association\b|\ben\s+(?:cours\s+de\s+)?négociation\b|\bnoch\s+verhandelt\b|\bin\s+Verhandlung|\ben\s+negociación\b|\bin\s+(?:corso\s+di\s+)?negoziazione\b/iu;
/** "EU-Latin America and Caribbean " may hold small words; other name prefixes are capitalised words only. */
const EU_PREFIX = /(?:EU|UE)\s*[-–—‐]\s*(?:(?:[\p{Lu}][\p{L}\p{N}'’]*|and|the|of|&)[\s\-–—‐]*)+$/u;
const PREFIX = /(?:[\p{Lu}][\p{L}\p{N}'’]*[\s\-–—‐]+)+$/u;
/** The word of two parties that INTRO may end with. */
const BETWEEN_WORD = /(?:between|zwischen|entre|tra|fra)$/i;
/** A state named as the one a body belongs to: "… della Repubblica d'Albania", "of the Republic of Kenya", "de la République du Sénégal", "of Kenya". */
const BODY_OF_BEFORE = /(?:\bof(?:\s+the)?(?:\s+Republic\s+of)?|\bdell?(?:a|o)?\s*(?:Repubblica\s+(?:di|d['’]|dell['’]|del)?)?|\bdell['’]|\bde\s+la\s+République\s+(?:de\s+|du\s+|d['’])?|\bder\s+Republik|\bde\s+la\s+República\s+(?:de\s+|del\s+)?)\s*$/i;
const INTRO = /^\s*(?:\([^)]{1,14}\))?\s*\d{0,3}\s*(?:,\s*)?(?:signed\s+|concluded\s+|established\s+|launched\s+)?(?:with|in|between|among|avec|mit|zwischen|con|entre|tra|fra)\b/i;
/**
 * "pour la transformation numérique du", "for the digital transformation of", "para la conectividad de", "on Digital Connectivity in
 * Central Asia", "pour l'inclusion numérique à Madagascar": whose the instrument is.
 */
const FOR_OF =
  /^\s*(?:pour|para|per|für|for|on|sur|sobre|su|sulla|sul|zur|zum)\s+(?:(?:la|le|les|l['’]|el|los|las|il|lo|die|den|das|the)\s+)?(?:[^\s,;.()]+\s+){0,3}?(?:du|de\s+la|de\s+l['’]|des|de|del|della|dello|dell['’]|di|of|in|en|au|aux|à|in)\s+(?:(?:la|le|les|l['’]|el|il|the)\s+)?/i;
/** A name in capitals right after the instrument, whose place ends it (1.15.52): "Team-Europe-Initiative Digitale Konnektivität in Zentralasien". */
const NAMED_OF = /^[ \t]+(?:\p{Lu}\p{Ll}[\p{L}-]*[ \t]+){1,3}(?:in|im|en|au|aux|à)[ \t]+(?:(?:der|den|dem|la|le|l['’])[ \t]*)?/u;
/**
 * The place that ends a quoted name right after the instrument, no preposition before it (1.15.52): "Team-Europe-Initiative „Digitale
 * Transformation Westbalkan“" (a region after a preposition, "« Gouvernance des données en Afrique »", is as often the topic).
 */
function quotedNameEndingInPlace(ctx: DocumentContext, at: number): Mention[] {
  const q = QUOTED_NAME_AFTER.exec(ctx.text.slice(at, at + 80));
  if (q === null) return [];
  const nameStart = at + q[0].lastIndexOf(q[1]);
  const nameEnd = nameStart + q[1].length;
  const last = mentionsIn(ctx.places, nameStart, nameEnd).filter(usable).pop();
  if (!last || last.end !== nameEnd || last.start <= nameStart) return [];
  return PREPOSITION_BEFORE.test(ctx.text.slice(nameStart, last.start)) ? [] : [last];
}
/** A preposition (and article) right before a place. */
const PREPOSITION_BEFORE = /(?:^|\s)(?:in|im|of|for|en|au|aux|à|de|du|des|del|della|di|für|zur|zum|per|para|pour)\s+(?:(?:the|la|le|les|l['’]|el|il|der|die|den|dem)\s+)?$/i;

/** A quoted name after the instrument, whose place ends it (1.15.46): "Team-Europa-Initiative „Digitale Konnektivität in Zentralasien“". */
const QUOTED_OF =
  /^\s*[„“"«‚‘]\s*(?:[^\s,;.()„“”"«»]+\s+){0,4}?(?:du|de\s+la|de\s+l['’]|des|de|del|della|dell['’]|di|of|in|en|au|aux|à|im|für|for|pour|para|per)\s+(?:(?:la|le|les|l['’]|el|il|the|der|die|den|dem)\s+)?(?=[^„“”"«»\n]{2,40}[“”"»‘’])/i;
/** German names whose it is by the genitive alone: "für die digitale Transformation Ruandas", "zur Digitalisierung Kenias". */
const FOR_GENITIVE = /^\s*(?:für|zur|zum)\s+(?:(?:die|den|das|der)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/** The list that starts at the first place after the name, when only FOR_GENITIVE stands between them. */
function genitiveAfter(ctx: DocumentContext, m: Mention, clauseEnd: number): Mention[] {
  const first = mentionsIn(ctx.places, m.end, Math.min(clauseEnd, m.end + 80))[0];
  return first && FOR_GENITIVE.test(ctx.text.slice(m.end, first.start)) ? walkList(ctx, first.start, clauseEnd) : [];
}

/** "with", "avec", "mit", "con" right after an instrument's name (a footnote number between allowed). */
const WITH_RIGHT_AFTER = /^\s*\d{0,3}\s+(?:with|avec|mit|con)\s/i;
const PARALLEL_BEFORE = /,\s*(?:and|et|und|y|e)\s+$/i;
const LATER_WITH = /\b(?:with|between|avec|mit|con|entre)\s/gi;
/** Sticky: tried at each "Team Europe", where every match starts. */
const TEI = /Team Europe\s+((?:[\p{Lu}][\p{L}-]*\s+){1,4})[Ii]nitiative/uy;
/**
 * "dialogue UE-Canada sur la cybersécurité", "Diálogo UE-Japón sobre ciberseguridad", "dialogo UE-India sul digitale":
 * Romance word order puts the EU-X pair between the noun and its topic, so no gazetteer name covers it.
 */
const DIALOGUE_WORD = /di[aá]log/gi;
/** Sticky: tried only where DIALOGUE_WORD matched, since every match starts with one of its words. */
const ROMANCE_DIALOGUE = /(?<![\p{L}])(?:dialogue|diálogo|dialogo)\s+(?:UE|EU)\s*[-–—‐]\s*[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]*)?\s+(?:sur|sobre|su|sul|sulla|sui)\s+(?:(?:la|le|les|el|lo|los|las|il|i)\s+)?(?:(cyber|ciber)|(?:numérique|digital|digitale|numériques|digitali))/iuy;

/** "the two sides signed a memorandum": the partner is the counterpart named earlier in the text. */
const BOTH_SIDES =
  /\b(?:both sides|two sides|both parties|the parties|both countries|the two countries|les deux parties|les deux côtés|les deux pays|beide Seiten|beiden Seiten|beide Länder|beiden Ländern|ambas partes|las dos partes|ambos países|los dos países|entrambe le parti|le due parti|entrambi i paesi|i due paesi)\b|双方|两国|両者|両国|양측|쌍방|양국/i;
/** "Alleanza digitale UE-ALC", "Alianza Digital UE-ALC": Romance word order puts the "EU-X" pair after the name. */
const EU_SUFFIX = /^\s*(?:UE|EU)\s*[-–—‐]\s*/;

/** A name in quotes right after the instrument: "l'initiative Team Europe « Mauritanie numérique »", "Team Europe Initiative “Digital Kenya”". */
const QUOTED_NAME_AFTER = /^\s*(?:\(\s*Team Europe\s*\)\s*)?[«"“„]\s?([^«»"“”„\n]{2,60}?)\s?[»"”“]/u;
/** Up to five words right after the instrument, the first capitalised, to a line's end or a comma: an unquoted name. */
const BARE_NAME_AFTER = /^[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,4}(?=[ \t]*(?:$|\n|,|\(|:|;))/u;
/** A label and an opening quote right before the instrument: "中亚数字互联“团队欧洲倡议”" (the place first). */
const CJK_LABEL_BEFORE = /^[\p{Script=Han}\p{Script=Katakana}ー・]{0,8}[“「『]$/u;

/** The country named by a quoted name after the instrument, or a place by a CJK label before it. */
function namedPlace(ctx: DocumentContext, m: Mention, sentenceStart: number): Mention[] {
  const quoted = QUOTED_NAME_AFTER.exec(ctx.text.slice(m.end, m.end + 80));
  if (quoted) {
    const from = m.end + quoted[0].length - quoted[1].length - 1;
    // a country ("« Sénégal numérique »"); a region in a name is its topic as often as its partner ("« Gouvernance des données en Afrique »")
    const inName = mentionsIn(ctx.places, from - 2, m.end + quoted[0].length).filter((p) => p.kind === 'country' && usable(p));
    if (inName.length > 0) return inName;
  }
  // a Team Europe Initiative's name written after it without quotes, to the end of its line: "Team-Europe-Initiative Digitale Konnektivität
  // Zentralasien", "l'Initiative Équipe Europe Sénégal numérique, lancée …" (a country or a region of states, not a continent that is the
  // name's topic, 1.15.59)
  if (m.id === 'instrument:team-europe-initiative') {
    const bare = BARE_NAME_AFTER.exec(ctx.text.slice(m.end, m.end + 70));
    if (bare) {
      const inName = mentionsIn(ctx.places, m.end, m.end + bare[0].length).filter((p) => (p.kind === 'country' || (p.kind === 'region' && !BROAD_AREAS.has(p.id))) && usable(p));
      if (inName.length > 0) return inName;
    }
  }
  const before = mentionsIn(ctx.places, Math.max(sentenceStart, m.start - 12), m.start).filter(usable);
  const last = before[before.length - 1];
  if (last && CJK_LABEL_BEFORE.test(ctx.text.slice(last.end, m.start))) return [last];
  return [];
}

function euCompoundAfter(ctx: DocumentContext, m: Mention): Mention[] {
  const suffix = EU_SUFFIX.exec(ctx.text.slice(m.end, m.end + 8));
  if (!suffix) return [];
  const at = m.end + suffix[0].length;
  return mentionsIn(ctx.places, at, at + 60).filter((p) => p.start === at);
}

/** Partner places of the nearest earlier sentence (the title included) that has any, at most six sentences back. */
function partnersBefore(ctx: DocumentContext, pos: number): Mention[] {
  for (let k = segmentAt(ctx.sentences, pos) - 1, seen = 0; k >= 0 && seen < 6; k--, seen++) {
    const prev = ctx.sentences[k];
    const partners = mentionsIn(ctx.places, prev.start, prev.end).filter((p) => p.kind !== 'org' && ctx.roles.get(p) === 'partner' && !isEuOrMemberState(p.id));
    if (partners.length > 0) return partners;
  }
  return [];
}

/**
 * The name ends a URL: /https?:\/\/\S*$/ on the 200 characters before `pos`, read from the
 * run of non-space characters that ends there (usually empty: a space precedes the name).
 */
function inUrl(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 200);
  let w = pos;
  while (w > from && !isSpace(text.charCodeAt(w - 1))) w--;
  if (pos - w < 7) return false;
  const run = text.slice(w, pos);
  return run.includes('http://') || run.includes('https://');
}

/** Where the next "dialog"/"diálog" starts at or after `from` in text, or -1. */
function nextDialogueWord(text: string): (from: number) => number {
  return (from) => {
    DIALOGUE_WORD.lastIndex = from;
    return DIALOGUE_WORD.test(text) ? DIALOGUE_WORD.lastIndex - 6 : -1;
  };
}

/**
 * "Die EU unterhält mit Taiwan keinen Handels- und Technologierat und keine Digitalpartnerschaft", "there is no Digital Partnership
 * with", "The EU does not currently have a digital partnership with", "aucun dialogue", "ningún acuerdo", "nessun memorandum": an
 * instrument said not to exist.
 */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:no|kein(?:e|en|er|em)?|aucun(?:e)?|pas\s+de|pas\s+d['’]|ningún|ninguna|nessun[oa]?|(?:does|do|did)\s+not\s+(?:(?:currently|yet)\s+)?have\s+(?:an?|any))\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function usable(m: Mention): boolean {
  return isPlace(m) && !isEuOrMemberState(m.id);
}

/** A programme's or project's name opened in quotes, a word or more of it before the instrument's. */
const PROGRAMME_QUOTE_BEFORE = /(?:[Pp]rogram\p{L}*|[Pp]rojekt\p{L}*|[Pp]roject\p{L}*|[Pp]rojet\p{L}*|[Pp]roye?cto\p{L}*|[Pp]rogett\p{L}*|[Ii]nitiative\p{L}*|[Ff]onds?)\s*[„"“«]\s*[^"“”„«»\n]{1,40}$/u;
const QUOTE_CLOSES_AFTER = /^[^"“”„«»\n]{0,30}["“”»]/u;

/** Negotiations for what follows: "negotiations on a", "I negoziati per un", "les négociations sur un", "Verhandlungen über ein". */
const NEGOTIATIONS_FOR_BEFORE =
  /(?:negotiations?|négociations?|Verhandlungen|negociaciones|negoziati|trattative)\s+(?:on|for|of|towards?|sur|pour|d['’]|über|zu|para|de|sobre|per|su|di)\s*(?:an?\s+|the\s+|une?\s+|les?\s+|la\s+|l['’]|ein(?:e[nms]?)?\s+|den\s+|das\s+|die\s+|el\s+|il\s+|lo\s+)?(?:[\p{L}\-–—]+\s+){0,3}$/iu;
/**
 * A verb of negotiating in the present right before the instrument (1.15.65): "Die EU und die VAE verhandeln seit April 2025 über ein
 * Freihandelsabkommen", "are negotiating a digital trade agreement", "négocient un accord", "negocian un acuerdo", "negoziano un accordo".
 */
const NEGOTIATING_BEFORE =
  /(?:\bverhandel[nt]\s+(?:(?:seit|derzeit|noch|weiter|bereits)\s+(?:[^\s.;,]+\s+){0,2})?über|\b(?:are|is)\s+(?:still\s+|currently\s+|now\s+)?negotiating|\bnégocie(?:nt)?|\bnegocian?|\bnegozia(?:no)?)\s+(?:an?\s+|the\s+|une?\s+|l['’]|ein(?:e[nms]?)?\s+|den\s+|das\s+|die\s+|el\s+|il\s+|lo\s+|un[ao]?\s+)?(?:[\p{L}\-–—]+\s+){0,3}$/iu;
/** …that the sentence says go on, or the instrument said to be under negotiation right after it. */
// (or relaunched: "the negotiations on an EU–Philippines free trade agreement, relaunched in March 2024", 1.15.60)
const STILL_NEGOTIATED = /\b(?:ongoing|under\s+way|still|continue|continuing|reopened|relaunched|resumed|relanzad[oa]s|reanudad[oa]s|rilanciat[ie]|ripres[ei]|wieder\s+aufgenommen|en\s+cours|se\s+poursuivent|relancées|laufen|dauern\s+an|noch\s+nicht\s+abgeschlossen|en\s+curso|contin[uú]an|in\s+corso|proseguono|riaperti)\b/iu;
const UNDER_NEGOTIATION_AFTER =
  /^((?:[^.;—–]|(?<=\p{L})[—–](?=\p{L})){0,70}?)\b(?:\s*\(\s*(?:still\s+)?(?:under\s+negotiation|en\s+(?:cours\s+de\s+)?négociation|in\s+Verhandlung|en\s+negociación|in\s+(?:corso\s+di\s+)?negoziat)|(?:is|are|remains?)\s+(?:still\s+|currently\s+)?(?:under\s+negotiation|being\s+negotiated)|(?:wird|werden)\s+(?:(?:derzeit|noch|gerade|zurzeit|weiter(?:hin)?|seit\s+(?:19|20)\d\d|erneut|wieder)\s+){0,3}verhandelt|(?:remains?|is|are)\s+(?:still\s+)?stalled|(?:has|have)\s+stalled|(?:est|sont|reste|restent)\s+(?:toujours\s+)?au\s+point\s+mort|(?:está|están|sigue|siguen)\s+estancad[oa]s?|(?:è|sono|resta|restano)\s+(?:ancora\s+)?(?:bloccat|in\s+stallo)|liegt\s+(?:weiter\s+|noch\s+)?auf\s+Eis|(?:has|have)\s+(?:now\s+|long\s+)?been\s+(?:under\s+negotiation|negotiated\s+for)|(?:the\s+)?negotiations\s+(?:are|remain)\s+(?:still\s+)?(?:ongoing|under\s+way|in\s+progress)|les\s+négociations\s+(?:sont|restent)\s+(?:toujours\s+|encore\s+)?en\s+cours|die\s+Verhandlungen\s+(?:laufen|dauern)\s+noch|las\s+negociaciones\s+(?:siguen|continúan|están)\s+(?:todavía\s+|aún\s+)?en\s+curso|i\s+negoziati\s+sono\s+(?:ancora\s+)?in\s+corso|(?:est|sont|reste|restent)\s+(?:encore\s+)?en\s+(?:cours\s+de\s+)?négociation|(?:ist|sind)\s+(?:noch\s+)?in\s+Verhandlung|(?:está|están|sigue|siguen)\s+en\s+negociación|(?:è|sono)\s+(?:ancora\s+)?in\s+(?:fase\s+di\s+)?negozia(?:to|zione))/iu;

/** A draft, right before the instrument's name. */
const DRAFT_BEFORE = /(?:^|[^\p{L}])(?:[Dd]raft|projet\s+d['’e]\s*|[Ee]ntwurf\s+(?:einer|eines|der|des)|borrador\s+de(?:l)?|bozza\s+d[i'’])\s*(?:(?:the|an?|la|le|el|il|un[ae]?)\s+)?$/u;
/** Another thing named between the instrument and "is under negotiation", which the phrase is then said of ("… feed into the separate digital trade talks, which are still being negotiated"). */
const ANOTHER_THING = /\b(?:talks|negotiations|agreements?|accords?|Abkommen|acuerdos?|accord[oi]|négociations|Verhandlungen|negociaciones|negoziati)\b/iu;

/**
 * The same in Chinese, Japanese and Korean, right after the name: "欧盟与东盟之间的区域数字贸易协定谈判仍在进行中" (1.15.56), "…協定の交渉は継続中",
 * "…협정 협상이 진행 중".
 */
const UNDER_NEGOTIATION_AFTER_CJK =
  /^[^。；;.]{0,6}?(?:谈判|談判|交渉|협상)[^。；;.]{0,6}?(?:仍在进行|正在进行|仍在持续|尚未完成|尚未结束|尚未达成|进行中|継続中|進行中|が続いて|は続いて|진행\s*중|진행되고|계속되고)/u;

function underNegotiation(ctx: DocumentContext, m: Mention): boolean {
  // a draft is not signed yet: "draft memorandum of understanding on e-government", "projet de protocole d'accord" (1.15.59)
  if (DRAFT_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 24), m.start))) return true;
  const after = UNDER_NEGOTIATION_AFTER.exec(ctx.text.slice(m.end, m.end + 110));
  if (after !== null && !ANOTHER_THING.test(after[1])) return true;
  if (UNDER_NEGOTIATION_AFTER_CJK.test(ctx.text.slice(m.end, m.end + 30))) return true;
  const before = ctx.text.slice(Math.max(0, m.start - 60), m.start);
  if (NEGOTIATING_BEFORE.test(before)) return true;
  if (!NEGOTIATIONS_FOR_BEFORE.test(before)) return false;
  const s = ctx.sentences[segmentAt(ctx.sentences, m.start)];
  return s !== undefined && STILL_NEGOTIATED.test(ctx.text.slice(m.end, s.end));
}

/** Instrument mentions, including "Team Europe <Region> initiative", filtered by context. */
function instrumentMentions(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  for (const m of ctx.mentions) {
    if (m.kind !== 'instrument') continue;
    if (inUrl(ctx.text, m.start) || NEGATED_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    // "Handels- und Technologierat (Trade and Technology Council, TTC)": the name again (or its acronym) in brackets is the same instrument
    const prev = out[out.length - 1];
    if (prev && prev.id === m.id && m.start - prev.end < 80 && /^\s*\([^()]*$/.test(ctx.text.slice(prev.end, m.start))) continue;
    if (m.id === 'instrument:digital-partnership' && /^\s*Networks?\b/.test(ctx.text.slice(m.end, m.end + 12))) continue;
    // the word inside a programme's quoted name: Bundesprogramm „Kommunale Digitalpartnerschaften Ost“ (1.15.57)
    if (PROGRAMME_QUOTE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 60), m.start)) && QUOTE_CLOSES_AFTER.test(ctx.text.slice(m.end, m.end + 32))) continue;
    // an instrument whose negotiation the sentence says goes on ("I negoziati per un accordo di libero scambio tra l'UE e il Consiglio di
    // cooperazione del Golfo … sono ancora in corso", "an agreement that is still under negotiation") is none yet (1.15.55)
    if (underNegotiation(ctx, m)) continue;
    if (m.id === 'instrument:horizon-association') {
      const si = segmentAt(ctx.sentences, m.start);
      const s = ctx.sentences[si];
      // (or a column of a table, whose cells say who is associated: columnPartners)
      if (!s || (!ASSOCIATION.test(ctx.text.slice(s.start, s.end)) && headerRowAt(ctx, m.start) === null)) continue;
      // an association still negotiated, asked about or supposed ("準参加に向けた交渉は継続中", "日本はホライズン・ヨーロッパに準参加するのでしょうか。",
      // "準参加が実現すれば") is none yet (1.15.52)
      // (a sentence broken at a line's end, as CJK lines are, goes on into the next: "…準参加（アソシエーション）に関する⏎交渉の早期妥結を目指す")
      const next = /[。.!?！？]\s*$/.test(ctx.text.slice(s.start, s.end)) ? undefined : ctx.sentences[si + 1];
      if (ASSOCIATION_NOT_YET.test(ctx.text.slice(s.start, next ? next.end : s.end))) continue;
    }
    out.push(m);
  }
  // "Member States and associated countries12" in a text about Horizon Europe: the countries of the footnote are associated to it
  if (ctx.mentions.some((m) => m.id === 'instrument:horizon-association')) {
    for (const k of ctx.markers) {
      const before = ASSOCIATED_GROUP.exec(ctx.text.slice(Math.max(0, k.start - 40), k.start));
      if (before) out.push({ kind: 'instrument', id: 'instrument:horizon-association', start: k.start - before[0].length, end: k.start });
    }
  }
  // each match of these starts at a literal ("Team Europe", a dialogue word): only there are they tried
  stickyMatches(TEI, ctx.text, (from) => ctx.text.indexOf('Team Europe', from), (t, start) => {
    if (!out.some((m) => m.start >= start && m.start < start + t[0].length)) out.push({ kind: 'instrument', id: 'instrument:team-europe-initiative', start, end: start + t[0].length });
  });
  stickyMatches(ROMANCE_DIALOGUE, ctx.text, nextDialogueWord(ctx.text), (d, start) => {
    const end = start + d[0].length;
    if (!out.some((m) => m.start < end && m.end > start)) out.push({ kind: 'instrument', id: d[1] ? 'instrument:cyber-dialogue' : 'instrument:digital-dialogue', start, end });
  });
  return out.sort((a, b) => a.start - b.start);
}

function footnoteOf(ctx: DocumentContext, m: Mention, nextInstrumentStart: number): Footnote | undefined {
  const s = ctx.sentences[segmentAt(ctx.sentences, m.start)];
  const [, clauseEnd] = s ? clauseOf(ctx.text, s.start, s.end, m.start) : [0, m.end + 40];
  const limit = Math.min(clauseEnd + 4, nextInstrumentStart);
  const marker = ctx.markers.find((k) => k.start >= m.end && k.start <= limit);
  return marker ? ctx.footnotes.find((f) => f.number === marker.number) : undefined;
}

/**
 * Partners of each instrument mention, in order of reliability: the name itself
 * ("EU-India Trade and Technology Council", "Central Asia Team Europe Initiative"), its
 * footnote ("Digital Partnerships13"), a following list ("with Japan, ..."), a CJK
 * construction, then partner places of the same sentence.
 */
export function extractInstruments(ctx: DocumentContext): InstrumentHit[] {
  const all = instrumentMentions(ctx);
  const inFootnote = (m: Mention): Footnote | undefined => ctx.footnotes.find((f) => m.start >= f.start && m.start < f.end);
  // the places an instrument took, with its type
  const claimed = new Map<Mention, string>();
  // the types that have a partner so far
  const named = new Set<string>();
  const hits: InstrumentHit[] = [];
  let solePartner: Mention | null | undefined;
  const ordered = [...all.filter((m) => inFootnote(m)), ...all.filter((m) => !inFootnote(m))];
  for (const m of ordered) {
    const type = m.id.slice('instrument:'.length);
    const idx = all.indexOf(m);
    const nextStart = all[idx + 1]?.start ?? Infinity;
    const found: Mention[] = [];
    const head = headOf(ctx.text, m);
    const euPrefix = EU_PREFIX.exec(head);
    const prefix = euPrefix ?? PREFIX.exec(head);
    if (prefix) found.push(...mentionsIn(ctx.places, m.start - prefix[0].length, m.start));
    if (othersInstrument(head, euPrefix !== null, found)) continue;
    found.push(...mentionsIn(ctx.places, m.start, m.end));
    const s = ctx.sentences[segmentAt(ctx.sentences, m.start)];
    const [, clauseEnd] = s ? clauseOf(ctx.text, s.start, s.end, m.start) : [m.start, m.end];
    // a table row's own partner cell before a footnote its instrument cell carries ("| Nigeria | … | Digital Economy Package¹ |" over
    // "¹ … The packages with the Democratic Republic of the Congo and Colombia are still under negotiation", 1.15.61)
    if (found.filter(usable).length === 0 && ctx.markers.some((k) => k.start >= m.end && k.start <= m.end + 1)) found.push(...rowPartners(ctx, m));
    if (found.filter(usable).length === 0) {
      const note = footnoteOf(ctx, m, nextStart);
      if (note) {
        // its places may have been taken by the footnote's own mention of this type ("1 Digitalpartnerschaft EU–Japan …")
        found.push(...mentionsIn(ctx.places, note.start, note.end).filter((p) => !claimed.has(p) || claimed.get(p) === type));
        // "Digital Economy Packages with partners in Africa, Asia and Latin America28": the list right after the name as well
        // (not after a comma: ", mit den Vereinigten Staaten wurde …" opens a clause of its own)
        const intro = WITH_RIGHT_AFTER.exec(ctx.text.slice(m.end, m.end + 40));
        if (intro) found.push(...walkList(ctx, m.end + intro[0].length, clauseEnd));
      }
    }
    // "Mit Japan, Südkorea, Singapur und Kanada bestehen Digitalpartnerschaften": the list before, with its verb between
    if (found.filter(usable).length === 0 && s) found.push(...withListBefore(ctx, m, s.start));
    if (found.filter(usable).length === 0) {
      const after = ctx.text.slice(m.end, m.end + 80);
      // "… with Japan", or what the instrument is for: "Initiative Équipe Europe pour la transformation numérique du Sénégal"
      const intro = INTRO.exec(after) ?? FOR_OF.exec(after);
      if (intro) found.push(...betweenPairs(ctx, m.end + intro[0].length, clauseEnd, BETWEEN_WORD.test(intro[0])));
      else found.push(...genitiveAfter(ctx, m, clauseEnd));
      // a title's "MEMORANDUM D'INTESA ⏎ tra l'Agenzia … della Repubblica Italiana (ACN) e l'Autorità … della Repubblica d'Albania": the
      // state of the other body, up to the end of the sentence after the title (1.15.59)
      if (found.filter(usable).length === 0 && intro && BETWEEN_WORD.test(intro[0]) && s) {
        const next = ctx.sentences[segmentAt(ctx.sentences, m.start) + 1];
        const to = Math.min(m.end + 400, Math.max(clauseEnd, next && next.start - s.end <= 2 ? next.end : clauseEnd));
        found.push(...mentionsIn(ctx.places, m.end + intro[0].length, to).filter((p) => p.kind === 'country' && BODY_OF_BEFORE.test(ctx.text.slice(Math.max(0, p.start - 40), p.start))));
      }
    }
    // "Alleanza digitale UE-ALC, … con il Perù": the pair right after the name is its partner, before a "with" later in the sentence
    if (found.filter(usable).length === 0) found.push(...euCompoundAfter(ctx, m));
    if (found.filter(usable).length === 0 && s) {
      const end = Math.min(sentenceTail(ctx, m, s.end), nextStart);
      const rest = ctx.text.slice(m.end, end);
      for (const w of rest.matchAll(LATER_WITH)) {
        // ", et avec le Togo un protocole d'accord": a "with" after a comma and a conjunction opens a parallel object of the verb
        if (PARALLEL_BEFORE.test(rest.slice(Math.max(0, (w.index ?? 0) - 12), w.index))) continue;
        found.push(...walkList(ctx, m.end + (w.index ?? 0) + w[0].length, end));
      }
    }
    // a table row names its partner in its own cell: "| Colombia | CSIRT … | Memorando de entendimiento | 9,5 M EUR |"
    if (found.filter(usable).length === 0) found.push(...rowPartners(ctx, m));
    // "| Country | Horizon Europe | Digital Europe |" over "| Norway | associated | associated |": a column per instrument
    if (found.filter(usable).length === 0) found.push(...columnPartners(ctx, m));
    // "表1 コペルニクスに関するEUと域外国との主な行政取決め" over "| オーストラリア | 2018年 | … |": the instrument of every row
    if (found.filter(usable).length === 0) found.push(...headingPartners(ctx, m));
    if (found.filter(usable).length === 0) found.push(...cjkPartnersBefore(ctx, m.start));
    if (found.filter(usable).length === 0 && s) found.push(...namedPlace(ctx, m, s.start));
    // "the TTC has met only irregularly … those of the United States": the instrument again, with an article, after one of its
    // type was named with a partner, takes from its sentence only a place said to be "with" it before it ("Avec l'Égypte, le
    // partenariat …")
    if (found.filter(usable).length === 0 && s) {
      const again = named.has(type) && DEFINITE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 8), m.start));
      const partners = mentionsIn(ctx.places, s.start, again ? m.start : s.end).filter((p) => p.kind !== 'org' && ctx.roles.get(p) === 'partner');
      found.push(...(again ? partners.filter((p) => WITH_END.test(ctx.text.slice(Math.max(s.start, p.start - 20), p.start))) : partners));
      if (again && found.filter(usable).length === 0) continue;
    }
    // a quoted name whose place ends it, when nothing else in the sentence is a partner: "Team-Europa-Initiative „Digitale Konnektivität in
    // Zentralasien“" (not "l'iniziativa Team Europe "Data Governance in Africa"" launched with the African Union)
    if (found.filter(usable).length === 0) {
      const quoted = QUOTED_OF.exec(ctx.text.slice(m.end, m.end + 80)) ?? NAMED_OF.exec(ctx.text.slice(m.end, m.end + 80));
      if (quoted) found.push(...walkList(ctx, m.end + quoted[0].length, clauseEnd));
      else found.push(...quotedNameEndingInPlace(ctx, m.end));
    }
    if (found.filter(usable).length === 0 && s) found.push(...countryNounReferent(ctx, s.start, s.end));
    if (found.filter(usable).length === 0 && s && BOTH_SIDES.test(ctx.text.slice(s.start, s.end))) found.push(...partnersBefore(ctx, s.start));
    // "Leaders welcomed the implementation of the Memorandum of Cooperation on semiconductors": a sentence that names no one
    // but the EU, in a text with a single partner, speaks of that partner's instrument
    // ("EUが各国と締結している「デジタル・パートナーシップ」", "the EU's Digital Partnerships with several countries": unnamed partners, not the text's one)
    if (found.filter(usable).length === 0 && s && !mentionsIn(ctx.places, s.start, s.end).some(usable) && !UNNAMED_PARTNERS.test(ctx.text.slice(s.start, s.end))) {
      const only = solePartner ?? (solePartner = soleDocumentPartner(ctx, m.start));
      if (only) found.push(only);
    }
    // "한-튀르키예 자유무역협정", "中—东盟自贸协定": a place right before the name, joined by a dash to another place outside the EU, names
    // those two's instrument
    if (!euPrefix && found.some((p) => usable(p) && p.end <= m.start && m.start - p.end <= 3 && inPairOfOthers(ctx, p))) continue;
    for (const p of found) {
      if (!usable(p)) continue;
      named.add(type);
      claimed.set(p, type);
      hits.push({ type, partner: p.id, instrument: m, partnerMention: p });
    }
  }
  return hits;
}

/** A definite article or a demonstrative right before an instrument's name: "the TTC", "this Council", "le Conseil", "der Rat", "del CCT". */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|this|that|its|le|la|l['’]|ce|cette|du|au|der|die|das|dem|den|des|dieser|diese|im|vom|zum|el|este|esta|del|al|il|lo|questo|questa|dello|della|nel|nello|allo)\s+$/iu;

/** Countries left unnamed: "各国", "諸国", "여러 나라", "several countries", "other partners", "plusieurs pays", "mehreren Ländern". */
const UNNAMED_PARTNERS =
  /各国|諸国|多国|여러 (?:나라|국가)|국가들|\b(?:several|many|various|other|numerous|like-minded)\s+(?:countries|partners|states)\b|\b(?:plusieurs|nombreux|autres|divers)\s+(?:pays|partenaires)\b|\b(?:mehreren|vielen|anderen|zahlreichen)\s+(?:Ländern|Partnern|Staaten)\b|\b(?:varios|muchos|otros|diversos)\s+(?:países|socios)\b|\b(?:diversi|molti|altri|numerosi)\s+(?:paesi|partner)\b/;

/**
 * The text's only partner country (or, with no country, its only partner region), its mention nearest before `pos` (or its
 * first); null for none or several.
 */
function soleDocumentPartner(ctx: DocumentContext, pos: number): Mention | null {
  const sole = (kind: string): Mention | null => {
    let id: string | null = null;
    let best: Mention | null = null;
    for (const [p, role] of ctx.roles) {
      if (role !== 'partner' || p.kind !== kind || !usable(p)) continue;
      if (id !== null && p.id !== id) return null;
      id = p.id;
      if (!best || (p.start < pos && (best.start > pos || p.start > best.start))) best = p;
    }
    return best;
  };
  const countries = [...ctx.roles.keys()].some((p) => p.kind === 'country' && ctx.roles.get(p) === 'partner' && usable(p));
  return countries ? sole('country') : sole('region');
}

/** "… and between", "sowie zwischen", "et entre", "y entre", "e tra": another pair of the same instrument. */
const AND_BETWEEN = /^\s*,?\s*(?:and|as well as|sowie|und|et|y|e)\s+(?:also\s+|auch\s+)?(?:between|zwischen|entre|tra|fra)\b/i;

/**
 * The list after an instrument's "with" or "between"; after "between", the pairs that follow it as well ("Abkommen über die gegenseitige
 * Anerkennung zwischen der Europäischen Union und Australien sowie zwischen der Europäischen Union und Neuseeland", 1.15.62).
 */
function betweenPairs(ctx: DocumentContext, pos: number, limit: number, between: boolean): Mention[] {
  const out = walkList(ctx, pos, limit);
  while (between && out.length > 0) {
    const more = AND_BETWEEN.exec(ctx.text.slice(out[out.length - 1].end, limit));
    if (more === null) break;
    const next = walkList(ctx, out[out.length - 1].end + more[0].length, limit);
    if (next.length === 0) break;
    out.push(...next);
  }
  return out;
}

/** The text of the line before an instrument's name, at most 80 characters. */
function headOf(text: string, m: Mention): string {
  return text.slice(Math.max(text.lastIndexOf('\n', m.start - 1) + 1, m.start - 80), m.start);
}

/**
 * "the Japan–India Digital Partnership", "日印デジタル・パートナーシップ": two countries or regions in the name of an instrument, neither the EU
 * nor a member state, name someone else's instrument. `places` are the places of the name's prefix.
 */
function othersInstrument(head: string, euPrefix: boolean, places: readonly Mention[]): boolean {
  if (CJK_PAIR_BEFORE.test(head.slice(-3))) return true;
  if (euPrefix) return false;
  const ids = new Set(places.filter((p) => p.kind !== 'org').map((p) => p.id));
  return ids.size >= 2 && ![...ids].some(isEuOrMemberState);
}

/** An instrument mention named as someone else's (see othersInstrument): no instrument of the EU, whatever its type. */
export function namedAsOthers(ctx: DocumentContext, m: Mention): boolean {
  const head = headOf(ctx.text, m);
  if (EU_PREFIX.test(head)) return false;
  const prefix = PREFIX.exec(head);
  return othersInstrument(head, false, prefix ? mentionsIn(ctx.places, m.start - prefix[0].length, m.start) : []);
}

/** "日印", "日米", "中韩", "米印" right before an instrument's name (after a bracket or quote): two countries by their one-character names. */
// (after a counter, "第4回日英デジタルパートナーシップ閣僚会合", 1.15.56)
const CJK_PAIR_BEFORE = new RegExp(`(?:^|[^\\p{Script=Han}]|[回届次])[${ONE_CHAR_COUNTRIES}][${ONE_CHAR_COUNTRIES}]$`, 'u');

/** At most three words, no punctuation: the verb between a list of places and the instrument ("bestehen", "hat die EU", "bestehen seit 2022"). */
const VERB_GAP = /^\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u;
const FUNCTION_WORDS_ONLY = /^\s+(?:(?:and|or|the|as|well|to|on|und|oder|die|der|das|den|dem|sowie|auf|zu|zum|zur|et|ou|la|le|les|ainsi|que|à|au|aux|y|o|el|los|las|así|como|a|al|e|il|lo|gli|nonché)\s+)+$/i;
const LIST_JOIN = /^(?:\s*,\s*|\s+(?:and|und|et|y|e)\s+|\s*,\s*(?:and|und|et|y|e)\s+)(?:the\s+|die\s+|der\s+|den\s+|dem\s+|la\s+|le\s+|l['’]|el\s+)?$/i;
const WITH_END = /(?:^|[^\p{L}])(?:with|mit|avec|con|insieme a)\s+(?:the\s+|dem\s+|der\s+|den\s+|la\s+|le\s+|l['’]|el\s+|il\s+)?$/iu;

/**
 * A list of places after "with" that ends right before the instrument, a verb of up to three words between them: German
 * puts the partners first ("Mit Japan, Südkorea, Singapur und Kanada bestehen Digitalpartnerschaften").
 */
function withListBefore(ctx: DocumentContext, m: Mention, sentenceStart: number): Mention[] {
  const before = mentionsIn(ctx.places, Math.max(sentenceStart, m.start - 160), m.start);
  let k = before.length - 1;
  if (k < 0 || m.start - before[k].end > 40) return [];
  const gap = ctx.text.slice(before[k].end, m.start);
  // "the Digital Partnerships with Japan … and the Digital Dialogues with Brazil", "… und Singapur sowie auf den Handels- und
  // Technologierat": a conjunction or a preposition is no verb
  if (!VERB_GAP.test(gap) || FUNCTION_WORDS_ONLY.test(gap)) return [];
  while (k > 0 && LIST_JOIN.test(ctx.text.slice(before[k - 1].end, before[k].start))) k--;
  if (!WITH_END.test(ctx.text.slice(Math.max(sentenceStart, before[k].start - 20), before[k].start))) return [];
  return before.slice(k);
}

/** Places in the partner cell of the table row that holds the instrument mention, if any. */
function rowPartners(ctx: DocumentContext, m: Mention): Mention[] {
  for (const row of ctx.tableRows) {
    if (m.start < row.start || m.end > row.end || !row.partner) continue;
    if (m.start >= row.partner.start && m.end <= row.partner.end) return [];
    return mentionsIn(ctx.places, row.partner.start, row.partner.end);
  }
  return [];
}

/** The header row of a pipe table (a Markdown header rule under it) that holds `pos`, if any. */
function headerRowAt(ctx: DocumentContext, pos: number): Line | null {
  const i = segmentAt(ctx.lines, pos);
  const line = ctx.lines[i];
  const next = ctx.lines[i + 1];
  return line && next && line.text.indexOf('|') >= 0 && HEADER_RULE.test(next.text) ? line : null;
}

/** A cell that says a row's country has the instrument of its column: "associated", "signed", "in force", "since 2022", "✓". */
const STATUS_YES =
  /(?:^|[^\p{L}])(?:associated|associé|assoziiert|asociad[oa]|associat[oa]|signed|signé|unterzeichnet|firmad[oa]|firmat[oa]|in force|en vigueur|in Kraft|en vigor|in vigore|concluded|conclu|abgeschlossen|concluid[oa]|launched|lancé|ongoing|en cours|laufend|en curso|in corso|active|actif|aktiv|activ[oa]|attiv[oa]|yes|oui|ja|sí|sì|since|depuis|seit|desde|dal)(?![\p{L}])|[✓✔☑]|^\s*(?:x|X)\s*$|(?:19|20)\d\d|签署|生效|参加|締結|署名|発効|체결|서명|발효|참여/u;
/** …and one that says it has not, or is blank. */
const STATUS_NO =
  /(?:^|[^\p{L}])(?:not|non|nicht|no|pas|kein\p{L}*|none|suspended|suspendu|ausgesetzt|suspendid[oa]|sospes[oa]|withdrawn|retiré|negotiat\p{L}*|négoci\p{L}*|verhandl\p{L}*|negoci\p{L}*|planned|prévu|geplant|previst[oa])(?![\p{L}])|未|不|なし|없음|^[\s—–\-/?]*$/iu;

/**
 * Places of the rows whose cell in the instrument's column says they have it, when the instrument names a column of a table's
 * header row ("| Country | Horizon Europe | Digital Europe |" over "| Norway | associated | associated |").
 */
function columnPartners(ctx: DocumentContext, m: Mention): Mention[] {
  const line = headerRowAt(ctx, m.start);
  if (line === null) return [];
  let col = 0;
  for (let k = line.start; k < m.start; k++) if (ctx.text.charCodeAt(k) === 0x7c) col++;
  const first = ctx.tableRows.find((r) => r.start > line.end);
  if (!first || first.others) return [];
  const out: Mention[] = [];
  for (const row of ctx.tableRows) {
    if (row.table !== first.table || row.start < first.start || !row.partner) continue;
    const lineEnd = ctx.text.indexOf('\n', row.start);
    const cell = ctx.text.slice(row.start, lineEnd < 0 || lineEnd > row.end ? row.end : lineEnd).split('|')[col];
    if (cell === undefined || !STATUS_YES.test(cell) || STATUS_NO.test(cell)) continue;
    out.push(...mentionsIn(ctx.places, row.partner.start, row.partner.end));
  }
  return out;
}

/**
 * Places in the partner cells of the table whose heading names the instrument, when no row names an instrument of its own
 * and the heading names no place but the EU: a table of the EU's arrangements of one kind, row by row.
 */
function headingPartners(ctx: DocumentContext, m: Mention): Mention[] {
  const rows = ctx.tableRows.filter((r) => r.headingStart <= m.start && m.end <= r.headingEnd && !r.others);
  if (rows.length === 0 || mentionsIn(ctx.places, rows[0].headingStart, rows[0].headingEnd).some((p) => !isEuOrMemberState(p.id))) return [];
  const table = rows.filter((r) => r.table === rows[0].table);
  if (table.some((r) => mentionsIn(ctx.mentions, r.start, r.end).some((x) => x.kind === 'instrument'))) return [];
  return table.flatMap((r) => (r.partner ? mentionsIn(ctx.places, r.partner.start, r.partner.end) : []));
}

/** End of the part of the sentence that still talks about the instrument (", and are ongoing with ..." continues it). */
function sentenceTail(ctx: DocumentContext, m: Mention, sentenceEnd: number): number {
  const rest = ctx.text.slice(m.end, sentenceEnd);
  // (or a semicolon, after which another clause begins: "… ein Memorandum of Understanding über den Breitbandausbau; mit Montenegro und
  // Nordmazedonien folgten … Finanzierungsvereinbarungen", 1.15.46)
  const re = /,\s*(?:and|while|but)\s+(?!(?:are|is|was|were|has|have|had|will|can)\b)|[;；]\s/g;
  const hit = re.exec(rest);
  return hit ? m.end + hit.index : sentenceEnd;
}
