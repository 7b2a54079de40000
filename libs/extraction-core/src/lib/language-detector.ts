const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'with', 'for', 'that', 'on', 'will', 'are', 'this', 'by', 'its']),
  fr: new Set(['le', 'la', 'les', 'des', 'et', 'est', 'avec', 'pour', 'du', 'une', 'dans', 'sur', 'aux', 'qui', 'par']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'mit', 'für', 'von', 'den', 'nicht', 'im', 'zu', 'dem', 'eine', 'auf']),
  es: new Set(['el', 'los', 'las', 'y', 'con', 'para', 'del', 'una', 'que', 'en', 'por', 'se', 'su', 'como', 'al']),
  it: new Set(['il', 'gli', 'di', 'e', 'è', 'con', 'per', 'del', 'che', 'una', 'della', 'nel', 'alla', 'sono', 'dei']),
};

export interface DetectedLanguages {
  language: string;
  languages: string[];
}

/**
 * Script counts decide Chinese, Japanese and Korean; stop words decide among the Latin
 * languages. A language counts as present when it carries a noticeable share of the text.
 */
export function detectLanguages(text: string): DetectedLanguages {
  const sample = text.length > 24000 ? text.slice(0, 8000) + text.slice((text.length >> 1) - 4000, (text.length >> 1) + 4000) + text.slice(-8000) : text;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x3040) continue;
    if (c <= 0x30ff) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
  }
  const words = sample.toLowerCase().match(/[a-zà-öø-ÿ]+/g) ?? [];
  const scores: [string, number][] = Object.entries(STOPWORDS).map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length]);
  scores.sort((a, b) => b[1] - a[1]);
  const weights: [string, number][] = [];
  if (scores[0][1] > 0) {
    weights.push([scores[0][0], words.length]);
    for (const [lang, n] of scores.slice(1)) if (n > scores[0][1] * 0.35 && n >= 5) weights.push([lang, n * 3]);
  }
  if (hangul > 20) weights.push(['ko', hangul]);
  if (kana > 20) weights.push(['ja', (kana + han) / 1.5]);
  else if (han > 20) weights.push(['zh', han / 1.5]);
  if (weights.length === 0) return { language: 'und', languages: [] };
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const present = weights.filter(([, w]) => w / total > 0.03);
  present.sort((a, b) => b[1] - a[1]);
  return { language: present[0][0], languages: present.map(([l]) => l).sort() };
}
