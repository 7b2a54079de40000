import * as iconv from 'iconv-lite';
import { readFixture } from '../testing/damaged-fixtures';
import { DocumentParseError } from './document-parse.error';
import { parseDocument } from './document.parser';
import { decodeText } from './text-decoder';

describe('text decoding', () => {
  it.each([
    ['utf8-bom.txt', 'utf-8', ['Coopération', 'Südkorea']],
    ['utf16be-bom.txt', 'utf-16be', ['européenne', 'Künstliche']],
    ['cp1252.txt', 'windows-1252', ['Coopération', '5 € – «accord»']],
    ['shift-jis.txt', 'shift_jis', ['日本と欧州連合']],
    ['gb18030.txt', 'gb18030', ['中国与欧盟']],
  ])('%s is read as %s', async (file, encoding, expected) => {
    const doc = await parseDocument({ bytes: readFixture(file), filename: file });
    expect(doc.encoding).toBe(encoding);
    for (const fragment of expected) expect(doc.text).toContain(fragment);
    expect(doc.text).not.toMatch(/[\uFFFD\u0080-\u009F]/);
    expect(doc.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('uses a declared charset when the bytes are not UTF-8', () => {
    const bytes = iconv.encode('日本の経済産業省と欧州委員会', 'EUC-JP');
    expect(decodeText(bytes, 'EUC-JP')).toMatchObject({ encoding: 'euc-jp', text: '日本の経済産業省と欧州委員会' });
  });

  it('keeps a few replacement characters as a warning rather than failing the document', () => {
    const good = Buffer.from('The European Union and Japan agreed on data flows. '.repeat(20), 'utf-16le');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), good, Buffer.from([0x00, 0xdc])]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toContain('European Union');
    expect(decoded.warnings.join(' ')).toMatch(/1 undecodable/);
  });

  it('fails with encoding instead of returning mojibake', () => {
    const bytes = readFixture('utf16le-bad-bytes.txt');
    expect(() => decodeText(bytes)).toThrow(DocumentParseError);
    try {
      decodeText(bytes);
    } catch (err) {
      expect(err).toMatchObject({ code: 'encoding' });
    }
  });

  it('fails with corrupt on binary garbage', () => {
    expect(() => decodeText(readFixture('binary-garbage.txt'))).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });
});
