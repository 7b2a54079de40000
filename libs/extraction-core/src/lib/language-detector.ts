const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'with', 'for', 'that', 'on', 'will', 'are', 'this', 'by', 'its']),
  fr: new Set(['le', 'la', 'les', 'des', 'et', 'est', 'avec', 'pour', 'du', 'une', 'dans', 'sur', 'aux', 'qui', 'par']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'mit', 'für', 'von', 'den', 'nicht', 'im', 'zu', 'dem', 'eine', 'auf']),
  es: new Set(['el', 'los', 'las', 'y', 'con', 'para', 'del', 'una', 'que', 'en', 'por', 'se', 'su', 'como', 'al']),
  it: new Set(['il', 'gli', 'di', 'e', 'è', 'con', 'per', 'del', 'che', 'una', 'della', 'nel', 'alla', 'sono', 'dei']),
};

const LANGS = Object.keys(STOPWORDS);

/**
 * Stop word -> the languages it belongs to ("con" is Spanish and Italian), as a bit mask of their
 * indices in LANGS, built once and keyed by wordKey(): a word of at most five letters below U+0100
 * is one exact number, so no word becomes a string. An open-addressing table of doubles, because a
 * key of four or five letters is no small integer and a Map keyed by it boxed every lookup.
 */
const SLOTS = 1024;
const SLOT_KEYS = new Float64Array(SLOTS);
const SLOT_LANGS = new Uint8Array(SLOTS);

function slotOf(key: number): number {
  // the low 32 bits of the key, mixed (a floating-point modulo per word was the cost of this lookup)
  let i = Math.imul(key | 0, 0x9e3779b1) >>> 22;
  while (SLOT_KEYS[i] !== 0 && SLOT_KEYS[i] !== key) i = (i + 1) & (SLOTS - 1);
  return i;
}

LANGS.forEach((lang, li) => {
  for (const w of STOPWORDS[lang]) {
    const key = wordKey(w, 0, w.length);
    const i = slotOf(key);
    SLOT_KEYS[i] = key;
    SLOT_LANGS[i] |= 1 << li;
  }
});

/** s[from, to) lower-cased (at most 5 chars, each below U+0100) as one exact number: 8 bits per char plus the length. */
function wordKey(s: string, from: number, to: number): number {
  let k = to - from;
  for (let i = from; i < to; i++) k = k * 256 + lower(s.charCodeAt(i));
  return k;
}

/** toLowerCase() of A-Z and À-Þ (but ×): the capitals of the letters isWordLetter() knows. */
function lower(c: number): number {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** The only other characters that toLowerCase() turns into such letters (İ, Ÿ, the Kelvin and Ångström signs). */
const LOWERS_ELSEWHERE = /[\u0130\u0178\u212a\u212b]/;

/** Every character the script counts look at. */
export const HAS_CJK = /[\u3040-\ud7af]/;

/** [a-zà-öø-ÿ] */
function isWordLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xff && c !== 0xf7);
}

export interface DetectedLanguages {
  language: string;
  languages: string[];
}

/**
 * Script counts decide Chinese, Japanese and Korean; stop words decide among the Latin
 * languages. A language counts as present when it carries a noticeable share of the text.
 */
export function detectLanguages(text: string): DetectedLanguages {
  // three 4000-character windows are plenty for stop-word and script counts, and this runs on every document
  const sample = text.length > 12000 ? text.slice(0, 4000) + text.slice((text.length >> 1) - 2000, (text.length >> 1) + 2000) + text.slice(-4000) : text;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  // most documents have no kana, Han or Hangul at all: one native scan says so
  for (let i = HAS_CJK.test(sample) ? 0 : sample.length; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x3040) continue;
    if (c <= 0x30ff) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
  }
  // one pass over the characters: words are counted, and short ones (stop words are ≤ 5 letters) looked up by wordKey();
  // letters are lower-cased as they are read, unless the sample holds one of the rare capitals only toLowerCase() knows
  const src = LOWERS_ELSEWHERE.test(sample) ? sample.toLowerCase() : sample;
  const counts = LANGS.map(() => 0);
  let wordCount = 0;
  for (let i = 0; i < src.length; ) {
    if (!isWordLetter(lower(src.charCodeAt(i)))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < src.length && isWordLetter(lower(src.charCodeAt(j)))) j++;
    wordCount++;
    if (j - i <= 5) {
      const langs = SLOT_LANGS[slotOf(wordKey(src, i, j))];
      for (let li = 0; langs >> li !== 0; li++) if ((langs >> li) & 1) counts[li]++;
    }
    i = j;
  }
  const scores: [string, number][] = LANGS.map((l, li) => [l, counts[li]]);
  scores.sort((a, b) => b[1] - a[1]);
  const weights: [string, number][] = [];
  if (scores[0][1] > 0) {
    weights.push([scores[0][0], wordCount]);
    // a language as frequent as the first is as present ("La UE y la Red …" has as many French as Spanish stop words)
    for (const [lang, n] of scores.slice(1)) if (n === scores[0][1]) weights.push([lang, wordCount]);
    else if (n > scores[0][1] * 0.35 && n >= 5) weights.push([lang, n * 3]);
  }
  // 20 characters of a script make it present, or fewer in a short text ("日本とEUは覚書に署名した。" has 8 kana)
  const min = Math.min(20, Math.max(3, Math.round(sample.length / 40)));
  if (hangul > min) weights.push(['ko', hangul]);
  if (kana > min) weights.push(['ja', (kana + han) / 1.5]);
  else if (han > min) weights.push(['zh', han / 1.5]);
  if (weights.length === 0) return { language: 'und', languages: [] };
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const present = weights.filter(([, w]) => w / total > 0.03);
  present.sort((a, b) => b[1] - a[1]);
  return { language: present[0][0], languages: present.map(([l]) => l).sort() };
}
