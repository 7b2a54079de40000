import { mergeInitiative, InitiativeState } from './merge';

const makeState = (over: Partial<InitiativeState> = {}): InitiativeState => ({
  title: 'EU-Japan Quantum Computing Collaboration',
  description: null,
  partners: ['country:JP'],
  areas: ['area:quantum'],
  instruments: [],
  timeline: null,
  money: [],
  ...over,
});

describe('mergeInitiative', () => {
  it('changes nothing when the same facts arrive again', () => {
    const s = makeState({ timeline: { raw: '2026-2029', start: '2026', end: '2029', recurrence: 'continuous' } });
    expect(mergeInitiative(s, s).changes).toEqual([]);
  });

  it('adds partners and areas from a second source without dropping any', () => {
    const { next, changes } = mergeInitiative(makeState(), makeState({ partners: ['country:KR'], areas: ['area:hpc'] }));
    expect(next.partners).toEqual(['country:JP', 'country:KR']);
    expect(next.areas).toEqual(['area:hpc', 'area:quantum']);
    expect(changes).toEqual(['partners', 'areas']);
  });

  it('fills a missing timeline but never overwrites a known one', () => {
    const t1 = { raw: '2026-2029', start: '2026', end: '2029', recurrence: 'continuous' as const };
    const t2 = { raw: '2030', start: '2030', end: null, recurrence: 'one-off' as const };
    expect(mergeInitiative(makeState(), makeState({ timeline: t1 })).next.timeline).toEqual(t1);
    expect(mergeInitiative(makeState({ timeline: t1 }), makeState({ timeline: t2 })).next.timeline).toEqual(t1);
  });

  it('adds new amounts of money once', () => {
    const m = { raw: 'EUR 20 million', amount: 20_000_000, currency: 'EUR' };
    const once = mergeInitiative(makeState(), makeState({ money: [m] }));
    expect(once.changes).toEqual(['money']);
    expect(mergeInitiative(once.next, makeState({ money: [m] })).changes).toEqual([]);
  });
});
