import { HAS_CJK } from './language-detector';
import { PARTNER_LABEL } from './partner-label';
import { isHeadingLine, Line } from './text-segmenter';

export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** One logical row of a cooperation table (continuation lines already merged). */
export interface TableRow {
  title: Cell;
  description: Cell | null;
  partner: Cell | null;
  timeline: Cell | null;
  /** who finances or invests ("| Gulf investor type |", "| Main financiers |"): a row funded by others alone is theirs */
  funder: Cell | null;
  /** the heading line above the table, e.g. "Quantum and High-Performance Computing" */
  heading: string;
  headingStart: number;
  headingEnd: number;
  start: number;
  end: number;
  /** the row's title cell was shifted from another row; the title must come from the description */
  shifted: boolean;
  /** which table of the document the row belongs to (0, 1, …) */
  table: number;
  /** the row is someone else's cooperation (a table of others, or a text the EU takes no part in): its places are no partners */
  others?: boolean;
  /** the row gives figures and nothing else ("| Armenia | 48,000 | 21.9% |"): it names no partner (1.15.52) */
  figures: boolean;
}

type Column = 'title' | 'description' | 'partner' | 'timeline' | 'funder';

const HEADER_WORDS: readonly [Column, RegExp][] = [
  ['funder', /investor|financier|funder|donor|reporting|publisher|bailleur|cofinanceur|geldgeber|financiador|inversor|donante|finanziator|investitor|投资方|出资方|投资者|出資者|投資家|투자자|투자국|재원/i],
  ['title', /objective|action|initiative|title|titolo|título|titre|Titel|activity|name|measure|objectif|ziel|maßnahme|objetivo|acción|obiettivo|azione|th[eè]me|thema|tema|topic|目标|项目|名称|行动|目的|목표/i],
  ['description', /description|details|descripci|beschreibung|descrizione|说明|描述|内容|概要|설명/i],
  ['partner', /partner|countr|region|pays|land|länder|país|paese|(?<!united\s)\bstates?$|\bStaaten$|伙伴|国家|地区|合作方|パートナー|相手|国|파트너|국가|상대/i],
  ['timeline', /timeline|time|date|calendar|period|schedule|deadline|year|année|jahr|año|anno|calendrier|zeitplan|zeitraum|calendario|cronograma|tempistica|时间|期限|日程|時期|年|일정|기간|연도/i],
];

/** The cells of a line of a pipe table, split at its bars, each trimmed and placed in the text (the part before a leading bar is an empty first cell). */
export function splitCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  let s = line.start;
  const end = line.end;
  const text = line.text;
  let offset = 0;
  for (const part of text.split('|')) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    cells.push({ text: t, start: s + offset + lead, end: s + offset + lead + t.length });
    offset += part.length + 1;
  }
  if (cells.length > 1 && cells[cells.length - 1].text === '') cells.pop();
  s = end;
  return cells;
}

/**
 * The fields of a line of values separated by `sep` (a comma or a semicolon), each without its quotes ("XI-IATI-1,European
 * Commission,\"Title, with a comma\",Kenya"); an unbalanced quote takes the rest of the line.
 */
function csvCells(line: Line, sep: string): Cell[] {
  const t = line.text;
  const cells: Cell[] = [];
  let k = 0;
  for (;;) {
    let from = k;
    let to: number;
    let next: number;
    if (t.charCodeAt(k) === 0x22) {
      from = k + 1;
      const close = t.indexOf(`"${sep}`, from);
      to = close >= 0 ? close : t.endsWith('"') && t.length - 1 >= from ? t.length - 1 : t.length;
      next = close >= 0 ? close + 2 : -1;
    } else {
      const comma = t.indexOf(sep, k);
      to = comma >= 0 ? comma : t.length;
      next = comma >= 0 ? comma + 1 : -1;
    }
    const raw = t.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ text, start: line.start + from + lead, end: line.start + from + lead + text.length });
    if (next < 0) return cells;
    k = next;
  }
}

/**
 * A header line of comma-separated values: four fields or more, each a short name ("iati_identifier", "recipient_country") with no
 * colon (not "Países socios: Costa Rica, El Salvador, …"), three of them known header words, over a line of as many fields.
 */
function csvHeader(cells: Cell[], next: Line | undefined, sep: string): Column[] | null {
  // (not CJK prose, whose full-width commas normalisation makes ASCII: "据统计，2025年东盟数字经济规模…，预计…")
  if (cells.length < 4 || cells.some((c) => c.text === '' || c.text.length > 40 || c.text.includes(':') || c.text.split(/\s+/).length > 4 || /^[\d.,\s-]+$/.test(c.text) || HAS_CJK.test(c.text))) return null;
  if (next === undefined || !next.text.includes(sep) || csvCells(next, sep).length < cells.length - 2) return null;
  const cols = headerColumns(cells);
  if (cols === null) return null;
  let named = 0;
  for (const c of cells) if (HEADER_WORDS.some(([, re]) => re.test(c.text))) named++;
  return named >= 3 ? cols : null;
}

/** ';' or ',' when the line holds three of it or more (';' first: a semicolon-separated line may hold commas in its fields), else ''. */
function separatorOf(t: string): string {
  for (const sep of [';', ',']) {
    let n = 0;
    for (let k = t.indexOf(sep); k >= 0 && n < 3; k = t.indexOf(sep, k + 1)) n++;
    if (n >= 3) return sep;
  }
  return '';
}

/** A Markdown header rule ("|---|:--|"): the line before it is a header row. */
export const HEADER_RULE = /^\s*\|?\s*:?-{3,}/;

/** Columns of a header row: two known header words, or one when a header rule follows ("| Partner | Main framework | … |"). */
function headerColumns(cells: Cell[], ruleFollows = false): Column[] | null {
  const cols: Column[] = [];
  let hits = 0;
  for (const c of cells) {
    // what a bracket adds ("Services (objectif / réalisé)") says how a cell is measured, not what the column is
    const name = c.text.includes('(') ? c.text.replace(/\([^)]*\)/g, '') : c.text;
    // a cell with a figure ("2025年", "Q4 2026") is a value, not a column's name
    const hit = c.text.length < 60 && !/\d/.test(c.text) ? HEADER_WORDS.find(([col, re]) => !cols.includes(col) && re.test(name)) : undefined;
    // "| N.º | Entidad | País | Proyecto | Puntos |": the project is what a row of a table by country is about (1.15.46); in a table of
    // donors by column ("| Project | Australia | Japan |") it is others' project, and no column of it is named
    if (!hit && PROJECT_HEADER.test(name.trim()) && !cols.includes('title') && cells.some((x) => COUNTRY_HEADER.test(x.text.trim()))) {
      hits++;
      cols.push('title');
      continue;
    }
    if (hit) hits++;
    cols.push(hit ? hit[0] : 'description');
  }
  if (hits < (ruleFollows ? 1 : 2)) return null;
  // a column named for the country alone ("| Deutsche Kommune | Partnerkommune | Land |") is the partner column over one that names
  // partner towns or bodies, whose names the gazetteer does not hold
  const country = cells.findIndex((c) => COUNTRY_HEADER.test(c.text));
  const partner = cols.indexOf('partner');
  if (country >= 0 && partner >= 0 && country !== partner && !COUNTRY_HEADER.test(cells[partner].text)) {
    cols[partner] = 'description';
    cols[country] = 'partner';
  }
  // a table by partner ("| Partner | Main framework | …") has no title column: its first other named column says what a row is about
  if (!cols.includes('title')) {
    const k = cells.findIndex((c, i) => c.text !== '' && cols[i] === 'description');
    if (k >= 0) cols[k] = 'title';
  }
  return cols;
}

/**
 * A status cell of refusal or suspension, in the eight languages, also as the last of its items ("invited Jan 2025, declined", 1.15.52), or
 * one that opens by saying the place takes no part ("no participa; suele citarse como referencia", 1.15.50; "not in phase 1", 1.15.54), or
 * one after a dash with a note in brackets ("invited – declined (letter of 28 August)", 1.15.59).
 */
const DECLINED_CELL =
  /^\W*(?:(?:[^,;|]{1,40}(?:[,;]|\s[–—-])\s*)?(?:declined|refused|not\s+participating|withdrawn|suspended|décliné|refusé|retiré|suspendu|abgelehnt|zurückgezogen|ausgesetzt|rechazad[oa]|declinad[oa]|retirad[oa]|suspendid[oa]|declinat[oa]|rifiutat[oa]|ritirat[oa]|sospes[oa]|拒绝|婉拒|已退出|暂停|辞退|不参加|停止|거절|불참|중단)(?:\s*\([^()|]{1,60}\))?\W*$|(?:does\s+not\s+(?:participate|take\s+part)|not\s+participating|not\s+in\s+phase\s+\d|ne\s+participe\s+pas|no\s+participa|non\s+partecipa|nimmt\s+nicht\s+teil)\b(?:\W*$|\s*[;,(—–-]))/iu;

/** A header for where a company or an investor comes from or sits. */
const ORIGIN_HEADER = /^(?:herkunft(?:sland)?|origin|country\s+of\s+origin|origine|pays\s+d['’]origine|origen|país\s+de\s+origen|provenienza|paese\s+di\s+origine|nationality|nationalité|nationalität|nacionalidad|nazionalità|headquarters|hq|sitz|siège|sede|国籍|来源国|出身国|本社所在地|본사|출신국)$/i;

/** A cell of a page's menu or footer: a link to the imprint, privacy, contact, printing or sharing, a copyright or a date of the page. */
const MENU_CELL =
  /^(?:Impressum|Datenschutz\p{L}*|Barrierefreiheit|Kontakt|Drucken|Teilen|Seite teilen|Nach oben|Sitemap|Privacy(?: policy| notice)?|Cookies?(?: settings| policy)?|Contact(?: us)?|Accessibility|Legal notice|Terms(?: of use)?|Share|Print|Mentions légales|Plan du site|Accessibilité(?:\s*:.*)?|Confidentialité|Partager|Imprimer|Aviso legal|Privacidad|Accesibilidad|Contacto|Compartir|Imprimir|Note legali|Accessibilità|Contatti|Condividi|Stampa|Home|Accueil|Startseite|Inicio|Suche|Search|Rechercher|Buscar|Cerca|Back to top|Retour en haut|Volver arriba|Torna su|©.*|(?:Stand|Last updated|Mise à jour|Última actualización|Ultimo aggiornamento)\s*:.*)$/iu;

/** Every cell short and one at least of a menu or footer (asked of a line that does not open with a bar, as a table's rows do). */
function menuLine(cells: readonly Cell[]): boolean {
  let menu = false;
  for (const c of cells) {
    const t = c.text.trim();
    if (t.length > 50) return false;
    if (MENU_CELL.test(t)) menu = true;
  }
  return menu;
}

/** A header that is the word for project and nothing else. */
const PROJECT_HEADER = /^(?:projects?|proyectos?|projets?|progett[oi]|projekte?)$/i;

/** A header that is the word for country and nothing else. */
export const COUNTRY_HEADER = /^(?:countr(?:y|ies)|pays|land|länder|staat|país(?:es)?|paes[ei]|国家|国|国・地域|국가)$/i;

/** A section's number before its title ("2) Global Gateway im Pazifik: …", "3. Rules that bind"), which isHeadingLine() takes for a list item's. */
const SECTION_NUMBER_PREFIX = /^\s*\d{1,2}[.)]\s+(?=\p{Lu})/u;

/** A numbered section heading above a table: the nearest heading is that section's, not one further up (1.15.65). */
function numberedHeading(line: string): boolean {
  const m = SECTION_NUMBER_PREFIX.exec(line);
  return m !== null && isHeadingLine(line.slice(m[0].length));
}

function defaultColumns(n: number): Column[] {
  if (n >= 4) return ['title', 'description', 'partner', 'timeline'];
  if (n === 3) return ['title', 'partner', 'timeline'];
  return ['title', 'description'];
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** A row's number ("1", "2.", "3)"): what it is a number of is the column's header ("Lote 1"). */
const ROW_NUMBER = /^\d{1,2}[.)]?$/;
/** Two letters in a row: a word, not a figure or a unit. */
const HAS_WORD = /\p{L}{2}/u;
const YEAR = /(?:^|\D)(?:19|20)\d\d(?!\d)/;
/** Per BMP code unit: 0 not yet known, 1 a letter or number, 2 not. */
const IS_WORD = new Uint8Array(0x10000);

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  if (cp > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
  if (IS_WORD[cp] === 0) IS_WORD[cp] = LETTER_OR_NUMBER.test(String.fromCharCode(cp)) ? 1 : 2;
  return IS_WORD[cp] === 1;
}

/**
 * Words of more than three characters, lower-cased: `s.toLowerCase().split(/[^\p{L}\p{N}]+/u)`
 * filtered by length, read by code point instead of split by the pattern (a hot spot on long tables).
 */
function words(s: string): Set<string> {
  const lower = s.toLowerCase();
  const out = new Set<string>();
  let start = 0;
  for (let i = 0; i < lower.length; ) {
    const cp = lower.codePointAt(i) as number;
    const size = cp > 0xffff ? 2 : 1;
    if (!isWordCodePoint(cp)) {
      if (i - start > 3) out.add(lower.slice(start, i));
      start = i + size;
    }
    i += size;
  }
  if (lower.length - start > 3) out.add(lower.slice(start));
  return out;
}

/** words() of the cells of one table, each cell's computed once: a row's title and description are compared with the next row's. */
type WordCache = Map<string, Set<string>>;

function cachedWords(cache: WordCache, s: string): Set<string> {
  let w = cache.get(s);
  if (!w) cache.set(s, (w = words(s)));
  return w;
}

function similar(cache: WordCache, a: string, b: string): boolean {
  const wa = cachedWords(cache, a);
  const wb = cachedWords(cache, b);
  if (wa.size === 0 || wb.size === 0) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size) > 0.7;
}

/**
 * Rows of pipe-separated tables as PDF extraction leaves them: a heading line, a header
 * row (repeated headers are skipped), rows whose cell spilled onto the next line (empty
 * partner and timeline cells) are merged, and title cells that hold a description
 * (shifted by the PDF) are flagged.
 */
export function parseTables(lines: readonly Line[]): TableRow[] {
  const rows: TableRow[] = [];
  let cols: Column[] | null = null;
  // the partner column's header is a label for partners ("Países beneficiarios", "Partner countries"), not just "Country"
  let namedPartners = false;
  // the first description column whose header cell has a name (-1 when the columns are guessed)
  let namedDescription = -1;
  // the title column's header, which names a row whose title cell is a number ("Lote" over "| 1 | …": "Lote 1")
  let titleHeader = '';
  let heading = '';
  let headingAt: [number, number] = [0, 0];
  let prevDescription = '';
  let lastText = -1;
  let headingScanned = -1;
  let table = -1;
  const wordCache: WordCache = new Map();
  // fields of the header of a table of comma-separated values being read (0: none); its rows are read as a pipe table's
  let csvWidth = 0;
  let sep = ',';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const bar = line.text.indexOf('|');
    let csv: Cell[] | null = null;
    // a row of values under their header, even with bars in a field ("…;\"identità digitale | DPI\""): a row broken at source, by an
    // unbalanced quote, has fewer fields
    if (csvWidth > 0 && line.text.includes(sep)) {
      const fields = csvCells(line, sep);
      if (fields.length >= 3) csv = fields;
    }
    if (csv === null && csvWidth > 0) {
      // the table of values ends: what follows is prose or another table
      csvWidth = 0;
      cols = null;
    }
    if (csv === null && (bar < 0 || line.text.indexOf('|', bar + 1) < 0)) {
      // a header of values separated by semicolons or commas: a short line with three separators or more and no sentence in it
      const found = line.text.length > 400 || line.text.includes('. ') ? '' : separatorOf(line.text);
      const fields = found === '' ? [] : csvCells(line, found);
      const header = found === '' ? null : csvHeader(fields, lines[i + 1], found);
      if (header) {
        sep = found;
        cols = header;
        csvWidth = fields.length;
        namedPartners = false;
        namedDescription = -1;
        titleHeader = '';
        table++;
        lastText = i;
        continue;
      }
      if (line.text.trim() && !/^\s*\|/.test(line.text)) {
        cols = null;
        lastText = i;
      }
      continue;
    }
    // the heading is the last heading line before this row: looked up only when a table row
    // appears, scanning back to where the previous lookup stopped (every prose line used to be tested)
    for (let k = lastText; k > headingScanned; k--) {
      if (isHeadingLine(lines[k].text) || numberedHeading(lines[k].text)) {
        heading = lines[k].text.trim();
        headingAt = [lines[k].start, lines[k].end];
        break;
      }
    }
    headingScanned = Math.max(headingScanned, lastText);
    const cells = csv ?? splitCells(line);
    // the header rule itself is no row
    if (csv === null && HEADER_RULE.test(line.text) && cells.every((c) => /^:?-*:?$/.test(c.text))) continue;
    // a page's menu or footer with bars ("© Bundesnetzagentur 2026 | Impressum | Datenschutz", "Stand: 16.03.2026 | Seite teilen | Nach
    // oben") is no table row (1.15.59)
    if (csv === null && !/^\s*\|/.test(line.text) && menuLine(cells)) {
      cols = null;
      lastText = i;
      continue;
    }
    const header = csv === null ? headerColumns(cells, i + 1 < lines.length && HEADER_RULE.test(lines[i + 1].text)) : null;
    if (header) {
      cols = header;
      namedDescription = header.findIndex((c, k) => c === 'description' && cells[k].text !== '');
      const k = header.indexOf('partner');
      namedPartners = k >= 0 && PARTNER_LABEL.test(cells[k].text);
      const t = header.indexOf('title');
      titleHeader = t >= 0 && t < cells.length && HAS_WORD.test(cells[t].text) && cells[t].text.length <= 30 && !/\d/.test(cells[t].text) ? cells[t].text : '';
      table++;
      continue;
    }
    if (!cols) {
      const next = lines[i + 1];
      if (!next || (next.text.match(/\|/g) ?? []).length < 2 || (!/^\s*\|/.test(next.text) && menuLine(splitCells(next)))) continue;
      cols = defaultColumns(cells.length);
      // a guessed partner column whose header, over a rule, names where a company comes from ("| Unternehmen | Herkunft | Standort |
      // Volumen |"): its places are origins, not partners (1.15.52)
      const k = cols.indexOf('partner');
      if (k >= 0 && k < cells.length && HEADER_RULE.test(next.text) && ORIGIN_HEADER.test(cells[k].text)) cols[k] = 'description';
      namedDescription = -1;
      namedPartners = false;
      titleHeader = '';
      table++;
    }
    const get = (c: Column): Cell | null => {
      const k = cols ? cols.indexOf(c) : -1;
      return k >= 0 && k < cells.length ? cells[k] : null;
    };
    const cell = get('title') ?? cells[0];
    const title = titleHeader !== '' && ROW_NUMBER.test(cell.text) ? { ...cell, text: `${titleHeader} ${cell.text}` } : cell;
    const description = get('description');
    const partner = get('partner');
    const timeline = get('timeline');
    const funder = get('funder');
    const prev = rows[rows.length - 1];
    // a line with empty partner and timeline cells continues the row above, in a table that has such columns; a table of other
    // columns ("| 行为体 | 主要框架 | 代表性项目 |", a comparison of actors) has a row on every line
    // (a line of comma-separated values is a whole row)
    if (csv === null && prev && (cols.includes('partner') || cols.includes('timeline')) && !partner?.text && !timeline?.text) {
      prev.title = { text: `${prev.title.text} ${cell.text}`.trim(), start: prev.title.start, end: cell.end };
      if (description && prev.description) prev.description = { text: `${prev.description.text} ${description.text}`, start: prev.description.start, end: description.end };
      prev.end = line.end;
      continue;
    }
    // a row of figures ("| 대만 | 약 65% |", a market-share table) says nothing of cooperation: its place is no partner
    // so is a row that names a place and then gives only figures ("| Johor (Malaysia) | 630 | 1,150 | 6.5% |"); not a row under
    // a header that names its partners ("| 1 | Colombia, Ecuador, Perú | 6 000 000 |" under "| Lote | Países beneficiarios | …")
    const figuresOnly =
      !(namedPartners && partner !== null && HAS_WORD.test(partner.text)) &&
      // (the first column of descriptions with a name, not the empty cell before a leading bar, 1.15.48)
      ((!HAS_WORD.test(`${cell.text} ${(namedDescription >= 0 && namedDescription < cells.length ? cells[namedDescription] : description)?.text ?? ''}`) && !/\d{4}/.test(timeline?.text ?? '')) ||
        (cells.length >= 3 && cells.slice(1).every((c) => !HAS_WORD.test(c.text) && !YEAR.test(c.text))));
    // a row whose status cell says the place declined or stands apart ("| Oman | declined | … |", "| Belarus | suspendu |") names no partner (1.15.48)
    const declined = cells.some((c) => c.text.length <= 80 && DECLINED_CELL.test(c.text));
    const sentenceLike = title.text.length > 110 && /[.!?]$/.test(title.text);
    const shifted = (prevDescription !== '' && title.text.length > 60 && similar(wordCache, title.text, prevDescription)) || (sentenceLike && !(description && similar(wordCache, title.text, description.text)));
    rows.push({ title, description, partner: figuresOnly || declined ? null : partner, timeline, funder, heading, headingStart: headingAt[0], headingEnd: headingAt[1], start: line.start, end: line.end, shifted, table, figures: figuresOnly });
    prevDescription = description?.text ?? '';
  }
  return rows;
}
