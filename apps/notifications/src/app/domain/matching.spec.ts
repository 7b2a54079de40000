import { INITIATIVE_CREATED_V1, PARTNERSHIP_CREATED_V1, PARTNERSHIP_UPDATED_V1, SubscriptionFilter } from '@dpo/contracts';
import { deliveryKind, factsOf, matches, retryDelayMs } from './matching';

const makeSub = (filter: Partial<SubscriptionFilter> = {}, createdAt = new Date('2026-01-01T00:00:00Z')) => ({
  filter: { partners: [], areas: [], events: [INITIATIVE_CREATED_V1], ...filter } as SubscriptionFilter,
  createdAt,
});
const jpQuantum = factsOf(INITIATIVE_CREATED_V1, '2026-06-01T00:00:00Z', { partners: ['country:JP', 'country:KR'], areas: ['area:quantum'] });

describe('subscription matching', () => {
  it('matches on any shared partner and any shared area; empty lists match everything', () => {
    expect(matches(makeSub({ partners: ['country:JP'] }), jpQuantum)).toBe(true);
    expect(matches(makeSub({ partners: ['country:US'] }), jpQuantum)).toBe(false);
    expect(matches(makeSub({ partners: ['country:KR'], areas: ['area:quantum', 'area:ai'] }), jpQuantum)).toBe(true);
    expect(matches(makeSub({ partners: ['country:JP'], areas: ['area:ai'] }), jpQuantum)).toBe(false);
    expect(matches(makeSub(), jpQuantum)).toBe(true);
  });

  it('only sends the event types a subscriber asked for', () => {
    const partnership = factsOf(PARTNERSHIP_CREATED_V1, '2026-06-01T00:00:00Z', { partner: 'country:JP' });
    expect(matches(makeSub({ partners: ['country:JP'] }), partnership)).toBe(false);
    expect(matches(makeSub({ partners: ['country:JP'], events: [PARTNERSHIP_CREATED_V1] }), partnership)).toBe(true);
  });

  it('delivers partnership updates (new source, dates) only to those who asked for them, as plain events', () => {
    const update = factsOf(PARTNERSHIP_UPDATED_V1, '2026-06-01T00:00:00Z', { partner: 'country:IN', changes: ['since'] });
    expect(deliveryKind(makeSub({ partners: ['country:IN'], events: [PARTNERSHIP_CREATED_V1] }), update)).toBeNull();
    expect(deliveryKind(makeSub({ partners: ['country:IN'], events: [PARTNERSHIP_UPDATED_V1] }), update)).toBe('event');
    expect(deliveryKind(makeSub({ partners: ['country:JP'], events: [PARTNERSHIP_UPDATED_V1] }), update)).toBeNull();
  });

  it('never tells a subscriber about events from before it subscribed (replays)', () => {
    expect(matches(makeSub({}, new Date('2026-07-01T00:00:00Z')), jpQuantum)).toBe(false);
  });

  it('backs off exponentially with jitter', () => {
    expect(retryDelayMs(1, 5000, () => 0.5)).toBe(5000);
    expect(retryDelayMs(2, 5000, () => 0.5)).toBe(20_000);
    expect(retryDelayMs(3, 5000, () => 0)).toBe(64_000);
    expect(retryDelayMs(30, 5000, () => 0.5)).toBe(6 * 3600_000);
  });
});

describe('delivery kind', () => {
  const UPDATED = 'dpo.events.registry.initiative.updated.v1';
  it('tells a new-initiative subscriber once, when an initiative first matches, created or updated', () => {
    expect(deliveryKind(makeSub({ partners: ['country:JP'] }), jpQuantum)).toBe('new-match');
    const nowJapanToo = factsOf(UPDATED, '2026-06-02T00:00:00Z', { partners: ['region:lac', 'country:JP'], areas: [] });
    expect(deliveryKind(makeSub({ partners: ['country:JP'] }), nowJapanToo)).toBe('new-match');
    expect(deliveryKind(makeSub({ partners: ['country:US'] }), nowJapanToo)).toBeNull();
  });

  it('delivers every update to subscribers of updates', () => {
    const update = factsOf(UPDATED, '2026-06-02T00:00:00Z', { partners: ['country:JP'], areas: [] });
    expect(deliveryKind(makeSub({ partners: ['country:JP'], events: [UPDATED] }), update)).toBe('event');
  });
});
