import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WITHOUT_FIRST_OUTPUT, evalBatches } from './batches';

const EVAL = resolve(__dirname);

/** The file names of a batch's gold file and of its stored first output. */
function filesOf(set: string): { gold: string[]; first: string[]; versions: string[] } {
  const gold = (JSON.parse(readFileSync(join(EVAL, set, 'gold.json'), 'utf8')) as { file: string }[]).map((g) => g.file.split('/').pop() as string);
  const lines = readFileSync(join(EVAL, 'first', `${set}.jsonl`), 'utf8').split('\n').filter((l) => l.startsWith('{'));
  const first = lines.map((l) => JSON.parse(l) as { file: string; extractorVersion?: string });
  return { gold: gold.sort(), first: first.map((r) => r.file.split('/').pop() as string).sort(), versions: first.map((r) => r.extractorVersion ?? '') };
}

describe('the first outputs the partner model is trained on (tools/eval/first/)', () => {
  it('exist for every evaluation batch but the few kept without one, so no batch is read before its first output is stored', () => {
    const missing = evalBatches().filter((set) => !(set in WITHOUT_FIRST_OUTPUT) && !existsSync(join(EVAL, 'first', `${set}.jsonl`)));
    // a batch listed here: run tools/eval/snapshot-first.sh SET after committing it and before reading it
    expect(missing).toEqual([]);
    const stale = Object.keys(WITHOUT_FIRST_OUTPUT).filter((set) => existsSync(join(EVAL, 'first', `${set}.jsonl`)));
    expect(stale).toEqual([]);
  });

  it('cover exactly the files of their batch, each with the version of the extractor that produced it', () => {
    const sets = evalBatches().filter((set) => existsSync(join(EVAL, 'first', `${set}.jsonl`)));
    expect(sets.length).toBeGreaterThan(30);
    const wrong = sets.flatMap((set) => {
      const { gold, first, versions } = filesOf(set);
      const bad = [];
      if (JSON.stringify(gold) !== JSON.stringify(first)) bad.push(`${set}: files differ from gold.json`);
      if (versions.some((v) => !/^\d+\.\d+\.\d+$/.test(v))) bad.push(`${set}: an output without its extractor version`);
      return bad;
    });
    expect(wrong).toEqual([]);
  });
});
