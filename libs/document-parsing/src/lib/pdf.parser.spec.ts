import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { readFixture } from '../testing/damaged-fixtures';
import { parseDocument } from './document.parser';
import { joinPages } from './parsers/pdf.parser';
import { extractWithPdftotext, looksLikeGarbledPdfText, resetPdftotextProbe } from './parsers/pdftotext.fallback';

describe('PDF parsing', () => {
  it('returns per-page spans whose slices are the text of each page', async () => {
    const doc = await parseDocument({ bytes: readFixture('valid-two-pages.pdf'), filename: 'partnership.pdf' });
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.title).toBe('EU digital partnerships sample');
    expect(doc.pages).toHaveLength(2);
    const [p1, p2] = doc.pages ?? [];
    expect(doc.text.slice(p1.start, p1.end)).toBe('Page one: the European Union and Japan\nsigned a digital partnership in Tokyo.');
    expect(doc.text.slice(p2.start, p2.end)).toBe('Page two: Singapore and the European Union\nagreed on data flows and semiconductors.');
    expect(p2.page).toBe(2);
    expect(doc.language).toBe('en');
  });

  it('finds the PDF by its magic bytes even when named and declared as text', async () => {
    const doc = await parseDocument({ bytes: readFixture('valid-two-pages.pdf'), filename: 'upload.txt', mediaType: 'text/plain' });
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.warnings.join(' ')).toMatch(/declared as text\/plain/);
  });

  it('clamps page spans when the text limit cuts the document', async () => {
    const doc = await parseDocument({ bytes: readFixture('valid-two-pages.pdf'), filename: 'a.pdf' }, { maxTextChars: 50 });
    expect(doc.text).toHaveLength(50);
    expect(doc.pages).toEqual([{ page: 1, start: 0, end: 50 }]);
    expect(doc.warnings.join(' ')).toMatch(/truncated/);
  });

  it('joins pages with a blank line and keeps empty pages addressable', () => {
    const { text, spans } = joinPages(['alpha', '', 'gamma']);
    expect(text).toBe('alpha\n\n\n\ngamma');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['alpha', '', 'gamma']);
  });
});

describe('pdftotext fallback', () => {
  it('recognises runs of one CJK glyph as garbled pdf.js output', () => {
    expect(looksLikeGarbledPdfText(['日日日日日日日日 日日日日日日 日日日日日'])).toBe(true);
    expect(looksLikeGarbledPdfText(['日本と欧州連合はデジタルパートナーシップに署名しました。'])).toBe(false);
    expect(looksLikeGarbledPdfText(['The European Union and Japan'])).toBe(false);
  });

  it('uses a pdftotext found on PATH and splits its pages on form feeds', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'dpo-fake-poppler-'));
    const fake = join(bin, 'pdftotext');
    writeFileSync(fake, '#!/bin/sh\nif [ "$1" = "-v" ]; then exit 0; fi\nprintf "日本の第一頁\\f中国第二页\\f"\n');
    chmodSync(fake, 0o755);
    const oldPath = process.env['PATH'];
    process.env['PATH'] = `${bin}${delimiter}${oldPath ?? ''}`;
    resetPdftotextProbe();
    try {
      expect(await extractWithPdftotext(readFixture('valid-two-pages.pdf'), 5_000)).toEqual(['日本の第一頁', '中国第二页']);
    } finally {
      process.env['PATH'] = oldPath;
      resetPdftotextProbe();
    }
  });
});
