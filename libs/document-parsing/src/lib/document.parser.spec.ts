import { readFixture } from '../testing/damaged-fixtures';
import { parseDocument } from './document.parser';

describe('parseDocument', () => {
  it('reads a DOCX with its paragraphs', async () => {
    const doc = await parseDocument({ bytes: readFixture('valid.docx'), filename: 'council.docx' });
    expect(doc.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc.text).toBe(
      'EU–Korea Digital Partnership Council\n\nThe European Union and the Republic of Korea met in Seoul to review cooperation on 5G and 6G.\n\nThey agreed to launch joint calls for research on quantum technologies.',
    );
    expect(doc.language).toBe('en');
  });

  it('checks the size limit before anything else', async () => {
    await expect(parseDocument({ bytes: readFixture('valid.docx'), filename: 'a.docx' }, { maxBytes: 100 })).rejects.toMatchObject({
      code: 'too_large',
    });
  });

  it('takes a Markdown title from the first heading', async () => {
    const doc = await parseDocument({
      bytes: new TextEncoder().encode('# EU–India Trade and Technology Council\n\nThe council met in New Delhi to discuss semiconductors and digital public infrastructure.'),
      filename: 'ttc.md',
    });
    expect(doc).toMatchObject({ mediaType: 'text/markdown', title: 'EU–India Trade and Technology Council', language: 'en' });
  });
});
