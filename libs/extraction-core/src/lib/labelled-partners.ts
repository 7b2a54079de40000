import { isEuOrMemberState } from '@dpo/taxonomy';
import { DocumentContext, mentionsIn } from './document-context';
import { isSpace } from './char-classes';
import { segmentAt } from './text-segmenter';
import { THREAT_IN_SENTENCE } from './threat-words';
import { Mention } from './gazetteer-matcher';
import { COUNT, PARTNER_LABEL } from './partner-label';
import { COUNTRY_HEADER, splitCells } from './table-parser';
import { INTERREG_NAME } from './named-initiative-recognizer';

/** The bullet that opens an item of a list: "•", "-", "–", "■", "1)", "2.". */
const BULLET = String.raw`\d{1,3}[.)]|[-•*·–—▪■●○◦]`;

/** The signatories of a text: partners only where the EU is among them ("Signatories: … 16. European Union"). */
const SIGNATORIES_LABEL =
  /(?:^|[^\p{L}-])(?:signatories|co-signatories|signatory\s+countries|signataires|pays\s+signataires|unterzeichner(?:staaten)?|firmantes|países\s+firmantes|firmatari|paesi\s+firmatari|签署国|签署方|署名国|서명국)(?:\s+\p{Ll}+)?(?:\s*[(（][^)）\n]{0,40}[)）])?\s*$/iu;

/**
 * The country field of a project sheet (1.15.41), opening its line or after a bar: "Pays : Côte d'Ivoire", "Land/Region: Jordanien",
 * "País: Paraguay", "Paese: Senegal", "Country: Nigeria | Sector: …". The country of a development agency's or the EU's project is its
 * partner; a sheet of others' (a Swiss agency's, a tracker's) names no EU side, and its places are dropped with the rest (extract.ts).
 */
const SHEET_COUNTRY_LABEL = /(?:^|\n|\|)[ \t]*(?:Country|Countries|Country\/Region|Pays|Land|Land\/Region|País|Países|Paese|Paesi|国家|国别|国名|対象国|국가)[ \t]*$/u;
/** Another field of such a sheet, on a line of its own or after a bar: its sector, status, amount, duration or funder (after a colon or dot leaders). */
const SHEET_FIELD =
  /(?:^|\n|\|)[ \t]*(?:Sector|Secteur|Sektor|Settore|Status|Statut|Estado|Stato|Amount|Budget|Montant(?:\s+du\s+financement)?(?:\s+\p{L}+)?|Finanzierungsvolumen|Importe|Importo|Duration|Durée|Laufzeit|Duración|Durata|Cofinanceurs?|Co-?financiers?|Bailleurs?|Donors?|Geber|Financiador(?:es)?|Finanziator[ei]|行业|状态|金额|分野|状況|金額|분야|상태|금액)[ \t]*(?:[:：]|\.{4,}[ \t])/iu;

/** How far a label's list wrapped after a comma at its line's end may go on. */
const WRAPPED_LIST_REACH = 400;

/** A line of a list under a label: numbered, lettered or bulleted, or just a short line. */
const LIST_ITEM = /^\s*(?:\d{1,3}[.)]|[a-z][.)]|[-•*·–—])?\s*\S/;
const MAX_ITEM = 80;

/** [start, end) of what a label's colon at `colon` introduces: the rest of its line and sentence, or the list of lines under it. */
function listAfter(text: string, colon: number): [number, number] {
  const lineEnd = text.indexOf('\n', colon);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const rest = text.slice(colon + 1, end);
  if (rest.trim().length > 0) {
    // the rest of the sentence: "… pilot countries: Rwanda, Senegal and Zambia, where …" ends at its full stop
    const stop = rest.search(/[.。;；](?:\s|$)/);
    if (stop >= 0) return [colon + 1, colon + 1 + stop];
    // a list wrapped onto the next line after a comma ("Signatories: the European Union, Cabo Verde, …, Maldives,\nNorway, …
    // and the United Kingdom."), up to its full stop and before a blank line (1.15.42)
    // (or after a conjunction, a name broken over the line: "Paesi beneficiari: Albania, Montenegro, Macedonia del Nord, Bosnia ed\nErzegovina.")
    if (/(?:[,、，]|\s(?:and|et|und|y|e|ed|or|ou|oder|o))\s*$/i.test(rest)) {
      const more = text.slice(end, end + WRAPPED_LIST_REACH);
      const blank = more.search(/\n[ \t]*\n/);
      const next = more.slice(0, blank < 0 ? more.length : blank).search(/[.。;；](?:\s|$)/);
      if (next >= 0) return [colon + 1, end + next];
    }
    return [colon + 1, end];
  }
  // a list of lines under the label, up to a blank line; or, when the first line is no item but prose wrapped on, its sentence
  // ("… l'un des pays partenaires du programme :\nFidji, Samoa, Vanuatu, Tonga et Îles Salomon. La Papouasie-Nouvelle-Guinée, qui parti-")
  const firstEnd = text.indexOf('\n', end + 1);
  const first = text.slice(end + 1, firstEnd < 0 ? text.length : firstEnd);
  if (first.length > MAX_ITEM && LIST_ITEM.test(first)) {
    const stop = text.slice(end + 1, end + 1 + 400).search(/[.。;；](?:\s|$)/);
    if (stop > 0) return [end, end + 1 + stop];
  }
  let k = end + 1;
  while (k < text.length) {
    const next = text.indexOf('\n', k);
    const e = next < 0 ? text.length : next;
    const line = text.slice(k, e);
    if (line.trim().length === 0 || line.length > MAX_ITEM || !LIST_ITEM.test(line)) break;
    k = e + 1;
  }
  return [end, Math.min(k, text.length)];
}

/**
 * Places a label presents as the partners of what the text describes ("Partner countries: Morocco, Tunisia", "paesi pilota:
 * Ruanda, Senegal e Zambia"), and the signatories of a text the EU signs: read as a table's partner column is, whatever the
 * sentence's cue words say. The EU and member states are dropped later, as everywhere. `euSigns`: the EU is among the signatories
 * a label lists, so it takes part in what the text reports.
 */
export function labelledPartners(ctx: DocumentContext): { partners: Mention[]; euSigns: boolean } {
  const text = ctx.text;
  const out: Mention[] = [];
  let euSigns = false;
  let sheet: boolean | undefined;
  for (let colon = nextField(text, 0); colon >= 0; colon = nextField(text, colon + 1)) {
    const nameEnd = labelEnd(text, colon);
    const before = text.slice(Math.max(0, nameEnd - 60), nameEnd);
    const partners = PARTNER_LABEL.test(before) || (SHEET_COUNTRY_LABEL.test(before) && (sheet ??= SHEET_FIELD.test(text)));
    if (!partners && !SIGNATORIES_LABEL.test(before)) continue;
    // "Non-partner countries:", "nicht förderfähige Länder:"
    if (NEGATED_LABEL.test(before.replace(PARTNER_TAIL, ''))) continue;
    const [from, to] = listAfter(text, colon);
    const places = mentionsIn(ctx.places, from, to).filter((m) => m.kind === 'country' || m.kind === 'region' || m.id === 'org:eu');
    if (!partners) {
      if (!places.some((m) => m.id === 'org:eu')) continue;
      euSigns = true;
    }
    for (const m of places) if (!isEuOrMemberState(m.id)) out.push(m);
  }
  const signed = signatureTable(ctx);
  if (signed !== null) {
    euSigns = true;
    out.push(...signed);
  }
  for (const m of alignedWith(ctx)) out.push(m);
  for (const m of headedBulletLists(ctx)) if (!isEuOrMemberState(m.id)) out.push(m);
  for (const m of answeredLists(ctx)) if (!isEuOrMemberState(m.id)) out.push(m);
  for (const m of labelledRows(ctx)) if (!isEuOrMemberState(m.id)) out.push(m);
  for (const m of labelCopulaLists(ctx)) if (!isEuOrMemberState(m.id)) out.push(m);
  for (const m of leaderLists(ctx)) if (!isEuOrMemberState(m.id)) out.push(m);
  for (const m of listsNamedAs(ctx)) if (!isEuOrMemberState(m.id)) out.push(m);
  for (const m of listsCountedAfter(ctx)) if (!isEuOrMemberState(m.id)) out.push(m);
  for (const m of listsCountedBefore(ctx)) if (!isEuOrMemberState(m.id)) out.push(m);
  for (const m of legendLists(ctx)) if (!isEuOrMemberState(m.id)) out.push(m);
  // pairs and networks that hold a member state's city or institution, and the EU's Interreg programmes: the EU's side takes part in
  // them, whether or not the text names the EU (a member-state city's page on its partner cities, 1.15.64)
  const sided = [...twinnedPlaces(ctx), ...consortiumTable(ctx), ...interregPlaces(ctx), ...citiesInCountries(ctx)];
  if (sided.length > 0) {
    euSigns = true;
    out.push(...sided);
  }
  return { partners: out, euSigns };
}

/**
 * An alignment with the EU's statement, said after the states that align (1.15.42): "The Candidate Countries Montenegro*, Albania*, …,
 * and the EFTA countries Iceland and Liechtenstein … align themselves with this statement", "… schließen sich dieser Erklärung an",
 * "… se rallient à la présente déclaration", "… se suman a esta declaración", "… si allineano alla presente dichiarazione".
 */
const ALIGN_WITH_STATEMENT =
  /\balign\s+themselves\s+with\s+(?:this|the\s+present)\s+(?:statement|declaration)|\bschließen\s+sich\s+(?:dieser|der\s+vorliegenden)\s+Erklärung\s+an|\bse\s+rallient\s+à\s+(?:la\s+présente|cette)\s+déclaration|\bse\s+(?:suman|adhieren|alinean)\s+(?:a|con)\s+(?:esta|la\s+presente)\s+declaración|\bsi\s+allineano\s+(?:a|con)\s*(?:questa|alla\s+presente)\s+dichiarazione/gi;
/** The verb of every ALIGN_WITH_STATEMENT phrase: most texts have none ("alignment" alone is common), and the full pattern is long. */
const ALIGN_HINT = /align\s+themselves|schließen\s+sich|se\s+rallient|se\s+(?:suman|adhieren|alinean)|si\s+allineano/i;

/** The countries of the sentence before an alignment with the EU's statement, spoken on behalf of the EU. */
function alignedWith(ctx: DocumentContext): Mention[] {
  const text = ctx.text;
  if (!ALIGN_HINT.test(text)) return [];
  const out: Mention[] = [];
  ALIGN_WITH_STATEMENT.lastIndex = 0;
  for (let m = ALIGN_WITH_STATEMENT.exec(text); m; m = ALIGN_WITH_STATEMENT.exec(text)) {
    const s = ctx.sentences[segmentAt(ctx.sentences, m.index)];
    if (!s) continue;
    for (const p of mentionsIn(ctx.places, s.start, m.index)) if (p.kind === 'country' && !isEuOrMemberState(p.id)) out.push(p);
  }
  return out;
}

/** The words of a signature column's header: "Signature", "Date of signature", "Unterzeichnung", "Firma", "签署", "署名", "서명". */
const SIGNATURE_WORDS = String.raw`(?:date\s+(?:of|de)\s+(?:la\s+)?)?signature|signed|unterzeichn\p{L}*|firma|fecha\s+de\s+firma|data\s+(?:della\s+|di\s+)?firma|签署(?:日期)?|签字|署名(?:日)?|서명(?:일)?`;
/** A cell that is the header of a treaty status table's signature column. */
const SIGNATURE_HEADER = new RegExp(`^(?:${SIGNATURE_WORDS})$`, 'iu');
/** A bar before a signature header: most texts with tables have none, and their lines need not be split. */
const SIGNATURE_COLUMN_HINT = new RegExp(`\\|\\s*(?:${SIGNATURE_WORDS})`, 'iu');
/** A cell that holds a date: day and month in digits ("05/09/2024", "2024年9月"), or a day, a month's name and a year ("14. Mai 2025"). */
const DATE_CELL = /\d{1,4}[./\-年]\s?\d{1,2}|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+\d{4}/u;
/** The rule under a table's header ("|---|---|"). */
const HEADER_RULE_LINE = /^[\s|:-]*$/;

/**
 * A treaty's chart of signatures (1.15.41): a pipe table whose header has a signature column ("| States | Signature | Ratification |",
 * "| Partie | Signature | … |", "| Parte | Firma | … |") and in which the EU has signed (its row has a date there). The parties named in
 * the first cell of the other rows with a date in that column signed the same text as the EU: its partners. Rows of later tables
 * with no header of their own ("International Organisations | European Union | 05/09/2024 |") keep the column; a table under another
 * header does not. `null`: no such table, or the EU has not signed.
 */
function signatureTable(ctx: DocumentContext): Mention[] | null {
  if (!ctx.text.includes('|') || !SIGNATURE_COLUMN_HINT.test(ctx.text)) return null;
  let column = -1;
  let euSigned = false;
  const signers: Mention[] = [];
  // whether the line before was a header with a signature column: the rule under any other header ends the column's reading
  let signatureHeader = false;
  for (const line of ctx.lines) {
    if (line.text.indexOf('|') < 0) continue;
    if (HEADER_RULE_LINE.test(line.text)) {
      if (!signatureHeader) column = -1;
      continue;
    }
    const cells = splitCells(line);
    if (cells.length > 1 && cells[0].text === '') cells.shift();
    const k = cells.findIndex((c) => SIGNATURE_HEADER.test(c.text));
    signatureHeader = k > 0;
    if (signatureHeader) {
      column = k;
      continue;
    }
    if (column < 0 || cells.length <= column) continue;
    const places = mentionsIn(ctx.places, cells[0].start, cells[0].end).filter((m) => m.kind === 'country' || m.kind === 'region' || m.id === 'org:eu');
    if (places.length !== 1 || !DATE_CELL.test(cells[column].text)) continue;
    if (places[0].id === 'org:eu') euSigned = true;
    else if (!isEuOrMemberState(places[0].id) && !ctx.notParties.has(places[0].id)) signers.push(places[0]);
  }
  return euSigned ? signers : null;
}

/** A header cell naming who takes part: an institution, a partner, a member or a participant of a consortium. */
const MEMBER_HEADER =
  /^(?:institutions?|institución|instituciones|institut(?:ion)?s?|einrichtung(?:en)?|hochschulen?|universit(?:y|ies|é|és|ät|äten|ad|ades|à)|istituzion[ei]|ent[ei]|organi[sz]ations?|organismos?|partners?|partnerinstitution|partenaires?|partner\s*cit(?:y|ies)|twin\s+(?:cit(?:y|ies)|towns?)|partnerst(?:a|ä)dte?|partnerkommunen?|villes?\s+(?:partenaires?|jumelles?|jumelées?)|ciudad(?:es)?\s+(?:socias?|hermanas?|hermanadas?)|città\s+(?:partner|gemellat[ae])|友好城市|姉妹都市|友好都市|자매\s*도시|socios?|members?|membres?|miembros?|mitglieder|membri|participants?|teilnehmer|participantes|partecipanti|beneficiar(?:y|ies)|机构|单位|機関|大学|기관|대학)$/iu;

/** A row that says its place declined, withdrew, takes no part or only observes ("| Montenegro | – | Teilnahme für Phase 1 abgesagt |"). */
const NO_MEMBER_ROW =
  /declin|refus|withdr|abgesagt|abgelehnt|zurückgezogen|décliné|retiré|rechaz|retirad|rifiut|ritirat|not\s+(?:a\s+)?(?:participa|part\b|member)|nimmt\s+nicht|nicht\s+beteiligt|ne\s+participe|no\s+participa|non\s+partecipa|observ|Beobachter|osservat|拒绝|退出|辞退|不参加|거절|불참|탈퇴/i;

/** A bar before a country header: most texts with tables have none, and their lines need not be split. */
const COUNTRY_COLUMN_HINT = /\|\s*(?:countr|pays|land|länder|staat|país|paes|国|국가)/i;

/**
 * A consortium's table (1.15.63): a pipe table whose header has a country column and a column of institutions or members ("| Institución
 * | País | Rol |"), with rows from an EU member state and rows from outside the EU. Those outside take part in cooperation with the member
 * states' institutions: partners.
 */
function consortiumTable(ctx: DocumentContext): Mention[] {
  if (!ctx.text.includes('|') || !COUNTRY_COLUMN_HINT.test(ctx.text)) return [];
  const out: Mention[] = [];
  let column = -1;
  let rows: Mention[] = [];
  let memberState = false;
  const close = (): void => {
    if (memberState) out.push(...rows);
    column = -1;
    rows = [];
    memberState = false;
  };
  for (const line of ctx.lines) {
    if (line.text.indexOf('|') < 0) {
      if (line.text.trim() !== '') close();
      continue;
    }
    if (HEADER_RULE_LINE.test(line.text)) continue;
    const cells = splitCells(line);
    if (cells.length > 1 && cells[0].text === '') cells.shift();
    const country = cells.findIndex((c) => COUNTRY_HEADER.test(c.text.trim()));
    if (country >= 0 && cells.some((c, i) => i !== country && MEMBER_HEADER.test(c.text.trim()))) {
      close();
      column = country;
      continue;
    }
    if (column < 0 || cells.length <= column) continue;
    const places = mentionsIn(ctx.places, cells[column].start, cells[column].end).filter((m) => m.kind === 'country');
    if (places.length !== 1 || NO_MEMBER_ROW.test(line.text)) continue;
    if (isEuOrMemberState(places[0].id)) memberState = true;
    else if (!ctx.notParties.has(places[0].id)) rows.push(places[0]);
  }
  close();
  return out;
}

/** The places named in an Interreg programme's name ("Interreg IPA Italia-Albania-Montenegro") outside the EU: its parties (1.15.64). */
function interregPlaces(ctx: DocumentContext): Mention[] {
  if (!ctx.text.includes('Interreg')) return [];
  const out: Mention[] = [];
  INTERREG_NAME.lastIndex = 0;
  for (let m = INTERREG_NAME.exec(ctx.text); m; m = INTERREG_NAME.exec(ctx.text)) {
    for (const x of mentionsIn(ctx.places, m.index, m.index + m[0].length)) {
      if (x.kind === 'country' && !isEuOrMemberState(x.id) && !ctx.notParties.has(x.id)) out.push(x);
    }
  }
  return out;
}

/** A city before its country, the place a list names ("Irbid en Jordanie", "Durazzo, in Albania", "Kumasi in Ghana"): a capitalised name and "in". */
const CITY_IN_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?,?[ \t]+(?:en|in|au|aux|à|a)[ \t]+(?:l['’]|la[ \t]+|le[ \t]+|el[ \t]+|the[ \t]+)?$/u;
/** What may stand between two cities of one list: a comma, "and", or both. */
const CITY_LIST_GAP = /^\s*(?:,|;|,?\s+(?:and|et|und|y|e|ed|as well as|ainsi que|sowie)\s+(?:à\s+|a\s+)?)\s*$/;
/** A sentence that brings cities together: a project's members, a network, a twinning. */
const CITIES_TOGETHER = /réuni|rassembl|brings?\s+together|brought\s+together|\bunites?\b|partner|partenaire|socios?\b|villes|cities|Städte|ciudades|città|consorti|Konsorti|gemell|jumel|\btwin|hermanad/i;

/**
 * Cities listed each with its country, where the list holds a member state's city and one outside the EU (1.15.64): "Le projet réunit quatre
 * villes : Sousse, Irbid en Jordanie, Palerme en Italie et Valence en Espagne". A network or twinning of cities: the countries outside the
 * EU are its partners, as in a pair of cities with their countries in brackets (twinnedPlaces).
 */
function citiesInCountries(ctx: DocumentContext): Mention[] {
  const text = ctx.text;
  const out: Mention[] = [];
  let run: Mention[] = [];
  let runSentence = -1;
  const close = (): void => {
    if (run.length >= 2 && run.some((x) => isEuOrMemberState(x.id)) && run.some((x) => !isEuOrMemberState(x.id))) {
      const s = ctx.sentences[runSentence];
      if (s !== undefined && CITIES_TOGETHER.test(text.slice(s.start, run[0].start)) && !THREAT_IN_SENTENCE.test(text.slice(s.start, s.end))) {
        for (const x of run) if (!isEuOrMemberState(x.id) && !ctx.notParties.has(x.id)) out.push(x);
      }
    }
    run = [];
  };
  for (const m of ctx.places) {
    if (m.kind !== 'country') continue;
    const lead = CITY_IN_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start));
    if (lead === null) continue;
    const cityStart = m.start - lead[0].length + (lead[0].length > 0 && !/\p{Lu}/u.test(lead[0][0]) ? 1 : 0);
    const si = segmentAt(ctx.sentences, m.start);
    const last = run[run.length - 1];
    if (last === undefined || si !== runSentence || !CITY_LIST_GAP.test(text.slice(last.end, cityStart))) {
      close();
      runSentence = si;
    }
    run.push(m);
  }
  close();
  return out;
}

/** Two places, each in brackets after its city, paired on one line: "Kisumu (Kenya) – Tampere (Finland)", "Kigali (Rwanda) ↔ Ghent (Belgium)". */
const TWINNED = /\(([^()\n]{2,40})\)[ \t]*(?:[–—↔⟷⇄]|-|&|\+|\/|(?:and|et|und|y|e|con|avec|mit|with)(?![\p{L}]))[ \t]*[^()\n]{1,60}?\(([^()\n]{2,40})\)/gu;

/** What may open a line before a pair's first bracket: a bullet or a number, and a name of at most four words. */
const PAIR_LINE_START = new RegExp(String.raw`^[ \t]*(?:${BULLET})?[ \t]*[\p{Lu}][^\s()]*(?:[ \t]+[^\s()]+){0,3}[ \t]*$`, 'u');

/**
 * Twinnings and pairs of cities, ports or universities (1.15.36): where one side's bracket names a member state and the other a country
 * outside the EU, the pair is that country's cooperation with a member state ("- Kumasi (Ghana) – Porto (Portugal)").
 */
function twinnedPlaces(ctx: DocumentContext): Mention[] {
  const text = ctx.text;
  if (!text.includes(')')) return [];
  const out: Mention[] = [];
  TWINNED.lastIndex = 0;
  for (let m = TWINNED.exec(text); m; m = TWINNED.exec(text)) {
    const a = m.index + 1;
    const b = m.index + m[0].length - 1 - m[2].length;
    const first = mentionsIn(ctx.places, a, a + m[1].length);
    const second = mentionsIn(ctx.places, b, b + m[2].length);
    // the second bracket may open the next pair: read on from it
    TWINNED.lastIndex = b - 1;
    // a line of its own, the pair and nothing else ("- Kisumu (Kenya) – Tampere (Finland)"), not prose ("un cable entre Sines
    // (Portugal) y Fortaleza (Brasil) …", the two ends of a link)
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index + m[0].length);
    if (!PAIR_LINE_START.test(text.slice(lineStart, m.index)) || !/^[\s.,;:]*$/.test(text.slice(m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd))) continue;
    if (first.length !== 1 || second.length !== 1 || first[0].kind !== 'country' || second[0].kind !== 'country') continue;
    const [x, y] = [first[0], second[0]];
    if (isEuOrMemberState(x.id) !== isEuOrMemberState(y.id)) out.push(isEuOrMemberState(x.id) ? y : x);
  }
  return out;
}

/** The symbols of a map's or a slide's key ("■ país socio", "▲ Canadá"); not the round bullets of any list. */
const KEY_SYMBOLS = '■□◆◇▲△▼▽★☆✕✖✗✓✔▨▧▦◼◻⬛⬜◉◎♦▪▫◾◽●○';
const ANY_KEY_SYMBOL = new RegExp(`[${KEY_SYMBOLS}]`, 'u');
/** A key symbol at the start of a line, before its text. */
const LEGEND_SYMBOL = new RegExp(`^[ \\t]*([${KEY_SYMBOLS}])[ \\t]*(?=\\S)`, 'u');
/** What a legend says its symbol marks is a partner ("país socio de la Alianza", "partner country", "Partnerland", "伙伴国"). */
const LEGEND_PARTNER =
  /partner|partenaire|socio|partecipant|participant|participating|teilnehm|beneficiar|bénéficiaire|begünstigt|member of the|membre d|miembro d|membro d|Mitglied|伙伴|参与国|参加国|パートナー|파트너|참여국/iu;
/** …or that it is no party: an observer, invited and declined, in negotiation, someone else's ("aterrizaje de cables de terceros"). */
const LEGEND_NO_PARTY =
  /observ|beobacht|osserv|no es parte|not (?:a )?part|n['’]est pas partie|nicht Teil|kein(?:e)? Partner|non è parte|non (?:è |sono )?partner|declin|rechaz|abgelehnt|rifiut|refus|invit|negoti|négoci|negocia|Verhandl|third|terceros|tiers|Dritt|terz|candidat|Kandidat|观察|谈判|拒绝|第三|オブザーバー|交渉|辞退|옵서버|참관|협상|거절|불참/iu;
/** The longest line read as a legend, and what a key line may hold besides its names and their separators. */
const LEGEND_MAX = 90;
const KEY_RESIDUE = 12;
/** Where a key line's own description begins: "▲ Canadá — observador en el Foro", "● Fortaleza (Brasil) ⟷ Sines". */
const KEY_DESCRIPTION = /\s[—–-]\s|:/;

/**
 * A map's or a slide's legend and its key (1.15.34): lines that open with a symbol and describe it ("■ país socio de la Alianza con
 * proyecto activo", "▲ observador — no es parte de la Alianza"), and lines that open with the same symbol and list places ("■ Brasil ·
 * Chile · Colombia", "▲ Canadá"). The places of a symbol described as partners are partners; those of a symbol described as
 * observers, invited and declined, in negotiation or someone else's are no party (added to `ctx.notParties`). A line's own
 * description after a dash counts for its places too.
 */
function legendLists(ctx: DocumentContext): Mention[] {
  const text = ctx.text;
  // most texts have no symbol of a key at all
  if (!ANY_KEY_SYMBOL.test(text)) return [];
  const described = new Map<string, string>();
  const keyed: { symbol: string; places: Mention[]; own: string }[] = [];
  for (const line of ctx.lines) {
    const m = LEGEND_SYMBOL.exec(line.text);
    if (m === null) continue;
    const from = line.start + m[0].length;
    const places = mentionsIn(ctx.places, from, line.end).filter((x) => x.kind === 'country' || x.kind === 'region');
    const rest = text.slice(from, line.end);
    // a legend is a short line; a key line is little but names (a bulleted paragraph, "□ 양측은 북한의 …", is neither)
    if (places.length === 0) {
      if (!described.has(m[1]) && rest.length <= LEGEND_MAX) described.set(m[1], rest);
      continue;
    }
    // the places before the line's own description ("▲ Canadá — observador …"), or all of them
    const cut = KEY_DESCRIPTION.exec(rest);
    const end = cut === null ? line.end : from + cut.index;
    const names = places.filter((x) => x.end <= end);
    let residue = end - from;
    for (const x of names) residue -= x.end - x.start;
    if (names.length > 0 && residue <= KEY_RESIDUE + 3 * names.length) keyed.push({ symbol: m[1], places: names, own: cut === null ? '' : rest.slice(cut.index) });
  }
  const out: Mention[] = [];
  for (const k of keyed) {
    const legend = described.get(k.symbol);
    if (legend === undefined) continue;
    if (LEGEND_NO_PARTY.test(legend) || LEGEND_NO_PARTY.test(k.own)) {
      for (const p of k.places) if (!isEuOrMemberState(p.id)) ctx.notParties.add(p.id);
    } else if (LEGEND_PARTNER.test(legend)) out.push(...k.places);
  }
  return out;
}

/** A BULLET at the start of a line. */
const BULLET_MARK = new RegExp(`^\\s*(?:${BULLET})`);
/** A bulleted line: "• Sénégal – numérisation de 9 millions d'actes", "- Kenya: 12 centres", "1) Ghana". */
const BULLET_LINE = new RegExp(`${BULLET_MARK.source}\\s*\\S`);
/** Where the head of a bulleted item ends: its description after a dash, a colon or a bracket. */
const ITEM_HEAD_END = /\s[-–—]\s|[:：(（]/;

/**
 * A label standing alone as a heading over bulleted lines ("Pays bénéficiaires" over "• Sénégal – numérisation …", "Partner countries"
 * over "- Kenya: …"): the place at the head of each item, before its description, up to the first line that is not an item.
 */
function headedBulletLists(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  const lines = ctx.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i].text;
    if (t.length > 60 || !BULLET_LINE.test(lines[i + 1].text) || !PARTNER_LABEL.test(t.trimEnd()) || /[.;:：。]\s*$/.test(t)) continue;
    if (NEGATED_LABEL.test(t.trimEnd().replace(PARTNER_TAIL, ''))) continue;
    for (let k = i + 1; k < lines.length && BULLET_LINE.test(lines[k].text); k++) {
      const item = lines[k];
      // the bullet is blanked first: a "–" bullet is no dash of a description
      const head = ITEM_HEAD_END.exec(item.text.replace(BULLET_MARK, (m) => ' '.repeat(m.length)));
      const end = head ? item.start + head.index : item.end;
      for (const m of mentionsIn(ctx.places, item.start, end)) if (m.kind === 'country' || m.kind === 'region') out.push(m);
    }
  }
  return out;
}
/**
 * A question of an FAQ or a Q&A that asks for the partners, on a line of its own: "2. Which countries are covered?", "¿En qué países se
 * realizarán los pilotos?", "Welche Länder nehmen teil?", "哪些国家参与？". Not one that asks which are not ("… are not eligible?"), nor
 * one that asks only whom something concerns ("Quels pays sont concernés ?" over others' data centres).
 */
const PARTNER_QUESTION =
  /(?:\b(?:which|what)\s+(?:partner\s+)?countries\b[^?\n]{0,40}?\b(?:covered|eligible|participat\w*|take\s+part|involved|benefit\w*|pilots?|partners?|join\w*|signed|part\s+of)|\b(?:quels|dans\s+quels)\s+pays\b[^?\n]{0,40}?\b(?:couverts?|éligibles|particip\w*|bénéfici\w*|pilotes?|partenaires|signataires)|\b(?:welche|in\s+welchen)\s+L(?:ä|a)nder(?:n)?\b[^?\n]{0,40}?\b(?:teil|beteiligt|profitier\w*|förderfähig|Partner\w*|Pilot\w*|abgedeckt)|¿?\s*(?:qu[ée]|en\s+qu[ée]|cu[áa]les)\s+pa[íi]ses\b[^?\n]{0,40}?\b(?:particip\w*|beneficia\w*|elegibles|cubiertos|pilotos?|socios|parte|firmaron|realizar[áa]n)|\b(?:quali|in\s+quali)\s+paesi\b[^?\n]{0,40}?\b(?:partecip\w*|beneficia\w*|ammissibili|coperti|pilota|partner|aderis\w*)|(?:哪些|哪几个)国家[^？?\n]{0,20}(?:参与|参加|受益|覆盖|试点|合作|签署)|(?:どの|どこの)国[^？?\n]{0,20}(?:参加|対象|協力|署名)|(?:어느|어떤)\s*(?:나라|국가)[^?？\n]{0,20}(?:참여|참가|대상|협력|서명))[^?？\n]{0,40}[?？]\s*$/iu;
/** A question that asks which are not. */
const NEGATED_QUESTION = /\b(?:not|pas|nicht|no|non|kein\w*)\b|不|没有|ない|않/i;
/** Where an answer turns to the places left out: "… except Afghanistan", "salvo Venezuela", "außer Belarus", "除了…". */
const ANSWER_EXCEPT = /\b(?:except|excluding|but\s+not|sauf|hormis|à\s+l['’]exception|außer|ausgenommen|excepto|salvo|menos|con\s+excepción|tranne|eccetto|ad\s+eccezione)\b|除了|除外|を除|제외/iu;

function isPartnerQuestion(q: string): boolean {
  return (q.endsWith('?') || q.endsWith('？') || /[?？]\s+$/.test(q)) && PARTNER_QUESTION.test(q) && !NEGATED_QUESTION.test(q.replace(/\b(?:not\s+only|non\s+seulement|nicht\s+nur|no\s+solo|non\s+solo)\b/gi, ''));
}

/** A numbered heading that is a partner label and nothing else: "1.1  Partner countries", "2. Pays bénéficiaires" (1.15.47). */
function isLabelHeading(q: string): boolean {
  const t = q.trim();
  return t.length <= 60 && /^\d+(?:\.\d+)*\.?\s+\p{L}/u.test(t) && PARTNER_LABEL.test(t) && !NEGATED_LABEL.test(t.replace(PARTNER_TAIL, ''));
}

/**
 * The places of the first sentence of the answer to a PARTNER_QUESTION, or of the paragraph under a numbered partner label (the next
 * line with text): "2. Which countries are covered?" over
 * "Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan and Uzbekistan.", up to a turn to the places left out. An answer that
 * opens with "No" names none (1.15.45).
 */
function answeredLists(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  const lines = ctx.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const q = lines[i].text;
    if (q.length > 160 || !(isPartnerQuestion(q) || isLabelHeading(q))) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].text.trim() === '') k++;
    if (k >= lines.length || /^\s*(?:no|non|nein|nada|なし|아니)\b/iu.test(lines[k].text)) continue;
    const s = ctx.sentences[segmentAt(ctx.sentences, lines[k].start)];
    let end = s ? Math.min(s.end, lines[k].end) : lines[k].end;
    const answer = ctx.text.slice(lines[k].start, end);
    const except = ANSWER_EXCEPT.exec(answer);
    if (except) end = lines[k].start + except.index;
    for (const m of mentionsIn(ctx.places, lines[k].start, end)) if (m.kind === 'country' || m.kind === 'region') out.push(m);
  }
  return out;
}
/**
 * The first cell of a table row that names the partners of what the table sums up: "| 4. Beneficiaries | Kazakhstan, Kyrgyz Republic,
 * Tajikistan, Uzbekistan |" in an action document's summary table (1.15.50).
 */
const PARTNER_ROW_LABEL = /^\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:beneficiar(?:y|ies)|(?:pays\s+)?bénéficiaires|beneficiarios|beneficiari|Begünstigte)\s*$/i;
/** A row label: a bare word for beneficiaries, or a partner label (PARTNER_LABEL, "Partner countries", "Países beneficiarios") after its number. */
function isPartnerRowLabel(cell: string): boolean {
  return PARTNER_ROW_LABEL.test(cell) || PARTNER_LABEL.test(cell.replace(/^\s*\d+(?:\.\d+)*\.?\s*/, ''));
}

/** A word every row label read here holds (Latin-script labels only): most table rows have none, and are not split into cells for it. */
const ROW_LABEL_HINT = /benefici|partner|countr|pays|países|paesi|Begünstigte|länder/i;

/** The places of the other cells of each PARTNER_ROW_LABEL row. */
function labelledRows(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  if (!ctx.text.includes('|')) return out;
  for (const line of ctx.lines) {
    if (!line.text.includes('|') || !ROW_LABEL_HINT.test(line.text)) continue;
    const cells = splitCells(line);
    const k = cells.findIndex((c) => c.text !== '');
    if (k < 0 || k + 1 >= cells.length || !isPartnerRowLabel(cells[k].text)) continue;
    for (const m of mentionsIn(ctx.places, cells[k + 1].start, line.end)) if (m.kind === 'country' || m.kind === 'region') out.push(m);
  }
  return out;
}
/**
 * A label of partners as the subject of "are", its list after the verb (1.15.51): "Pilotländer für den ländlichen Breitbandausbau sind
 * Kasachstan, Usbekistan und Kirgisistan.", "The pilot countries are Fiji and Samoa.", "Les pays pilotes sont le Bénin et le Togo."
 */
const LABEL_COPULA =
  /\b(?:(?:pilot|partner|target|beneficiary)\s+countries|Pilotländer|Partnerländer|Zielländer|pays\s+(?:pilotes|partenaires|bénéficiaires|cibles)|países\s+(?:piloto|socios|beneficiarios)|paesi\s+(?:pilota|partner|beneficiari))\b[^.;:\n]{0,50}?\s(?:are|were|will\s+be|sind|waren|werden|sont|seront|son|serán|sono|saranno)\s/gi;

function labelCopulaLists(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  if (!LABEL_COPULA_HINT.test(ctx.text)) return out;
  LABEL_COPULA.lastIndex = 0;
  for (let m = LABEL_COPULA.exec(ctx.text); m; m = LABEL_COPULA.exec(ctx.text)) {
    const from = m.index + m[0].length;
    const s = ctx.sentences[segmentAt(ctx.sentences, from)];
    if (!s || NEGATED_LABEL.test(m[0])) continue;
    // the list right after the verb, and nothing further ("… sont pourtant la cible de campagnes attribuées à la Russie" is no list)
    let at = from;
    for (const p of mentionsIn(ctx.places, from, s.end)) {
      if (!COPULA_LIST_GAP.test(ctx.text.slice(at, p.start))) break;
      if (p.kind === 'country' || p.kind === 'region') out.push(p);
      at = p.end;
    }
  }
  return out;
}
/** What may stand before a list's first place after the verb, or between its places: an article, a comma, "and". */
const COPULA_LIST_GAP = /^\s*(?:,|and|et|und|y|e|、|和)?\s*(?:the\s+|le\s+|la\s+|les\s+|l['’]|die\s+|der\s+|el\s+|los\s+|las\s+|il\s+|lo\s+|i\s+|gli\s+)?$/i;
/** A word of every LABEL_COPULA: most texts have none. */
const LABEL_COPULA_HINT = /pilot|partner|target|beneficiar|länder|pays|países|paesi/i;
/** A line of a list set out with dot leaders: "Bolivia ........ 4,8", "Kenya ..... 12.5". */
const LEADER_LINE = /^\s*(\S[^.\n]*?)\s*\.{4,}\s*([\d.,]+)\s*$/;
/** A figure of nothing: "0", "0,0", "0.00". */
const ZERO = /^0(?:[.,]0+)?$/;

/**
 * Figures by partner set out with dot leaders under a title that names them partners ("Desembolsos brutos de la AECID en 2024 por
 * país socio" over "Bolivia ........ 4,8"): the place that opens each line of three or more such lines, unless its figure is nil.
 * The title is one of the eight lines before the first, a partner label at its end.
 */
function leaderLists(ctx: DocumentContext): Mention[] {
  const out: Mention[] = [];
  const lines = ctx.lines;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].text.includes('....')) continue;
    let k = i;
    while (k < lines.length && LEADER_LINE.test(lines[k].text)) k++;
    if (k - i >= 3) {
      let titled = false;
      for (let h = Math.max(0, i - 8); h < i && !titled; h++) titled = lines[h].text.length <= 120 && PARTNER_LABEL.test(lines[h].text.trimEnd());
      if (titled) {
        for (let j = i; j < k; j++) {
          const m = LEADER_LINE.exec(lines[j].text);
          if (!m || ZERO.test(m[2])) continue;
          const nameEnd = lines[j].start + lines[j].text.indexOf(m[1]) + m[1].length;
          for (const p of mentionsIn(ctx.places, lines[j].start, nameEnd)) if (p.kind === 'country' || p.kind === 'region') out.push(p);
        }
      }
    }
    i = Math.max(i, k);
  }
  return out;
}


/** The noun of a count of places; the count itself is looked for only in the word or two before it, not at every word. */
const COUNT_NOUN = /(?:countries|states|nations|pays|Ländern?|Staaten|países|paesi|stati)\b/giu;
/** Words that may stand between a count and its noun: "20 partner countries", "nine ASEAN states". */
const COUNT_ADJECTIVES: ReadonlySet<string> = new Set(['partner', 'pilot', 'beneficiary', 'target', 'african', 'asian', 'pacific', 'asean', 'member']);
/** The counter of a CJK count ("九个", "20か国", "9개국"), the count before it, and what must follow 个 ("国家：", "："). */
const CJK_COUNTER = /个|か国|カ国|ヵ国|개국/g;
const CJK_COUNT_BEFORE = /(\d{1,2}|十[一二三四五六七八九]|[二三四五六七八九十])$/u;
const GE_AFTER = /^(?:国家|成员国)?[：:]/;
const MORE_COUNT: Record<string, number> = {
  eleven: 11, twelve: 12, onze: 11, douze: 12, elf: 11, zwölf: 12, once: 11, doce: 12, undici: 11, dodici: 12,
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};
const COUNT_TOPIC =
  /programme|program|project|initiative|facility|scheme|projet|programa|proyecto|iniciativa|Programm|Projekt|Vorhaben|Initiative|progetto|programma|iniziativa|\bEU\b|\bUE\b|European|européenne|Europäische|Europea|计划|项目|倡议|欧盟|プログラム|プロジェクト|事業|사업|프로그램|이니셔티브/i;
/** Most distance between two countries of one list, which a blank line or the end of a sentence also ends. */
const COUNTED_GAP = 40;
const LIST_BREAK = /\n[^\S\n]*\n|[.。!?！？;；]/;

/** [start, end) of the word (letters and digits) that ends right before the white space before `at`; null if no white space. */
function wordBefore(text: string, at: number): [number, number] | null {
  let e = at;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === at) return null;
  let b = e;
  while (b > 0 && LETTER_OR_DIGIT.test(text[b - 1])) b--;
  return b < e ? [b, e] : null;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function countValue(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w.length === 2 && w[0] === '十') return 10 + (MORE_COUNT[w[1]] ?? 0);
  return COUNT[w] ?? MORE_COUNT[w] ?? NaN;
}

/** Each count of places before a list: where it ends (the list is looked for after it), where it starts, and how many. */
function countsBefore(text: string): { n: number; start: number; end: number }[] {
  const out: { n: number; start: number; end: number }[] = [];
  COUNT_NOUN.lastIndex = 0;
  for (let m = COUNT_NOUN.exec(text); m !== null; m = COUNT_NOUN.exec(text)) {
    // the word before the noun is the count, or an adjective with the count before it
    let w = wordBefore(text, m.index);
    if (w && COUNT_ADJECTIVES.has(text.slice(w[0], w[1]).toLowerCase())) w = wordBefore(text, w[0]);
    if (!w) continue;
    const n = countValue(text.slice(w[0], w[1]));
    if (Number.isNaN(n)) continue;
    out.push({ n, start: w[0], end: m.index + m[0].length });
  }
  CJK_COUNTER.lastIndex = 0;
  for (let m = CJK_COUNTER.exec(text); m !== null; m = CJK_COUNTER.exec(text)) {
    const c = CJK_COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 2), m.index));
    if (c === null) continue;
    let end = m.index + m[0].length;
    if (m[0] === '个') {
      const after = GE_AFTER.exec(text.slice(end, end + 4));
      if (after === null) continue;
      end += after[0].length;
    }
    out.push({ n: countValue(c[1]), start: m.index - c[0].length, end });
  }
  return out;
}

/**
 * A count of places the cooperation covers, then the list of exactly that many: "The programme currently works in 20 countries." over
 * lines "Eastern Africa: Kenya, Rwanda, …", "目前参与该计划的东盟成员国共有九个：文莱、柬埔寨 …", "in den folgenden vier Ländern: …". The count's
 * sentence speaks of a programme or of the EU and names no other country before the count; the list is the first run of countries
 * after it (no more than 40 characters, no blank line and no sentence end between two), and holds exactly that many.
 */
function listsCountedBefore(ctx: DocumentContext): Mention[] {
  const text = ctx.text;
  const out: Mention[] = [];
  for (const { n, start, end } of countsBefore(text)) {
    if (!(n >= 2 && n <= 30)) continue;
    const s = ctx.sentences[segmentAt(ctx.sentences, start)];
    if (!s) continue;
    if (!COUNT_TOPIC.test(text.slice(s.start, start)) || mentionsIn(ctx.places, s.start, start).some((p) => p.kind === 'country' && !isEuOrMemberState(p.id))) continue;
    // a count of targets ("the cyber-attacks on three countries"), or one whose list is a footnote's (read by its marker), is not this
    if (THREAT_IN_SENTENCE.test(text.slice(s.start, s.end))) continue;
    const after = mentionsIn(ctx.places, end, end + 1500).filter((p) => p.kind === 'country' && !isEuOrMemberState(p.id));
    if (after.length < n || after[0].start - end > 400 || ctx.footnotes.some((f) => after[0].start >= f.start && after[0].start < f.end)) continue;
    const run = [after[0]];
    const ids = new Set([after[0].id]);
    for (let k = 1; k < after.length && after[k].start - after[k - 1].end <= COUNTED_GAP && !LIST_BREAK.test(text.slice(after[k - 1].end, after[k].start)); k++) {
      run.push(after[k]);
      ids.add(after[k].id);
    }
    if (ids.size === n && !run.some((p) => ctx.notParties.has(p.id))) out.push(...run);
  }
  return out;
}

/**
 * The same labels after a list: "has selected Benin, Ethiopia, Nigeria, Togo and Uganda as first-round pilot countries", "choisis
 * comme pays pilotes", "als Pilotländer ausgewählt", "como países piloto", "come paesi pilota". The label is found first and the
 * "as" before it tested after (one pattern with both ran at every "as" of a text: a tenth of extract()'s time on the bench).
 */
const GROUP_LABEL =
  /\b(?:pilot|partner|beneficiary|target|focus)\s+countries\b|\bpays\s+(?:pilotes|partenaires|bénéficiaires|cibles)|(?:pilot|partner|ziel|schwerpunkt)l(?:ä|a)nder|\bpaíses\s+(?:piloto|socios|beneficiarios|destinatarios)|\bpaesi\s+(?:pilota|partner|beneficiari|destinatari)\b/gi;
/**
 * "as", or "are" ("Samoa and Tonga are the hub's first pilot countries"), and up to two words ("first-round", "its two"), three
 * after "are", right before a GROUP_LABEL.
 */
const AS_BEFORE = /(?:^|[^\p{L}])(?:(?:as|comme|als|como|come)\s+(?:[\p{L}-]+\s+){0,2}|(?:are|were|sont|étaient|sind|waren|son|eran|sono|erano)\s+(?:[\p{L}'’-]+\s+){0,3})$/iu;
/** A negation among the words after the "are": "are not pilot countries", "ne sont pas les pays pilotes". */
const NEGATED_COPULA = /\s(?:not|no|non|nicht|pas|keine?|nor)\s/iu;
/** "not" right before the "as". */
const NOT_AS = /(?:^|\s)(?:not|non|nicht|no|pas)\s+(?:as|comme|als|como|come)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** What may stand between two names of one list, and between its last name and "as". */
const LIST_GAP = /^[\s,;]*(?:(?:and|et|und|y|e|or|ou|oder|o)\s+)?(?:(?:the|la|le|les|l['’]|die|der|den|el|los|las|il|lo|gli|i)\s*)?$/iu;

/** The list of places right before the "as" of each GROUP_LABEL. */
function listsNamedAs(ctx: DocumentContext): Mention[] {
  const text = ctx.text;
  const out: Mention[] = [];
  GROUP_LABEL.lastIndex = 0;
  for (let m = GROUP_LABEL.exec(text); m !== null; m = GROUP_LABEL.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const as = AS_BEFORE.exec(before);
    if (as === null || NOT_AS.test(before) || NEGATED_COPULA.test(as[0])) continue;
    const at = m.index - before.length + as.index + as[0].search(/\p{L}/u);
    const places = mentionsIn(ctx.places, Math.max(0, at - 400), at).filter((p) => p.kind === 'country' || p.kind === 'region');
    let k = places.length - 1;
    if (k < 0 || !/^\s+$/.test(text.slice(places[k].end, at))) continue;
    const list = [places[k]];
    while (k > 0 && LIST_GAP.test(text.slice(places[k - 1].end, places[k].start))) list.push(places[--k]);
    out.push(...list);
  }
  return out;
}

/**
 * A list named again by its count later on: "Teams aus der Ukraine, der Republik Moldau und Georgien … aus den drei Partnerländern",
 * "Benin and Togo … the two pilot countries", "les trois pays bénéficiaires", "los dos países socios", "i tre paesi partner". The
 * nearest list of exactly that many places before the count, within 1,500 characters, is what the text calls partners.
 */
const COUNTED_NOUN =
  /(?:partner\s+countries|pilot\s+countries|beneficiary\s+countries|target\s+countries|(?:partner|pilot|ziel|empfänger)l(?:ä|a)nder[n]?|pays\s+(?:partenaires|pilotes|bénéficiaires)|países\s+(?:socios|piloto|beneficiarios|destinatarios)|paesi\s+(?:partner|pilota|beneficiari|destinatari))\b/giu;
/** The article and the count right before a COUNTED_NOUN: "the three ", "den zwei ", "der drei " (1.15.60), "i tre ". */
const COUNTED_BEFORE =
  /\b(?:the|these|both|its|their|den|die|der|diesen|dieser|ihrer|les|des|ces|ses|leurs|los|las|estos|sus|i|gli|dei|degli|questi|suoi)\s+(two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|deux|trois|quatre|cinq|sept|huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|[2-9])\s+$/iu;
/** How far before the noun its article may start. */
const COUNTED_REACH = 200;
/** A character that makes a word go on, as `\b` of COUNTED_BEFORE (flags iu) sees it. */
const WORD_CHAR = /[\w\u017f\u212a]/iu;

/**
 * Each COUNTED_NOUN with an article and a count before it: the count and where the article starts. The noun is looked for
 * first (a few per document), and the article and count only before it, rather than trying the articles at every word.
 */
export function countedLabels(text: string): { n: number; index: number }[] {
  const out: { n: number; index: number }[] = [];
  COUNTED_NOUN.lastIndex = 0;
  let after = 0;
  for (let m = COUNTED_NOUN.exec(text); m !== null; m = COUNTED_NOUN.exec(text)) {
    const from = Math.max(after, m.index - COUNTED_REACH);
    const c = COUNTED_BEFORE.exec(text.slice(from, m.index));
    if (c === null || (c.index === 0 && from > 0 && WORD_CHAR.test(text[from - 1]))) continue;
    const word = c[1].toLowerCase();
    out.push({ n: COUNT[word] ?? Number(word), index: from + c.index });
    after = m.index + m[0].length;
  }
  return out;
}

/** The places of the nearest list of exactly the count of each counted label before it. */
function listsCountedAfter(ctx: DocumentContext): Mention[] {
  const text = ctx.text;
  const out: Mention[] = [];
  for (const { n, index } of countedLabels(text)) {
    const places = mentionsIn(ctx.places, Math.max(0, index - 1500), index).filter(
      (p) => (p.kind === 'country' || p.kind === 'region') && !isEuOrMemberState(p.id),
    );
    // lists from the nearest back: a list is names joined by commas, "and" and articles only
    let k = places.length - 1;
    while (k >= 0) {
      const list = [places[k]];
      while (k > 0 && LIST_GAP.test(text.slice(places[k - 1].end, places[k].start))) list.push(places[--k]);
      k--;
      if (new Set(list.map((p) => p.id)).size === n && !list.some((p) => ctx.notParties.has(p.id))) {
        out.push(...list);
        break;
      }
    }
  }
  return out;
}

/** A negation right before the label. */
const NEGATED_LABEL = /(?:^|[^\p{L}])(?:non|not|nicht|no|kein\p{L}*)[\s-]+\S*\s*$/iu;

/** The label itself at the end of the text before a colon, to look at what stands before it. */
const PARTNER_TAIL = /\S+(?:\s+\p{Ll}+)?(?:\s*[(（][^)）\n]{0,40}[)）])?\s*$/u;

/** The next ':' or '：' at or after `from`, or -1. */
function nextColon(text: string, from: number): number {
  const a = text.indexOf(':', from);
  const b = text.indexOf('：', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** A run of dot leaders between a field's name and its words ("Land ........ Kasachstan, Aserbaidschan"), not its figure ("Bolivia .... 4,8"). */
const LEADER_BEFORE_WORDS = /\.{4,}[ \t]+(?=[^\s\d])/y;

/**
 * The next colon of a field, or the last dot of a run of dot leaders before the field's words (1.15.52): a project sheet set out as
 * "Land ..................... Kasachstan, Aserbaidschan" is read as "Land: Kasachstan, Aserbaidschan".
 */
function nextField(text: string, from: number): number {
  const colon = nextColon(text, from);
  let dots = text.indexOf('....', from);
  while (dots >= 0 && (colon < 0 || dots < colon)) {
    LEADER_BEFORE_WORDS.lastIndex = dots;
    // the start of a run only: a run found inside another starts after a dot
    if (text.charCodeAt(dots - 1) !== 0x2e && LEADER_BEFORE_WORDS.test(text)) {
      let end = dots;
      while (text.charCodeAt(end + 1) === 0x2e) end++;
      return end;
    }
    dots = text.indexOf('....', dots + 4);
  }
  return colon;
}

/** Where the name of the field whose separator is at `at` ends: before its colon, or before the dot leaders and the space before them. */
function labelEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x2e) return at;
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x2e || text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
  return k;
}
