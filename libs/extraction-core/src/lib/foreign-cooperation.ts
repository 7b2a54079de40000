import { isEuOrMemberState } from '@dpo/taxonomy';
import { ONE_CHAR_COUNTRIES } from './char-classes';
import { DocumentContext, mentionsIn } from './document-context';
import { Mention } from './gazetteer-matcher';
import { afterPreposition, besidesTheEu, connectsBefore, withJoins } from './role-classifier';
import { isHeadingLine, Segment, segmentAt } from './text-segmenter';

/**
 * Someone else's cooperation: tests that a list of places the cue words present as partners is the counterpart of another
 * country, not of the EU ("Viet Nam … signed an agreement with South Korea", "the country already cooperates … with Japan",
 * "Le Royaume … a conclu avec les Émirats", "its own chips arrangements with …"). Role assignment asks them of every
 * partner-cued list that is not the EU's conjunct; a list they claim goes to `ctx.foreign`, which instruments and table
 * cells respect too.
 */

/** Start of the footnote that holds `pos`, or -1. */
export function footnoteStartAt(ctx: DocumentContext, pos: number): number {
  for (const f of ctx.footnotes) if (f.start <= pos && pos < f.end) return f.start;
  return -1;
}

/** Companies' bodies after a place name: "Business Council", "Chamber of Commerce", "商业理事会", "상공회의소". */
export const BUSINESS_BODY_AFTER = /^\s*(?:Business|Industry|Chambers?|Wirtschafts|Handelskammer|Chambre|Cámara|Camera)\b|^\s*(?:商业理事会|商会|工商会|ビジネス|경제인|상공회의소|비즈니스)/;

/** Any word of the EU, its institutions or Europe ("EU-Japan", "日EU", "la Commission européenne", "欧州委員会", "유럽연합"). */
export const EU_WORD = /\b(?:EU|UE)\b|EU|Europ|europ|Union|Unión|Commission|Kommission|Comisión|Commissione|Council|Conseil|Consejo|Consiglio|\bRat\b|Parliament|Parlement|Parlament|欧|유럽/;

/** A numbered heading, its number with a dot: "6.3 Estados Unidos", "3. Cooperation with Asia", "IV. Partners", "六、竞争格局". */
const NUMBERED_HEADING = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.|\d{1,2}(?:\.\d{1,2}){1,3}|[IVX]{1,5}\.|[一二三四五六七八九十]{1,3}[、.．])\s*\S/u;

/** [start, end) spans of the numbered sections that name no EU, no member state and no EU word, per document. */
const euLessSections = new WeakMap<DocumentContext, number[]>();

function euLessSectionSpans(ctx: DocumentContext): number[] {
  let spans = euLessSections.get(ctx);
  if (spans) return spans;
  spans = [];
  const starts: number[] = [];
  // a footnote ("12 With the U.S. and India") is no heading
  for (const line of ctx.lines) if (NUMBERED_HEADING.test(line.text) && isHeadingLine(line.text) && footnoteStartAt(ctx, line.start) < 0) starts.push(line.start);
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k];
    const to = k + 1 < starts.length ? starts[k + 1] : ctx.text.length;
    if (!EU_WORD.test(ctx.text.slice(from, to)) && !mentionsIn(ctx.places, from, to).some((m) => isEuOrMemberState(m.id))) spans.push(from, to);
  }
  euLessSections.set(ctx, spans);
  return spans;
}

/**
 * `pos` lies in a numbered section that never names the EU ("6.3 Estados Unidos — Los Estados Unidos siguen siendo el principal
 * socio …" in a partner government's strategy): the cooperation told there is between other parties.
 */
export function inEuLessSection(ctx: DocumentContext, pos: number): boolean {
  const spans = euLessSectionSpans(ctx);
  for (let k = 0; k < spans.length; k += 2) if (pos >= spans[k] && pos < spans[k + 1]) return true;
  return false;
}

/** A sentence adverb and its comma before the subject: "Parallèlement, la Tunisie …", "In the meantime, Japan …". */
const LEAD_ADVERB = /^\s*[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s*(?:the\s+|la\s+|le\s+|l['’]|die\s+|der\s+|el\s+|il\s+|lo\s+)?$/u;

/**
 * "It also briefed on its technology initiatives with the United States", "Le Royaume diversifie ses partenariats : il a signé
 * … un accord avec les Émirats": in a sentence that names no EU, the cooperation of a possessive's owner (not the EU's).
 */
const POSSESSIVE_WITH =
  /\b(?:its|their|sa|ses|son|leurs?|seine[nmrs]?|ihre[nmrs]?|eine?[nms]?(?=\s+eigen)|sus?|suoi|sua|sue|suo)\s+(?:own\s+|propres?\s+|eigene[nmrs]?\s+|propi[oa]s?\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:partner\w*|partenariats?|co-?operation|coopération|cooperación|cooperazione|Zusammenarbeit|Kooperation\w*|initiatives?|agreements?|arrangements?|memorand\w*|deals?|dialogues?|accords?|\p{L}*abkommen|acuerdos?|relations?|relaciones|Beziehungen|ties)\b[^.;!?]{0,60}?(?:\bwith|\bavec|\bmit|\bcon)\s+(?:the\s+|les\s+|la\s+|le\s+|l['’]|den\s+|dem\s+|der\s+|die\s+|el\s+|los\s+|il\s+)?$/iu;

/** "its own chips arrangements with", "ses propres accords avec", "ein eigenes Freihandelsabkommen mit": someone's own, even in a sentence that names the EU. */
const OWN = /\b(?:its|their)\s+own\b|\b(?:son|sa|ses|leurs?)\s+propres?\b|\b(?:seine|ihre|eine?)[nmrs]?\s+eigene[nmrs]?\b|\bsus?\s+propi[oa]s?\b|\b(?:il|la|i|le)\s+propri[oaei]\b/i;

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
export function subjectOfOwnAffair(ctx: DocumentContext, s: Segment, inSentence: readonly Mention[], list: readonly Mention[], partnerIds: ReadonlySet<string>): boolean {
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
  // (the place after it as the object of a preposition is no subject: "Neben Kanada bestehen Digitalpartnerschaften mit Japan", 1.15.66)
  return next !== undefined && next.kind === 'country' && !isEuOrMemberState(next.id) && next.start - last.end <= 40 && !list.some((m) => m.id === next.id) && !afterPreposition(ctx.text, next.start);
}

/**
 * A country named by a common noun ("the country", "the island republic", "le Royaume", "das Land", "该国", "我が国"): the EU is
 * never called so.
 */
/** English common nouns for a country, shared by the pattern anywhere in a clause and the one at a sentence's start. */
const EN_COUNTRY_NOUNS = String.raw`country|kingdom|island (?:nation|republic|state)|city-state|archipelago|archipelagic state|emirate|sultanate`;
const COUNTRY_NOUN = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:the|this)\s+(?:${EN_COUNTRY_NOUNS})|(?:le|ce)\s+(?:pays|[Rr]oyaume)|(?:das|dieses)\s+Land|(?:el|este)\s+país|(?:il|questo)\s+[Pp]aese)(?![\p{L}])|该国|我国|我が国|同国|우리나라|이 나라|해당국`,
  'giu',
);
const COUNTRY_NOUN_WORD = /country|kingdom|island|city-state|archipel|emirate|sultanate|pays|oyaume|Land|país|aese|该国|我国|我が国|同国|우리나라|이 나라|해당국/i;
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
  const k = inSentence.indexOf(first);
  for (const at of countryNounsIn(ctx.text, Math.max(clauseStart, first.start - 160), first.start)) {
    if (EU_WORD.test(ctx.text.slice(at, first.start))) continue;
    let between = false;
    for (let j = k - 1; j >= 0 && inSentence[j].start > at; j--) if (!afterPreposition(ctx.text, inSentence[j].start)) between = true;
    if (!between) return true;
  }
  return false;
}

/**
 * Starts of the common nouns for a country in text[from, to) that may be a subject: not after a preposition, not the start of a
 * name ("the Kingdom of Saudi Arabia", "le Royaume du Maroc").
 */
export function countryNounsIn(text: string, from: number, to: number): number[] {
  const window = text.slice(from, to);
  const out: number[] = [];
  // most windows hold none of the nouns: a plain alternation rules them out before the pattern with its boundaries runs
  if (!COUNTRY_NOUN_WORD.test(window)) return out;
  COUNTRY_NOUN.lastIndex = 0;
  for (let m = COUNTRY_NOUN.exec(window); m; m = COUNTRY_NOUN.exec(window)) {
    const at = from + m.index + (/\p{L}/u.test(m[0][0]) ? 0 : 1);
    const end = from + m.index + m[0].length;
    if (NAME_GOES_ON.test(text.slice(end, end + 6)) || PREPOSITION_END.test(text.slice(Math.max(0, at - 12), at))) continue;
    out.push(at);
  }
  return out;
}

/**
 * "Auch in der Forschung rückt Moldau näher an die EU heran: Das Land ist seit 2022 mit … Horizont Europa assoziiert": the
 * country a common noun in the sentence stands for, the last country outside the EU named before it (at most 300 characters
 * back) when the document makes that country a partner somewhere.
 */
export function countryNounReferent(ctx: DocumentContext, from: number, to: number): Mention[] {
  const at = countryNounsIn(ctx.text, from, to)[0];
  if (at === undefined) return [];
  const before = mentionsIn(ctx.places, Math.max(0, at - 300), at);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (m.kind !== 'country' || isEuOrMemberState(m.id)) continue;
    for (const [p, role] of ctx.roles) if (role === 'partner' && p.id === m.id) return [m];
    return [];
  }
  return [];
}

/** A sentence that opens with "It"/"Il"/"Elle" as its subject (a sentence adverb aside). */
const PRONOUN_LEAD = /^\s*(?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s*)?(?:It|Il|Elle)\s+(?!(?:is|was|will|would|should|must|may|might|can|could|seems|remains|est|était|sera|faut|s['’]agit|y a)\b)/u;
/** The previous sentence opens with a country: its name or a common noun for it ("The island republic is a veteran of such deals."). */
const COUNTRY_NOUN_LEAD = new RegExp(String.raw`^\s*(?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s*)?(?:The|This)\s+(?:${EN_COUNTRY_NOUNS})\b|^\s*(?:Le|Ce)\s+(?:pays|Royaume)\b`, 'u');

/**
 * "The island republic is a veteran of such deals. It co-founded the DEPA with Chile …": "It" (or "Il", "Elle") opening a sentence
 * after one that opens with a country outside the EU, its name or a common noun for it, stands for that country, with no EU word
 * in either sentence before the list.
 */
function pronounForCountry(ctx: DocumentContext, si: number, first: Mention): boolean {
  if (si === 0) return false;
  const s = ctx.sentences[si];
  // most sentences hold no such pronoun in their first words: one literal search before the patterns
  const head = ctx.text.slice(s.start, Math.min(first.start, s.start + 40));
  if (!head.includes('It ') && !head.includes('Il ') && !head.includes('Elle ')) return false;
  if (!PRONOUN_LEAD.test(ctx.text.slice(s.start, first.start)) || EU_WORD.test(ctx.text.slice(s.start, first.start))) return false;
  const prev = ctx.sentences[si - 1];
  const prevText = ctx.text.slice(prev.start, prev.end);
  if (EU_WORD.test(prevText)) return false;
  if (COUNTRY_NOUN_LEAD.test(prevText)) return true;
  const lead = mentionsIn(ctx.places, prev.start, prev.end)[0];
  return lead !== undefined && lead.kind === 'country' && !isEuOrMemberState(lead.id) && isSubject(ctx, prev, lead, 0);
}

/** "Estados Unidos, socio de México en el T-MEC", "the US, Canada's largest partner": a partner of another country, named after the list. */
const PARTNER_OF_AFTER = /^\s*,\s*(?:(?:el|la|il|le|the|der|die|son|sa|su|its|their|principal|premier|main|largest|first|mayor|wichtigster)\s+){0,3}(?:socio|socia|partner|partenaire|Partner)\s+(?:de|of|for|di|du|von|des)\s+(?:l['’]|la\s+|el\s+|the\s+)?$/i;

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
      if (!afterPreposition(ctx.text, head.start) && !withJoins(ctx.text, head.start, head.end) && !BESIDES_LEAD.test(ctx.text.slice(Math.max(0, head.start - 24), head.start))) return true;
    }
    if (isSubject(ctx, s, m, k)) return true;
  }
  return false;
}

/** A relative clause opened right after a place, up to the list: ", qui vient de signer un accord de coopération numérique avec la ". */
const RELATIVE_OF_PLACE = /^\s*,\s*(?:qui|which|who|que|che|die|der)\s[^,;.:]{0,90}$/i;

/**
 * The list is the object of a relative clause whose subject is another country outside the EU (1.15.42): "pourquoi aucun accord
 * équivalent n'a été conclu avec l'Algérie, qui vient de signer un accord de coopération numérique avec la Chine", "Kenya, which
 * signed a memorandum with India".
 */
function relativeOfOther(ctx: DocumentContext, s: Segment, inSentence: readonly Mention[], first: Mention): boolean {
  const k = inSentence.indexOf(first) - 1;
  if (k < 0) return false;
  const m = inSentence[k];
  return m.kind === 'country' && !isEuOrMemberState(m.id) && m.start >= s.start && RELATIVE_OF_PLACE.test(ctx.text.slice(m.end, first.start)) && !EU_WORD.test(ctx.text.slice(m.end, first.start));
}

/**
 * The list's "with" or its connection verb belongs to another country outside the EU named before it (see otherCountryOwnsWith):
 * "… a signé avec la Corée", "Ghana is served by the WACS cable, which connects Angola … to Portugal" (a cable's end points, only
 * after the subject: "will land in Oman and continue to India" names the route of one).
 */
function ownedByOther(ctx: DocumentContext, s: Segment, inSentence: readonly Mention[], lists: readonly Mention[][], list: readonly Mention[], noEu: boolean, clauseStart: number): boolean {
  const first = list[0];
  const last = list[list.length - 1];
  if (frontedWithOfOther(ctx, inSentence, list, clauseStart)) return true;
  if (relativeOfOther(ctx, s, inSentence, first)) return true;
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

/**
 * A wire item's dateline before its first sentence (1.15.41): "* CANBERRA, June 4 (Reuters) - ", "BOGOTÁ, 3 mar (EFE).- ", "PARIS (AFP) – ":
 * a city in capitals, a date or an agency in brackets, and a dash. What follows opens the sentence.
 */
const WIRE_DATELINE = /^\s*(?:[*•·]\s*)?\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}(?:,[ \t]*[^\n()]{1,24}?)?(?:[ \t]*\([^)\n]{2,30}\))?[ \t]*\.?[-–—][ \t]*$/u;

/** The first place of the sentence at its start (a sentence adverb aside), or a place marked as the subject in Korean or Japanese. */
function isSubject(ctx: DocumentContext, s: Segment, m: Mention, k: number): boolean {
  if (SUBJECT_PARTICLE.test(ctx.text.slice(m.end, m.end + 6))) return true;
  // (a Chinese preposition right before the name makes it an object: "2025年，该倡议在哈萨克斯坦…启动了首批试点", 1.15.60)
  if (afterPreposition(ctx.text, m.start) || CJK_PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 1), m.start))) return false;
  if (k === 0) {
    const lead = ctx.text.slice(s.start, m.start);
    // (a preposition of addition opens the sentence: "Neben Kanada bestehen Digitalpartnerschaften mit …", "Besides Canada, …", 1.15.66)
    if (BESIDES_LEAD.test(lead)) return false;
    if (lead.length <= 14 || LEAD_ADVERB.test(lead) || COUNTRIES_SUCH_AS.test(lead) || WIRE_DATELINE.test(lead)) return true;
  }
  // "…, et la Russie a signé des accords …", "…, and Russia signed …": the subject of a clause joined to the sentence
  if (COORDINATED_SUBJECT_BEFORE.test(ctx.text.slice(Math.max(s.start, m.start - 24), m.start)) && ACTS_AFTER.test(ctx.text.slice(m.end, m.end + 80))) return true;
  // "The Commission is aware that Singapore has also concluded … with": the subject of a clause after "that", "que", "dass", "che"
  if (COMPLEMENTIZER_BEFORE.test(ctx.text.slice(Math.max(s.start, m.start - 16), m.start)) && ACTS_AFTER.test(ctx.text.slice(m.end, m.end + 80))) return true;
  // "… is financed by others: Australia funded …": a colon right before the name opens a clause of its own
  for (let c = m.start - 1; c > s.start && m.start - c <= 4; c--) if (ctx.text.charCodeAt(c) === 0x3a) return true;
  return false;
}

/** "Besides", "Neben", "Outre", "Además de", "Oltre a" right before a place: the place is no subject, and owns no "with" after it. */
const BESIDES_LEAD = /(?:^|[^\p{L}])(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|neben|außer|outre|en\s+plus\s+d[eu]|además\s+de|aparte\s+de|oltre\s+(?:a|al|alla)|in\s+aggiunta\s+a)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+|dem\s+|der\s+)?$/iu;
/** A Chinese preposition of place, direction or object right before a name: 在, 于, 向, 对, 从. */
const CJK_PREPOSITION_BEFORE = /[在于於向对對从從]$/u;
/** "that", "que", "qu'", "dass", "che" right before a place: it may be the subject of the clause they open. */
const COMPLEMENTIZER_BEFORE = /(?:^|[^\p{L}])(?:that|que|qu['’]|dass|che)\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+)?$/iu;
/** "Con Singapur y Nueva Zelanda, Chile firmó …", "With Japan, Korea signed …": a list fronted by "with" before another's verb. */
const FRONTED_WITH = /(?:^|[.;:]\s*|[^\p{L}])(?:With|Con|Avec|Mit|Insieme a)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+|los\s+|las\s+)?$/u;

/** The list opens its clause with "with" and the country right after the comma signs on its own: "Con Singapur y Nueva Zelanda, Chile firmó". */
function frontedWithOfOther(ctx: DocumentContext, inSentence: readonly Mention[], list: readonly Mention[], clauseStart: number): boolean {
  const first = list[0];
  const last = list[list.length - 1];
  if (!FRONTED_WITH.test(ctx.text.slice(Math.max(clauseStart, first.start - 12), first.start))) return false;
  // the subject after the comma may have been read as the list's last item ("Singapur y Nueva Zelanda, Chile")
  const inList = list.length >= 2 && /^\s*,\s*$/.test(ctx.text.slice(list[list.length - 2].end, last.start)) ? last : null;
  const next = inList ?? inSentence[inSentence.indexOf(last) + 1];
  if (!next || next.kind !== 'country' || isEuOrMemberState(next.id) || (!inList && !/^\s*,\s*$/.test(ctx.text.slice(last.end, next.start)))) return false;
  return ACTS_AFTER.test(ctx.text.slice(next.end, next.end + 80));
}

/** ", and", ", et la", ", und", ", y", ", e la", ", while", ", tandis que" before a place: it may open a clause of its own. */
const COORDINATED_SUBJECT_BEFORE = /[,;]\s*(?:and|et|und|y|e|while|whereas|tandis que|alors que|während|mientras que|mentre)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+)?$/i;
/** Verbs of signing and of acting for others in five languages (past forms and participles), shared by the subject tests below. */
const SIGNING_VERBS = String.raw`signed|concluded|agreed|offered|provided|launched|built|funded|financed|signé|conclu|proposé|offert|lancé|financé|construit|unterzeichnet\p{L}*|abgeschlossen|angeboten|finanziert\p{L}*|firm(?:ó|ado)|suscribió|conclu(?:yó|ido)|ofreci(?:ó|do)|financi(?:ó|ado)|firmato|concluso|offerto|finanziato`;
/** The same verbs in the present: "Corea del Sur, a través de KOICA, financia …", "Japan funds …". */
const ACTING_VERBS_PRESENT = String.raw`funds|finances|signs|builds|launches|offers|provides|finance|signe|lance|offre|finanziert|unterzeichnet|baut|financia|firma|lanza|ofrece|construye|finanzia|lancia|costruisce`;
/**
 * A verb of acting right after the place (an auxiliary and an adverb allowed, or the agency it acts through: "(KOICA)",
 * ", a través de KOICA,", ", through JICA,"): it is that clause's subject.
 */
const ACTS_AFTER = new RegExp(
  String.raw`^(?:\s*\([^)]{1,30}\)|\s*,\s*(?:a través de|por medio de|through|via|par l['’]intermédiaire de|par le biais de|über|tramite|attraverso)\s+[^,;.]{1,30},)?\s+(?:(?:has|have|had|also|a|ont|aussi|hat|haben|auch|ha|hanno|han|también|anche)\s+){0,2}(?:${SIGNING_VERBS}|${ACTING_VERBS_PRESENT})(?![\p{L}])`,
  'iu',
);

/** "Des pays comme le Rwanda ou le Nigéria ont adopté …", "Countries such as Kenya …": the list is the subject. */
const COUNTRIES_SUCH_AS = /^\s*(?:(?:des|les|d['’]autres|some|several|other|andere|algunos|otros|alcuni|altri)\s+)?(?:pays|countries|Länder|Staaten|países|paesi|states)\s+(?:comme|such as|like|wie|como|come)\s+(?:le\s+|la\s+|les\s+|l['’]|the\s+|el\s+|los\s+|il\s+)?$/i;

/**
 * "London signed a Technology Prosperity Deal with …", "Bogotá firmó … con Corea del Sur": a capitalised name (a capital for its
 * country) opening the sentence as the subject of a signing verb, not the EU's.
 */
const PROPER_SUBJECT = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2},\s*)?(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(?:(?:also|has|have|had|then|later|in\s+\d{4}|a|hat|ha)\s+)*(?:${SIGNING_VERBS}|unterzeichnete|hat\s+(?:\S+\s+){0,4}unterzeichnet)(?=[\s,.;]|$)`,
  'u',
);
const NOT_A_NAME = /^(?:The|This|That|These|Those|It|They|We|He|She|Il|Elle|Ils|Elles|Er|Sie|Es|Wir|Ella|Ellos|Lui|Lei|Loro|Brussels|Bruxelles|Brüssel|Bruselas|Bruxelas|Strasbourg|Straßburg|Estrasburgo|Strasburgo)$/;

function properNameSubject(ctx: DocumentContext, s: Segment, listStart: number): boolean {
  const m = PROPER_SUBJECT.exec(ctx.text.slice(s.start, listStart));
  return m !== null && !NOT_A_NAME.test(m[1]) && !EU_WORD.test(m[1]);
}

/**
 * "DEPA was signed in June 2020 by Chile, New Zealand and Singapore", "firmado por Chile y Nueva Zelanda": the list is the agent of
 * a signing in the passive, in a sentence that names no EU: the agreement is theirs.
 */
const PASSIVE_AGENT_BEFORE =
  /(?:\b(?:signed|concluded|negotiated|ratified|agreed|founded|co-founded|launched|joined)\b[^.;:]{0,40}\bby|\b(?:signé|conclu|négocié|ratifié|fondé|lancé)e?s?\b[^.;:]{0,40}\bpar|\b(?:firmad|suscrit|negociad|ratificad|fundad|lanzad)[oa]s?\b[^.;:]{0,40}\bpor|\b(?:firmat|conclus|negoziat|ratificat|fondat|lanciat)[oaie]\b[^.;:]{0,40}\bda)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|il\s+)?$/i;

function passiveAgents(text: string, from: number, listStart: number): boolean {
  return PASSIVE_AGENT_BEFORE.test(text.slice(from, listStart));
}

/**
 * "the Korea–Singapore Digital Partnership Agreement", "한-싱가포르 디지털동반자협정", "China-ASEAN FTA": two places joined by a dash (or
 * Korea, Japan, China by one character: "한-", "日-", "中-") before the name of an agreement or a dialogue, neither of them the EU
 * or a member state: that pair's own.
 */
const PAIR_DASH = /^\s?[-–—‐·]\s?$/;
const CJK_ONE_CHAR_SIDE = new RegExp(`(?:^|[^\\p{L}])[${ONE_CHAR_COUNTRIES}]\\s?[-–—‐·]\\s?$`, 'u');
const CJK_WITH = /^\s?(?:与|同)\s?$/;

/** The place at `k` opens its sentence's places, with no EU word and no list mark ("、", "和", "与") right before it. */
function cjkSubjectWith(ctx: DocumentContext, inSentence: readonly Mention[], k: number): boolean {
  if (k !== 0) return false;
  const m = inSentence[k];
  const s = ctx.sentences[segmentAt(ctx.sentences, m.start)];
  const lead = ctx.text.slice(s ? s.start : Math.max(0, m.start - 40), m.start);
  return !EU_WORD.test(lead) && !/[、和与及]\s?$/.test(lead);
}
const AGREEMENT_AFTER =
  /^[^.;。]{0,40}?(?:合作|協力|협력|Agreement|Accord|Abkommen|Acuerdo|Accordo|FTA|EPA|CEPA|Partnership|Partenariat|Partnerschaft|Asociación|Partenariato|MoU|Memorandum|Dialogue|Dialog|Diálogo|Dialogo|협정|양해각서|대화|协定|协议|对话|協定|覚書|対話)/;

function pairWithoutEu(ctx: DocumentContext, inSentence: readonly Mention[], m: Mention): boolean {
  if (isEuOrMemberState(m.id)) return false;
  const k = inSentence.indexOf(m);
  const prev = inSentence[k - 1];
  const next = inSentence[k + 1];
  const other = (p: Mention | undefined): boolean => p !== undefined && p.id !== m.id && !isEuOrMemberState(p.id);
  let end = -1;
  if (other(prev) && PAIR_DASH.test(ctx.text.slice(prev.end, m.start))) end = m.end;
  else if (other(next) && PAIR_DASH.test(ctx.text.slice(m.end, next.start))) end = next.end;
  else if (CJK_ONE_CHAR_SIDE.test(ctx.text.slice(Math.max(0, m.start - 3), m.start))) end = m.end;
  // "中国与中亚国家在数字领域的合作": the first place of the sentence (no EU before it, no list it closes) "with" another, their
  // cooperation after them
  else if (other(next) && CJK_WITH.test(ctx.text.slice(m.end, next.start)) && cjkSubjectWith(ctx, inSentence, k)) end = next.end;
  return end >= 0 && AGREEMENT_AFTER.test(ctx.text.slice(end, end + 60));
}

/**
 * "China applied to join DEPA", "Korea joined the CPTPP", "中国于2021年正式申请加入DEPA", "中国申请加入《全面与进步跨太平洋伙伴关系协定》": in a sentence
 * naming no EU, what a country joins by its acronym or its title is someone else's.
 */
const JOINS_NAMED_AFTER =
  /^\s+(?:(?:has|have|had|also|formally|officially)\s+)*(?:applied\s+to\s+(?:join|accede\s+to)|joined|acceded\s+to)\s+(?:the\s+)?[A-Z]{2,6}\b|^[^。，,；]{0,14}?申请加入\s*(?:[A-Z]{2,6}\b|《[^》欧]+》)/;

/** A partner-cued list of places and where it stands: its sentence (and index), the sentence's places and lists, its clause. */
export interface ListInSentence {
  si: number;
  sentence: Segment;
  inSentence: readonly Mention[];
  lists: readonly Mention[][];
  list: readonly Mention[];
  clauseStart: number;
  clauseEnd: number;
  /** the sentence names no EU word, institution or member state */
  noEu: boolean;
}

/**
 * The list is the counterpart of someone other than the EU: a possessive's owner ("its own chips arrangements with …"), the
 * country it opens the sentence with ("Gemeinsam mit Nigeria … zieht Kenia … an"), a country called by a common noun or a
 * pronoun ("the country already cooperates … with Japan", "It co-founded … with Chile"), a programme of its own, another
 * country whose "with" it is, a country it is the partner of ("socio de México"), or partners other than the EU.
 */
export function claimedByAnother(ctx: DocumentContext, l: ListInSentence): boolean {
  const first = l.list[0];
  const last = l.list[l.list.length - 1];
  return (
    possessiveWith(ctx.text, first.start, l.noEu) ||
    (l.noEu && alongsideOther(ctx, l.sentence, l.inSentence, l.list)) ||
    countryNounSubject(ctx, l.inSentence, first, l.clauseStart) ||
    pronounForCountry(ctx, l.si, first) ||
    ownProgrammeAfter(ctx.text, last.end) ||
    ownedByOther(ctx, l.sentence, l.inSentence, l.lists, l.list, l.noEu, l.clauseStart) ||
    partnerOfOther(ctx, last.end, l.sentence.end) ||
    (l.noEu && passiveAgents(ctx.text, Math.max(l.clauseStart, first.start - 60), first.start)) ||
    l.list.some((m) => pairWithoutEu(ctx, l.inSentence, m)) ||
    (l.noEu && JOINS_NAMED_AFTER.test(ctx.text.slice(last.end, last.end + 60))) ||
    besidesTheEu(ctx.text, last.end, l.clauseEnd) ||
    nonEuAgreementsBefore(ctx.text, l.sentence.start, first.start) ||
    (l.noEu && SIMILAR_WITH_BEFORE.test(ctx.text.slice(Math.max(l.clauseStart, first.start - 60), first.start))) ||
    membersOfOthersGrouping(ctx, l) ||
    genericSubject(ctx, l) ||
    possessorsDeal(ctx, l)
  );
}

/** Words for a deal or cooperation that a country's name may own ("Singapore's agreements", "der Abkommen Singapurs", "les accords de Singapour"). */
const DEAL = String.raw`agreements?|partnerships?|deals?|co-?operation|memorand(?:um|a)|MoUs?|arrangements?|dialogues?|ties|relations|FTAs?|accords?|partenariats?|coopération|\p{L}*abkommen|\p{L}*partnerschaft(?:en)?|Zusammenarbeit|Kooperation(?:en)?|Vereinbarung(?:en)?|acuerdos?|asociación|cooperación|accord[oi]|partenariato|cooperazione|intes[ae]`;
/** "Singapore's agreements with", "Japan's partnership with the": the English possessive, its deal and "with", between owner and counterpart. */
const OWNER_GAP_EN = new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:${DEAL})\s+with\s+(?:the\s+)?$`, 'iu');
/** "der Abkommen Singapurs mit", "les accords de Singapour avec l'", "los acuerdos de Singapur con": the deal before the owner, "with" after it. */
const DEAL_OF_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${DEAL})\s+(?:(?:de|du|des|di|del|della|dello|dei|degli)\s+(?:la\s+|le\s+|el\s+|los\s+|las\s+)?|d['’]|de\s+l['’])?$`, 'iu');
const WITH_GAP = /^\s+(?:with|mit|avec|con)\s+(?:the\s+|der\s+|dem\s+|den\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|las\s+|il\s+|lo\s+|gli\s+)?$/i;

/** The deal of the country at [start, end) with what begins at `next`: "Singapore's agreements with Australia", "der Abkommen Singapurs mit Australien". */
function ownersDealWith(text: string, start: number, end: number, next: number): boolean {
  const gap = text.slice(end, next);
  if (gap.length > 80) return false;
  return OWNER_GAP_EN.test(gap) || (WITH_GAP.test(gap) && DEAL_OF_BEFORE.test(text.slice(Math.max(0, start - 50), start)));
}

/**
 * A country's own deal with another place outside the EU ("the model of Singapore's agreements with Australia", "nach dem Vorbild
 * der Abkommen Singapurs mit Australien", "les accords de Singapour avec l'Australie"): neither is the EU's partner there, whether
 * the list is the owner or the counterpart. A deal with the EU ("Japan's partnership with the EU") stays the EU's.
 */
function possessorsDeal(ctx: DocumentContext, l: ListInSentence): boolean {
  const first = l.list[0];
  const last = l.list[l.list.length - 1];
  const k = l.inSentence.indexOf(first);
  // the counterpart: a country right before the list owns the deal
  const before = k > 0 ? l.inSentence[k - 1] : undefined;
  if (before && before.kind === 'country' && !isEuOrMemberState(before.id) && before.start >= l.clauseStart && ownersDealWith(ctx.text, before.start, before.end, first.start)) return true;
  // the owner: one country, its deal with the next place, which is not the EU
  const next = l.inSentence[l.inSentence.indexOf(last) + 1];
  return l.list.length === 1 && first.kind === 'country' && next !== undefined && !isEuOrMemberState(next.id) && next.end <= l.clauseEnd && ownersDealWith(ctx.text, first.start, first.end, next.start);
}

/**
 * Unnamed others as the subject of the clause: "Several partners signed 5G security memoranda with the United States", "Plusieurs
 * pays ont conclu des accords avec la Chine", "一些国家与中国签署了…". Read only in a clause that names no EU.
 */
const GENERIC_SUBJECT =
  /^[\s,;:]*(?:(?:and|but|while|et|mais|und|aber|y|pero|e|ma)\s+)?(?:(?:several|some|many|most|other|few|numerous|a number of)\s+(?:[\p{L}-]+\s+){0,2}?(?:partners|countries|states|governments|members|economies)|(?:plusieurs|certains|de nombreux|d['’]autres|la plupart des)\s+(?:[\p{L}-]+\s+){0,2}?(?:pays|partenaires|États|gouvernements)|(?:mehrere|einige|viele|andere|zahlreiche)\s+(?:[\p{L}-]+\s+){0,2}?(?:Länder|Partner|Staaten|Regierungen)|(?:varios|algunos|muchos|otros|numerosos)\s+(?:[\p{L}-]+\s+){0,2}?(?:países|socios|Estados|gobiernos)|(?:diversi|alcuni|molti|altri|numerosi)\s+(?:[\p{L}-]+\s+){0,2}?(?:paesi|partner|Stati|governi))(?![\p{L}])|^[\s，,；;]*(?:一些|部分|许多|多个|其他)(?:国家|伙伴|成员国)/iu;

function genericSubject(ctx: DocumentContext, l: ListInSentence): boolean {
  const first = l.list[0];
  const clause = ctx.text.slice(l.clauseStart, first.start);
  if (!GENERIC_SUBJECT.test(clause)) return false;
  return clauseNamesNoEu(ctx, l.inSentence, l.clauseStart, l.clauseEnd);
}

/** The clause [from, to) names no EU word, institution or member state. */
export function clauseNamesNoEu(ctx: DocumentContext, inSentence: readonly Mention[], from: number, to: number): boolean {
  return !inSentence.some((m) => m.start >= from && m.end <= to && isEuOrMemberState(m.id)) && !EU_WORD.test(ctx.text.slice(from, to));
}

/**
 * Groupings and agreements the EU is not in (RCEP, CPTPP, DEPA, USMCA, AfCFTA, IPEF, BRICS, the Quad, AUKUS, C5+1, the Eurasian
 * Economic Union), by acronym or name in the eight languages.
 */
const OTHERS_GROUPING =
  /\b(?:RCEP|CPTPP|TPP|DEPA|USMCA|T-MEC|CUSMA|ACEUM|AfCFTA|ZLECAf|IPEF|BRICS|Quad|QUAD|AUKUS|C5\+1|EAEU)\b|Regional Comprehensive Economic Partnership|Partenariat économique régional global|Asociación Económica Integral Regional|Trans-?Pacific Partnership|transpacifique|Transpazifischen|Transpacífico|Transpacífica|transpacifico|Digital Economy Partnership Agreement|Acuerdo de Asociación de Economía Digital|Eurasian Economic Union|Union économique eurasiatique|Eurasischen Wirtschaftsunion|Unión Económica Euroasiática|区域全面经济伙伴关系|跨太平洋伙伴关系|数字经济伙伴关系协定|金砖|四方安全对话|上海合作组织|地域的な包括的経済連携|環太平洋パートナーシップ|デジタル経済パートナーシップ協定|역내포괄적경제동반자|환태평양경제동반자|디지털경제동반자협정|브릭스/gu;

/**
 * A grouping the EU is not in, named in the list's sentence just before it ("the RCEP … brings together the ten ASEAN states, China,
 * Japan …", "el grupo BRICS, en cuyo seno Brasil, China, India y Sudáfrica …", "membre du (CPTPP), aux côtés du Japon, du Canada"),
 * with no EU word between: the list are its members, not partners of the EU.
 */
function membersOfOthersGrouping(ctx: DocumentContext, l: ListInSentence): boolean {
  // only the 160 characters before the list are read: a scan of the whole text for a grouping cost more than all of these
  const first = l.list[0];
  const from = Math.max(l.sentence.start, first.start - 160);
  const before = ctx.text.slice(from, first.start);
  let at = -1;
  for (const m of before.matchAll(OTHERS_GROUPING)) at = m.index ?? at;
  if (at >= 0) return !EU_WORD.test(before.slice(at)) && !l.inSentence.some((m) => m.start >= from + at && m.end <= first.start && isEuOrMemberState(m.id));
  return false;
}

/**
 * "a similar agreement with", "un accord similaire avec l'#Inde", "ein ähnliches Abkommen mit", "un acuerdo similar con", "un accordo
 * simile con": in a sentence that names no EU, another deal of the subject's own, with the place after it.
 */
const SIMILAR_WITH_BEFORE =
  /(?:similar|comparable|separate)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreements?|deals?|memorand(?:um|a)|arrangements?|MoUs?|partnerships?)\s+with\s+(?:the\s+)?#?$|(?:accords?|protocoles?|mémorandums?|partenariats?)\s+(?:[\p{L}-]+\s+)?(?:similaires?|comparables?|distincts?)\s+avec\s+(?:l['’]|la\s+|le\s+|les\s+)?#?$|(?:ähnliche[ns]?|vergleichbare[ns]?)\s+(?:Abkommen|Vereinbarung(?:en)?|Memorandum|Partnerschaft(?:en)?)\s+mit\s+(?:der\s+|dem\s+|den\s+)?#?$|(?:acuerdos?|memorandos?|convenios?)\s+(?:similar(?:es)?|parecidos?|análogos?)\s+con\s+(?:el\s+|la\s+|los\s+|las\s+)?#?$|(?:accord[oi]|memorandum|intes[ae])\s+(?:simil[ei]|analog[oh]i?)\s+con\s+(?:l['’]|la\s+|il\s+|lo\s+|i\s+|gli\s+)?#?$/iu;

/** "多个非欧盟数字协定的参与方，例如与智利、新西兰…", "non-EU digital trade agreements with …": agreements the EU is not in, named before the list. */
const NON_EU_AGREEMENTS = /非欧盟[^。；;]{0,8}(?:协定|协议|框架|伙伴关系)|EU非加盟[^。]{0,8}(?:協定|枠組み)|\bnon-(?:EU|European)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|frameworks?|arrangements?|pacts?)\b|\baccords?\s+(?:[\p{L}-]+\s+){0,2}?(?:hors\s+UE|non\s+européens)|\b(?:Nicht-EU|außereuropäische)[\p{L}-]*(?:Abkommen|Vereinbarungen)/u;

function nonEuAgreementsBefore(text: string, sentenceStart: number, listStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, listStart - 80), listStart);
  return before.includes('非') || before.includes('non') || before.includes('Nicht') || before.includes('außer') ? NON_EU_AGREEMENTS.test(before) : false;
}
