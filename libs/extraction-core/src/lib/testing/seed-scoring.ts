import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExtractionResult } from '../extraction.types';

/** Repository root (libs/extraction-core/src/lib/testing -> repo). */
export const REPO_ROOT = resolve(__dirname, '../../../../..');

export interface SeedFixture {
  annexInitiatives: { source: string; rows: { title: string; partners: string[]; timeline: { start: string | null; end: string | null; recurrence: string } }[] };
  partnerships: { rows: { type: string; partners: string[] }[] };
  notPartners: { rows: { source: string; ids: string[] }[] };
}

/** The shared seed fixture, read from ../shared relative to the repository root. */
export function loadFixture(): SeedFixture {
  const path = resolve(REPO_ROOT, '../shared/fixtures/seed-expectations.json');
  if (!existsSync(path)) throw new Error(`seed fixture not found at ${path}: the acceptance test needs /work/shared/fixtures/seed-expectations.json next to the repository`);
  return JSON.parse(readFileSync(path, 'utf8')) as SeedFixture;
}

export function seedPath(prefix: string): string {
  for (const dir of [resolve(REPO_ROOT, 'seeds'), resolve(REPO_ROOT, '../shared/seeds')]) {
    if (!existsSync(dir)) continue;
    const name = readdirSync(dir).find((f) => f.startsWith(prefix));
    if (name) return resolve(dir, name);
  }
  throw new Error(`seed ${prefix}_*.txt not found in seeds/ or ../shared/seeds/`);
}

// The same title matching as /work/shared/tools/score-extraction.py.
function normText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\u2010-\u2015\-–—/]/g, ' ').replace(/[^\p{L}\p{N}_\s²]/gu, ' ').replace(/\s+/g, ' ').trim();
}
const STOP = new Set(['the', 'and', 'of', 'eu', 'in', 'for', 'on', 'to', 'with']);
function tokens(s: string): Set<string> {
  return new Set(normText(s).split(' ').filter((t) => t.length > 1 && !STOP.has(t)));
}
export function nameMatches(gold: string, predicted: string): boolean {
  const gs = normText(gold).replace(/ /g, '');
  const ps = normText(predicted).replace(/ /g, '');
  if (!gs || !ps) return false;
  if (gs === ps || (gs.length >= 4 && ps.includes(gs)) || (ps.length >= 6 && gs.includes(ps))) return true;
  const gt = tokens(gold);
  const pt = tokens(predicted);
  const inter = [...gt].filter((t) => pt.has(t)).length;
  const union = new Set([...gt, ...pt]).size;
  return union > 0 && inter / union >= 0.6;
}

export function normId(id: string): string {
  const [kind, val] = id.split(':');
  if (kind === 'country') return val.toUpperCase();
  return val === 'smart-africa' ? 'africa' : val;
}

export function scoreAnnex(fixture: SeedFixture, result: ExtractionResult): { found: number; partners: number; timelines: number } {
  const used = new Set<number>();
  let found = 0;
  let partners = 0;
  let timelines = 0;
  for (const row of fixture.annexInitiatives.rows) {
    const gold = new Set(row.partners.map(normId));
    let best: { score: number; k: number; same: boolean } | null = null;
    result.initiatives.forEach((p, k) => {
      if (used.has(k) || !nameMatches(row.title, p.title)) return;
      const got = new Set(p.partners.map(normId));
      const inter = [...got].filter((x) => gold.has(x)).length;
      const score = inter - (got.size + gold.size - 2 * inter);
      if (!best || score > best.score) best = { score, k, same: inter === got.size && inter === gold.size };
    });
    if (!best) continue;
    const b: { score: number; k: number; same: boolean } = best;
    used.add(b.k);
    found++;
    if (b.same) partners++;
    const t = result.initiatives[b.k].timeline;
    if (t && t.start === row.timeline.start && t.end === row.timeline.end && t.recurrence === row.timeline.recurrence) timelines++;
  }
  return { found, partners, timelines };
}
