import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let available: boolean | undefined;

/** Checked once per process: poppler is optional and usually absent in slim images. */
export function pdftotextAvailable(): boolean {
  if (available === undefined) {
    const probe = spawnSync('pdftotext', ['-v'], { stdio: 'ignore', timeout: 2_000, env: process.env });
    available = probe.error === undefined && probe.status === 0;
  }
  return available;
}

/** For tests that put a fake pdftotext on PATH. */
export function resetPdftotextProbe(): void {
  available = undefined;
}

/**
 * pdf.js maps glyphs of fonts without a usable ToUnicode table to one code point, which
 * shows up as long runs of a single CJK character ("日日日日"). Also treats text dominated
 * by U+FFFD or private-use characters as garbage.
 */
export function looksLikeGarbledPdfText(pages: string[]): boolean {
  const text = pages.join('\n');
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length < 8) return false;
  const bad = chars.filter((c) => c === '\uFFFD' || /[\uE000-\uF8FF]/.test(c)).length;
  if (bad / chars.length > 0.2) return true;
  const repeatedCjk = text.match(/([\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF])\1{3,}/g) ?? [];
  const repeatedChars = repeatedCjk.reduce((n, run) => n + run.length, 0);
  return repeatedChars / chars.length > 0.3;
}

/**
 * Extracts per-page text with poppler's pdftotext (pages are separated by form feeds).
 * Returns null on any failure: the fallback must never make a parse worse.
 */
export async function extractWithPdftotext(bytes: Uint8Array, timeoutMs: number): Promise<string[] | null> {
  if (timeoutMs <= 0 || !pdftotextAvailable()) return null;
  const dir = await mkdtemp(join(tmpdir(), 'dpo-pdftotext-'));
  try {
    const input = join(dir, 'in.pdf');
    await writeFile(input, bytes);
    const stdout = await new Promise<string | null>((resolve) => {
      execFile(
        'pdftotext',
        ['-enc', 'UTF-8', '-q', input, '-'],
        { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: process.env },
        (err, out) => resolve(err ? null : out),
      );
    });
    if (stdout === null) return null;
    const pages = stdout.split('\f');
    // pdftotext ends the last page with a form feed too.
    if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
