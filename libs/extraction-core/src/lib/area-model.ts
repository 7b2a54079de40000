import shipped from './data/area-model.json';
import type { ExtractionResult } from './extraction.types';
import { logisticProbability } from './logistic';

/**
 * A logistic model over the rule's document areas that decides, area by area, which of them are areas of the document. The rule (result-builder.ts, documentAreas) counts keywords: one specific keyword in a short text, two in a longer
 * one, weak words ("connectivity", "skills", "cloud") more often. What it gets wrong on texts it was not written from is mostly a
 * topic named in passing ("the fund also covers 5G and skills"), which a count cannot tell from the topic of the text. The model
 * reads the rule's verdict, the counts, which keywords were found, the area itself, whether the title or an initiative names it,
 * its share and rank among the document's areas, and the length and language. (The words on either side of each keyword, as the
 * partner model reads them, lowered the leave-one-batch-out F1: 0.863 without, 0.855 with 40 characters, 0.839 with 80.)
 * Training: `tools/run-ts.sh tools/eval/train-area-model.ts`, which also writes the leave-one-batch-out figures to
 * tools/eval/results/area-model.md.
 *
 * Pure and deterministic: features are computed from the result and the input text only, the same way at training and at run
 * time. Initiatives keep their own areas (each read from its row or its sentence).
 */
export interface AreaModel {
  /** probability from which an area is one of the document's */
  threshold: number;
  /** feature name -> weight; an absent feature weighs 0 */
  weights: Record<string, number>;
}

export const AREA_MODEL: AreaModel = shipped;

/** What the rules' result must carry for the area model. */
export type AreaModelInput = Pick<ExtractionResult, 'areas' | 'entities' | 'initiatives' | 'language' | 'title'>;

const bucket = (n: number, top: number): number => Math.min(n, top);

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** `title` names the keyword as a word of its own: "AI" in "EU-Kenya AI partnership", not in "Ukraine" (CJK keywords anywhere). */
function namesWord(title: string, kw: string): boolean {
  const latinStart = LATIN_OR_DIGIT.test(kw[0]);
  const latinEnd = LATIN_OR_DIGIT.test(kw[kw.length - 1]);
  for (let at = title.indexOf(kw); at >= 0; at = title.indexOf(kw, at + 1)) {
    const before = at > 0 ? title[at - 1] : ' ';
    const after = at + kw.length < title.length ? title[at + kw.length] : ' ';
    if (!(latinStart && LATIN_OR_DIGIT.test(before)) && !(latinEnd && LATIN_OR_DIGIT.test(after))) return true;
  }
  return false;
}

/** The features of every area the document names (an area keyword among its entities), by area id. */
export function areaFeatures(result: AreaModelInput, text: string): Map<string, Set<string>> {
  const byId = new Map<string, { start: number; end: number; text: string }[]>();
  for (const e of result.entities) {
    if (e.type !== 'area') continue;
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  const ruled = new Set(result.areas);
  const ofInitiatives = new Set(result.initiatives.flatMap((i) => i.areas));
  const title = (result.title ?? '').toLowerCase();
  const length = text.length;
  const lengthClass = length < 1500 ? 'len0' : length < 5000 ? 'len1' : 'len2';
  const total = [...byId.values()].reduce((n, l) => n + l.length, 0);
  const ranked = [...byId.entries()].sort((a, b) => b[1].length - a[1].length).map(([id]) => id);
  const out = new Map<string, Set<string>>();
  for (const [id, mentions] of byId) {
    const f = new Set<string>(['bias', lengthClass, `lang:${result.language}`, `id:${id}`]);
    if (ruled.has(id)) f.add('rule');
    if (ofInitiatives.has(id)) f.add('ini');
    f.add(`n${bucket(mentions.length, 4)}`);
    const share = mentions.length / total;
    f.add(share >= 0.5 ? 'share50' : share >= 0.25 ? 'share25' : share >= 0.1 ? 'share10' : 'share0');
    f.add(`rank${bucket(ranked.indexOf(id), 3)}`);
    f.add(`pos${Math.min(2, Math.floor((3 * mentions[0].start) / Math.max(1, length)))}`);
    const keywords = new Set<string>();
    for (const m of mentions) {
      const kw = m.text.toLowerCase();
      keywords.add(kw);
      f.add(`kw:${kw}`);
    }
    if (title && [...keywords].some((kw) => namesWord(title, kw))) f.add('title');
    f.add(`kw${bucket(keywords.size, 3)}`);
    out.set(id, f);
  }
  return out;
}

/** The model's probability for one feature set. */
export function areaProbability(model: AreaModel, features: Iterable<string>): number {
  return logisticProbability(model.weights, features);
}

/**
 * The result with the model's document areas: the rule's areas that the model gives at least the threshold. The model only takes
 * areas away: what the rule leaves out (a keyword named once in a longer text, one weak word) stays out.
 */
export function applyAreaModel<T extends AreaModelInput>(result: T, text: string, model: AreaModel = AREA_MODEL): T {
  if (result.areas.length === 0) return result;
  const features = areaFeatures(result, text);
  const areas = result.areas.filter((id) => {
    const f = features.get(id);
    return !f || areaProbability(model, f) >= model.threshold;
  });
  return areas.length === result.areas.length ? result : { ...result, areas };
}
