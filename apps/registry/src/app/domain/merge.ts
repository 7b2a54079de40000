import { Money, Timeline } from '@dpo/contracts';

export interface InitiativeState {
  title: string;
  description: string | null;
  partners: string[];
  areas: string[];
  instruments: string[];
  timeline: Timeline | null;
  money: Money[];
}

export type InitiativeChange = 'partners' | 'areas' | 'instruments' | 'timeline' | 'money' | 'description';

const sortedUnion = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Merge what a document says about an initiative into what the registry knows.
 * Sets grow (a second source can add partners, never remove them); a timeline
 * or description is filled in when missing, never overwritten by another source.
 * Merging the same facts twice changes nothing, which makes replays harmless.
 */
export function mergeInitiative(current: InitiativeState, incoming: InitiativeState): { next: InitiativeState; changes: InitiativeChange[] } {
  const changes: InitiativeChange[] = [];
  const partners = sortedUnion(current.partners, incoming.partners);
  if (!sameSet(partners, [...current.partners].sort())) changes.push('partners');
  const areas = sortedUnion(current.areas, incoming.areas);
  if (!sameSet(areas, [...current.areas].sort())) changes.push('areas');
  const instruments = sortedUnion(current.instruments, incoming.instruments);
  if (!sameSet(instruments, [...current.instruments].sort())) changes.push('instruments');
  let timeline = current.timeline;
  if (!timeline && incoming.timeline) {
    timeline = incoming.timeline;
    changes.push('timeline');
  }
  let description = current.description;
  if (!description && incoming.description) {
    description = incoming.description;
    changes.push('description');
  }
  const seen = new Set(current.money.map((m) => `${m.amount}:${m.currency}`));
  const newMoney = incoming.money.filter((m) => !seen.has(`${m.amount}:${m.currency}`));
  const money = [...current.money, ...newMoney];
  if (newMoney.length) changes.push('money');
  return { next: { title: current.title, description, partners, areas, instruments, timeline, money }, changes };
}

/** Normalise a list query's area: `quantum` and `area:quantum` mean the same. */
export function normaliseArea(area: string | undefined): string | undefined {
  if (!area) return undefined;
  return area.startsWith('area:') ? area : `area:${area}`;
}
