import { digitRuns } from './char-classes';
import { cueSetsFor } from './role-classifier';
import { DocumentContext, isPlace } from './document-context';
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
import { segmentSentences, splitLines } from './text-segmenter';
import { normalizeText } from './text-normalizer';

/** Bump when the output for the same input changes. */
export const EXTRACTOR_VERSION = '1.5.0';

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
