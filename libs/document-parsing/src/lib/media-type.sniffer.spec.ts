import { readFixture } from '../testing/damaged-fixtures';
import { SUPPORTED_MEDIA_TYPES, sniffMediaType } from './media-type.sniffer';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const enc = (s: string) => new TextEncoder().encode(s);

describe('sniffMediaType', () => {
  it('lists the supported types', () => {
    expect([...SUPPORTED_MEDIA_TYPES].sort()).toEqual(
      ['application/pdf', 'application/xhtml+xml', DOCX, 'text/html', 'text/markdown', 'text/plain'].sort(),
    );
  });

  it('trusts magic bytes over names and declared types', () => {
    expect(sniffMediaType(readFixture('valid-two-pages.pdf'), 'x.txt', 'text/plain')).toBe('application/pdf');
    expect(sniffMediaType(readFixture('valid.docx'), 'x.bin', 'application/octet-stream')).toBe(DOCX);
    expect(sniffMediaType(enc('<!DOCTYPE html><html><body>x</body></html>'), 'x.txt')).toBe('text/html');
  });

  it('uses the extension, then the declared type', () => {
    expect(sniffMediaType(enc('# Title\n\nBody'), 'README.md', 'text/plain')).toBe('text/markdown');
    expect(sniffMediaType(enc('plain words'), undefined, 'text/markdown; charset=utf-8')).toBe('text/markdown');
    expect(sniffMediaType(enc('plain words'), 'notes.txt')).toBe('text/plain');
  });

  it('returns null for binary or unknown content', () => {
    expect(sniffMediaType(readFixture('binary-garbage.txt'), 'garbage.txt')).toBeNull();
    expect(sniffMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'a.png')).toBeNull();
    expect(sniffMediaType(enc('a,b\n1,2'), 'a.csv', 'text/csv')).toBeNull();
  });
});
