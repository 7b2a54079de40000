import * as iconv from 'iconv-lite';
import { readFixture } from '../testing/damaged-fixtures';
import { parseDocument } from './document.parser';

describe('HTML parsing', () => {
  it('keeps the article and drops skip links, navigation, cookie banner, spinner and footer', async () => {
    const doc = await parseDocument({ bytes: readFixture('sample-article.html'), filename: 'news.html' });
    expect(doc.mediaType).toBe('text/html');
    expect(doc.title).toBe('EU and Japan sign Digital Partnership');
    expect(doc.text).toContain('The European Union and Japan signed a Digital Partnership in Tokyo');
    expect(doc.text).toContain('interoperable rules and joint work');
    for (const chrome of ['Skip to content', 'cookies', 'Loading', 'About us', 'All rights reserved', 'Other news']) {
      expect(doc.text).not.toContain(chrome);
    }
  });

  it('keeps headings and paragraphs as separate blocks', async () => {
    const doc = await parseDocument({ bytes: readFixture('sample-article.html'), filename: 'news.html' });
    expect(doc.text).toMatch(/borders\.\n\nSemiconductors and research\n\nBoth sides/);
  });

  it('falls back to og:title and h1 when <title> is missing', async () => {
    const html = '<html><head><meta property="og:title" content="Open Graph title"></head><body><h1>Heading</h1><p>Short text about the European Union and Korea working together on chips and data.</p></body></html>';
    const doc = await parseDocument({ bytes: new TextEncoder().encode(html), filename: 'p.html' });
    expect(doc.title).toBe('Open Graph title');
  });

  it('decodes a windows-1252 page announced by <meta charset>', async () => {
    const html = '<!doctype html><html><head><meta charset="windows-1252"><title>Coopération</title></head><body><article><p>La Commission européenne et la Suisse coopèrent sur la cybersécurité et les données. Les négociations reprendront à Genève.</p></article></body></html>';
    const doc = await parseDocument({ bytes: iconv.encode(html, 'windows-1252'), filename: 'fr.html' });
    expect(doc.title).toBe('Coopération');
    expect(doc.text).toContain('La Commission européenne et la Suisse coopèrent');
    expect(doc.language).toBe('fr');
  });

  it('turns table cells into tab-separated lines', async () => {
    const html =
      '<html><body><article><p>The partnership council lists these agreements between the European Union and its partners in Asia.</p>' +
      '<table><tr><td>EU</td><td>Japan</td></tr><tr><td>EU</td><td>Korea</td></tr></table></article></body></html>';
    const doc = await parseDocument({ bytes: new TextEncoder().encode(html), filename: 't.html' });
    expect(doc.text).toContain('EU\tJapan\nEU\tKorea');
  });
});
