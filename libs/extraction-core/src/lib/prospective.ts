import { DocumentContext, mentionsIn } from './document-context';
import { Mention } from './gazetteer-matcher';
import { isEuCompound } from './role-classifier';
import { BULLET, isHeadingLine, segmentAt } from './text-segmenter';

/**
 * What a text proposes or imagines is no cooperation yet. A policy brief's recommendations ("R1. The EU should open a Digital
 * Partnership with Indonesia"), a dossier's options ("Option 2 – … Die EU lädt Kanada und Singapur ein") and a study's scenarios
 * ("Scénario B — le Nigeria rejoint un partenariat numérique avec l'UE", "シナリオB：インドが…加わり") name places the EU does not
 * cooperate with, in the words of cooperation. Four shapes mark them:
 * - a section under a heading of recommendations, options, proposals or scenarios, up to the next heading or a footnote rule;
 * - an item labelled as an option or a scenario ("Option 2 –", "Escenario B (2028):", "옵션 1:"), with the lines it wraps onto;
 * - a table whose first column is the option or the scenario ("| Option | Content | Pros | Cons |");
 * - in a debate, a hearing or a talk, a wish, a hypothesis or a missing mandate, to the end of its sentence ("I would like the
 *   Commission to open a Digital Partnership with Vietnam", "why not a digital trade agreement with Australia too?", "hypothetically,
 *   an EU–Canada testing deal?", "the Commission has no mandate for a digital partnership with Vietnam or Malaysia").
 */

/** A section's number: "3", "22.3", "IV", "Ⅲ". */
const SECTION_NUMBER = String.raw`(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4}|[Ⅰ-Ⅻ])`;

/**
 * The words of such a heading, in the eight languages: plurals, which may take a few words more ("Scenarios to 2030", "Opzioni
 * all'esame"); and singulars on their own, since "Proposal for a Council Decision" and "Recommendation of the Council" are titles of
 * acts.
 */
const PROSPECT_PLURALS = String.raw`(?:(?:policy|political)\s+)?(?:recommendations|options|proposals|scenarios|recommandations|propositions|pistes|scénarios|(?:handlungs)?empfehlungen|(?:handlungs)?optionen|vorschläge|szenarien|recomendaciones|opciones|propuestas|escenarios|raccomandazioni|opzioni|proposte|scenari|提言|政策提言|シナリオ|選択肢|政策オプション|建议|政策建议|情景|情景分析|选项|政策选项|권고|권고사항|제언|정책\s*제언|정책\s*옵션|옵션|시나리오)`;
const PROSPECT_SINGULARS = String.raw`(?:recommendation|option|scenario|recommandation|scénario|empfehlung|szenario|recomendación|opción|escenario|raccomandazione|opzione)`;

/**
 * What a programme or a manifesto heads its pledges with (1.15.43): "Ce que nous proposerons", "What we will propose", "Our proposals",
 * "Was wir vorschlagen", "Lo que proponemos", "Ciò che proponiamo": a proposal, not cooperation yet.
 */
const PLEDGE_LEAD = String.raw`(?:what\s+we\s+(?:will\s+)?|ce\s+que\s+nous\s+|was\s+wir\s+|lo\s+que\s+|(?:ciò|quello)\s+che\s+|our\s+|nos\s+|unsere\s+|nuestras\s+|le\s+nostre\s+)`;
const PLEDGE_VERBS = String.raw`(?:propose|proposons|proposerons|vorschlagen|proponemos|propondremos|proponiamo|proporremo)`;

/** "3. Recommendations", "Ⅲ. 정책 옵션", "4．提言", "Scénarios à l'horizon 2030", "Opzioni all'esame": a short heading line. */
const PROSPECT_HEADING = new RegExp(
  String.raw`^(?:${SECTION_NUMBER}\s*[.．)]?\s*)?(?:${PLEDGE_LEAD}${PLEDGE_VERBS}(?![\p{L}])|(?:${PLEDGE_LEAD})?${PROSPECT_PLURALS}(?![\p{L}])(?:\s+[^\s.!?。|]+){0,5}|${PROSPECT_SINGULARS})\s*[:：]?$`,
  'iu',
);

/** The word of an option or a scenario, as an item's label or a table's first column. */
const OPTION_WORD = String.raw`(?:options?|opción|opzione|optie|variante|scenarios?|scénarios?|szenari(?:o|en)|escenarios?|scenari|オプション|シナリオ|選択肢|옵션|시나리오|选项|方案|情景)`;

/** An item labelled as an option or a scenario: "Option 2 –", "Szenario B (2028):", "シナリオA：", "옵션 1:", "Opción 2 —". */
const PROSPECT_ITEM = new RegExp(String.raw`^\s*(?:[-•*–—]\s*)?${OPTION_WORD}\s*(?:\d{1,2}|[A-E])(?![\p{L}\d])\s*(?:\([^)\n]{0,20}\)\s*)?[:：.—–-]`, 'iu');

/** A table's first header cell that names an option or a scenario. */
const PROSPECT_COLUMN = new RegExp(String.raw`^${OPTION_WORD}$`, 'iu');

/** A footnote rule or a page's separator line ("---" of Markdown too, 1.15.65): what follows is no longer the section. */
const RULE_LINE = /^\s*[_=—-]{3,}\s*$/;

/** "4. Conclusion", "Ⅳ. 결론", "5．おわりに": a numbered line with no end mark (isHeadingLine() takes a number for an item's). */
const NUMBERED_HEADING = new RegExp(String.raw`^${SECTION_NUMBER}\s*[.．)]\s*[^\s.!?。][^.!?。]{0,70}$`, 'u');

/** How long a section of recommendations, options or scenarios may run, in characters. */
const SECTION_MAX = 2000;

/** A line that opens an item: the segmenter's bullets and numbers, a dash, a recommendation's number ("R1.") or a bracketed one ("（1）"). */
const ITEM_MARK = /^\s*(?:—\s|R\d{1,2}\.\s|[（(]\d{1,2}[)）])/;

function opensItem(line: string): boolean {
  return BULLET.test(line) || ITEM_MARK.test(line);
}

/** What the text recommends, offers as an option, imagines as a scenario or wishes for: a section, an item, a table or a wish, [start, end). */
export interface ProspectSpan {
  kind: 'section' | 'item' | 'table' | 'wish';
  start: number;
  end: number;
}

/**
 * A quick test over the whole text: some line opens with a word PROSPECT_HEADING, PROSPECT_ITEM or PROSPECT_COLUMN could start
 * with (after a bar, a bullet or a number). Most texts have none, and their lines need not be looked at one by one.
 */
const PROSPECT_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:\|[^\S\n]*)?(?:[-•*–—][^\S\n]*)?(?:${SECTION_NUMBER}[^\S\n]*[.．)]?[^\S\n]*)?(?:(?:policy|political)\s+|${PLEDGE_LEAD})?(?:recommend|recommand|recomend|raccomand|empfehl|handlungs|option|opci|opzion|optie|variante|propos|propon|propor|propuest|propost|vorschl|pistes|scenar|scénar|szenar|escenar|提言|提案|政策|シナリオ|選択肢|オプション|建议|情景|选项|方案|권고|제언|정책|옵션|시나리오)`,
  'imu',
);

export function prospectiveSpans(ctx: DocumentContext): ProspectSpan[] {
  const lines = ctx.lines;
  const out: ProspectSpan[] = [];
  wishSpans(ctx, out);
  if (!PROSPECT_LINE.test(ctx.text)) return out;
  let from = -1;
  // what the open span is: a section (ends at a heading) or an item (ends at a blank line or the next item)
  let kind: 'section' | 'item' | null = null;
  const close = (at: number): void => {
    if (from >= 0 && kind !== null && at > from) out.push({ kind, start: from, end: at });
    from = -1;
  };
  // a table of options may stand in a section of options, whose place names paired with the EU keep their role: its rows are its own span
  let tableFrom = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text.trim();
    if (tableFrom >= 0 && !t.includes('|')) {
      out.push({ kind: 'table', start: tableFrom, end: line.start });
      tableFrom = -1;
    }
    if (!t) {
      if (kind === 'item') {
        close(line.start);
        kind = null;
      }
      continue;
    }
    // (nor are the footnotes, which the section's last line may run into: "¹ With Japan (May 2022), …")
    if (RULE_LINE.test(t) || (ctx.footnotes.length > 0 && ctx.footnotes.some((f) => f.start >= line.start && f.start < line.end))) {
      close(line.start);
      kind = null;
      continue;
    }
    if (t.includes('|')) {
      if (tableFrom < 0 && PROSPECT_COLUMN.test(firstCell(t))) tableFrom = line.start;
      continue;
    }
    if (t.length <= 90 && PROSPECT_HEADING.test(t) && !/[.!?。]$/.test(t)) {
      close(line.start);
      from = line.start;
      kind = 'section';
      continue;
    }
    if (PROSPECT_ITEM.test(t)) {
      if (kind !== 'section') {
        close(line.start);
        from = line.start;
        kind = 'item';
      }
      continue;
    }
    if (kind === 'item' && opensItem(t)) {
      close(line.start);
      kind = null;
      continue;
    }
    // a numbered heading ends a section, and a heading of another kind after a blank line: "4. Conclusion", "Ⅳ. 결론", "A cura di: …";
    // so does its length: recommendations, options and scenarios are a page's end, not a report's body
    // (not a short line that opens the list under it: "Das Ministerium sollte⏎- für jedes Vorhaben …")
    if (kind === 'section' && (NUMBERED_HEADING.test(t) || line.start - from > SECTION_MAX || (i > 0 && lines[i - 1].text.trim() === '' && isHeadingLine(t) && !(i + 1 < lines.length && opensItem(lines[i + 1].text))))) {
      close(line.start);
      kind = null;
    }
  }
  if (tableFrom >= 0) out.push({ kind: 'table', start: tableFrom, end: ctx.text.length });
  close(ctx.text.length);
  return out;
}

/** Where WISH can match: its first distinctive words, found in one pass; most texts hold none. */
const WISH_HINT = /mandat|-term (?:aim|goal|objective)|ultimate (?:aim|goal)|why not|pourquoi pas|warum nicht|por qué no|perché non|ypoth|ipot|(?:would|'d) like|urges? the|calls? on the|asks? the|invites? the|encourages? the|propose an? |for an? (?:dedicated|new|future|possible|eventual) |streben wir|auspica|gustaría|aimerions|aimerais|piacerebbe|würden gerne?|possibility of|opportunity of|feasibility of|opportunité d|possibilité d|posibilidad de|conveniencia de|oportunidad de|opportunità di|possibilità di|Möglichkeit eine|recomend(?:ó|aron) que|souhaité que|recommandé que|empfahlen|建议(?:欧盟|歐盟)|(?:与会|专家|学者|参会|代表)[^。；;\n]{0,8}建议/gi;

/** A wish for a cooperation that does not exist, or the mandate for it missing, in the eight languages' Latin ones. */
const WISH = new RegExp(
  [
    String.raw`\b(?:no|without\s+(?:a|any))\s+mandate\s+(?:for|to)\b`,
    String.raw`\b(?:pas\s+de|aucun|sans)\s+mandat\b`,
    String.raw`\bkein(?:en)?\s+Mandat\b|\bohne\s+Mandat\b`,
    String.raw`\b(?:ningún|sin)\s+mandato\b|\bno\s+(?:tenemos|tiene|hay)\s+(?:un\s+)?mandato\b`,
    String.raw`\b(?:nessun|senza)\s+mandato\b|\bnon\s+(?:abbiamo|ha|c['’]è)\s+(?:un\s+|alcun\s+)?mandato\b`,
    String.raw`\bwhy\s+not\b|\bpourquoi\s+pas\b|\bwarum\s+nicht\b|\bpor\s+qué\s+no\b|\bperché\s+non\b`,
    String.raw`\bhypothetical(?:ly)?\b|\bhypothétique(?:ment)?\b|\bhypothetisch\b|\bhipotétic(?:o|a|amente)\b|\bipotetic(?:o|a|amente)\b`,
    String.raw`\b(?:would|'d)\s+like\s+(?:the\s+(?:Commission|Council|EU|Union)\s+)?to\s+(?:open|launch|start|negotiate)\b`,
    String.raw`\b(?:urges?|calls?\s+on|asks?|invites?|encourages?)\s+the\s+(?:Commission|Council|High\s+Representative|EEAS)\s+to\s+(?:open|launch|start|begin|negotiate|explore)\b`,
    // a programme's or a submission's proposal of an instrument that does not exist (1.15.43): "propose a Digital Partnership with
    // Brazil", "asked for a dedicated EU-Kazakhstan Digital Partnership", "streben wir eine umfassende Digitalpartnerschaft mit Kenia … an"
    String.raw`\bpropose\s+an?\s+(?:[\w-]+\s+){0,3}?(?:partnership|dialogue|agreement|compact|alliance)\b`,
    String.raw`\b(?:asked|asks?|called|calls?)\s+for\s+an?\s+(?:dedicated|new|future|possible|eventual)\b`,
    // what the participants of a meeting wished for (1.15.45): "hanno auspicato che l'Italia valuti in futuro un memorandum d'intesa con la
    // Corea", "recomendó que Chile se sume", "ont souhaité que", "empfahlen", "多名与会者建议欧盟未来与东盟启动…谈判"
    String.raw`\b(?:hanno\s+|ha\s+)?auspica(?:to|no|ndo|va|vano)?\s+(?:che|l['’]|un[ao]?\b|la\b|il\b)|\b(?:recomend(?:ó|aron)|sugiri(?:ó|eron)|propusieron)\s+que\b|\b(?:a|ont)\s+(?:souhaité|recommandé)\s+que\b|\bempfahlen\b`,
    String.raw`(?:与会者|与会代表|专家|学者|参会者|代表)[^。；;\n]{0,8}建议|建议(?:欧盟|歐盟)(?:未来|今后|考虑|与)`,
    String.raw`\bstreben\s+wir\s+(?:eine|einen|ein)\b`,
    // a longer-term aim (1.15.57): "The longer-term aim is a mutual recognition agreement on trust services between Moldova and the EU"
    String.raw`\b(?:(?:longer|long|medium)-term|ultimate)\s+(?:aim|goal|objective)\s+is\s+(?:to\s+(?:conclude|negotiate|sign|reach)\s+)?an?\b`,
    // an instrument only to be studied (1.15.55): "convenues d'étudier, à terme, l'opportunité d'un partenariat numérique", "explore the possibility of a"
    String.raw`\b(?:explore|study|examine|consider)\s+(?:the\s+)?(?:possibility|opportunity|feasibility)\s+of\s+(?:an?\s+|launching\s+an?\s+)?|(?<!\p{L})étudier[\s,]+(?:[^.;]{0,20}?)l['’](?:opportunité|possibilité)\s+d['’]|\bestudiar[\s,]+(?:[^.;]{0,20}?)la\s+(?:posibilidad|conveniencia|oportunidad)\s+de\b|\bvalutare[\s,]+(?:[^.;]{0,20}?)l['’](?:opportunità|possibilità)\s+di\b|\bdie\s+Möglichkeit\s+(?:einer|eines)\s+[^.;]{0,40}?\s+(?:zu\s+)?prüfen\b`,
    // what one would like to open (1.15.52): "Nos gustaría abrir un diálogo digital con México", "nous aimerions ouvrir", "ci piacerebbe avviare"
    String.raw`\b(?:nos\s+gustaría|me\s+gustaría|nous\s+aimerions|j['’]aimerais|ci\s+piacerebbe|mi\s+piacerebbe|wir\s+würden\s+gerne?)\s+(?:[\p{L}]+\s+){0,2}?(?:abrir|lanzar|iniciar|negociar|ouvrir|lancer|engager|négocier|aprire|avviare|lanciare|negoziare|eröffnen|starten|aufnehmen|beginnen)\b`,
  ].join('|'),
  'giu',
);

/** How far before a hint its wish may start ("the Commission has no mandate": the hint is "mandat"). */
const WISH_LEAD = 24;

/** Each wish or missing mandate, from its words to the end of its sentence: WISH is tried only around each hint. */
function wishSpans(ctx: DocumentContext, out: ProspectSpan[]): void {
  const text = ctx.text;
  WISH_HINT.lastIndex = 0;
  let done = -1;
  for (let h = WISH_HINT.exec(text); h; h = WISH_HINT.exec(text)) {
    const from = Math.max(done, h.index - WISH_LEAD, 0);
    const window = text.slice(from, h.index + h[0].length + 80);
    WISH.lastIndex = 0;
    for (let m = WISH.exec(window); m; m = WISH.exec(window)) {
      const at = from + m.index;
      const s = ctx.sentences[segmentAt(ctx.sentences, at)];
      const end = s && s.end > at ? s.end : at + m[0].length;
      out.push({ kind: 'wish', start: at, end });
      done = Math.max(done, at + m[0].length);
    }
  }
}

function firstCell(row: string): string {
  const cells = row.split('|');
  const first = cells[0].trim() === '' && cells.length > 1 ? cells[1] : cells[0];
  return first.trim();
}

/**
 * The places of what the text proposes or imagines take no part by those words: no partner role there, no instrument or label
 * makes them partners there, and a place named nowhere else is not one the partner model may add. A section of recommendations
 * also names what exists ("inscrire … à l'ordre du jour du dialogue cyber UE–Moldavie, dont la troisième session est prévue"): a
 * place paired with the EU by name keeps its role there; an option or a scenario is the pairing itself ("| 1 | Dialogo UE–Emirati
 * Arabi Uniti sull'IA |").
 */
export function setAsideProspects(ctx: DocumentContext): void {
  const spans = prospectiveSpans(ctx);
  if (spans.length === 0 && ctx.euNoPartySpans.length === 0) return;
  const inside = new Set<Mention>();
  // the places of what the EU is said to take no part in ("Si tratta di cooperazione tra paesi terzi, senza partecipazione dell'UE"):
  // named nowhere else, they are not for the partner model to add either (1.15.45)
  for (let k = 0; k < ctx.euNoPartySpans.length; k += 2) for (const m of mentionsIn(ctx.places, ctx.euNoPartySpans[k], ctx.euNoPartySpans[k + 1])) inside.add(m);
  for (const span of spans) {
    // a wish names the EU as the side of what does not exist ("hypothetically, an EU–Canada testing deal?"): the EU does not act there
    if (span.kind === 'wish') ctx.euNoPartySpans.push(span.start, span.end);
    for (const m of mentionsIn(ctx.places, span.start, span.end)) {
      if (span.kind === 'section' && isEuCompound(ctx.text, m.start, m.end)) continue;
      ctx.roles.delete(m);
      ctx.foreign.add(m);
      inside.add(m);
    }
  }
  const elsewhere = new Set<string>();
  for (const m of ctx.places) if (!inside.has(m)) elsewhere.add(m.id);
  for (const m of inside) if (!elsewhere.has(m.id)) ctx.uncued.delete(m.id);
}
