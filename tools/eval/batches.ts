import { parseDocument, type ParsedDocument } from '@dpo/document-parsing';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The evaluation directory: one directory per batch of texts with its gold.json, first/ (first outputs) and results/. */
export const EVAL = resolve(__dirname);

/**
 * The batches that have no first output, and why (first/README.md). Every other batch with a gold file must have one:
 * a batch read before its first output was stored can never be trained on (first-outputs.spec.ts checks it).
 */
export const WITHOUT_FIRST_OUTPUT: Readonly<Record<string, string>> = {
  dev: 'the texts the first rules were written from, before the command line existed',
  heldout: 'scored before the command line existed',
  heldout27: 'kept apart: no rule and no model fitted to it',
  heldout33: 'kept apart: no rule and no model fitted to it',
  heldout66: 'kept apart at 1.15.13: scored once, never read, no rule and no model fitted to it',
  heldout67: 'kept apart at 1.15.13: scored once, never read, no rule and no model fitted to it',
  heldout68: 'kept apart at 1.15.13: scored once, never read, no rule and no model fitted to it',
  heldout195: 'scored once at 1.15.66, not yet read: the estimate of that version on unseen text (snapshot its first output before reading it)',
  heldout196: 'scored once at 1.15.66, not yet read: the estimate of that version on unseen text (snapshot its first output before reading it)',
  heldout197: 'scored once at 1.15.66, not yet read: the estimate of that version on unseen text (snapshot its first output before reading it)',
};

/** The evaluation batches (directories of tools/eval with a gold file), sorted. */
export function evalBatches(): string[] {
  return readdirSync(EVAL)
    .filter((set) => existsSync(join(EVAL, set, 'gold.json')))
    .sort();
}

/**
 * The batches that may be read and trained on: those whose first output is stored (a batch is read only after it is), and the two
 * that predate first outputs. Not the batches kept apart, and not a new batch before its first score and first output.
 */
export function readBatches(): string[] {
  return evalBatches().filter((set) => existsSync(join(EVAL, 'first', `${set}.jsonl`)) || set === 'dev' || set === 'heldout');
}

export interface GoldEntry {
  file: string;
  partners?: string[];
  regions?: string[];
  areas?: string[];
}

/** A batch's gold entries by file name. */
export function goldOf(set: string): Map<string, GoldEntry> {
  const out = new Map<string, GoldEntry>();
  for (const g of JSON.parse(readFileSync(join(EVAL, set, 'gold.json'), 'utf8')) as GoldEntry[]) out.set(g.file.split('/').pop() as string, g);
  return out;
}

/** The text of an evaluation file, read as the command line reads it, so that offsets agree with its output. */
export async function textOf(set: string, file: string): Promise<ParsedDocument> {
  const path = join(EVAL, set, file);
  return parseDocument({ bytes: new Uint8Array(readFileSync(path)), filename: path });
}
