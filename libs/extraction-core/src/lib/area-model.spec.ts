import { applyAreaModel, areaFeatures, AREA_MODEL, type AreaModel } from './area-model';
import { extract } from './extract';

const TEXT =
  'EU and Kenya launch a Digital Partnership on artificial intelligence\nThe EU and Kenya agreed to cooperate on artificial intelligence: AI testing facilities, AI skills and trustworthy AI. The fund also covers cybersecurity.';

const model = (weights: Record<string, number>, threshold = 0.5): AreaModel => ({ threshold, weights });

describe('area model', () => {
  const rules = extract({ text: TEXT, areaModel: false });

  it('without the model, gives the keyword rule its own areas', () => {
    expect(rules.areas).toEqual(['area:ai', 'area:cybersecurity']);
  });

  it('reads the rule verdict, the counts, the keywords, the title, share and rank of every area the document names', () => {
    const f = areaFeatures(rules, TEXT);
    expect([...f.keys()].sort()).toEqual(['area:ai', 'area:cybersecurity', 'area:skills']);
    const ai = f.get('area:ai') as Set<string>;
    for (const k of ['bias', 'rule', 'id:area:ai', 'kw:artificial intelligence', 'kw:ai', 'title', 'rank0', 'share50', 'n4', 'lang:en', 'len0', 'pos0']) expect(ai.has(k)).toBe(true);
    const cyber = f.get('area:cybersecurity') as Set<string>;
    expect(cyber.has('title')).toBe(false);
    expect(cyber.has('n1')).toBe(true);
    expect(cyber.has('pos2')).toBe(true);
    // a weak word once: named, so a candidate, but not an area of the rule
    expect((f.get('area:skills') as Set<string>).has('rule')).toBe(false);
  });

  it('reads a keyword in the title only as a word of its own', () => {
    const text = 'Ukraine and the EU: a cyber dialogue\nThe EU and Ukraine held their cyber dialogue on cybersecurity and AI.';
    const f = areaFeatures(extract({ text, areaModel: false }), text);
    expect((f.get('area:cybersecurity') as Set<string>).has('title')).toBe(false);
    expect((f.get('area:ai') as Set<string>).has('title')).toBe(false);
    const cjk = '日欧半导体合作\n欧盟与日本在半导体领域开展合作。';
    expect((areaFeatures(extract({ text: cjk, areaModel: false }), cjk).get('area:semiconductors') as Set<string>).has('title')).toBe(true);
  });

  it('takes away the areas it turns down and keeps the initiatives as they are', () => {
    const out = applyAreaModel(rules, TEXT, model({ bias: 1, 'kw:cybersecurity': -5 }));
    expect(out.areas).toEqual(['area:ai']);
    expect(out.initiatives).toBe(rules.initiatives);
    expect(out.entities).toBe(rules.entities);
  });

  it('never adds an area the rule left out', () => {
    const once = 'The EU and Ukraine held a cyber dialogue on cybersecurity, situational awareness and data protection in incidents.';
    const before = extract({ text: once, areaModel: false });
    expect(before.areas).not.toContain('area:cloud-data');
    expect(applyAreaModel(before, once, model({ bias: 10 })).areas).toEqual(before.areas);
  });

  it('as shipped, keeps the topic of a text about a cable and drops the connectivity it names in passing', () => {
    const text =
      'The EU and Chile inaugurated the Humboldt submarine cable. It improves digital connectivity for research networks and connectivity across the region.' +
      ' The submarine cable runs across the Pacific to Sydney, and a second submarine cable lands in Valparaíso.'.repeat(16);
    expect(extract({ text, areaModel: false }).areas).toEqual(['area:connectivity-5g-6g', 'area:secure-infrastructure']);
    expect(extract({ text }).areas).toEqual(['area:secure-infrastructure']);
  });
});
