import { isEuOrMemberState } from '@dpo/taxonomy';
import { digitRuns } from './char-classes';
import { cueSetsFor } from './role-classifier';
import { DocumentContext, isPlace, mentionsIn } from './document-context';
import { findDocrefs } from './docref-parser';
import { findOwnDateAndReference, findTitle } from './document-metadata';
import { ExtractInput, ExtractionResult } from './extraction.types';
import { findFootnotes } from './footnote-resolver';
import { matcherFor } from './gazetteer-matcher';
import { extractInitiatives } from './initiative-extractor';
import { extractInstruments } from './instrument-extractor';
import { detectLanguages } from './language-detector';
import { recognizeNamedInitiatives } from './named-initiative-recognizer';
import { parsePartnerCell } from './partner-cell-parser';
import { buildResult } from './result-builder';
import { assignRoles, markPartners } from './role-assigner';
import { parseTables } from './table-parser';
import { segmentAt, segmentSentences, splitLines } from './text-segmenter';
import { normalizeText } from './text-normalizer';

/** Bump when the output for the same input changes. */
export const EXTRACTOR_VERSION = '1.5.2';

/** A gazetteer entity of the normalised text, before roles are assigned. */
export interface EntityMention {
  type: string;
  id: string;
  start: number;
  end: number;
}

/** The document's language and the others detected in it, without "und", sorted. */
function languageSet(language: string, detected: readonly string[]): string[] {
  return [...new Set([language, ...detected])].filter((l) => l !== 'und').sort();
}

/**
 * The entity step alone: normalisation, language detection and the gazetteer pass, without
 * roles, instruments, initiatives or evidence. Offsets are in the normalised text. It is the
 * part of extract() that does what a named-entity recogniser does, and the benchmark times it
 * next to wink-nlp's entities() for that reason.
 */
export function findEntities(text: string): EntityMention[] {
  const norm = normalizeText(text).text;
  const detected = detectLanguages(norm);
  return matcherFor(languageSet(detected.language, detected.languages))
    .match(norm)
    .map((m) => ({ type: m.kind, id: m.id, start: m.start, end: m.end }));
}

/**
 * The EU, a member state or an EU instrument is named in the title (first two lines), or in a sentence that makes a
 * place a partner, or in the sentence before or after it.
 */
function euTakesPart(ctx: DocumentContext): boolean {
  const names = (from: number, to: number): boolean => mentionsIn(ctx.mentions, from, to).some((x) => x.kind === 'instrument' || (isPlace(x) && isEuOrMemberState(x.id)));
  if (ctx.lines.length > 0 && names(0, ctx.lines[Math.min(1, ctx.lines.length - 1)].end)) return true;
  for (const m of ctx.roles.keys()) {
    const i = segmentAt(ctx.sentences, m.start);
    if (i < 0) return true;
    const from = ctx.sentences[Math.max(0, i - 1)].start;
    const to = ctx.sentences[Math.min(ctx.sentences.length - 1, i + 1)].end;
    if (names(from, to)) return true;
  }
  return false;
}

/**
 * Entities, partners, instruments, initiatives, areas, values and references of one
 * document. Pure, synchronous and deterministic: the same input gives the same output.
 */
export function extract(input: ExtractInput): ExtractionResult {
  const norm = normalizeText(input.text);
  const text = norm.text;
  const detected = detectLanguages(text);
  const language = input.language && input.language !== 'und' ? input.language : detected.language;
  const languages = languageSet(language, detected.languages);
  const lines = splitLines(text);
  const sentences = segmentSentences(text, lines);
  const mentions = matcherFor(languages).match(text);
  const digits = digitRuns(text);
  const { footnotes, markers } = findFootnotes(text, lines, digits);
  const ctx: DocumentContext = {
    text,
    languages,
    lines,
    sentences,
    mentions,
    places: mentions.filter(isPlace),
    roles: new Map(),
    footnotes,
    markers,
    cues: cueSetsFor(languages),
    // a document without a single bar has no table: its lines need not be looked at
    tableRows: text.includes('|') ? parseTables(lines) : [],
    digitRuns: digits,
    notParties: new Set(),
  };
  assignRoles(ctx);
  for (const row of ctx.tableRows) if (row.partner) markPartners(ctx, parsePartnerCell(ctx, row.partner.start, row.partner.end).mentions);
  const instruments = extractInstruments(ctx).filter((h) => !ctx.notParties.has(h.partner));
  markPartners(ctx, instruments.flatMap((h) => (h.partnerMention ? [h.partnerMention] : [])));
  // cooperation the EU takes no part in ("China and ASEAN signed …", the EU named only as a model) gives no partners
  if (instruments.length === 0 && ctx.tableRows.length === 0 && !euTakesPart(ctx)) ctx.roles.clear();
  const named = recognizeNamedInitiatives(ctx);
  const initiatives = extractInitiatives(ctx, named);
  const own = findOwnDateAndReference(text, lines);
  return buildResult({
    ctx,
    norm,
    input,
    language,
    languages,
    title: findTitle(lines),
    date: own.date,
    reference: own.reference,
    docrefs: findDocrefs(text),
    instruments,
    initiatives,
    named,
  });
}
