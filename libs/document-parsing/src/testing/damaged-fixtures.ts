import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Committed samples built by tools/fixtures/damaged/make-damaged.ts. Test-only helper. */
export const DAMAGED_FIXTURES_DIR = join(__dirname, '../../../../tools/fixtures/damaged');

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DAMAGED_FIXTURES_DIR, name)));
}

/** A 30 MB HTML page, built in memory so it never sits in the repository. */
export function hugeHtml(megabytes = 30): Uint8Array {
  const paragraph = Buffer.from('<p>The European Union and Japan cooperate on data flows and semiconductors.</p>\n');
  const size = megabytes * 1024 * 1024;
  const out = Buffer.alloc(size);
  const headHtml = Buffer.from('<!doctype html><html><head><title>Huge</title></head><body>');
  headHtml.copy(out, 0);
  for (let off = headHtml.length; off < size; off += paragraph.length) paragraph.copy(out, off);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
