import { isEuOrMemberState } from '@dpo/taxonomy';
import shipped from './data/partner-model.json';
import type { ExtractionResult } from './extraction.types';
import { addTokens, logisticProbability } from './logistic';

/**
 * A logistic model over the rules' result that decides, place by place, which places of a document are partners of the EU,
 * where the rules left the verdict open (extract() passes it what the rules read as a statement, see FixedVerdicts).
 *
 * The rules read cue words around each mention; what they miss on texts they were not written from is mostly a matter of
 * weighting (a single passing mention, a country named twice as a comparison and once beside a programme). The model reads the
 * rules' own verdict, how many mentions they gave each role, whether an instrument or initiative names the place, the length,
 * language and position, whether the place's sentences name the EU, and the words on either side of every mention; it was trained on what the rules produced for each
 * evaluation batch *before* any rule was written from that batch (tools/eval/first/), so it learns how far to trust the rules on
 * unseen text, not on the text they were fitted to. Training: `tools/run-ts.sh tools/eval/train-partner-model.ts`, which
 * also writes the leave-one-batch-out figures to tools/eval/results/partner-model.md.
 *
 * Pure and deterministic: features are computed from the result and the input text only, the same way at training and at run
 * time, so the shipped weights see exactly what they were fitted on.
 */
export interface PartnerModel {
  /** characters read on either side of each mention */
  window: number;
  /** probability from which a place is a partner */
  threshold: number;
  /** the lower bar of a partner of the rules with the EU named within 60 characters in its sentence: overturned only when the model is sure */
  euNearThreshold: number;
  /** feature name -> weight; an absent feature weighs 0 */
  weights: Record<string, number>;
}

export const PARTNER_MODEL: PartnerModel = shipped;

/**
 * The EU by name in the eight languages, its bodies and banks, its delegations ("The Delegation also works with Australia", not
 * German "die Delegation", which is any delegation), its programmes of cooperation and its capital ("Brussels and Tokyo agreed"):
 * whether a mention's sentence names it is a feature of its own.
 */
const EU_WORD =
  /\b(?:EU|UE|EIB|ENISA|EEAS|Team Europe|Global Gateway)\b|European (?:Union|Commission|Investment Bank)|Union européenne|Commission européenne|Europäische|Unión Europea|Comisión Europea|Unione europea|Commissione europea|(?:the|our|notre|nostra|l['’]|la|della|dell['’]) ?Uni(?:on|ón|one)\b|(?:[Tt]he|[Ll]a) D[ée]l[ée]ga(?:tion|ción|zione)\b|Bruss?els|Bruxelles|Brüssel|Bruselas|欧盟|欧州連合|欧州委員会|布鲁塞尔|ブリュッセル|브뤼셀|유럽연합/;
/** [.!?。！？\n] by char code: where a sentence ends for sentenceAround (a pattern tested on every character was most of its cost). */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** [from, to) of the sentence around a mention: from the character after the last sentence end before it to the next one after it, within 400 characters. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < 400 && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 400 && !isSentenceEnd(text.charCodeAt(to))) to++;
  return [from, to];
}

const LETTERS = /\p{L}+/gu;

/**
 * The two words right before and after a mention, by position ("p1:with", "p2:partnership", "n1:and", "n1:sind"), cut to six
 * letters: what binds a place to its clause, which the bags of words on either side do not say (leave-one-batch-out F1 over 65
 * batches 0.861 -> 0.868; one word on either side 0.867, three 0.868, a bracket around the place and the CJK characters right next
 * to it nothing).
 */
function addNeighbours(f: Set<string>, text: string, start: number, end: number): void {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase().match(LETTERS) ?? [];
  const [p1, p2] = [before[before.length - 1], before[before.length - 2]];
  if (p1 !== undefined) f.add(`p1:${p1.slice(-6)}`);
  if (p2 !== undefined) f.add(`p2:${p2.slice(-6)}`);
  const [n1, n2] = text.slice(end, end + 40).toLowerCase().match(LETTERS) ?? [];
  if (n1 !== undefined) f.add(`n1:${n1.slice(0, 6)}`);
  if (n2 !== undefined) f.add(`n2:${n2.slice(0, 6)}`);
}

/** A place the model decides about: a country or region entity that is not the EU or a member state, or a partner of the rules. */
function isCandidate(type: string, id: string, rulePartners: ReadonlySet<string>): boolean {
  return ((type === 'country' || type === 'region') && !isEuOrMemberState(id)) || rulePartners.has(id);
}

/** What the rules' result must carry for the model: the fields the features read. */
export type ModelInput = Pick<ExtractionResult, 'partners' | 'instruments' | 'initiatives' | 'entities' | 'language'>;

/** The candidate places of one result: ids of country and region entities outside the EU, and the rules' partners. */
export function candidatePlaces(result: ModelInput): Set<string> {
  const rulePartners = new Set(result.partners);
  const out = new Set(rulePartners);
  for (const e of result.entities) if (isCandidate(e.type, e.id, rulePartners)) out.add(e.id);
  return out;
}

/** The features of every candidate place of one result (or of those `only` accepts), by id. */
export function partnerFeatures(result: ModelInput, text: string, window: number, only?: (id: string) => boolean): Map<string, Set<string>> {
  const rulePartners = new Set(result.partners);
  const instrumentPartners = new Set(result.instruments.map((i) => i.partner));
  const initiativePartners = new Set(result.initiatives.flatMap((i) => i.partners));
  const byId = new Map<string, { start: number; end: number; role: string }[]>();
  for (const e of result.entities) {
    if (!isCandidate(e.type, e.id, rulePartners) || (only && !only(e.id))) continue;
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  for (const id of rulePartners) if (!byId.has(id) && (!only || only(id))) byId.set(id, []);
  const length = text.length;
  const lengthClass = length < 1500 ? 'len0' : length < 5000 ? 'len1' : 'len2';
  const out = new Map<string, Set<string>>();
  for (const [id, mentions] of byId) {
    const f = new Set<string>(['bias', lengthClass, `lang:${result.language}`, id.startsWith('country:') ? 'kind:country' : 'kind:region']);
    if (rulePartners.has(id)) f.add('rule');
    const asPartner = mentions.filter((m) => m.role === 'partner').length;
    f.add(`np${Math.min(asPartner, 3)}`);
    f.add(`no${Math.min(mentions.length - asPartner, 3)}`);
    if (instrumentPartners.has(id)) f.add('inst');
    if (initiativePartners.has(id)) f.add('ini');
    if (mentions.length > 0) f.add(`pos${Math.min(2, Math.floor((3 * mentions[0].start) / Math.max(1, length)))}`);
    let inEuSentence = 0;
    for (const m of mentions) {
      // the words on either side, across sentence ends (what the next sentence says of a place counts: clipping the window to
      // the sentence lowered the leave-one-batch-out F1 from 0.868 to 0.855)
      addTokens(f, 'b:', text.slice(Math.max(0, m.start - window), m.start));
      addTokens(f, 'a:', text.slice(m.end, m.end + window));
      addNeighbours(f, text, m.start, m.end);
      const [from, to] = sentenceAround(text, m.start, m.end);
      const before = text.slice(from, m.start);
      const after = text.slice(m.end, to);
      if (EU_WORD.test(before) || EU_WORD.test(after)) {
        inEuSentence++;
        if (EU_WORD.test(before.slice(-60)) || EU_WORD.test(after.slice(0, 60))) f.add('eu-near');
      }
    }
    f.add(inEuSentence === 0 ? 'eu-sent0' : inEuSentence === mentions.length ? 'eu-sent-all' : 'eu-sent-some');
    out.set(id, f);
  }
  return out;
}

/** The model's probability for one feature set. */
export function partnerProbability(model: PartnerModel, features: Iterable<string>): number {
  return logisticProbability(model.weights, features);
}

/** Verdicts of the rules the model does not weigh: places read as partners from a statement, and places the text says are no party. */
export interface FixedVerdicts {
  /** partners whatever the model says */
  keep?: Iterable<string>;
  /** the only places the model may add to the rules' partners (all when absent) */
  mayAdd?: ReadonlySet<string>;
  /** never partners */
  never?: ReadonlySet<string>;
}

/**
 * The result with the model's partners: the partners of its instruments (each read from a named instrument with its own
 * evidence) and those `fixed.keep` names, and every other candidate place the model gives at least the threshold (a partner of
 * the rules with the EU named close by: at least the lower `euNearThreshold`), leaving out `fixed.never` and, when given, any
 * place outside `fixed.mayAdd` that the rules did not make a partner. Mentions of a place it turns down lose their
 * partner role; a place it takes that the rules gave no partner mention has all its mentions marked partner, so every partner
 * keeps a citation. Instruments and initiatives keep their partners: each is a fact read with its own evidence (a row's partner
 * column, the instrument's name), and the model was not trained to judge them.
 */
export function applyPartnerModel<T extends ModelInput>(result: T, text: string, model: PartnerModel = PARTNER_MODEL, fixed: FixedVerdicts = {}): T {
  const ruled = new Set(result.partners);
  const keep = new Set([...result.instruments.map((i) => i.partner), ...(fixed.keep ?? [])].filter((p) => !isEuOrMemberState(p) && ruled.has(p)));
  // features only for the places the model may decide about (the long reports name hundreds of places, most of them fixed)
  const open = (id: string): boolean => !keep.has(id) && !fixed.never?.has(id) && (ruled.has(id) || !fixed.mayAdd || fixed.mayAdd.has(id));
  for (const [id, f] of partnerFeatures(result, text, model.window, open)) {
    // a partner of the rules with the EU named within a few words in its sentence is overturned only when the model is sure
    if (partnerProbability(model, f) >= (f.has('rule') && f.has('eu-near') ? model.euNearThreshold : model.threshold)) keep.add(id);
  }
  const partners = [...keep].sort();
  if (partners.length === result.partners.length && partners.every((p, i) => p === result.partners[i])) return result;
  const candidates = candidatePlaces(result);
  const cited = new Set(result.entities.filter((e) => e.role === 'partner').map((e) => e.id));
  return {
    ...result,
    partners,
    entities: result.entities.map((e) => {
      if (!candidates.has(e.id)) return e;
      if (e.role === 'partner' && !keep.has(e.id)) return { ...e, role: 'other' };
      if (e.role === 'other' && keep.has(e.id) && !ruled.has(e.id) && !cited.has(e.id)) return { ...e, role: 'partner' };
      return e;
    }),
  };
}
