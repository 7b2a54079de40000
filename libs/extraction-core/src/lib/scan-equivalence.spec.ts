import { nextActAnchor } from './docref-parser';
import { cjkAmounts, cjkAmountsByScan } from './money-parser';
import { countedLabels } from './labelled-partners';
import { endsTerminal } from './text-segmenter';

/**
 * Hand-written scans that replace a regular expression must find exactly what it finds: each is
 * checked on random strings built from the characters the pattern looks at.
 */
function randomStrings(alphabet: readonly string[], count: number, maxLength: number): string[] {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = next(maxLength); k > 0; k--) s += alphabet[next(alphabet.length)];
    out.push(s);
  }
  return out;
}

describe('scans that stand in for a pattern', () => {
  it('nextActAnchor finds every "(EU)", "(UE)", "(EC)", "(CE)" in any case, as /\\((?:EU|UE|EC|CE)\\)/gi does', () => {
    const re = /\((?:EU|UE|EC|CE)\)/gi;
    for (const s of randomStrings(['(', ')', 'E', 'U', 'C', 'e', 'u', 'c', 'x', ' ', 'É'], 3000, 40)) {
      const byScan: number[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) byScan.push(m.index);
      const found: number[] = [];
      for (let a = nextActAnchor(s, 0); a >= 0; a = nextActAnchor(s, a + 4)) found.push(a);
      expect(found).toEqual(byScan);
    }
  });

  it('endsTerminal tells a line that ends a sentence, as /[.!?:;。！？]["”’)]?\\s*$/ does on the trimmed line', () => {
    const re = /[.!?:;。！？]["”’)]?\s*$/;
    for (const s of randomStrings(['.', '!', '?', ':', ';', '。', '！', '？', '"', '”', '’', ')', ']', 'a', ' ', '\u00a0', '\t'], 3000, 8)) {
      const t = s.trim();
      expect([t, endsTerminal(t)]).toEqual([t, re.test(t)]);
    }
  });

  it('cjkAmounts finds the CJK amounts a global scan finds', () => {
    const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);
    const alphabet = ['1', '2', '0', '.', ' ', '　', '万', '亿', '萬', '億', '兆', '억', '조', '만', '欧元', '美元', '원', 'x', '，'];
    for (const s of randomStrings(alphabet, 3000, 24)) expect([s, spans(cjkAmounts(s))]).toEqual([s, spans(cjkAmountsByScan(s))]);
    expect(spans(cjkAmounts('欧盟计划投入1200亿欧元，另有3.5 万亿 美元和1.2.3万'))).toEqual([
      [6, '1200亿欧元'],
      [16, '3.5 万亿 美元'],
      [28, '2.3万'],
    ]);
  });

  it('countedLabels finds each article, count and partner noun the single pattern of 1.15.15 found', () => {
    const re =
      /\b(?:the|these|both|its|their|den|die|diesen|les|ces|ses|leurs|los|las|estos|sus|i|gli|questi|suoi)\s+(two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|deux|trois|quatre|cinq|sept|huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|[2-9])\s+(?:partner\s+countries|pilot\s+countries|beneficiary\s+countries|target\s+countries|(?:partner|pilot|ziel|empfänger)l(?:ä|a)nder[n]?|pays\s+(?:partenaires|pilotes|bénéficiaires)|países\s+(?:socios|piloto|beneficiarios|destinatarios)|paesi\s+(?:partner|pilota|beneficiari|destinatari))\b/giu;
    const alphabet = ['the', 'The', 'i', 'gli', 'les', 'den', 'x', 'è', 'two', 'THREE', 'tre', '3', ' ', '  ', '\n', ',', 'partner', 'countries',
      'Partnerländern', 'länder', 'paesi', 'pays partenaires', 'a', 'n', 'ſ'];
    for (const s of randomStrings(alphabet, 6000, 14)) {
      const bySingle: [number, string][] = [];
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) bySingle.push([m.index, m[1].toLowerCase()]);
      const COUNT: Record<string, number> = { two: 2, three: 3, tre: 3 };
      expect([s, countedLabels(s)]).toEqual([s, bySingle.map(([index, w]) => ({ n: COUNT[w] ?? Number(w), index }))]);
    }
    expect(countedLabels('Benin and Togo … the two pilot countries; aus den drei Partnerländern')).toEqual([
      { n: 2, index: 17 },
      { n: 3, index: 46 },
    ]);
  });
});
