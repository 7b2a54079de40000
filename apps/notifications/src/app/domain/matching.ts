import { SubscriptionFilter } from '@dpo/contracts';

export interface MatchableSubscription {
  filter: SubscriptionFilter;
  createdAt: Date;
}

/** What an event says about partners and areas: initiatives have lists, partnerships one partner. */
export interface EventFacts {
  type: string;
  time: Date;
  partners: string[];
  areas: string[];
}

export function factsOf(type: string, time: string, data: unknown): EventFacts {
  const d = (data ?? {}) as { partners?: unknown; partner?: unknown; areas?: unknown };
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    type,
    time: new Date(time),
    partners: typeof d.partner === 'string' ? [d.partner] : strings(d.partners),
    areas: strings(d.areas),
  };
}

export type DeliveryKind = 'event' | 'new-match';

const CREATED = 'dpo.events.registry.initiative.created.v1';
const UPDATED = 'dpo.events.registry.initiative.updated.v1';

/**
 * How a subscription hears of an event, if at all. Subscribers to new initiatives get one
 * `new-match` notice per initiative: from its created event, or from the first update that
 * makes it match (a later source added their partner or area). Other subscribed types are
 * delivered as they come.
 */
export function deliveryKind(sub: MatchableSubscription, e: EventFacts): DeliveryKind | null {
  const wants = (t: string) => sub.filter.events.includes(t as SubscriptionFilter['events'][number]);
  if (e.type === UPDATED && !wants(UPDATED) && wants(CREATED)) {
    return matches({ ...sub, filter: { ...sub.filter, events: [CREATED] } }, { ...e, type: CREATED }) ? 'new-match' : null;
  }
  if (!matches(sub, e)) return null;
  return e.type === CREATED ? 'new-match' : 'event';
}

/**
 * A subscription matches when it asked for this event type, each non-empty filter
 * list shares at least one id with the event, and it existed when the event
 * happened: replaying old events never tells a newer subscriber about the past.
 */
export function matches(sub: MatchableSubscription, e: EventFacts): boolean {
  if (!sub.filter.events.includes(e.type as SubscriptionFilter['events'][number])) return false;
  if (sub.createdAt.getTime() > e.time.getTime()) return false;
  const partnersOk = sub.filter.partners.length === 0 || sub.filter.partners.some((p) => e.partners.includes(p));
  const areasOk = sub.filter.areas.length === 0 || sub.filter.areas.some((a) => e.areas.includes(a));
  return partnersOk && areasOk;
}

/** Exponential backoff with ±20 % jitter, capped at six hours. */
export function retryDelayMs(attempt: number, baseMs: number, random = Math.random): number {
  const raw = Math.min(6 * 3600_000, baseMs * 4 ** Math.max(0, attempt - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}
