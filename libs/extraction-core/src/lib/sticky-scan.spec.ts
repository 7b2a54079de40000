import { stickyMatches } from './sticky-scan';

function globalScan(re: RegExp, text: string): string[] {
  const out: string[] = [];
  const g = new RegExp(re.source, re.flags.replace('y', '') + 'g');
  for (let m = g.exec(text); m; m = g.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

function sticky(re: RegExp, text: string, nextStart: (from: number) => number): string[] {
  const out: string[] = [];
  stickyMatches(re, text, nextStart, (m, start) => out.push(`${start}:${m[0]}`));
  return out;
}

describe('stickyMatches (a global scan, tried only where a match can start)', () => {
  const texts = ['Team Europe Central Asia Initiative and Team Europe Team Europe Africa Initiative', 'abab abba ab', '', 'COM(2025) 1, (COM)2024 12 and COM (2023) 7'];

  it('finds what the global scan finds when every position is a candidate', () => {
    const re = /ab|ba|Team Europe(?: \w+){1,3} Initiative|\(?COM\)?\s*\(?\d{4}\)?/y;
    for (const t of texts) expect(sticky(re, t, (from) => (from < t.length ? from : -1))).toEqual(globalScan(re, t));
  });

  it('finds the same when only the starts of a literal are candidates, overlapping ones included', () => {
    const re = /Team Europe(?: [A-Z]\w+){1,3} Initiative/y;
    for (const t of texts) expect(sticky(re, t, (from) => t.indexOf('Team Europe', from))).toEqual(globalScan(re, t));
    expect(sticky(re, texts[0], (from) => texts[0].indexOf('Team Europe', from))).toEqual(['0:Team Europe Central Asia Initiative', '40:Team Europe Team Europe Africa Initiative']);
  });
});
