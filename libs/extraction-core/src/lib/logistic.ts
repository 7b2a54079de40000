/** The weights of each model as a Map, built on first use: a plain object of thousands of keys is slow to look up. */
const weightMaps = new WeakMap<Readonly<Record<string, number>>, Map<string, number>>();

/** The probability a logistic model (feature name -> weight; an absent feature weighs 0) gives one set of features. */
export function logisticProbability(model: Readonly<Record<string, number>>, features: Iterable<string>): number {
  let weights = weightMaps.get(model);
  if (!weights) {
    weights = new Map(Object.entries(model));
    weightMaps.set(model, weights);
  }
  let z = 0;
  for (const k of features) z += weights.get(k) ?? 0;
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
}

/** Script whose words are not separated by spaces (and Hangul, whose particles are glued to the noun): read as character pairs. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /\p{L}+/gu;

/** The words of `s` in lower case, each prefixed, into `out`: letters-only words of two letters or more; CJK and Hangul runs as character pairs. */
export function addTokens(out: Set<string>, prefix: string, s: string): void {
  const lower = s.toLowerCase();
  // an exec() loop: matchAll() clones the pattern on every call
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const w = m[0];
    if (CJK_RUN.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) out.add(prefix + w.slice(i, i + 2));
    } else if (w.length > 1) out.add(prefix + w);
  }
}
