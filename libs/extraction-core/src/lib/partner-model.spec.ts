import { extract } from './extract';
import { applyPartnerModel, partnerFeatures, partnerProbability, PARTNER_MODEL, type PartnerModel } from './partner-model';

const TEXT =
  'The EU and Japan launched a Digital Partnership in 2022. Japan and the EU will cooperate on quantum computing. The report compares the market with that of Brazil.';

/** A model that weighs one feature only: the rules' verdict is kept with `rule`, turned down with a negative bias. */
const model = (weights: Record<string, number>, threshold = 0.5): PartnerModel => ({ window: 40, threshold, euNearThreshold: 0.1, weights });

describe('partner model', () => {
  const rules = extract({ text: TEXT, partnerModel: false });

  it('without the model, gives the rules own partners', () => {
    expect(rules.partners).toEqual(['country:JP']);
    expect(rules.instruments.map((i) => i.partner)).toEqual(['country:JP']);
  });

  it('reads the rules verdict, mention counts, language and the words on either side of every mention', () => {
    const f = partnerFeatures(rules, TEXT, 40);
    expect([...f.keys()].sort()).toEqual(['country:BR', 'country:JP']);
    const jp = f.get('country:JP') as Set<string>;
    for (const k of ['bias', 'rule', 'inst', 'lang:en', 'len0', 'kind:country', 'pos0', 'a:launched', 'b:and', 'a:partnership']) expect(jp.has(k)).toBe(true);
    const br = f.get('country:BR') as Set<string>;
    expect(br.has('rule')).toBe(false);
    expect(br.has('b:computing')).toBe(false);
    expect(br.has('b:market')).toBe(true);
    expect(br.has('pos2')).toBe(true);
    expect(br.has('np0')).toBe(true);
    expect(br.has('no1')).toBe(true);
  });

  it('reads CJK text as character pairs', () => {
    const text = '欧盟与日本签署数字伙伴关系协定。';
    const f = partnerFeatures(extract({ text, partnerModel: false }), text, 40).get('country:JP') as Set<string>;
    expect(f.has('b:欧盟')).toBe(true);
    expect(f.has('a:签署')).toBe(true);
    expect(f.has('a:数字')).toBe(true);
  });

  it('keeps the partners of named instruments even when the model turns them down', () => {
    const out = applyPartnerModel(rules, TEXT, model({ bias: -10 }));
    expect(out.partners).toEqual(['country:JP']);
  });

  it('adds a place the model takes, and gives its mentions the partner role so that it keeps a citation', () => {
    const out = applyPartnerModel(rules, TEXT, model({ 'b:market': 10 }));
    expect(out.partners).toEqual(['country:BR', 'country:JP']);
    expect(out.entities.filter((e) => e.id === 'country:BR').map((e) => e.role)).toEqual(['partner']);
    expect(rules.entities.filter((e) => e.id === 'country:BR').map((e) => e.role)).toEqual(['other']);
  });

  it('turns down a place without an instrument and with no EU close by: its mentions lose the partner role; the initiatives keep their own partners', () => {
    const text = "Le câble relie le Portugal à l'Égypte. Le Maroc participe au projet Atlantic Link, lancé avec le Maroc en 2024.";
    const before = extract({ text, partnerModel: false });
    expect(before.partners).toEqual(['country:MA']);
    expect(before.instruments).toEqual([]);
    const out = applyPartnerModel(before, text, model({ bias: -10 }));
    expect(out.partners).toEqual([]);
    expect(out.entities.filter((e) => e.id === 'country:MA').every((e) => e.role === 'other')).toBe(true);
    expect(out.initiatives).toBe(before.initiatives);
  });

  it('overturns a partner of the rules with the EU, one of its bodies or its capital named close by only when it is sure', () => {
    for (const [text, language] of [
      ['The EU and Kenya will cooperate on digital skills.', 'en'],
      ['Brussels and Tokyo agreed to deepen cooperation on semiconductors.', 'en'],
      ["L'Unione europea sostiene la ricerca nel Mediterraneo. Da anni, la Norvegia è associata all'Unione nel programma quadro di ricerca.", 'it'],
    ]) {
      const before = extract({ text, language, partnerModel: false });
      expect(before.partners).toHaveLength(1);
      // p = 0.12: below the plain threshold, above the lower bar of a place with the EU close by
      expect(applyPartnerModel(before, text, model({ bias: -2 })).partners).toEqual(before.partners);
      expect(applyPartnerModel(before, text, model({ bias: -10 })).partners).toEqual([]);
    }
  });

  it('never adds a place the rules turned down for a reason, or one the text says is no party', () => {
    const text = 'Several partners signed 5G security memoranda with the United States. Egypt is not party to the memorandum.';
    const before = extract({ text, partnerModel: false });
    expect(before.partners).toEqual([]);
    expect(extract({ text }).partners).toEqual([]);
    // a model that would take every place takes both when nothing is fixed, and neither with the verdicts extract() passes
    const eager = model({ bias: 10 });
    expect(applyPartnerModel(before, text, eager).partners).toEqual(['country:EG', 'country:US']);
    expect(applyPartnerModel(before, text, eager, { mayAdd: new Set(), never: new Set(['country:EG']) }).partners).toEqual([]);
    expect(applyPartnerModel(before, text, eager, { mayAdd: new Set(['country:US', 'country:EG']), never: new Set(['country:EG']) }).partners).toEqual(['country:US']);
  });

  it('keeps what the rules read as a statement (a partner column, a footnote) whatever the model says', () => {
    const text = 'The EU and Kenya will cooperate on digital skills.';
    const before = extract({ text, partnerModel: false });
    const sceptic = model({ bias: -10 });
    expect(applyPartnerModel({ ...before, partners: ['country:KE', 'country:TZ'] }, text, sceptic, { keep: ['country:TZ'] }).partners).toEqual(['country:TZ']);
  });

  it('returns the same object when the model agrees with the rules', () => {
    expect(applyPartnerModel(rules, TEXT, model({ rule: 10, bias: -5 }))).toBe(rules);
  });

  it('gives a probability from the weights of the features present', () => {
    expect(partnerProbability(model({}), ['bias'])).toBe(0.5);
    expect(partnerProbability(model({ a: 2, b: -2 }), ['a', 'b', 'c'])).toBe(0.5);
    expect(partnerProbability(model({ a: 100 }), ['a'])).toBeCloseTo(1, 10);
  });

  it('ships trained weights with the window and threshold of its training', () => {
    expect(Object.keys(PARTNER_MODEL.weights).length).toBeGreaterThan(1000);
    expect(PARTNER_MODEL.window).toBe(80);
    expect(PARTNER_MODEL.threshold).toBeGreaterThan(0);
    expect(PARTNER_MODEL.threshold).toBeLessThan(1);
    expect(PARTNER_MODEL.euNearThreshold).toBeGreaterThan(0);
    expect(PARTNER_MODEL.euNearThreshold).toBeLessThan(PARTNER_MODEL.threshold);
  });
});
