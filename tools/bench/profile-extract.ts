import { extract } from '@dpo/extraction-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join, resolve } from 'node:path';

/**
 * Profiling driver: extract() over the bench corpus (build it with run-bench.ts first). One
 * warm-up pass (so ts-node compilation and JIT are out of the picture), then a second pass
 * under the inspector's CPU profiler, written to the file given as first argument.
 * usage: tools/run-ts.sh tools/bench/profile-extract.ts /tmp/extract.cpuprofile [docs]
 *        node tools/bench/cpuprofile-summary.js /tmp/extract.cpuprofile 40
 */
const ROOT = resolve(__dirname, '../..');
const docs = readFileSync(join(ROOT, 'tools/bench/corpus/corpus.txt'), 'utf8').split('\n\f\n');
const out = process.argv[2] ?? '/tmp/extract.cpuprofile';
const limit = Number(process.argv[3] ?? docs.length);

function pass(): void {
  let bytes = 0;
  let n = 0;
  const t0 = process.hrtime.bigint();
  for (const d of docs.slice(0, limit)) {
    n += extract({ text: d }).entities.length;
    bytes += Buffer.byteLength(d);
  }
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(`${limit} docs, ${(bytes / 1048576).toFixed(2)} MB, ${s.toFixed(2)} s, ${(bytes / 1048576 / s).toFixed(2)} MB/s, ${n} entities\n`);
}

for (let k = 0; k < Number(process.env.PASSES ?? 1); k++) pass();
const session = new Session();
session.connect();
session.post('Profiler.enable', () =>
  session.post('Profiler.start', () => {
    pass();
    session.post('Profiler.stop', (err, res) => {
      if (err) throw err;
      writeFileSync(out, JSON.stringify(res.profile));
      session.disconnect();
    });
  }),
);
