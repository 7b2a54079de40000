/** One training example of a logistic model: its features and whether the gold file says yes. */
export interface Example {
  features: string[];
  label: boolean;
}

/** mulberry32: a small seeded generator, so the shuffle and the weights are the same on every run */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Logistic regression by stochastic gradient descent with L2 (a seeded shuffle, so runs are identical): feature name -> weight,
 * sorted by name, weights under 0.001 dropped, four decimals.
 */
export function trainLogistic(examples: readonly Example[], l2: number, epochs = 30): Record<string, number> {
  const data = [...examples];
  const w = new Map<string, number>();
  const random = rng(1);
  let rate = 0.1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = data.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [data[i], data[j]] = [data[j], data[i]];
    }
    for (const x of data) {
      let z = 0;
      for (const k of x.features) z += w.get(k) ?? 0;
      const g = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z)))) - (x.label ? 1 : 0);
      for (const k of x.features) {
        const v = w.get(k) ?? 0;
        w.set(k, v - rate * (g + l2 * v));
      }
    }
    rate *= 0.9;
  }
  const out: Record<string, number> = {};
  for (const [k, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= 0.001) out[k] = Math.round(v * 1e4) / 1e4;
  return out;
}

/** Drops from every example the features seen in fewer than `minDocs` documents: a word of one text says nothing of the next. */
export function dropRareFeatures(docs: readonly { examples: Example[] }[], minDocs: number): void {
  const docCount = new Map<string, number>();
  for (const d of docs) for (const k of new Set(d.examples.flatMap((x) => x.features))) docCount.set(k, (docCount.get(k) ?? 0) + 1);
  for (const d of docs) for (const x of d.examples) x.features = x.features.filter((k) => (docCount.get(k) ?? 0) >= minDocs);
}

export type Counts = [tp: number, fp: number, fn: number];

/** Adds the true positives, false positives and false negatives of one document's predicted set to `c`. */
export function addCounts(c: Counts, predicted: ReadonlySet<string>, gold: ReadonlySet<string>): void {
  for (const p of predicted) c[gold.has(p) ? 0 : 1]++;
  for (const g of gold) if (!predicted.has(g)) c[2]++;
}

/** "F1 (P precision, R recall)" of counts, three decimals. */
export function prf([tp, fp, fn]: Counts): string {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${f.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)})`;
}

/** What a leave-one-batch-out run needs of a document: its batch, the gold ids and the rules' own. */
export interface ScoredDoc {
  set: string;
  gold: Set<string>;
  rules: Set<string>;
}

export interface LeaveOneBatchOut {
  batches: string[];
  /** the rules' counts, pooled */
  rules: Counts;
  /** the model's counts at each threshold, pooled */
  model: Map<number, Counts>;
  /** one markdown row per batch: rules, then the model at the shipped threshold */
  rows: string[];
}

/**
 * Scores each batch by a model fitted to all the others, against the rules' own result; progress per batch on stderr. `predict`
 * gives a document's ids at a threshold.
 */
export function leaveOneBatchOut<D extends ScoredDoc, M>(
  docs: readonly D[],
  fit: (training: D[]) => M,
  predict: (model: M, d: D, threshold: number) => Set<string>,
  thresholds: readonly number[],
  shipped: number,
): LeaveOneBatchOut {
  const batches = [...new Set(docs.map((d) => d.set))];
  const rulesAll: Counts = [0, 0, 0];
  const modelAll = new Map<number, Counts>(thresholds.map((t) => [t, [0, 0, 0]]));
  const rows: string[] = [];
  for (const held of batches) {
    const model = fit(docs.filter((d) => d.set !== held));
    const rules: Counts = [0, 0, 0];
    const mine: Counts = [0, 0, 0];
    for (const d of docs.filter((x) => x.set === held)) {
      addCounts(rules, d.rules, d.gold);
      addCounts(rulesAll, d.rules, d.gold);
      addCounts(mine, predict(model, d, shipped), d.gold);
      for (const t of thresholds) addCounts(modelAll.get(t) as Counts, predict(model, d, t), d.gold);
    }
    rows.push(`| ${held} | ${prf(rules)} | ${prf(mine)} |`);
    process.stderr.write(`${held}: rules ${prf(rules)}, model ${prf(mine)}\n`);
  }
  return { batches, rules: rulesAll, model: modelAll, rows };
}
