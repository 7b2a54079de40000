import { extract } from '@dpo/extraction-core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Profiling driver: extract() over the bench corpus (run run-bench.ts first to build it), so that
 * `node --cpu-prof` sees only our code. usage: see tools/bench/README in extraction.md.
 */
const ROOT = resolve(__dirname, '../..');
const docs = readFileSync(join(ROOT, 'tools/bench/corpus/corpus.txt'), 'utf8').split('\n\f\n');
const limit = Number(process.argv[2] ?? docs.length);
let n = 0;
const t0 = process.hrtime.bigint();
let bytes = 0;
for (const d of docs.slice(0, limit)) {
  n += extract({ text: d }).entities.length;
  bytes += Buffer.byteLength(d);
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(`${limit} docs, ${(bytes / 1048576).toFixed(2)} MB, ${s.toFixed(2)} s, ${(bytes / 1048576 / s).toFixed(2)} MB/s, ${n} entities\n`);
