import { countryLabel } from './countries';
import { AREAS } from './data/areas.data';
import { EU_MEMBER_STATES, EU_OUTERMOST_REGIONS, MEMBER_STATE_TERRITORIES } from './data/countries.data';
import { KNOWN_INITIATIVES } from './data/initiatives.data';
import { INSTRUMENT_TYPES } from './data/instruments.data';
import { LEGAL_ACTS } from './data/legal-acts.data';
import { EU_BODIES, ORGANISATIONS } from './data/organisations.data';
import { REGIONS } from './data/regions.data';

const labels = new Map<string, string>(
  [...REGIONS, ...ORGANISATIONS, ...INSTRUMENT_TYPES, ...AREAS, ...LEGAL_ACTS, ...KNOWN_INITIATIVES].map((i) => [i.id, i.label]),
);

/** Display name of a canonical id; ids are keys, labels are only for people. */
export function displayName(id: string): string {
  if (id.startsWith('country:')) return countryLabel(id.slice(8));
  return labels.get(id) ?? id;
}

/** Full ids of the EU, its bodies, its member states, their outermost regions and France's overseas collectivities: extraction asks once per place mention, and slicing the code out of each id was garbage. */
const EU_IDS: ReadonlySet<string> = new Set(['org:eu', ...EU_BODIES, ...[...EU_MEMBER_STATES, ...EU_OUTERMOST_REGIONS, ...MEMBER_STATE_TERRITORIES].map((code) => `country:${code}`)]);

/**
 * The EU itself, its bodies (ENISA, the EIB), its member states, their outermost regions (Réunion, French Guiana) and France's overseas
 * collectivities (New Caledonia, French Polynesia) are never partners of the EU.
 */
export function isEuOrMemberState(id: string): boolean {
  return EU_IDS.has(id);
}

export const AREA_IDS: readonly string[] = AREAS.map((a) => a.id);
export const REGION_IDS: readonly string[] = REGIONS.map((r) => r.id);
export const INSTRUMENT_TYPE_IDS: readonly string[] = INSTRUMENT_TYPES.map((i) => i.id.slice('instrument:'.length));
