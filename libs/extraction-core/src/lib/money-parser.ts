import { digitRuns, forEachDigitRun, isDigit, isSpace } from './char-classes';
import { Money } from './extraction.types';

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mio: 1e6, millionen: 1e6, milioni: 1e6, millones: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, milliard: 1e9, milliards: 1e9, milliarden: 1e9, mrd: 1e9, miliardi: 1e9, 'mil millones': 1e9,
  trillion: 1e12, tn: 1e12, billionen: 1e12,
};
const CUR: Record<string, string> = {
  eur: 'EUR', '€': 'EUR', euro: 'EUR', euros: 'EUR', 'us$': 'USD', usd: 'USD', $: 'USD', dollars: 'USD', gbp: 'GBP', '£': 'GBP',
  jpy: 'JPY', '¥': 'JPY', yen: 'JPY', cny: 'CNY', rmb: 'CNY', krw: 'KRW', '₩': 'KRW', 欧元: 'EUR', 美元: 'USD', 人民币: 'CNY', 日元: 'JPY', ユーロ: 'EUR', ドル: 'USD', 円: 'JPY', 유로: 'EUR', 달러: 'USD', 원: 'KRW',
};
const CJK_SCALE: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 万亿: 1e12, 兆: 1e12, 억: 1e8, 조: 1e12, 만: 1e4 };

const NUM = '(\\d{1,3}(?:[,\\s.]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)';
const SCALES = '(thousand|million|millions|billion|billions|trillion|bn|mn|tn|mio|milliards?|milliarden|mrd\\.?|miliardi|milioni|millones|mil millones|millionen|billionen|[mbk])';
const PREFIX = new RegExp(`(EUR|USD|US\\$|GBP|JPY|CNY|RMB|KRW|€|\\$|£|¥|₩)\\s?${NUM}(?:\\s?${SCALES}\\b)?`, 'gi');
const SUFFIX = new RegExp(`${NUM}\\s?${SCALES}?\\.?\\s?(?:d'|de |di )?(EUR|USD|euros?|dollars|Euro|€)(?![A-Za-z])`, 'gi');
const CJK = /(\d+(?:\.\d+)?)\s*(万亿|万|萬|亿|億|兆|억|조|만)\s*(欧元|美元|人民币|日元|ユーロ|ドル|円|유로|달러|원)?/g;
const CJK_AT = new RegExp(CJK.source, 'y');
/** The first characters of CJK's scales. */
const CJK_SCALE_CHARS: ReadonlySet<number> = new Set([...'万萬亿億兆억조만'].map((c) => c.charCodeAt(0)));

function toNumber(s: string): number {
  const t = s.replace(/\s/g, '');
  // "1,200.5" / "1.200,5" / "11,700": a separator followed by exactly three digits groups thousands
  if (/^\d{1,3}([,.]\d{3})+$/.test(t)) return Number(t.replace(/[,.]/g, ''));
  return Number(t.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
}

/**
 * Whether CURRENCY_BEFORE can match right before `at`: its currencies end in R, D, P, Y, B, W
 * (either case), $, €, £, ¥ or ₩, with at most one space after them.
 */
function mayEndCurrency(text: string, at: number): boolean {
  let c = text.charCodeAt(at - 1);
  if (isSpace(c)) c = text.charCodeAt(at - 2);
  if (c >= 0x61 && c <= 0x7a) c -= 32;
  return c === 0x52 || c === 0x44 || c === 0x50 || c === 0x59 || c === 0x42 || c === 0x57 || c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20a9;
}
/** A PREFIX currency that ends right before a number (one space allowed), matched on the few characters before it. */
const CURRENCY_BEFORE = /(?:EUR|USD|US\$|GBP|JPY|CNY|RMB|KRW|€|\$|£|¥|₩)\s?$/i;
const PREFIX_AT = new RegExp(PREFIX.source, 'iy');
const SUFFIX_AT = new RegExp(SUFFIX.source, 'iy');

/**
 * The PREFIX and SUFFIX matches a global scan of the text would find, found from the runs of
 * digits instead: every amount starts with a currency just before a run or with the run itself,
 * and trying the two patterns at every character was a hot spot. The spec checks both agree.
 */
export function latinAmounts(text: string, runs: Int32Array = digitRuns(text)): { prefix: RegExpExecArray[]; suffix: RegExpExecArray[] } {
  const prefix: RegExpExecArray[] = [];
  const suffix: RegExpExecArray[] = [];
  let prefixEnd = 0;
  let suffixEnd = 0;
  forEachDigitRun(text, (at) => {
    if (at >= prefixEnd && mayEndCurrency(text, at)) {
      const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
      const start = before ? at - before[0].length : -1;
      if (start >= prefixEnd) prefixEnd = takeAt(PREFIX_AT, text, start, prefix, prefixEnd);
    }
    if (at >= suffixEnd) suffixEnd = takeAt(SUFFIX_AT, text, at, suffix, suffixEnd);
  }, runs);
  return { prefix, suffix };
}

/**
 * The CJK matches a global scan would find, found from the runs of digits: a match starts where a
 * run starts (its number takes the whole run) and needs a scale character after the run, or after
 * the run, a dot and the digits of a fraction, and spaces. Most runs have none, and a text without
 * a run followed by one needs no pattern at all. The spec checks both agree.
 */
export function cjkAmounts(text: string, runs: Int32Array = digitRuns(text)): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const at = runs[r];
    if (at >= end && scaleFollows(text, runs[r + 1])) end = takeAt(CJK_AT, text, at, out, end);
  }
  return out;
}

function scaleFollows(text: string, end: number): boolean {
  if (CJK_SCALE_CHARS.has(text.charCodeAt(skipSpaces(text, end)))) return true;
  if (text.charCodeAt(end) !== 0x2e || !isDigit(text.charCodeAt(end + 1))) return false;
  let k = end + 1;
  while (isDigit(text.charCodeAt(k))) k++;
  return CJK_SCALE_CHARS.has(text.charCodeAt(skipSpaces(text, k)));
}

function skipSpaces(text: string, from: number): number {
  let k = from;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k;
}

/** The same list by a global scan (the reference cjkAmounts() must equal, used by the spec). */
export function cjkAmountsByScan(text: string): RegExpExecArray[] {
  return allMatches(CJK, text);
}

/** The match of the sticky `re` at `at`, appended to `list`; returns where it ends, or `end` when there is none. */
function takeAt(re: RegExp, text: string, at: number, list: RegExpExecArray[], end: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return end;
  list.push(m);
  return at + m[0].length;
}

/** The same two lists by a global scan of each pattern: the reference latinAmounts() must equal (used by the spec). */
export function latinAmountsByScan(text: string): { prefix: RegExpExecArray[]; suffix: RegExpExecArray[] } {
  return { prefix: allMatches(PREFIX, text), suffix: allMatches(SUFFIX, text) };
}

/** Every match of a module-level global regex (an exec() loop: matchAll() clones the regex on every call). */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** Amounts of money in several writing conventions ("EUR 200 billion", "€1200亿", "2000亿欧元"). */
export function findMoney(text: string, runs: Int32Array = digitRuns(text)): { money: Money; start: number; end: number }[] {
  const out: { money: Money; start: number; end: number }[] = [];
  const taken: [number, number][] = [];
  const add = (raw: string, start: number, amount: number, currency: string): void => {
    if (!Number.isFinite(amount) || amount <= 0) return;
    const end = start + raw.length;
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    out.push({ money: { raw: raw.trim(), amount: Math.round(amount), currency }, start, end });
  };
  const latin = latinAmounts(text, runs);
  for (const m of latin.prefix) {
    const scale = m[3] ? SCALE[m[3].toLowerCase().replace('.', '')] ?? 1 : 1;
    if (!m[3] && /^\d{4}$/.test(m[2])) continue;
    add(m[0], m.index, toNumber(m[2]) * scale, CUR[m[1].toLowerCase()] ?? m[1].toUpperCase());
  }
  for (const m of latin.suffix) {
    const scale = m[2] ? SCALE[m[2].toLowerCase().replace('.', '')] ?? 1 : 1;
    add(m[0], m.index, toNumber(m[1]) * scale, CUR[m[3].toLowerCase()] ?? 'EUR');
  }
  for (const m of cjkAmounts(text, runs)) {
    const at = m.index;
    let currency = m[3] ? CUR[m[3]] : undefined;
    if (!currency) {
      const around = text.slice(Math.max(0, at - 30), at + m[0].length + 40);
      if (/€|欧元|EUR|ユーロ|유로/.test(around)) currency = 'EUR';
      else if (/US\$|美元|USD|ドル|달러/.test(around)) currency = 'USD';
    }
    if (currency) add(m[0], at, Number(m[1]) * CJK_SCALE[m[2]], currency);
  }
  return out.sort((a, b) => a.start - b.start);
}
