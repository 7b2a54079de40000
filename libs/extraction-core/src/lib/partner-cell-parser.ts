import { isEuOrMemberState } from '@dpo/taxonomy';
import { DocumentContext, isPlace, mentionsIn } from './document-context';
import { Mention } from './gazetteer-matcher';

const GLOBAL = /(?:\b|(?<=\p{Ll}))(?:global|worldwide|world-wide|mondial|weltweit|mundial|globale)\b|全球|世界|グローバル|글로벌/iu;
const MULTILATERAL = /(?:\b|(?<=\p{Ll}))(?:multilateral|multilatéral|multilaterale|multi-lateral)\b|多边|多国間|다자/iu;

/**
 * Partner ids of a table's partner cell: countries and regions as named; international
 * bodies ("UN, OHCHR, UNESCO, OECD") and "Multilateral" stand for region:multilateral;
 * "Global" for region:global; the EU and member states are dropped.
 */
export function parsePartnerCell(ctx: DocumentContext, start: number, end: number): { ids: string[]; mentions: Mention[] } {
  const text = ctx.text.slice(start, end);
  const mentions = mentionsIn(ctx.places, start, end).filter(isPlace);
  const ids = new Set<string>();
  for (const m of mentions) {
    if (isEuOrMemberState(m.id)) continue;
    ids.add(m.kind === 'org' ? 'region:multilateral' : m.id);
  }
  if (MULTILATERAL.test(text)) ids.add('region:multilateral');
  if (GLOBAL.test(text)) ids.add('region:global');
  return { ids: [...ids].sort(), mentions };
}
