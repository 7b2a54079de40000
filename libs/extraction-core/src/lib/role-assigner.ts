import { isEuOrMemberState } from '@dpo/taxonomy';
import { isSpace } from './char-classes';
import { DocumentContext, inEuNoPartySpan, mentionsIn } from './document-context';
import { Mention } from './gazetteer-matcher';
import { afterPreposition, besidesTheEu, classify, connectsBefore, clauseOf, collectCues, CUE_AFTER, CUE_BEFORE, amongThemselves, groupLists, hasNegationWord, inBodyName, isEuCompound, isEuConjunct, negatedPlanIn, notAParty, Role, SentenceCues, venueAfter, withJoins } from './role-classifier';
import { Segment } from './text-segmenter';

/** The list is in brackets right after a capitalised word that is not itself a place name ("Alaska (United States)"). */
function isLocator(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x28 || text.charCodeAt(end) !== 0x29) return false;
  let k = start - 2;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  let w = k;
  while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
  return k >= w && /\p{Lu}/u.test(text[w]);
}

/** "… with Sydney, Australia.", "in Nairobi, Kenya;": a city and, after a comma, its country, at the end of a clause. */
const CITY_BEFORE = /(?:^|[\s(])\p{Ll}+\s+\p{Lu}[\p{L}-]+,\s*$/u;

function cityCountry(ctx: DocumentContext, m: Mention): boolean {
  if (!/^\s*[.;,)]/.test(ctx.text.slice(m.end, m.end + 3)) || !CITY_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) return false;
  // the word before the comma is no place of its own ("with Kenya, Rwanda.")
  const comma = ctx.text.lastIndexOf(',', m.start - 1);
  return !mentionsIn(ctx.places, Math.max(0, comma - 80), comma).some((p) => p.end === comma);
}

/** Start of the footnote that holds `pos`, or -1. */
function footnoteStartAt(ctx: DocumentContext, pos: number): number {
  for (const f of ctx.footnotes) if (f.start <= pos && pos < f.end) return f.start;
  return -1;
}

/** Regions that are a continent or an ocean's rim rather than a group of states with a counterpart. */
const BROAD_AREAS: ReadonlySet<string> = new Set(['region:africa', 'region:indo-pacific', 'region:asia-pacific']);

const COMMA_GAP = /^\s*,\s*(?:the\s+|l['’]|la\s+|die\s+|el\s+|il\s+)?$/i;

/** A relative pronoun right after a list of places: what follows is said of that list. */
const RELATIVE_AFTER = /^\s*,?\s*(?:que|qui|which|who|that|der|die|das|welche[rsn]?|che|il quale|la quale|el cual|la cual)\b/i;

function relativeAfter(text: string, list: readonly Mention[]): boolean {
  const end = list[list.length - 1].end;
  return RELATIVE_AFTER.test(text.slice(end, end + 16));
}

/** "US big tech", "Chinese sellers", "US proprietary IT": the name qualifies a noun, the cue is about that noun. */
const ATTRIBUTIVE =
  /^\s+(?:\([^)]{0,30}\)\s+)?(?:big|tech|companies|company|firms?|providers?|hyperscalers|proprietary|platforms?|investors?|market|markets|products|suppliers?|vendors?|players|giants|corporations|industry|dominance|share|sellers|marketplaces|actors|hackers|entities|nationals|dollars?)\b/;

/**
 * "South Korea's Samsung Electronics", "China's Huawei": a possessive before a company or product name, which the cue is
 * about; not before a state actor or an adjective ("Japan's Digital Agency", "India's Ministry of Electronics").
 */
const POSSESSIVE_NAME =
  /^['’]s\s+(?!(?:Ministry|Minister|Government|President|Prime|Foreign|Digital|National|Agency|Department|Office|Parliament|Council|Embassy|Delegation|Commission|Cabinet|State|Federal|Secretary|Vice|Deputy|Chief|Permanent|Mission|Central|Public|Ministers?)\b)[\p{Lu}][\p{L}-]+/u;

/** "US-Exportkontrollen", "China-Konzerne": a German compound of the name and a noun of companies, markets or controls. */
const GERMAN_COMPOUND = /^-(?:Dollar|Unternehmen|Konzern\w*|Firm\w*|Anbieter\w*|Hersteller\w*|Export\w*|Tech\w*|Markt\w*|Chip\w*|Plattform\w*|Investor\w*|Sanktion\w*|Zöll\w*|Zoll\w*|Hyperscaler\w*|Cloud\w*|Halbleiter\w*)/;

/** "한국 기업과의 경쟁", "中国企业", "日本企業": a CJK noun of companies or markets right after the name. */
const CJK_ATTRIBUTIVE = /^\s?(?:기업|업체|회사|시장|제품|企業|企业|公司|厂商|メーカー|市場|市场|产品|製品)/;

function isAttributive(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (CJK_ATTRIBUTIVE.test(text.slice(end, end + 4))) return true;
  if (c === 0x2d && GERMAN_COMPOUND.test(text.slice(end, end + 24))) return true;
  if ((c === 0x27 || c === 0x2019) && POSSESSIVE_NAME.test(text.slice(end, end + 60))) return true;
  return ATTRIBUTIVE.test(text.slice(end, end + 60));
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
  // an agreement the EU is not in
  for (const i of euNoParty) {
    const from = ctx.sentences[Math.max(0, i - 1)].start;
    ctx.euNoPartySpans.push(from, ctx.sentences[i].end);
    for (const m of mentionsIn(ctx.places, from, ctx.sentences[i].end)) ctx.roles.delete(m);
  }
  // a place the text says is no party is no partner in any of its sentences
  for (const m of [...ctx.roles.keys()]) if (ctx.notParties.has(m.id)) ctx.roles.delete(m);
}

/** Roles of the lists of places, sentence by sentence; returns the indices of the sentences that say the EU is no party. */
function assignListRoles(ctx: DocumentContext): number[] {
  const places = ctx.places;
  const euNoParty: number[] = [];
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
      if (euSaysNoParty(ctx.text, inSentence, s.end)) euNoParty.push(si);
      continue;
    }
    // a list of only the EU and member states neither widens the cue windows nor gets classified
    // (half of all place mentions are "EU")
    const lists: Mention[][] = [];
    for (const list of groupLists(ctx.text, inSentence)) {
      if (!list.every((m) => isEuOrMemberState(m.id))) lists.push(list);
      else if (euSaysNoParty(ctx.text, list, s.end)) euNoParty.push(si);
    }
    const found = cuesAround(ctx, s, lists);
    // the sentence names neither the EU nor a member state: what its countries do with each other is their own affair
    // found the first time a partner list asks
    let noEuCache: boolean | undefined;
    const noEuSentence = (): boolean => (noEuCache ??= !inSentence.some((m) => isEuOrMemberState(m.id)) && !EU_WORD.test(ctx.text.slice(s.start, s.end)));
    // whether the sentence holds a negation at all, found the first time a partner list asks
    let negation: boolean | undefined;
    // a country outside the EU is the subject of this sentence, which names no EU
    let subjectActs = false;
    for (let li = 0; li < lists.length; li++) {
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
      if (list.some((m) => isEuCompound(ctx.text, m.start, m.end))) {
        const strongOther = classify(ctx.text, Math.max(cs, first.start - 20), ce, first.start, last.end, ctx.cues, found);
        role = strongOther === 'other' && /threat|attack|sanction|威胁|制裁/i.test(ctx.text.slice(cs, ce)) ? 'other' : 'partner';
      }
      // "Egypt is a transit country … and is not party to either memorandum": no party anywhere in the document
      // what follows a list is said of it up to the next list that is not a prepositional object
      let next = li + 1;
      while (next < lists.length && afterPreposition(ctx.text, lists[next][0].start) && !relativeAfter(ctx.text, lists[next])) next++;
      // "新加坡、智利、新西兰和韩国，欧盟不是该协定的缔约方": the EU after a comma is a subject of its own, and the negation is its
      const euOwnsNegation = last.id === 'org:eu' && list.length > 1 && COMMA_GAP.test(ctx.text.slice(list[list.length - 2].end, last.start));
      if (notAParty(ctx.text, last.end, next < lists.length ? lists[next][0].start : s.end)) {
        if (euOwnsNegation) {
          euNoParty.push(si);
          continue;
        }
        // "Nicaragua, miembro del SICA, no participa", "Belarus hat seine Teilnahme an der Östlichen Partnerschaft
        // ausgesetzt": a place after a preposition is an object; what follows is said of the subject before it
        // ("… con excepción de Nicaragua, que no se ha adherido": a relative clause is said of the place it follows)
        let subject = li;
        if (!relativeAfter(ctx.text, list)) while (subject > 0 && afterPreposition(ctx.text, lists[subject][0].start)) subject--;
        for (const m of lists[subject]) if (!isEuOrMemberState(m.id)) ctx.notParties.add(m.id);
        if (subject === li) continue;
      }
      if (venueAfter(ctx.text, first.start, last.end)) continue;
      if (role !== 'partner') continue;
      if (cued === 'partner' && (negation ??= hasNegationWord(ctx.text, s.start, s.end)) && negatedPlanIn(ctx.text, cs, ce, first.start, last.end)) continue;
      // "Alaska (United States)", "Johor (Malaysia)": a place in brackets after a name says where that is
      if (isLocator(ctx.text, first.start, last.end) || (list.length === 1 && cityCountry(ctx, first))) continue;
      if (cued === 'partner' && inBodyName(ctx.text, first.start)) continue;
      if (cued === 'partner' && (list.length >= 2 || first.kind === 'region') && !list.some((m) => isEuOrMemberState(m.id)) && amongThemselves(ctx.text, first.start, last.end, list.length === 1, list.length === 2 ? [first.end, last.start] : undefined)) {
        // their own cooperation: no instrument makes them partners either ("泰国与日本的经济伙伴关系协定")
        for (const m of list) ctx.foreign.add(m);
        continue;
      }
      if (!conjunct && cued === 'partner') {
        // a country that is the subject of a sentence naming no EU ("미국은 중앙아시아 5개국과의 … 대화를 통해", "In 2018, Australia
        // stepped in to finance …", "日本政府も … 協力文書に署名") acts on its own behalf, unless an earlier sentence made it the
        // EU's partner ("EU–Japan summit … Japan agreed to …"); and the places it acts with or for ("… to finance a cable to
        // Vanuatu") are its counterparts
        const noEu = noEuSentence();
        subjectActs ||= noEu && subjectOfOwnAffair(ctx, s, inSentence, list, partnerIds);
        // countries acting together in a clause that names no EU ("Azerbaijan and Kazakhstan are developing a line …; that line …
        // does not receive EU funding"): theirs in that clause only
        const togetherInClause = !subjectActs && !noEu && list.length >= 2 && !inSentence.some((m) => m.start >= cs && m.end <= ce && isEuOrMemberState(m.id)) && !EU_WORD.test(ctx.text.slice(cs, ce)) && subjectOfOwnAffair(ctx, s, inSentence, list, partnerIds);
        // "Viet Nam … last year signed an agreement with South Korea", "日本此前已与美国签署": the "with" belongs to another
        // country named before in the sentence, with no EU or member state in between
        if (subjectActs || togetherInClause || possessiveWith(ctx.text, first.start, noEu) || (noEu && alongsideOther(ctx, s, inSentence, list)) || countryNounSubject(ctx, inSentence, first, cs) || pronounForCountry(ctx, si, first) || ownProgrammeAfter(ctx.text, last.end) || ownedByOther(ctx, s, inSentence, lists, list, noEu, cs) || partnerOfOther(ctx, last.end, s.end) || besidesTheEu(ctx.text, last.end, ce)) {
          // someone else's cooperation: no instrument or table cell makes these mentions partners either
          for (const m of list) ctx.foreign.add(m);
          continue;
        }
      }
      for (const m of list) {
        if (isEuOrMemberState(m.id) || (isAttributive(ctx.text, m.end) && !isEuCompound(ctx.text, m.start, m.end))) continue;
        // a continent or an ocean region is where cooperation happens ("in Africa", "Piano Mattei per l'Africa"), not a party to it,
        // unless paired with the EU ("EU-Africa", "the EU and Africa") or what the document is about (its first line)
        if (BROAD_AREAS.has(m.id) && !conjunct && !isEuCompound(ctx.text, m.start, m.end) && m.start >= titleEnd) continue;
        ctx.roles.set(m, 'partner');
        partnerIds.add(m.id);
      }
    }
  }
  return euNoParty;
}

/** Companies' bodies after a place name: "Business Council", "Chamber of Commerce", "商业理事会", "상공회의소". */
const BUSINESS_BODY_AFTER = /^\s*(?:Business|Industry|Chambers?|Wirtschafts|Handelskammer|Chambre|Cámara|Camera)\b|^\s*(?:商业理事会|商会|工商会|ビジネス|경제인|상공회의소|비즈니스)/;

/** Any word of the EU, its institutions or Europe ("EU-Japan", "日EU", "la Commission européenne", "欧州委員会", "유럽연합"). */
const EU_WORD = /\b(?:EU|UE)\b|EU|Europ|europ|Union|Unión|Commission|Kommission|Comisión|Commissione|Council|Conseil|Consejo|Consiglio|\bRat\b|Parliament|Parlement|Parlament|欧|유럽/;

/** A sentence adverb and its comma before the subject: "Parallèlement, la Tunisie …", "In the meantime, Japan …". */
const LEAD_ADVERB = /^\s*[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s*(?:the\s+|la\s+|le\s+|l['’]|die\s+|der\s+|el\s+|il\s+|lo\s+)?$/u;

/**
 * "It also briefed on its technology initiatives with the United States", "Le Royaume diversifie ses partenariats : il a signé
 * … un accord avec les Émirats": in a sentence that names no EU, the cooperation of a possessive's owner (not the EU's).
 */
const POSSESSIVE_WITH =
  /\b(?:its|their|sa|ses|son|leurs?|seine[nmrs]?|ihre[nmrs]?|sus?|suoi|sua|sue|suo)\s+(?:own\s+|propres?\s+|eigenen?\s+|propi[oa]s?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:partner\w*|partenariats?|co-?operation|coopération|cooperación|cooperazione|Zusammenarbeit|Kooperation\w*|initiatives?|agreements?|arrangements?|memorand\w*|deals?|dialogues?|accords?|Abkommen|acuerdos?|relations?|relaciones|Beziehungen|ties)\b[^.;!?]{0,60}?(?:\bwith|\bavec|\bmit|\bcon)\s+(?:the\s+|les\s+|la\s+|le\s+|l['’]|den\s+|dem\s+|der\s+|die\s+|el\s+|los\s+|il\s+)?$/iu;

/** "its own chips arrangements with", "ses propres accords avec": someone's own, even in a sentence that names the EU. */
const OWN = /\b(?:its|their)\s+own\b|\b(?:ses|leurs)\s+propres\b|\b(?:seine|ihre)[nmrs]?\s+eigenen?\b|\bsus\s+propi[oa]s\b|\b(?:i|le)\s+propri[ei]\b/i;

function possessiveWith(text: string, listStart: number, noEu: boolean): boolean {
  const before = text.slice(Math.max(0, listStart - 120), listStart);
  // in a sentence that names the EU only "its own …" counts: most windows hold no such word, and the full pattern is long
  if (!noEu && !OWN.test(before)) return false;
  const m = POSSESSIVE_WITH.exec(before);
  return m !== null && (noEu || OWN.test(m[0]));
}

/** "financed by the United States under its own programme", "China investiert … in eigene Kapazitäten": the place acts on its own. */
const OWN_AFTER =
  /^\s*,?\s*(?:[^\s,.;]+\s+){0,4}?(?:under|with|through|via|in|into|within|dans le cadre de|avec|mit|im Rahmen|con|a través de)\s+(?:(?:its|their|son|sa|ses|leur|leurs|seine[nmrs]?|ihre[nmrs]?|su|sus|il suo|la sua|i suoi)\s+)?(?:own|propres?|eigene[nmrs]?|propi[oa]s?|propri[oa])\b/i;

const OWN_WORD = /own|propre|eigen|propi|propri/i;

function ownProgrammeAfter(text: string, listEnd: number): boolean {
  const after = text.slice(listEnd, listEnd + 60);
  return OWN_WORD.test(after) && OWN_AFTER.test(after);
}

/** The list, countries only, is the subject of its sentence: two or more of them, or one not yet the EU's partner with another place named. */
function subjectOfOwnAffair(ctx: DocumentContext, s: Segment, inSentence: readonly Mention[], list: readonly Mention[], partnerIds: ReadonlySet<string>): boolean {
  const first = list[0];
  // a footnote names the partners of the instrument it annotates ("16 With partners such as Tunisia, Egypt or Jordan")
  // a country's pact with a region is theirs as well ("中国与东盟签署了…升级议定书")
  if (first.kind !== 'country' || !list.every((m) => m.kind === 'country' || m.kind === 'region') || footnoteStartAt(ctx, first.start) >= 0) return false;
  // countries acting together ("新加坡与智利、新西兰共同签署", "Japan and Korea agreed") act among themselves, partners of the EU or not
  const together = list.some((m) => m.id !== first.id);
  if (!together && (partnerIds.has(first.id) || !inSentence.some((m) => m.id !== first.id))) return false;
  return isSubject(ctx, s, first, inSentence.indexOf(first));
}

/**
 * "Gemeinsam mit Nigeria, Südafrika und Ägypten zieht Kenia den Großteil des Risikokapitals an", "Like Singapore, Japan has …": a
 * list that opens its sentence as the company or the yardstick of the country named right after it, which is the subject.
 */
const ALONGSIDE_LEAD =
  /^\s*(?:together with|along with|alongside|like|unlike|gemeinsam mit|zusammen mit|neben|wie|junto (?:con|a)|al igual que|a diferencia de|avec|comme|tout comme|aux côtés de|à l['’]instar de|insieme (?:a|con)|assieme a|come|a differenza di)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|die\s+|der\s+|den\s+|dem\s+|el\s+|los\s+|il\s+|lo\s+)?$/i;

function alongsideOther(ctx: DocumentContext, s: Segment, inSentence: readonly Mention[], list: readonly Mention[]): boolean {
  const last = list[list.length - 1];
  if (!ALONGSIDE_LEAD.test(ctx.text.slice(s.start, list[0].start))) return false;
  // "Together with Nigeria and Egypt, Kenya attracts …": the comma that closes the phrase joined the subject to the list
  if (list.length >= 2 && /^\s*,\s*$/.test(ctx.text.slice(list[list.length - 2].end, last.start))) return last.kind === 'country' && !isEuOrMemberState(last.id);
  const next = inSentence[inSentence.indexOf(last) + 1];
  return next !== undefined && next.kind === 'country' && !isEuOrMemberState(next.id) && next.start - last.end <= 40 && !list.some((m) => m.id === next.id);
}

/**
 * A country named by a common noun ("the country", "the island republic", "le Royaume", "das Land", "该国", "我が国"): the EU is
 * never called so.
 */
const COUNTRY_NOUN =
  /(?:^|[^\p{L}])(?:(?:the|this)\s+(?:country|kingdom|island (?:nation|republic|state)|city-state|archipelago|archipelagic state|emirate|sultanate)|(?:le|ce)\s+(?:pays|[Rr]oyaume)|(?:das|dieses)\s+Land|(?:el|este)\s+país|(?:il|questo)\s+[Pp]aese)(?![\p{L}])|该国|我国|我が国|同国|우리나라|이 나라|해당국/giu;
const NAME_GOES_ON = /^\s+(?:of|du|de|des|d['’]|der|del|di)(?![\p{L}])/iu;
/** A preposition before the noun: the country is an object there ("cooperation with the country", "dans le pays"). */
const PREPOSITION_END = /(?:^|[^\p{L}])(?:in|to|with|for|from|of|into|across|throughout|within|on|at|by|dans|en|au|du|de|des|avec|pour|par|mit|im|für|aus|nach|von|vom|zum|zur|über|del|con|para|por|nel|al|dal|per|da|su)\s+$/iu;

/**
 * A country called by a common noun before the list in its clause, not after a preposition, with no EU word and no place
 * other than objects of prepositions between, is the subject, and the list its counterparts ("Officials noted that the country
 * already cooperates on cable security with Japan", "Im Rahmen der BRICS arbeitet das Land mit China", "Le Royaume, qui ambitionne
 * de devenir une plateforme pour l'Afrique de l'Ouest, a conclu avec les Émirats", "我が国は…英国とも").
 */
function countryNounSubject(ctx: DocumentContext, inSentence: readonly Mention[], first: Mention, clauseStart: number): boolean {
  const from = Math.max(clauseStart, first.start - 160);
  const window = ctx.text.slice(from, first.start);
  COUNTRY_NOUN.lastIndex = 0;
  for (let m = COUNTRY_NOUN.exec(window); m; m = COUNTRY_NOUN.exec(window)) {
    const at = from + m.index + (/\p{L}/u.test(m[0][0]) ? 0 : 1);
    // "the Kingdom of Saudi Arabia", "le Royaume du Maroc": the start of a name
    if (NAME_GOES_ON.test(ctx.text.slice(from + m.index + m[0].length, from + m.index + m[0].length + 6))) continue;
    if (PREPOSITION_END.test(ctx.text.slice(Math.max(0, at - 12), at)) || EU_WORD.test(ctx.text.slice(at, first.start))) continue;
    const k = inSentence.indexOf(first);
    let between = false;
    for (let j = k - 1; j >= 0 && inSentence[j].start > at; j--) if (!afterPreposition(ctx.text, inSentence[j].start)) between = true;
    if (!between) return true;
  }
  return false;
}

/** A sentence that opens with "It"/"Il"/"Elle" as its subject (a sentence adverb aside). */
const PRONOUN_LEAD = /^\s*(?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s*)?(?:It|Il|Elle)\s+(?!(?:is|was|will|would|should|must|may|might|can|could|seems|remains|est|était|sera|faut|s['’]agit|y a)\b)/u;
/** The previous sentence opens with a country: its name or a common noun for it ("The island republic is a veteran of such deals."). */
const COUNTRY_NOUN_LEAD = /^\s*(?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s*)?(?:The|This)\s+(?:country|kingdom|island (?:nation|republic|state)|city-state|archipelago|archipelagic state|emirate|sultanate)\b|^\s*(?:Le|Ce)\s+(?:pays|Royaume)\b/u;

/**
 * "The island republic is a veteran of such deals. It co-founded the DEPA with Chile …": "It" (or "Il", "Elle") opening a sentence
 * after one that opens with a country outside the EU, its name or a common noun for it, stands for that country, with no EU word
 * in either sentence before the list.
 */
function pronounForCountry(ctx: DocumentContext, si: number, first: Mention): boolean {
  if (si === 0) return false;
  const s = ctx.sentences[si];
  if (!PRONOUN_LEAD.test(ctx.text.slice(s.start, first.start)) || EU_WORD.test(ctx.text.slice(s.start, first.start))) return false;
  const prev = ctx.sentences[si - 1];
  const prevText = ctx.text.slice(prev.start, prev.end);
  if (EU_WORD.test(prevText)) return false;
  if (COUNTRY_NOUN_LEAD.test(prevText)) return true;
  const lead = mentionsIn(ctx.places, prev.start, prev.end)[0];
  return lead !== undefined && lead.kind === 'country' && !isEuOrMemberState(lead.id) && isSubject(ctx, prev, lead, 0);
}

/** "Estados Unidos, socio de México en el T-MEC", "the US, Canada's largest partner": a partner of another country, named after the list. */
const PARTNER_OF_AFTER = /^\s*,\s*(?:(?:el|la|il|le|the|der|die|son|sa|su|its|their|principal|premier|main|largest|first|mayor|wichtigster)\s+){0,3}(?:socio|socia|partner|partenaire|Partner)\s+(?:de|of|di|du|von|des)\s+(?:l['’]|la\s+|el\s+|the\s+)?$/i;

function partnerOfOther(ctx: DocumentContext, listEnd: number, sentenceEnd: number): boolean {
  const next = mentionsIn(ctx.places, listEnd, Math.min(sentenceEnd, listEnd + 60))[0];
  return next !== undefined && !isEuOrMemberState(next.id) && PARTNER_OF_AFTER.test(ctx.text.slice(listEnd, next.start));
}

/** A Korean or Japanese topic or subject particle right after a name ("は", "는"), or "also" ("も", "도"), a government word between. */
const SUBJECT_PARTICLE = /^(?:\s?(?:政府|側|정부|측))?(?:は|が|も|는|은|이|가|도|\s역시)/;

/**
 * The subject of the sentence, named before `list`, is a country outside the EU other than the list's: the first place
 * of the sentence, at its start (a few characters of adverb aside: "Meanwhile, Japan …"), or marked as the subject in Korean
 * or Japanese, with no EU or member state between it and the list, and not said to be no party.
 */
function otherCountryOwnsWith(ctx: DocumentContext, s: Segment, inSentence: readonly Mention[], lists: readonly Mention[][], list: readonly Mention[], noEu: boolean, from: number): boolean {
  for (let k = inSentence.indexOf(list[0]) - 1; k >= 0; k--) {
    const m = inSentence[k];
    // only a place of the list's own clause, and of its own footnote ("15 India, Japan … 16 With partners such as Tunisia")
    if (m.start < from) return false;
    if (isEuOrMemberState(m.id)) return false;
    // "Ni l'Algérie ni l'Égypte ne sont parties aux accords signés avec le Maroc": a place said to be no party owns nothing
    if (m.kind !== 'country' || list.some((x) => x.id === m.id) || ctx.notParties.has(m.id)) continue;
    // in a sentence that names no EU at all, any country before the list may own its "with" ("2023 vereinbarte Kenia mit Indien"),
    // unless it is an object itself ("con Panamá y con Chile")
    if (noEu) {
      // the head of its own list is no object either ("Mit Japan, Südkorea … bestehen …, mit Indien …")
      const head = lists.find((l) => l.includes(m))?.[0] ?? m;
      if (!afterPreposition(ctx.text, head.start) && !withJoins(ctx.text, head.start, head.end)) return true;
    }
    if (isSubject(ctx, s, m, k)) return true;
  }
  return false;
}

/**
 * The list's "with" or its connection verb belongs to another country outside the EU named before it (see otherCountryOwnsWith):
 * "… a signé avec la Corée", "Ghana is served by the WACS cable, which connects Angola … to Portugal" (a cable's end points, only
 * after the subject: "will land in Oman and continue to India" names the route of one).
 */
function ownedByOther(ctx: DocumentContext, s: Segment, inSentence: readonly Mention[], lists: readonly Mention[][], list: readonly Mention[], noEu: boolean, clauseStart: number): boolean {
  const first = list[0];
  const last = list[list.length - 1];
  // most lists have no country before them in their clause, or the EU first: no pattern needs to run for those
  let candidate = false;
  for (let k = inSentence.indexOf(first) - 1; k >= 0 && inSentence[k].start >= clauseStart; k--) {
    if (isEuOrMemberState(inSentence[k].id)) return false;
    if (inSentence[k].kind === 'country') {
      candidate = true;
      break;
    }
  }
  if (!candidate) return withJoins(ctx.text, first.start, last.end) && properNameSubject(ctx, s, first.start);
  const joined = withJoins(ctx.text, first.start, last.end);
  if (!joined && !connectsBefore(ctx.text, first.start)) return false;
  return otherCountryOwnsWith(ctx, s, inSentence, lists, list, joined && noEu, Math.max(clauseStart, footnoteStartAt(ctx, first.start)));
}

/** The first place of the sentence at its start (a sentence adverb aside), or a place marked as the subject in Korean or Japanese. */
function isSubject(ctx: DocumentContext, s: Segment, m: Mention, k: number): boolean {
  if (SUBJECT_PARTICLE.test(ctx.text.slice(m.end, m.end + 6))) return true;
  if (afterPreposition(ctx.text, m.start)) return false;
  if (k === 0) {
    const lead = ctx.text.slice(s.start, m.start);
    if (lead.length <= 14 || LEAD_ADVERB.test(lead) || COUNTRIES_SUCH_AS.test(lead)) return true;
  }
  // "… is financed by others: Australia funded …": a colon right before the name opens a clause of its own
  for (let c = m.start - 1; c > s.start && m.start - c <= 4; c--) if (ctx.text.charCodeAt(c) === 0x3a) return true;
  return false;
}

/** "Des pays comme le Rwanda ou le Nigéria ont adopté …", "Countries such as Kenya …": the list is the subject. */
const COUNTRIES_SUCH_AS = /^\s*(?:(?:des|les|d['’]autres|some|several|other|andere|algunos|otros|alcuni|altri)\s+)?(?:pays|countries|Länder|Staaten|países|paesi|states)\s+(?:comme|such as|like|wie|como|come)\s+(?:le\s+|la\s+|les\s+|l['’]|the\s+|el\s+|los\s+|il\s+)?$/i;

/**
 * "London signed a Technology Prosperity Deal with …", "Bogotá firmó … con Corea del Sur": a capitalised name (a capital for its
 * country) opening the sentence as the subject of a signing verb, not the EU's.
 */
const PROPER_SUBJECT =
  /^\s*(?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s*)?(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(?:(?:also|has|have|had|then|later|in\s+\d{4})\s+)*(?:signed|concluded|agreed|firmó|suscribió|a\s+signé|a\s+conclu|unterzeichnete|hat\s+(?:\S+\s+){0,4}unterzeichnet|ha\s+firmato)(?=[\s,.;]|$)/u;
const NOT_A_NAME = /^(?:The|This|That|These|Those|It|They|We|He|She|Il|Elle|Ils|Elles|Er|Sie|Es|Wir|Ella|Ellos|Lui|Lei|Loro|Brussels|Bruxelles|Brüssel|Bruselas|Bruxelas|Strasbourg|Straßburg|Estrasburgo|Strasburgo)$/;

function properNameSubject(ctx: DocumentContext, s: Segment, listStart: number): boolean {
  const m = PROPER_SUBJECT.exec(ctx.text.slice(s.start, listStart));
  return m !== null && !NOT_A_NAME.test(m[1]) && !EU_WORD.test(m[1]);
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

/** The text right after the EU in `mentions` says it is no party ("EUは同協定の当事者ではない", "the EU is not party to it"). */
function euSaysNoParty(text: string, mentions: readonly Mention[], sentenceEnd: number): boolean {
  for (const m of mentions) {
    if (m.id !== 'org:eu') continue;
    const c = text.charCodeAt(m.end);
    if (c === 0x306f || c === 0x304c || c === 0xb294 || c === 0xc740 || c === 0xc774 || c === 0xac00) {
      // "EUは", "EU는": a subject particle, then the CJK phrase
      if (notAParty(text, m.end, Math.min(sentenceEnd, m.end + 40))) return true;
      continue;
    }
    if (!isSpace(c) || !negationMayFollow(text, m.end)) continue;
    // sticky at the end of the name: no slice per mention
    EU_NEGATION_SOON.lastIndex = m.end;
    if (EU_NEGATION_SOON.test(text) && EU_NEGATION_SOON.lastIndex - m.end <= 40 && notAParty(text, m.end, Math.min(sentenceEnd, m.end + 60))) return true;
  }
  return false;
}

/** Mentions that a table or an instrument names as a partner are partners whatever the sentence says. */
export function markPartners(ctx: DocumentContext, mentions: Iterable<{ id: string } & { start: number; end: number }>): void {
  for (const m of mentions) {
    // places are sorted: a binary search, not a scan of every place of the document per mention
    const found = mentionsIn(ctx.places, m.start, m.end).find((p) => p.start === m.start && p.end === m.end);
    if (found && !isEuOrMemberState(found.id) && !ctx.notParties.has(found.id) && !ctx.foreign.has(found) && !inEuNoPartySpan(ctx, found.start)) ctx.roles.set(found, 'partner');
  }
}
