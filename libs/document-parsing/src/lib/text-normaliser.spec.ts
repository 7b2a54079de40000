import { normaliseText } from './text-normaliser';

describe('normaliseText', () => {
  it('unifies newlines, strips BOM and controls, collapses spaces and keeps paragraphs', () => {
    const input = '\uFEFFTitle  \r\n\r\n\r\nFirst\u00a0\u00a0 line\u0007 here   \rSecond\tcell\u200b\n\n\n\nEnd  ';
    expect(normaliseText(input)).toBe('Title\n\nFirst line here\nSecond\tcell\n\nEnd');
  });

  it('composes to NFC so that é is one code point', () => {
    expect(normaliseText('Coope\u0301ration')).toBe('Coopération');
    expect(normaliseText('Coope\u0301ration')).toHaveLength(11);
  });

  it('turns form feeds into paragraph breaks', () => {
    expect(normaliseText('page one\fpage two')).toBe('page one\n\npage two');
  });
});
