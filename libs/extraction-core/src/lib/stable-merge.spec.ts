import { stableSortedConcat } from './result-builder';

type Item = { start: number; end: number; tag: string };
const cmp = (x: Item, y: Item): number => x.start - y.start || x.end - y.end;

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function list(r: () => number, n: number, sorted: boolean, tag: string): Item[] {
  const items = Array.from({ length: n }, (_, i) => ({ start: Math.floor(r() * 20), end: Math.floor(r() * 5), tag: `${tag}${i}` }));
  return sorted ? [...items].sort(cmp) : items;
}

describe('stableSortedConcat (entities of the gazetteer, named initiatives and references)', () => {
  it('gives exactly what a stable sort of the concatenation gives, ties in list order', () => {
    const r = rng(7);
    for (let k = 0; k < 500; k++) {
      const lists = [list(r, Math.floor(r() * 12), r() < 0.9, 'a'), list(r, Math.floor(r() * 6), r() < 0.9, 'b'), list(r, Math.floor(r() * 4), r() < 0.9, 'c')];
      const expected = lists.flat().sort(cmp).map((i) => i.tag);
      expect(stableSortedConcat(lists, cmp).map((i) => i.tag)).toEqual(expected);
    }
  });

  it('sorts a long list that is only locally out of order, and one that is reversed, as a stable sort does', () => {
    const local: Item[] = [];
    for (let i = 0; i < 2000; i++) local.push({ start: Math.floor(i / 3), end: 10 - (i % 3), tag: `l${i}` }, { start: Math.floor(i / 3), end: 10 - (i % 3), tag: `m${i}` });
    const reversed = Array.from({ length: 2000 }, (_, i) => ({ start: 2000 - i, end: 1, tag: `r${i}` }));
    for (const list of [local, reversed]) {
      const extra = [{ start: 5, end: 9, tag: 'named' }];
      expect(stableSortedConcat([list, extra], cmp).map((i) => i.tag)).toEqual([...list, ...extra].sort(cmp).map((i) => i.tag));
    }
  });

  it('keeps a tie between lists in list order', () => {
    const a = [{ start: 1, end: 2, tag: 'gazetteer' }];
    const b = [{ start: 1, end: 2, tag: 'named' }];
    expect(stableSortedConcat([b, a], cmp).map((i) => i.tag)).toEqual(['named', 'gazetteer']);
    expect(stableSortedConcat([a, b], cmp).map((i) => i.tag)).toEqual(['gazetteer', 'named']);
  });
});
