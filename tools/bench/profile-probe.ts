import { extract } from '@dpo/extraction-core';
import { readFileSync } from 'node:fs';
const docs = ['seeds/001_06373887af5ad261.txt', 'seeds/003_b73e77afaf3171b0.txt', 'seeds/002_0d1cd9b854355e1c.txt'].map((f) => readFileSync(f, 'utf8'));
extract({ text: docs[0] });
const t0 = Date.now();
let bytes = 0;
for (let i = 0; i < 20; i++) for (const d of docs) { extract({ text: d }); bytes += d.length; }
console.log(((bytes / 1048576) / ((Date.now() - t0) / 1000)).toFixed(2), 'MB/s');
