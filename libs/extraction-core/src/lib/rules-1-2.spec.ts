import { extract } from './extract';
import { pairsOf, partnersOf } from './testing/probes';

// short snippets are below the language detector's thresholds: the tests name the language like a caller would

describe('threat actors "backed by" a state are not partners (1.2)', () => {
  it.each([
    ['en', 'The EU condemned ransomware campaigns run by criminal groups backed by Iran against European ports.'],
    ['fr', 'Le Conseil a dénoncé les intrusions de groupes étatiques soutenus par la Chine dans des réseaux ministériels.'],
    ['es', 'La UE condenó los ataques de actores apoyados por Rusia contra operadores eléctricos.'],
    ['it', "L'UE ha condannato le campagne di gruppi sostenuti da Bielorussia contro le reti di telecomunicazione."],
  ])('%s', (lang, text) => {
    expect(partnersOf(text, lang)).toEqual([]);
  });

  it('still reads "supported by" a partner state as cooperation when no actor noun comes first', () => {
    expect(partnersOf('The EU-Norway research network, supported by Norway and Iceland, connects Arctic observatories.', 'en')).toEqual(
      expect.arrayContaining(['country:NO']),
    );
  });
});

describe('Romance word order in dialogue names (1.2)', () => {
  it.each([
    ['fr', 'Le premier dialogue UE-Brésil sur la cybersécurité a réuni les deux administrations à Brasilia.', 'cyber-dialogue|country:BR'],
    ['es', 'El diálogo UE-Chile sobre lo digital abordó la inteligencia artificial.', 'digital-dialogue|country:CL'],
    ['it', 'Il dialogo UE-Giappone sul digitale si è svolto a Roma.', 'digital-dialogue|country:JP'],
  ])('%s', (lang, text, pair) => {
    expect(pairsOf(text, lang)).toContain(pair);
  });
});

describe('names recognised by shape (1.2)', () => {
  it('takes a camel-case name next to "cable" as a named initiative', () => {
    const r = extract({ text: 'The EU co-finances the MedLink submarine cable between Tunisia and Italy.', language: 'en' });
    expect(r.initiatives.map((i) => i.title)).toContain('MedLink');
  });

  it('does not take a camel-case brand without a project word nearby', () => {
    const r = extract({ text: 'Officials posted the announcement on LinkedIn and YouTube.', language: 'en' });
    expect(r.initiatives).toEqual([]);
  });
});

describe('Japanese compound names across the middle dot (1.2)', () => {
  it('matches "オンライン・プラットフォーム" as the online platforms area', () => {
    const text =
      'EUと日本は、オンライン・プラットフォームの透明性について意見を交換した。両者は、利用者の保護とオンライン・プラットフォームの責任について、今後も協力を続けることで一致した。';
    expect(extract({ text, language: 'ja' }).areas).toContain('area:online-platforms');
  });
});
