import { extract } from './extract';

function initiativeNames(text: string): string[] {
  return extract({ text })
    .entities.filter((e) => e.type === 'initiative')
    .map((e) => e.text);
}

describe('named initiatives recognised by pattern', () => {
  it('finds a name that starts right after a comma, with its acronym', () => {
    expect(initiativeNames('The EU and Kenya, in the Global Gateway, launched the Nairobi Digital Skills Hub (NDSH) in 2025.')).toEqual(['Global Gateway', 'Nairobi Digital Skills Hub (NDSH)']);
  });

  it('finds a name after a bracket or a full stop, not across them', () => {
    expect(initiativeNames('Partners (Chile; Peru) joined. Andes Data Corridor links them.')).toEqual(['Andes Data Corridor']);
  });

  it('finds names that start with an accented capital or link words with "&"', () => {
    expect(initiativeNames('Ireland hosts the Éire Quantum Testbed, open to partners from Canada.')).toEqual(['Éire Quantum Testbed']);
    expect(initiativeNames('The Research & Innovation Platform for Africa supports researchers; the initiative is open.')).toEqual(['Research & Innovation Platform']);
  });

  it('finds a name written right after Chinese or Japanese text, which has no spaces', () => {
    expect(initiativeNames('欧盟与日本启动Blue Ocean Connectivity Initiative，以加强海缆合作。')).toEqual(['Blue Ocean Connectivity Initiative']);
    expect(initiativeNames('日本とEUはNorth Pacific Data Corridorを発表した。')).toEqual(['North Pacific Data Corridor']);
  });

  it('does not take a lower-case head noun or a lone capitalised word as a name', () => {
    expect(initiativeNames('The initiative will support a regional hub and a data platform. Platform operators agree.')).toEqual([]);
  });
});
