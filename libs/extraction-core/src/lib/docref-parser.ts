export interface FoundDocref {
  id: string;
  start: number;
  end: number;
}

const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  // COM(2026) 503 final, JOIN (2025) 140, SWD(2025)12, C (2024) 1181, (COM)2025 148
  [/\b(COM|JOIN|SWD|SEC|C)\s*\(\s*(\d{4})\s*\)\s*(\d{1,4})\b/g, (m) => `docref:${m[1].toLowerCase()}-${m[2]}-${+m[3]}`],
  [/\(\s*(COM|JOIN)\s*\)\s*(\d{4})\s+(\d{1,4})\b/g, (m) => `docref:${m[1].toLowerCase()}-${m[2]}-${+m[3]}`],
  [/\b(COM|JOIN|SWD)\/(\d{4})\/(\d{1,4})\b/g, (m) => `docref:${m[1].toLowerCase()}-${m[2]}-${+m[3]}`],
  // Regulation (EU) 2016/679, Regulation (EU)2024 2847, Directive (EU) 2022/2555, Decision (EU) 2022/2481
  [/\b(Regulation|Directive|Decision|Règlement|Verordnung|Reglamento|Regolamento|Directive|Richtlinie|Directiva|Direttiva|Décision|Beschluss|Decisión|Decisione)\s*\((EU|UE|EC|CE)\)\s*(?:No\s*)?(\d{4})\s*[/ ]\s*(\d{1,5})\b/gi, (m) => `docref:${kind(m[1])}-eu-${m[3]}-${+m[4]}`],
];

function kind(word: string): string {
  const w = word.toLowerCase();
  if (/^(regulation|règlement|verordnung|reglamento|regolamento)$/.test(w)) return 'reg';
  if (/^(directive|richtlinie|directiva|direttiva)$/.test(w)) return 'dir';
  return 'dec';
}

/** EU document references, normalised: JOIN(2025) 140 final -> docref:join-2025-140. */
/** "(EU)" and its variants: every act reference holds one, and looking for it first is much cheaper. */
const ACT_ANCHOR = /\((?:EU|UE|EC|CE)\)/gi;

export function findDocrefs(text: string): FoundDocref[] {
  const out: FoundDocref[] = [];
  for (const [k, [re, conv]] of PATTERNS.entries()) {
    re.lastIndex = 0;
    if (k === PATTERNS.length - 1) {
      // the act pattern starts with a case-insensitive word list that irregexp tries at every
      // character; run it only on a short window around each "(EU)"
      ACT_ANCHOR.lastIndex = 0;
      for (let a = ACT_ANCHOR.exec(text); a; a = ACT_ANCHOR.exec(text)) {
        let from = Math.max(0, a.index - 40);
        while (from > 0 && /\w/.test(text[from - 1])) from--;
        const window = text.slice(from, a.index + 40);
        re.lastIndex = 0;
        for (let m = re.exec(window); m; m = re.exec(window)) {
          const at = from + m.index;
          if (at > a.index || at + m[0].length <= a.index || out.some((d) => d.start <= at && d.end > at)) continue;
          out.push({ id: conv(m), start: at, end: at + m[0].length });
        }
      }
      continue;
    }
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (out.some((d) => m !== null && d.start <= m.index && d.end > m.index)) continue;
      out.push({ id: conv(m), start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
