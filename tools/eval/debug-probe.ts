import * as fs from 'fs';
import { normalizeText } from '../../libs/extraction-core/src/lib/text-normalizer';
import { splitLines } from '../../libs/extraction-core/src/lib/text-segmenter';
import { findFootnotes } from '../../libs/extraction-core/src/lib/footnote-resolver';
const t = normalizeText(fs.readFileSync(process.argv[2], 'utf8')).text;
const { footnotes, markers } = findFootnotes(t, splitLines(t));
for (const f of footnotes) console.log(f.number, JSON.stringify(t.slice(f.start, f.end).slice(0, 90)));
console.log(markers.map((m) => `${m.number}@${JSON.stringify(t.slice(m.start - 12, m.end))}`).join('\n'));
