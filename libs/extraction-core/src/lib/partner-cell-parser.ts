import { isEuOrMemberState } from '@dpo/taxonomy';
import { DocumentContext, isPlace, mentionsIn } from './document-context';
import { matcherFor, Mention } from './gazetteer-matcher';
import { EU_WORD } from './foreign-cooperation';
import { Cell, TableRow } from './table-parser';

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

/** Only an article between a cell's start and its first name. */
const LEADING_ARTICLE = /^\s*(?:the|la|el|le|l['’]|die|der|il|los|las)?\s*$/i;

/** The place a partner cell starts with ("Unión Europea (con Jamaica y Panamá)" → the EU), or null. */
function leadingPlace(ctx: DocumentContext, cell: Cell): Mention | null {
  const first = mentionsIn(ctx.places, cell.start, cell.end)[0];
  return first && LEADING_ARTICLE.test(ctx.text.slice(cell.start, first.start)) ? first : null;
}

/** Two places joined as a pair in a table's heading: "中国与部分东盟国家", "Japan–ASEAN", "Japan and ASEAN", "日本と韓国". */
const PAIR_GAP = /^\s*(?:[-–—‐·/]|与|和|同|及|と|과|와|and|et|und|y|e)\s*(?:部分|一些|some|the|les|die|los|gli|i)?\s*$/i;

/** The heading of the table names two others as a pair and no EU ("表1 2025年中国与部分东盟国家数字合作重点"): their table, not the EU's. */
function headedByOthers(ctx: DocumentContext, row: TableRow): boolean {
  if (row.headingEnd <= row.headingStart || EU_WORD.test(ctx.text.slice(row.headingStart, row.headingEnd))) return false;
  const named = mentionsIn(ctx.places, row.headingStart, row.headingEnd);
  if (named.some((m) => isEuOrMemberState(m.id))) return false;
  for (let i = 1; i < named.length; i++) if (named[i].id !== named[i - 1].id && PAIR_GAP.test(ctx.text.slice(named[i - 1].end, named[i].start))) return true;
  return false;
}

/** A funder cell that names places and none of them the EU or a member state ("| UAE technology group |", "| Qatari investment authority |"). */
function fundedByOthers(ctx: DocumentContext, cell: Cell): boolean {
  if (EU_WORD.test(cell.text)) return false;
  // the cell read again for adjectives of nationality, which the document's pass keeps only next to a word for a state
  // ("Saudi telecom operator", "Emirati sovereign fund" say who invests as well as "Qatari investment authority")
  const named = matcherFor(ctx.languages).match(cell.text).filter((m) => isPlace(m) || m.kind === 'demonym');
  return named.length > 0 && !named.some((m) => isEuOrMemberState(m.id));
}

/** "None of these countries …" right after a table (blank lines and its last bar aside), in the five Latin languages. */
const NONE_OF_THESE =
  /^[\s|]*(?:none\s+of\s+(?:these|the)\s+(?:countries|states|governments)|aucun\s+de\s+ces\s+(?:pays|États)|keine?s?\s+dieser\s+(?:Länder|Staaten)|ninguno\s+de\s+(?:estos|los)\s+(?:países|Estados)|nessuno\s+di\s+questi\s+(?:paesi|Stati))\b/i;

/**
 * Partner cells that name no partner of the EU are dropped:
 * - a partner column in which some row names the EU or a member state alone ("| Unión Europea |", "| España (AECID) |") says who
 *   funds or runs each row, with the EU as one of them: a row led by another country ("| Estados Unidos |", "| Corea (KOICA) |")
 *   is that country's own project. A row led by the EU keeps the partners it names ("Unión Europea (con Jamaica y Panamá)");
 *   "EU-Japan" is a pair, not the EU alone.
 * - a table headed by a pair of others and no EU ("中国与部分东盟国家数字合作重点") lists their cooperation.
 * - a row whose funder column names others alone ("| Kigali data-centre campus | Rwanda | Qatari investment authority |") is
 *   their project in that country, whoever else the table lists.
 */
export function dropOthersCells(ctx: DocumentContext): void {
  const euLed = new Set<number>();
  // per table, whether its heading names a pair of others: asked once, at its first row with a partner cell
  const headed = new Map<number, boolean>();
  const leads = ctx.tableRows.map((row) => {
    const lead = row.partner ? leadingPlace(ctx, row.partner) : null;
    // the EU alone (an agency in brackets aside: "España (AECID)"), not "EU and EU candidate countries", "EU-Japan"
    if (lead && row.partner && isEuOrMemberState(lead.id) && mentionsIn(ctx.places, row.partner.start, row.partner.end).every((m) => isEuOrMemberState(m.id))) euLed.add(row.table);
    if (row.partner && !headed.has(row.table)) headed.set(row.table, headedByOthers(ctx, row));
    return lead;
  });
  const others = new Set([...headed].filter(([, yes]) => yes).map(([table]) => table));
  // a table followed by "None of these countries negotiated its law with Brussels": its countries act on their own (1.15.46)
  const lastEnd = new Map<number, number>();
  for (const row of ctx.tableRows) if (row.partner) lastEnd.set(row.table, Math.max(lastEnd.get(row.table) ?? 0, row.end));
  for (const [table, end] of lastEnd) if (NONE_OF_THESE.test(ctx.text.slice(end, end + 120))) others.add(table);
  const funded = ctx.tableRows.some((r) => r.funder);
  if (euLed.size === 0 && others.size === 0 && !funded) return;
  ctx.tableRows.forEach((row, i) => {
    const lead = leads[i];
    if (others.has(row.table) || (funded && row.funder && fundedByOthers(ctx, row.funder)) || (lead && euLed.has(row.table) && lead.kind === 'country' && !isEuOrMemberState(lead.id))) {
      row.partner = null;
      row.others = true;
    }
  });
}
