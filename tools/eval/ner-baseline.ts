import { countryNames, REGIONS } from '@dpo/taxonomy';
import nlp from 'compromise';

/**
 * A generic NER baseline: compromise's places mapped to country and region ids (every
 * place counts as a partner: a generic NER has no notion of roles), its organisations as
 * initiative names. No instruments, no areas.
 */
export function baselineExtract(text: string): { partners: string[]; instruments: []; initiatives: { title: string }[]; areas: [] } {
  const names = countryNames('en');
  const regions = new Map<string, string>();
  for (const r of REGIONS) for (const n of r.names.en ?? []) regions.set(n.toLowerCase(), r.id);
  const doc = nlp(text);
  const partners = new Set<string>();
  for (const raw of doc.places().out('array') as string[]) {
    const place = raw.replace(/[.,;:!?]+$/, '').replace(/^the\s+/i, '').trim();
    const code = names.get(place);
    if (code) partners.add(`country:${code}`);
    const region = regions.get(place.toLowerCase());
    if (region) partners.add(region);
  }
  const orgs = (doc.organizations().out('array') as string[]).map((o) => ({ title: o.replace(/[.,;:!?]+$/, '') }));
  return { partners: [...partners].sort(), instruments: [], initiatives: orgs, areas: [] };
}
