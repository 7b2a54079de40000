import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hugeHtml, readFixture } from '../testing/damaged-fixtures';
import { DocumentParseError, DocumentParseErrorCode } from './document-parse.error';
import { parseDocument } from './document.parser';

/** Resolves to the error code, failing the test when the parse unexpectedly succeeds. */
async function failureOf(promise: Promise<unknown>): Promise<{ code: DocumentParseErrorCode; message: string }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DocumentParseError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected the parse to fail');
}

// Elapsed-time limits are guards against hangs, not benchmarks: generous on purpose.
const cases: { file: string; code: DocumentParseErrorCode; limitMs: number; mediaType?: string }[] = [
  { file: 'truncated.pdf', code: 'corrupt', limitMs: 5_000 },
  { file: 'no-text-layer.pdf', code: 'no_text', limitMs: 10_000 },
  { file: 'binary-garbage.txt', code: 'corrupt', limitMs: 2_000 },
  { file: 'corrupt.docx', code: 'corrupt', limitMs: 10_000 },
  { file: 'not-a-zip.docx', code: 'corrupt', limitMs: 10_000 },
  { file: 'utf16le-bad-bytes.txt', code: 'encoding', limitMs: 2_000 },
  { file: 'whitespace-only.txt', code: 'empty', limitMs: 2_000 },
];

describe('damaged inputs end as a DocumentParseError with the right code', () => {
  it.each(cases)('$file → $code', async ({ file, code, limitMs, mediaType }) => {
    const started = Date.now();
    const failure = await failureOf(parseDocument({ bytes: readFixture(file), filename: file, mediaType }, { timeoutMs: limitMs }));
    expect(failure.code).toBe(code);
    expect(Date.now() - started).toBeLessThan(limitMs + 1_000);
  });

  it('refuses a 30 MB HTML page as too_large before parsing it', async () => {
    const bytes = hugeHtml(30);
    const started = Date.now();
    // a parse budget of 1 ms: had the page been parsed first, the refusal would be a timeout (as a 5 MB page's is)
    const failure = await failureOf(parseDocument({ bytes, filename: 'huge.html' }, { timeoutMs: 1 }));
    expect(failure.code).toBe('too_large');
    expect((await failureOf(parseDocument({ bytes: hugeHtml(5), filename: 'big.html' }, { timeoutMs: 1 }))).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses empty bytes as empty', async () => {
    expect((await failureOf(parseDocument({ bytes: new Uint8Array(0), filename: 'a.txt' }))).code).toBe('empty');
  });

  it('refuses an image as unsupported_type', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect((await failureOf(parseDocument({ bytes: png, filename: 'logo.png' }))).code).toBe('unsupported_type');
  });

  it('still decodes Latin-1 bytes that were labelled UTF-8', async () => {
    const doc = await parseDocument({
      bytes: readFixture('latin1-labelled-utf8.txt'),
      filename: 'note.txt',
      mediaType: 'text/plain; charset=utf-8',
    });
    expect(doc.text).toContain('Coopération numérique');
    expect(doc.text).toContain('Südkorea prüfen');
    expect(doc.text).not.toContain('\uFFFD');
    expect(doc.warnings.join(' ')).toMatch(/not valid UTF-8/);
  });

  it('decodes UTF-16 LE without a byte order mark', async () => {
    const doc = await parseDocument({ bytes: readFixture('utf16le-no-bom.txt'), filename: 'note.txt' });
    expect(doc.encoding).toBe('utf-16le');
    expect(doc.text).toContain('Europäische Union');
  });
});

describe('isolation of the parser worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-worker-'));
  const hanging = join(dir, 'hanging-worker.js');
  const crashing = join(dir, 'crashing-worker.js');
  writeFileSync(hanging, 'for (;;) {}\n');
  writeFileSync(crashing, "throw new Error('boom');\n");

  it('terminates a parser that never returns and reports timeout', async () => {
    const started = Date.now();
    const failure = await failureOf(
      parseDocument({ bytes: readFixture('valid-two-pages.pdf'), filename: 'a.pdf' }, { timeoutMs: 300, workerScriptPath: hanging }),
    );
    expect(failure.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(300 + 2_000);
    // The host is still responsive and can parse the next document.
    const next = await parseDocument({ bytes: readFixture('valid-two-pages.pdf'), filename: 'a.pdf' });
    expect(next.pages).toHaveLength(2);
  });

  it('reports a crashing parser as corrupt instead of crashing the host', async () => {
    const failure = await failureOf(parseDocument({ bytes: readFixture('valid.docx'), filename: 'a.docx' }, { workerScriptPath: crashing }));
    expect(failure.code).toBe('corrupt');
  });

  it('gives up with timeout when the budget is too small for a real PDF', async () => {
    const failure = await failureOf(parseDocument({ bytes: readFixture('valid-two-pages.pdf'), filename: 'a.pdf' }, { timeoutMs: 1 }));
    expect(failure.code).toBe('timeout');
  });
});
