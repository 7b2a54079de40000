import { isEuOrMemberState } from '@dpo/taxonomy';
import { DocumentContext, idsIn, mentionsIn } from './document-context';
import { Mention } from './gazetteer-matcher';
import { Timeline } from './extraction.types';
import { findMoney } from './money-parser';
import { NamedInitiative } from './named-initiative-recognizer';
import { parsePartnerCell } from './partner-cell-parser';
import { isHeadingLine, segmentAt } from './text-segmenter';
import { findTimelineInText, parseTimeline } from './timeline-parser';
import { TableRow } from './table-parser';

/** An initiative in normalised offsets, before spans are mapped back to the input text. */
export interface InitiativeDraft {
  title: string;
  knownId: string | null;
  description: string | null;
  partners: Set<string>;
  areas: Set<string>;
  timeline: Timeline | null;
  instruments: Set<string>;
  start: number;
  end: number;
  /** table rows are never merged with each other, even with the same title */
  fromTable: boolean;
}

const ACTIONS = /^\s*(?:[-•]\s*)?(?:Examples? of (?:forthcoming|planned|future|key) actions?|Key actions|Forthcoming actions|Next steps|Exemples? d['’]actions|Actions à venir|Beispiele für (?:künftige|geplante) Maßnahmen|Ejemplos de (?:acciones|medidas)|Esempi di azioni|今后行动|行动示例|主要行动|今後の取組|今後の行動|향후 조치|주요 조치)[^:：\n]*[:：]?/i;
const BULLET = /^\s*(?:[-•●◆▪■*–]|\d{1,2}[.)])\s+/;

const isArea = (m: Mention): boolean => m.kind === 'area';
const isInstrument = (m: Mention): boolean => m.kind === 'instrument';

function areasIn(ctx: DocumentContext, from: number, to: number): string[] {
  return idsIn(ctx.mentions, from, to, isArea);
}

function placesAsPartners(ctx: DocumentContext, from: number, to: number, onlyPartnerRole: boolean): string[] {
  return idsIn(ctx.places, from, to, (m) => m.kind !== 'org' && !isEuOrMemberState(m.id) && (!onlyPartnerRole || ctx.roles.get(m) === 'partner'));
}

function instrumentsIn(ctx: DocumentContext, from: number, to: number): string[] {
  return idsIn(ctx.mentions, from, to, isInstrument);
}

/** How far into an item its named initiative may start and still be what the item is about. */
const NAME_LEAD = 60;

/**
 * A short title for a free-text item: the named initiative it opens with ("MEDUSA cable: …"), else its first clause. A
 * name further on is only referred to ("… based on the EU Digital Identity Wallet specifications"): two actions that
 * mention one programme are still two actions.
 */
function titleFor(ctx: DocumentContext, from: number, to: number, named: readonly NamedInitiative[]): { title: string; id: string | null } {
  const n = mentionsIn(named, from, to)[0];
  if (n && n.start - from <= NAME_LEAD) return { title: n.name, id: n.id };
  const inst = mentionsIn(ctx.mentions, from, to).find((m) => m.kind === 'instrument');
  if (inst) {
    const before = ctx.text.slice(Math.max(from, inst.start - 40), inst.start);
    const prefix = /(?:(?:EU|[\p{Lu}][\p{L}'’]*|and|the)[\s\-–]*)+$/u.exec(before);
    return { title: `${prefix ? prefix[0] : ''}${ctx.text.slice(inst.start, inst.end)}`.replace(/^the\s+/i, '').trim(), id: null };
  }
  const text = ctx.text.slice(from, to).replace(BULLET, '');
  const clause = text.split(/[.;:]\s|,\s(?=which|that|to|in order)/)[0];
  const w = clause.split(/\s+/);
  return { title: (w.length > 14 ? `${w.slice(0, 14).join(' ')}…` : clause).trim(), id: null };
}

/**
 * The tables of figures: two rows or more after the first, each giving figures alone ("ジョージア｜31,000人｜27.4％" under an
 * unrecognised "国名｜IT産業就業者数｜…", whose header is read as the first row). Their rows, the first too, are statistics, not initiatives (1.15.52).
 */
function tablesOfFigures(rows: readonly TableRow[]): Set<number> {
  const seen = new Set<number>();
  const notFigures = new Set<number>();
  const counted = new Map<number, number>();
  for (const row of rows) {
    if (!seen.has(row.table)) {
      seen.add(row.table);
      continue;
    }
    counted.set(row.table, (counted.get(row.table) ?? 0) + 1);
    if (!row.figures) notFigures.add(row.table);
  }
  const out = new Set<number>();
  for (const [table, n] of counted) if (n >= 2 && !notFigures.has(table)) out.add(table);
  return out;
}

function tableInitiatives(ctx: DocumentContext, named: readonly NamedInitiative[]): InitiativeDraft[] {
  const out: InitiativeDraft[] = [];
  const figures = tablesOfFigures(ctx.tableRows);
  for (const row of ctx.tableRows) {
    if (figures.has(row.table)) continue;
    let title = row.title.text;
    let titleRange: [number, number] = [row.title.start, row.title.end];
    let knownId: string | null = null;
    if (row.shifted && row.description) {
      const t = titleFor(ctx, row.description.start, row.description.end, named);
      title = t.title;
      knownId = t.id;
      const at = ctx.text.indexOf(title, row.description.start);
      titleRange = at >= 0 && at < row.description.end ? [at, at + title.length] : [row.description.start, row.description.start];
    } else if (title.length > 110) {
      title = title.split(/\.\s/)[0].replace(/\.$/, '');
    }
    // a row whose title is a figure ("| Canada(2) | 87 | 19.4 |" under "Associated country | Participations") names partners, no initiative
    if (!/\p{L}/u.test(title)) continue;
    const partners = new Set<string>(row.partner ? parsePartnerCell(ctx, row.partner.start, row.partner.end).ids : []);
    if (!row.others) for (const id of placesAsPartners(ctx, titleRange[0], titleRange[1], false)) if (id.startsWith('country:')) partners.add(id);
    const areas = new Set<string>([...areasIn(ctx, row.headingStart, row.headingEnd), ...areasIn(ctx, row.title.start, row.end)]);
    out.push({
      title: title.replace(/\s+/g, ' ').trim(),
      knownId,
      description: row.description?.text ?? null,
      partners,
      areas,
      timeline: row.timeline ? parseTimeline(row.timeline.text) : null,
      instruments: new Set(instrumentsIn(ctx, row.start, row.end)),
      start: row.start,
      end: row.end,
      fromTable: true,
    });
  }
  return out;
}

function actionItems(ctx: DocumentContext, named: readonly NamedInitiative[]): InitiativeDraft[] {
  const out: InitiativeDraft[] = [];
  const lines = ctx.lines;
  for (let i = 0; i < lines.length; i++) {
    const head = ACTIONS.exec(lines[i].text);
    if (!head) continue;
    const sectionAreas = areasIn(ctx, lines[i].start, lines[i].start + head[0].length);
    const items: [number, number][] = [];
    if (lines[i].text.slice(head[0].length).trim().length > 20) items.push([lines[i].start + head[0].length, lines[i].end]);
    for (let k = i + 1; k < lines.length; k++) {
      const t = lines[k].text;
      if (!t.trim()) {
        if (k + 1 < lines.length && BULLET.test(lines[k + 1].text)) continue;
        break;
      }
      if (t.includes('|') || ACTIONS.test(t) || (isHeadingLine(t) && !BULLET.test(t)) || /^\s*\d{1,2}\.\s+\p{Lu}[^.]{0,80}$/u.test(t)) break;
      items.push([lines[k].start, lines[k].end]);
    }
    for (const [from, to] of items) {
      const { title, id } = titleFor(ctx, from, to, named);
      const text = ctx.text.slice(from, to);
      out.push({
        title,
        knownId: id,
        description: text.replace(BULLET, '').trim(),
        partners: new Set(placesAsPartners(ctx, from, to, true)),
        areas: new Set([...sectionAreas, ...areasIn(ctx, from, to)]),
        timeline: findTimelineInText(text),
        instruments: new Set(instrumentsIn(ctx, from, to)),
        start: from,
        end: to,
        fromTable: false,
      });
    }
  }
  return out;
}

function namedInProse(ctx: DocumentContext, named: readonly NamedInitiative[]): InitiativeDraft[] {
  return named.map((n) => {
    // sentences are sorted and disjoint: the one that can hold the name is the last starting at or before it
    const c = ctx.sentences[segmentAt(ctx.sentences, n.start)];
    const s = c && c.end >= n.end ? c : undefined;
    const [from, to] = s ? [s.start, s.end] : [n.start, n.end];
    return {
      title: n.name,
      knownId: n.id,
      description: null,
      partners: new Set(placesAsPartners(ctx, from, to, true)),
      areas: new Set(areasIn(ctx, from, to)),
      timeline: findTimelineInText(ctx.text.slice(from, to)),
      instruments: new Set(instrumentsIn(ctx, from, to)),
      start: n.start,
      end: n.end,
      fromTable: false,
    };
  });
}

/** Initiatives from cooperation tables, "Examples of forthcoming actions" lists and named initiatives in prose. */
export function extractInitiatives(ctx: DocumentContext, named: readonly NamedInitiative[]): InitiativeDraft[] {
  return [...tableInitiatives(ctx, named), ...actionItems(ctx, named), ...namedInProse(ctx, named)];
}

export function moneyIn(ctx: DocumentContext, d: InitiativeDraft): ReturnType<typeof findMoney> {
  return findMoney(ctx.text.slice(d.start, d.end));
}
