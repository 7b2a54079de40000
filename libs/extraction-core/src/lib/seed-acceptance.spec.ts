import { readFileSync } from 'node:fs';
import { extract } from './extract';
import { loadFixture, normId, scoreAnnex, seedPath } from './testing/seed-scoring';

describe('seed acceptance (scored like score-extraction.py)', () => {
  const fixture = loadFixture();
  const results = new Map(['000', '001', '002', '003'].map((p) => {
    const file = seedPath(p);
    return [file.split('/').pop() ?? p, extract({ text: readFileSync(file, 'utf8') })];
  }));
  const r001 = [...results.entries()].find(([f]) => f.startsWith('001'))?.[1];

  it('finds at least 48 of the 50 annex rows of seed 001, 45 with exact partners and 45 with exact timelines', () => {
    expect(r001).toBeDefined();
    if (!r001) return;
    const s = scoreAnnex(fixture, r001);
    expect(s.found).toBeGreaterThanOrEqual(48);
    expect(s.partners).toBeGreaterThanOrEqual(45);
    expect(s.timelines).toBeGreaterThanOrEqual(45);
  });

  // the bars above are the issue's; this one holds what the extractor reaches today, so that a row lost (50 -> 49 exact partners
  // went unnoticed under the bar of 45 once) fails here rather than only in the evaluation diff
  it('regression guard: all 50 annex rows of seed 001 found, every one with exact partners and exact timeline', () => {
    const s = r001 ? scoreAnnex(fixture, r001) : null;
    expect(s && { found: s.found, partners: s.partners, timelines: s.timelines }).toEqual({ found: 50, partners: 50, timelines: 50 });
  });

  it('finds at least 90% of the (instrument, partner) pairs across the seeds', () => {
    const predicted = new Set([...results.values()].flatMap((r) => r.instruments.map((i) => `${i.type}|${normId(i.partner)}`)));
    const gold = fixture.partnerships.rows.flatMap((row) => row.partners.map((p) => `${row.type}|${normId(p)}`));
    const missing = gold.filter((g) => !predicted.has(g));
    expect(missing).toEqual([]);
    expect((gold.length - missing.length) / gold.length).toBeGreaterThanOrEqual(0.9);
  });

  it('never lists a threat or comparison country as a partner of its document', () => {
    for (const row of fixture.notPartners.rows) {
      const partners = results.get(row.source)?.partners ?? [];
      expect(partners.filter((p) => row.ids.includes(p))).toEqual([]);
    }
  });

  it('reads the reference, date and title of seed 001', () => {
    expect(r001?.reference).toBe('docref:join-2025-140');
    expect(r001?.date).toBe('2025-06-05');
    expect(r001?.title).toBe('An International Digital Strategy for the European Union');
  });
});
