import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cjkAmounts, cjkAmountsByScan, latinAmounts, latinAmountsByScan } from './money-parser';
import { REPO_ROOT } from './testing/seed-scoring';

/** latinAmounts() finds amounts from runs of digits; it must find what a global scan of each pattern finds. */
const spans = (r: { prefix: RegExpExecArray[]; suffix: RegExpExecArray[] }) => ({
  prefix: r.prefix.map((m) => [m.index, m[0]]),
  suffix: r.suffix.map((m) => [m.index, m[0]]),
});

describe('amounts from digit runs', () => {
  it.each([
    'The EU mobilises EUR 200 billion, USD 80 billion and €1.5 bn; 1 200 000 EUR and 3,5 Milliarden Euro.',
    'Funding of US$ 12 million (about 11 million euros) and £3m, ¥500 billion, ₩2 trillion, 45 dollars.',
    'EUR€5, EUROPE 5, eur 7 mio, $ 9, 2025 EUR, EUR 2025, 1,234,567,890 EUR, 12.5 Mrd. EUR, 40 de euros',
    'from 2021 to 2027: 300 million EUR; 4 billion USD for 12 projects in 2026',
    'no money here, only 2025 and 12 participants',
  ])('%s', (text) => {
    expect(spans(latinAmounts(text))).toEqual(spans(latinAmountsByScan(text)));
  });

  it('agrees with the global scan on every seed and evaluation text', () => {
    const dirs = ['seeds', 'tools/eval/dev', 'tools/eval/heldout', 'tools/eval/heldout2', 'tools/eval/heldout3', 'tools/eval/heldout4'].map((d) => join(REPO_ROOT, d));
    for (const d of dirs)
      for (const f of readdirSync(d).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(join(d, f), 'utf8');
        expect(spans(latinAmounts(text))).toEqual(spans(latinAmountsByScan(text)));
        expect(cjkAmounts(text).map((m) => [m.index, m[0]])).toEqual(cjkAmountsByScan(text).map((m) => [m.index, m[0]]));
      }
  });
});
