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
export const EXTRACTOR_VERSION = '1.1.0';

/**
 * Entities, partners, instruments, initiatives, areas, values and references of one
 * document. Pure, synchronous and deterministic: the same input gives the same output.
 */
export function extract(input: ExtractInput): ExtractionResult {
  const norm = normalizeText(input.text);
  const text = norm.text;
  const detected = detectLanguages(text);
  const language = input.language && input.language !== 'und' ? input.language : detected.language;
  const languages = [...new Set([language, ...detected.languages])].filter((l) => l !== 'und').sort();
  const lines = splitLines(text);
  const sentences = segmentSentences(text, lines);
  const mentions = matcherFor(languages).match(text);
  const { footnotes, markers } = findFootnotes(text, lines);
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
    tableRows: parseTables(lines),
  };
  assignRoles(ctx);
  for (const row of ctx.tableRows) if (row.partner) markPartners(ctx, parsePartnerCell(ctx, row.partner.start, row.partner.end).mentions);
  const instruments = extractInstruments(ctx);
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
