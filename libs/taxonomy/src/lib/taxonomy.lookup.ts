import { countryLabel } from './countries';
import { AREAS } from './data/areas.data';
import { EU_MEMBER_STATES } from './data/countries.data';
import { KNOWN_INITIATIVES } from './data/initiatives.data';
import { INSTRUMENT_TYPES } from './data/instruments.data';
import { LEGAL_ACTS } from './data/legal-acts.data';
import { ORGANISATIONS } from './data/organisations.data';
import { REGIONS } from './data/regions.data';

const labels = new Map<string, string>(
  [...REGIONS, ...ORGANISATIONS, ...INSTRUMENT_TYPES, ...AREAS, ...LEGAL_ACTS, ...KNOWN_INITIATIVES].map((i) => [i.id, i.label]),
);

/** Display name of a canonical id; ids are keys, labels are only for people. */
export function displayName(id: string): string {
  if (id.startsWith('country:')) return countryLabel(id.slice(8));
  return labels.get(id) ?? id;
}

/** The EU itself and its member states are never partners of the EU. */
export function isEuOrMemberState(id: string): boolean {
  return id === 'org:eu' || (id.startsWith('country:') && EU_MEMBER_STATES.has(id.slice(8)));
}

export const AREA_IDS: readonly string[] = AREAS.map((a) => a.id);
export const REGION_IDS: readonly string[] = REGIONS.map((r) => r.id);
export const INSTRUMENT_TYPE_IDS: readonly string[] = INSTRUMENT_TYPES.map((i) => i.id.slice('instrument:'.length));
