import { detect } from 'tinyld';

export interface DetectedLanguages {
  /** ISO 639-1 code of the dominant language, or 'und'. */
  language: string;
  /** Every language found in some section, heaviest first. */
  languages: string[];
}

type Script = 'cjk' | 'hangul' | 'alpha';

interface ScriptRun {
  script: Script;
  text: string;
  letters: number;
  kana: number;
}

/** tinyld is unreliable on fragments; shorter alphabetic runs are ignored. */
const MIN_ALPHA_LETTERS = 20;
/**
 * Below this, a run (typically a heading) may only confirm a language found elsewhere:
 * tinyld calls "EU–Korea Digital Partnership Council" French.
 */
const CONFIDENT_ALPHA_LETTERS = 40;
const MIN_CJK_CHARS = 2;
/** Caps detection work on huge documents; sections are sampled evenly across the text. */
const MAX_SECTIONS = 400;
const MAX_SECTION_CHARS = 2_000;

const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const LETTER = /\p{L}/u;

function scriptOf(ch: string): Script | null {
  if (HANGUL.test(ch)) return 'hangul';
  if (HAN.test(ch) || KANA.test(ch)) return 'cjk';
  if (LETTER.test(ch)) return 'alpha';
  return null;
}

/** Sections: paragraphs (blank lines) and Markdown-style headings start a new section. */
function splitSections(text: string): string[] {
  return text
    .split(/\n[ \t]*\n|\n(?=#{1,6}\s)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Splits a section into runs of one script. Needed because a paragraph can mix a Chinese
 * sentence with an English one, and tinyld returns a single answer per call.
 * Neutral characters (digits, punctuation, spaces) stay with the current run.
 */
function scriptRuns(section: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let current: ScriptRun | null = null;
  for (const ch of section) {
    const script = scriptOf(ch);
    if (script && (!current || current.script !== script)) {
      current = { script, text: '', letters: 0, kana: 0 };
      runs.push(current);
    }
    if (!current) continue;
    current.text += ch;
    if (script) {
      current.letters++;
      if (script === 'cjk' && KANA.test(ch)) current.kana++;
    }
  }
  return runs;
}

/**
 * CJK is decided by script, not by the n-gram model: kana only exist in Japanese, and
 * tinyld often returns nothing for short Han-only text. Han without kana is taken as Chinese.
 * CJK characters weigh double because one carries roughly a word's worth of text.
 */
function classify(run: ScriptRun): { lang: string; weight: number; confident: boolean } | null {
  if (run.script === 'hangul') {
    return run.letters >= MIN_CJK_CHARS ? { lang: 'ko', weight: run.letters * 2, confident: true } : null;
  }
  if (run.script === 'cjk') {
    if (run.letters < MIN_CJK_CHARS) return null;
    return { lang: run.kana > 0 ? 'ja' : 'zh', weight: run.letters * 2, confident: true };
  }
  if (run.letters < MIN_ALPHA_LETTERS) return null;
  const lang = detect(run.text.slice(0, MAX_SECTION_CHARS));
  return lang ? { lang, weight: run.letters, confident: run.letters >= CONFIDENT_ALPHA_LETTERS } : null;
}

/**
 * Language of a document and of its sections: runs of one script are detected separately
 * and weighted by their letter count; a language found in any section is listed.
 */
export function detectLanguages(text: string): DetectedLanguages {
  let sections = splitSections(text);
  if (sections.length > MAX_SECTIONS) {
    const step = sections.length / MAX_SECTIONS;
    sections = Array.from({ length: MAX_SECTIONS }, (_, i) => sections[Math.floor(i * step)]);
  }
  const weights = new Map<string, number>();
  const tentative: { lang: string; weight: number }[] = [];
  for (const section of sections) {
    for (const run of scriptRuns(section.slice(0, MAX_SECTION_CHARS * 2))) {
      const found = classify(run);
      if (found?.confident) weights.set(found.lang, (weights.get(found.lang) ?? 0) + found.weight);
      else if (found) tentative.push(found);
    }
  }
  // Short runs confirm confident languages; they only vote freely when nothing is confident.
  const anyConfident = weights.size > 0;
  for (const { lang, weight } of tentative) {
    if (!anyConfident || weights.has(lang)) weights.set(lang, (weights.get(lang) ?? 0) + weight);
  }
  if (weights.size === 0) {
    // Many short paragraphs (e.g. headlines) can each be too short; try the text as a whole.
    const whole = text.slice(0, MAX_SECTION_CHARS * 10);
    const letters = [...whole].filter((c) => LETTER.test(c)).length;
    const lang = letters >= MIN_ALPHA_LETTERS ? detect(whole) : '';
    if (lang) weights.set(lang, letters);
  }
  // Map preserves insertion order, so ties keep the order of first appearance.
  const languages = [...weights.entries()].sort((a, b) => b[1] - a[1]).map(([lang]) => lang);
  return { language: languages[0] ?? 'und', languages };
}
