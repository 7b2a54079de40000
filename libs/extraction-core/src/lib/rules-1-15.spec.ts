import { extract } from './extract';
import { matcherFor } from './gazetteer-matcher';
import { euAsYardstick } from './role-assigner';
import { normalizeText } from './text-normalizer';
import { segmentSentences, splitLines } from './text-segmenter';

/** The first EU mention of `text` is a yardstick or named for its law (role-assigner's euAsYardstick), read as the extractor reads it. */
function euNamedAsYardstick(text: string, language: string): boolean {
  const mentions = matcherFor([language]).match(text);
  const eu = mentions.find((m) => m.id === 'org:eu');
  return eu !== undefined && euAsYardstick(text, mentions, eu);
}

describe('words broken over two lines by a hyphen (1.15.2)', () => {
  it('are joined between two lower-case letters, with every offset still one of the input', () => {
    const input = 'IRIS² cofinancia con la Re-\r\npública Dominicana, Santo Do-\nmingo; EU-\nfunded, Team Europe-\nInitiative.';
    const n = normalizeText(input);
    expect(n.text).toBe('IRIS2 cofinancia con la República Dominicana, Santo Domingo; EU-\nfunded, Team Europe-\nInitiative.');
    expect(n.toOriginal(n.text.indexOf('pública'))).toBe(input.indexOf('pública'));
    expect(n.toOriginal(n.text.indexOf('mingo'))).toBe(input.indexOf('mingo'));
    expect(n.toOriginal(n.text.indexOf('EU-'))).toBe(input.indexOf('EU-'));
    expect(n.toOriginal(n.text.length)).toBe(input.length);
  });

  it('let a name broken so be found, cited with the text as it stands', () => {
    const text = 'En 2025 se firmaron memorandos de entendimiento entre la Unión Europea y Ja-\nmaica, y la Unión Europea cofinancia el centro con la Re-\npública Dominicana.';
    const r = extract({ text, language: 'es' });
    expect(r.partners).toEqual(['country:DO', 'country:JM']);
    expect(r.entities.filter((e) => e.type === 'country').map((e) => text.slice(e.start, e.end))).toEqual(['Ja-\nmaica', 'Re-\npública Dominicana']);
  });
});

describe('invited but declined (1.15.5)', () => {
  it('is no party when the instrument named between is long', () => {
    const text =
      "The Team Europe Initiative on Digital Connectivity in Central Asia is the EU's main vehicle in the region. Turkmenistan was invited to join the Team Europe Initiative but has so far declined.";
    expect(extract({ text, language: 'en' }).partners).not.toContain('country:TM');
    expect(extract({ text: 'The EU invited Turkmenistan to join the Team Europe Initiative on connectivity.', language: 'en' }).partners).toEqual(['country:TM']);
  });
});

describe('the EU said to be no party after its bracketed acronym or "and its member states" (1.15.6)', () => {
  it.each([
    ['ja', '経済産業省は、ベトナム情報通信省との間で、データセンター整備に関する協力覚書に署名しました。本覚書は日本とベトナムの二国間の取決めであり、欧州連合（EU）及びその加盟国は参加していません。'],
    ['ja', '総務省は、インドネシア通信情報省と5Gに関する協力覚書に署名しました。EUはこの覚書に関与しておりません。'],
  ])('makes no partner of the EU of a text whose only cooperation the EU takes no part in (%s)', (language, text) => {
    expect(extract({ text, language }).partners).toEqual([]);
    expect(extract({ text, language }).instruments).toEqual([]);
  });

  it('still reads the EU as a party where it is one', () => {
    expect(extract({ text: '欧州連合（EU）とベトナムは、データセンター整備に関する協力覚書に署名しました。', language: 'ja' }).partners).toEqual(['country:VN']);
  });
});

describe('partners under a label (1.15.7)', () => {
  it.each([
    ['en', 'Global Gateway project sheet\nPartner countries: Morocco, Tunisia\nBudget: EUR 342 million, of which EUR 40 million in EU grants\n', ['country:MA', 'country:TN']],
    ['de', 'Die EU unterstützt die zweite Phase. Die Arbeit konzentriert sich auf drei Pilotländer: Ruanda, Senegal und Sambia.', ['country:RW', 'country:SN', 'country:ZM']],
    ['es', 'Convocatoria de la Unión Europea.\n\nPaíses beneficiarios elegibles: Costa Rica, Honduras y Panamá.\n\nNicaragua no figura entre los países beneficiarios.', ['country:CR', 'country:HN', 'country:PA']],
    ['it', "Dichiarazione congiunta sulla sicurezza dei cavi sottomarini\n\nFirmatari (in ordine alfabetico):\n1. Australia\n2. Canada\n3. Francia\n4. Giappone\n5. Unione europea\n\nNote: la Svizzera ha ospitato la riunione ma non figura tra i firmatari.", ['country:AU', 'country:CA', 'country:JP']],
  ])('reads the places a label presents as partners (%s)', (language, text, partners) => {
    expect(extract({ text, language }).partners).toEqual(partners);
  });

  it('leaves the signatories of a text the EU does not sign, and places a label excludes', () => {
    const others = 'Joint declaration on data flows, signed in Beijing.\nSignatories: China, Pakistan, Cambodia.\nThe European Union has its own rules on data flows.';
    expect(extract({ text: others, language: 'en' }).partners).toEqual([]);
    const excluded = 'The EU funds the programme in Central America.\nNon-eligible countries: Nicaragua.';
    expect(extract({ text: excluded, language: 'en' }).partners).not.toContain('country:NI');
  });
});

describe('excluded or not eligible (1.15.9)', () => {
  it.each([
    ['en', 'The EU supports the call. Experts and service providers established in Russia or Belarus are excluded under EU restrictive\n  measures.'],
    ['fr', "L'UE finance l'appel au Bénin. Les activités se déroulant au Niger ne sont pas éligibles."],
  ])('makes no partner of a place the text excludes (%s)', (language, text) => {
    expect(extract({ text, language }).partners).not.toEqual(expect.arrayContaining([expect.stringMatching(/country:(RU|BY|NE)/)]));
  });

  it('keeps a place excluded from some topics only as a partner of the rest', () => {
    const text =
      'Canada is associated to Horizon Europe since 2024 and takes part in its calls with the EU. In the 2025 quantum topics, only entities from EU Member States could take part; Canada remains excluded from these topics.';
    expect(extract({ text, language: 'en' }).partners).toEqual(['country:CA']);
  });
});

describe('"is excluded from" read by what follows, everywhere in the text (1.15.14)', () => {
  it('makes no partner of a place the text says has been excluded from the instrument', () => {
    const text =
      'The EU launched digital dialogues with Ukraine, Moldova and Belarus in 2019. Since 2022 Belarus has been excluded from the dialogue under EU restrictive measures.';
    expect(extract({ text, language: 'en' }).partners).toEqual(['country:MD', 'country:UA']);
  });
});

describe('a list named as partners after it (1.15.10)', () => {
  it.each([
    ['en', "The EU-funded hub supports digital public infrastructure. Its steering committee has selected Benin, Ethiopia, Nigeria, Togo\nand Uganda as first-round pilot countries.", ['country:BJ', 'country:ET', 'country:NG', 'country:TG', 'country:UG']],
    ['fr', "L'Union européenne a retenu le Sénégal et la Côte d'Ivoire comme pays pilotes du programme.", ['country:CI', 'country:SN']],
    ['de', 'Die EU hat Kenia und Ruanda als Pilotländer ausgewählt.', ['country:KE', 'country:RW']],
  ])('reads the list before "as pilot countries" (%s)', (language, text, partners) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(partners);
    expect(extract({ text, language }).partners).toEqual(partners);
  });
});

describe('a pair of others by name (1.15.11)', () => {
  it('reads "中国—东盟自由贸易区" and "the Japan–ASEAN centre" as those two\'s own, in a text about the EU and one of them', () => {
    const zh = '中欧数字对话在北京举行。中方还介绍了中国—东盟自由贸易区3.0版升级议定书中数字经济章节的内容，以及中国与东盟国家在跨境电商领域的合作进展，表示中国愿同包括欧盟在内的各方加强合作。';
    expect(extract({ text: zh, language: 'zh' }).partners).toEqual(['country:CN']);
    const en = 'The EU and Japan met in Tokyo. Japan also presented the Japan–ASEAN cybersecurity centre it funds.';
    expect(extract({ text: en, language: 'en', partnerModel: false }).partners).toEqual(['country:JP']);
  });
});

describe('a table whose partner column is headed by a label for partners (1.15.15)', () => {
  const table = [
    'The EU finances the call for proposals on rural broadband.',
    '',
    '| Lot | Beneficiary countries | Amount (EUR) |',
    '|---|---|---|',
    '| 1 | Ghana, Togo | 4 000 000 |',
    '| 2 | Kenya | 3 000 000 |',
  ].join('\n');

  it('reads its places as partners even in rows of figures', () => {
    expect(extract({ text: table, language: 'en' }).partners).toEqual(['country:GH', 'country:KE', 'country:TG']);
  });

  it('names a numbered row by the title column and its number', () => {
    expect(extract({ text: table, language: 'en' }).initiatives.map((i) => i.title)).toEqual(expect.arrayContaining(['Lot 1', 'Lot 2']));
  });

  it('still reads no partner from a market-share table headed only "Country"', () => {
    const shares = ['The EU published its chips outlook.', '', '| Rank | Country | Share |', '|---|---|---|', '| 1 | Taiwan | 65% |', '| 2 | Korea | 18% |'].join('\n');
    expect(extract({ text: shares, language: 'en' }).partners).toEqual([]);
  });
});

describe('a list named again by its count (1.15.15)', () => {
  it.each([
    ['de', 'Ghana und Togo haben 2024 neue Digitalgesetze verabschiedet. Die EU vergibt je zehn Plätze an die zwei Partnerländer.', ['country:GH', 'country:TG']],
    ['fr', "Le Bénin, le Niger et le Tchad ont adopté des lois sur les données. L'UE répartit les bourses entre les trois pays partenaires.", ['country:BJ', 'country:NE', 'country:TD']],
  ])('makes partners of the list the count stands for (%s)', (language, text, partners) => {
    expect(extract({ text, language }).partners).toEqual(partners);
  });

  it('takes the list of that size only', () => {
    const count = 'The EU shares the places equally among the three partner countries.';
    expect(extract({ text: `Armenia, Georgia and Moldova have fast-growing IT sectors. ${count}`, language: 'en' }).partners).toEqual(['country:AM', 'country:GE', 'country:MD']);
    expect(extract({ text: `Armenia and Georgia have fast-growing IT sectors. ${count}`, language: 'en' }).partners).toEqual([]);
  });
});

describe("a member state's development agency named without its country (1.15.15)", () => {
  it.each([
    ['de', 'Die GIZ unterstützt im Auftrag des BMZ seit 2020 Ghana und Ruanda beim Aufbau digitaler Verwaltungsdienste.', ['country:GH', 'country:RW']],
    ['fr', "L'AFD finance avec le Sénégal un programme d'identité numérique.", ['country:SN']],
  ])('is the side of the EU, as the member state would be (%s)', (language, text, partners) => {
    expect(extract({ text, language }).partners).toEqual(partners);
  });
});

describe('not an associated country, in Korean; a stopover of a cable (1.15.15)', () => {
  it('makes no partner of a place the text says is not associated', () => {
    const text = '한국은 2025년부터 EU의 호라이즌 유럽에 준회원국으로 참여하고 있다. 일본과 인도는 호라이즌 유럽 준회원국이 아니다.';
    expect(extract({ text, language: 'ko' }).partners).toEqual(['country:KR']);
  });

  it('makes no partner of a stopover ("con una escala en")', () => {
    const text =
      'La Delegación de la Unión Europea en Chile y la Subsecretaría firmaron hoy un memorando para el cable que unirá Valparaíso con Auckland a lo largo de 11.000 kilómetros, con una escala en la Polinesia Francesa.';
    expect(extract({ text, language: 'es', partnerModel: false }).partners).not.toContain('country:PF');
  });
});

/** The (type, partner) pairs of a text's instruments, sorted. */
const pairs = (text: string, language: string): string[] =>
  extract({ text, language }).instruments.map((i) => `${i.type} ${i.partner}`).sort();

describe('instruments in German and in other Chinese spellings (1.15.16)', () => {

  it.each([
    ['the genitive of a name', 'Am Montag begann in Nairobi die zweite Runde des Digitaldialogs zwischen der EU und Kenia.', ['digital-dialogue country:KE']],
    ['a plural', 'Mit Albanien und Serbien führt die EU seit 2024 jährliche Cyberdialoge.', ['cyber-dialogue country:AL', 'cyber-dialogue country:RS']],
    ['a list with its articles', 'Die Bundesregierung verweist auf die Digitalpartnerschaften der EU mit Japan, der Republik Korea und Kanada.', ['digital-partnership country:CA', 'digital-partnership country:JP', 'digital-partnership country:KR']],
    ['whose it is by the genitive alone', 'Das Zentrum arbeitet mit Kenia und ist Teil der Team-Europe-Initiative für die digitale Transformation Sambias, zu der die EU beiträgt.', ['team-europe-initiative country:ZM']],
    ['a year in brackets inside the list', 'Digitalwirtschaftspakete wurden von der EU mit Ghana (2024) und Kenia (2025) vereinbart.', ['digital-economy-package country:GH', 'digital-economy-package country:KE']],
  ])('reads %s', (_, text, expected) => {
    expect(pairs(text, 'de')).toEqual(expected);
  });

  it('gives the council its own partner after "sowie auf den", not the list of the instrument before it', () => {
    const text = 'Die Regierung verweist auf die Digitalpartnerschaften der EU mit Japan und Singapur sowie auf den Handels- und Technologierat EU–Indien.';
    expect(pairs(text, 'de')).toEqual(['digital-partnership country:JP', 'digital-partnership country:SG', 'trade-and-technology-council country:IN']);
  });

  it('reads the 数码 of Singapore and Hong Kong', () => {
    expect(pairs('欧盟与新加坡签署的《数码贸易协定》将于明年生效。', 'zh')).toEqual(['digital-trade-agreement country:SG']);
    expect(pairs('欧盟与韩国的数码伙伴关系于2022年签署。', 'zh')).toEqual(['digital-partnership country:KR']);
  });
});

describe('instruments of a table column, of a pair of others, after a definite article (1.15.18)', () => {

  it('reads a column headed by an instrument, row by row, from cells that say the row has it', () => {
    const text = [
      'Which neighbours take part in EU programmes?',
      '',
      '| Country | Horizon Europe | Remarks |',
      '|---|---|---|',
      '| Iceland | associated | via the EEA |',
      '| Kosovo | not associated | |',
      '| Armenia | associated since 2023 | |',
      '| Azerbaijan | — | has not applied |',
    ].join('\n');
    expect(pairs(text, 'en')).toEqual(['horizon-association country:AM', 'horizon-association country:IS']);
  });

  it('names a free trade area by its name in the association agreements', () => {
    expect(pairs('根据欧盟与格鲁吉亚的联系协定，深入全面自由贸易区自2016年起生效。', 'zh')).toEqual(['free-trade-agreement country:GE']);
    expect(pairs("L'Union européenne et la Moldavie ont renforcé la zone de libre-échange approfondi et complet.", 'fr')).toEqual(['free-trade-agreement country:MD']);
  });

  it("leaves an instrument named for a pair of others by a one-character name (\"한-튀르키예 자유무역협정\")", () => {
    const text = 'EU는 튀르키예와 디지털 대화를 시작했다. 한국 정부는 2013년 발효된 한-튀르키예 자유무역협정을 바탕으로 협의하고 있다.';
    expect(pairs(text, 'ko')).toEqual(['digital-dialogue country:TR']);
  });

  it('gives "del CCT" again no partner of its own sentence', () => {
    const text =
      'El Consejo de Comercio y Tecnología (CCT) entre la Unión Europea y la India se reunió hoy. En paralelo a la reunión del CCT, la Comisión Europea y el Gobierno de Nepal firmaron en Katmandú la Iniciativa Equipo Europa «Nepal Digital».';
    expect(pairs(text, 'es')).toEqual(['team-europe-initiative country:NP', 'trade-and-technology-council country:IN']);
  });

  it('reads the French plural of the council', () => {
    expect(pairs("Les conseils du commerce et des technologies de l'UE avec les États-Unis ont été lancés en 2021.", 'fr')).toEqual(['trade-and-technology-council country:US']);
  });
});

describe('a footnote to what the EU funds; a place that declined after a relative clause (1.15.18)', () => {
  it('reads the places of a footnote right after "financed by the Commission"', () => {
    const text =
      'The EU supports cyber resilience in the Western Balkans. Kosovo also benefits from a regional project financed by the Commission7. Other donors are active too.\n\n7 Covering Albania, North Macedonia and Serbia.';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(expect.arrayContaining(['country:AL', 'country:MK', 'country:RS']));
  });

  it.each([
    ['fr', "L'Australie, à qui la Commission avait proposé en 2023 d'ouvrir un partenariat numérique, a décliné. Le Japon et l'UE ont signé le leur."],
    ['en', 'Australia, which the Commission had approached about a Digital Partnership, declined. Japan and the EU signed theirs.'],
  ])('makes no partner of a place that declined (%s)', (language, text) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(['country:JP']);
  });

  it('does not read a fall in figures as a refusal', () => {
    expect(extract({ text: 'The EU and China agreed on a dialogue. Chinese exports to the EU declined.', language: 'en', partnerModel: false }).partners).toEqual(['country:CN']);
  });
});

describe('between the government of one and the government of another (1.15.21)', () => {
  it.each([
    ['en', 'The memorandum between the Government of the Republic of Cameroon and the Government of the Republic of Korea covers e-government. The EU serves as a model.'],
    ['fr', "Le mémorandum d'entente entre le Gouvernement de la République du Cameroun et le Gouvernement de la République de Corée porte sur l'administration électronique. L'UE sert de modèle."],
  ])('makes no partners of two governments outside the EU named as the parties (%s)', (language, text) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual([]);
  });

  it('leaves a government named as the EU’s counterpart', () => {
    const text = 'The memorandum between the Government of the Republic of Kenya and the European Union covers e-government.';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:KE']);
  });
});

describe('the associated and target countries of a footnote (1.15.22)', () => {
  const text =
    'Horizon Europe – Work Programme 2027\nCall topic: secure edge computing.\nParticipation is open to legal entities established in Member States and associated countries9. Entities established in Russia are not eligible.\n\n9 At the date of publication: Iceland, Norway, Tunisia and Ukraine.';

  it('makes the countries of a footnote to "associated countries" partners, associated to Horizon Europe', () => {
    const r = extract({ text, language: 'en', partnerModel: false });
    expect(r.partners).toEqual(['country:IS', 'country:NO', 'country:TN', 'country:UA']);
    expect(pairs(text, 'en')).toEqual(['horizon-association country:IS', 'horizon-association country:NO', 'horizon-association country:TN', 'horizon-association country:UA']);
  });

  it('gives no association in a text that does not name Horizon Europe', () => {
    const other = text.replace('Horizon Europe – Work Programme 2027', 'Call for proposals 2027');
    expect(pairs(other, 'en')).toEqual([]);
  });

  it.each([
    ['fr', "Le programme financé par l'Union européenne renforcera les capacités des trois pays cibles3 en matière de cybersécurité.\n\n3 Sénégal, Mali et Niger.", ['country:ML', 'country:NE', 'country:SN']],
    ['en', 'The EU-funded programme supports digital public services in the two pilot countries3 of the region.\n\n3 Ghana and Togo.', ['country:GH', 'country:TG']],
  ])('makes the countries of a footnote to "pays cibles", "pilot countries" partners (%s)', (language, t, expected) => {
    expect(extract({ text: t, language, partnerModel: false }).partners).toEqual(expected);
  });
});

describe('a list said to be the pilot countries (1.15.23)', () => {
  it.each([
    ['en', 'The EU and Vanuatu opened a cyber training centre in Port Vila. Nauru and Tuvalu are the centre’s first pilot countries.', ['country:NR', 'country:TV', 'country:VU']],
    ['fr', "L'UE et le Bénin ont lancé un centre de formation à Cotonou. Le Togo et le Niger sont les premiers pays pilotes du centre.", ['country:BJ', 'country:NE', 'country:TG']],
  ])('makes partners of a list followed by "are … pilot countries" (%s)', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });

  it('does not when the list is said not to be', () => {
    const text = 'The EU and Vanuatu opened a cyber training centre in Port Vila. Nauru and Tuvalu are not pilot countries.';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:VU']);
  });
});

describe('narrow wrapped text; one end of a link said to be outside (1.15.24)', () => {
  const sentences = (text: string): string[] => segmentSentences(text, splitLines(text)).map((x) => text.slice(x.start, x.end).replace(/\s+/g, ' '));

  it('reads a line as long as its paragraph\'s longest as a wrap, even before a capital', () => {
    const text =
      'Die Initiative wird von der Europäischen Union und von der\nGIZ gemeinsam umgesetzt. Das Abkommen, das Kasachstan mit der\nTürkei unterzeichnet hat, gehört nicht dazu. Die Arbeiten in\nDuschanbe ruhen bis August.';
    expect(sentences(text)).toEqual([
      'Die Initiative wird von der Europäischen Union und von der GIZ gemeinsam umgesetzt.',
      'Das Abkommen, das Kasachstan mit der Türkei unterzeichnet hat, gehört nicht dazu.',
      'Die Arbeiten in Duschanbe ruhen bis August.',
    ]);
    // and the relative clause is read whole: Kazakhstan's agreement with Türkiye is theirs
    expect(extract({ text: `Die EU und Kasachstan arbeiten zusammen.\n\n${text}`, language: 'de', partnerModel: false }).partners).toEqual(['country:KZ']);
  });

  it('still ends a short heading line and a title block of two lines', () => {
    expect(sentences('Annual report 2025\nDigital connectivity in Central Asia, a chronology of the main steps\n\nThe EU and Kazakhstan signed a memorandum.')).toEqual([
      'Annual report 2025',
      'Digital connectivity in Central Asia, a chronology of the main steps',
      'The EU and Kazakhstan signed a memorandum.',
    ]);
    expect(sentences('Contexte\nLe programme financé par l’Union européenne soutient le Sénégal\nRésultats attendus\nTrois centres ouverts en 2026 dans les régions de Thiès et de Kaolack.')).toEqual([
      'Contexte',
      'Le programme financé par l’Union européenne soutient le Sénégal',
      'Résultats attendus',
      'Trois centres ouverts en 2026 dans les régions de Thiès et de Kaolack.',
    ]);
  });

  it('keeps a place that is one end of a link said to be outside the initiative a party elsewhere', () => {
    const text =
      'Partnerländer der EU-Initiative sind Kasachstan und Kirgisistan. Die Glasfaserverbindung zwischen Xinjiang und Kasachstan ist nicht Teil der Initiative.';
    expect(extract({ text, language: 'de', partnerModel: false }).partners).toEqual(['country:KG', 'country:KZ']);
  });
});

describe('lists a page sets out: under a heading, after a count; an institution’s seat (1.15.26)', () => {
  it('reads the head of each bulleted item under a label standing alone as a heading', () => {
    const text =
      "Financé par l'Union européenne, le programme modernise l'état civil.\n\nPays bénéficiaires\n• Bénin – identifiant unique et portail de services en ligne\n• Togo – carte d'identité biométrique et authentification mobile pour les usagers des services\n• République démocratique du Congo – phase pilote à Kinshasa, en lien avec la Zambie\n\nLe Tchad n'est pas couvert.";
    expect(extract({ text, language: 'fr', partnerModel: false }).partners).toEqual(['country:BJ', 'country:CD', 'country:TG']);
  });

  it.each([
    ['en', 'Funded by the European Union, the programme currently works in 5 countries.\n\nEast: Kenya, Rwanda, Uganda\nWest: Ghana, Senegal\n\nMali and Niger are no longer part of the programme.', ['country:GH', 'country:KE', 'country:RW', 'country:SN', 'country:UG']],
    ['zh', '欧盟出资的网络韧性计划已经启动。目前参与该计划的东盟成员国共有四个：文莱、柬埔寨、老挝和越南。缅甸没有被纳入该计划。', ['country:BN', 'country:KH', 'country:LA', 'country:VN']],
  ])('makes partners of a list of exactly as many countries as a count before it (%s)', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });

  it('takes no list of another number of countries, nor a count said of another country', () => {
    const text = 'Funded by the European Union, the programme currently works in 6 countries.\n\nEast: Kenya, Rwanda, Uganda\nWest: Ghana, Senegal';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual([]);
    const other = 'The EU funds a skills programme in Kenya. China operates data centres in 3 countries: Laos, Cambodia and Myanmar.';
    expect(extract({ text: other, language: 'en', partnerModel: false }).partners).toEqual(['country:KE']);
  });

  it('makes the bracketed seat of a university a partner in a sentence that makes it a party', () => {
    const text = 'The consortium, funded under Horizon Europe, brings together Ilia State University (Georgia) with partners in Lithuania and Poland.';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:GE']);
  });
});

describe('a label with two words after it, and its list wrapped on as prose (1.15.27)', () => {
  it('reads "pays partenaires du programme :" and the sentence of a long line under it', () => {
    const text =
      "Le programme, financé par l'Union européenne, offre des bourses de mobilité aux chercheurs.\n\n2. Pays éligibles\nLes candidats doivent être ressortissants de l'un des pays partenaires du programme :\nFidji, Samoa, Vanuatu, Tonga et Îles Salomon. La Papouasie-Nouvelle-Guinée, qui participait à la phase pilote, ne participe plus.";
    expect(extract({ text, language: 'fr', partnerModel: false }).partners).toEqual(['country:FJ', 'country:SB', 'country:TO', 'country:VU', 'country:WS']);
  });
});

describe('a page’s tags and related links (1.15.28)', () => {
  it('are no parties', () => {
    const text =
      'The European Investment Bank signed a EUR 40 million loan for a data centre in Tanzania with the support of the European Union.\n\nPress contacts | Related: Kenya – Digital connectivity (2024) | Tags: Africa, Uganda, Global Gateway';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:TZ']);
  });
});

describe('figures by partner set out with dot leaders (1.15.30)', () => {
  const text = (title: string) =>
    `${title}\n(millones de euros)\n\nBolivia ............................ 4,8\nParaguay ........................... 3,1\nPerú ............................... 4,0\nNicaragua .......................... 0,0\nTotal .............................. 11,9\n\nParte de los fondos es cooperación delegada de la Unión Europea.`;

  it('makes partners of the places that open the lines under a title naming them partners, not of a nil line', () => {
    expect(extract({ text: text('Desembolsos de la AECID en 2024 por país socio'), language: 'es', partnerModel: false }).partners).toEqual(['country:BO', 'country:PE', 'country:PY']);
  });

  it('does not under a title that names no partners', () => {
    expect(extract({ text: text('Precio medio de la banda ancha en 2024'), language: 'es', partnerModel: false }).partners).toEqual([]);
  });
});

describe('a similar deal of the partner’s own (1.15.32)', () => {
  it.each([
    ['fr', "La France et le Sénégal ont signé à Dakar un protocole d'accord sur l'intelligence artificielle. Le Sénégal a par ailleurs signé la semaine dernière un accord similaire avec l'#Inde.", ['country:SN']],
    ['en', 'The EU and Kenya signed a memorandum on digital skills. Kenya also signed a similar agreement with India last month.', ['country:KE']],
  ])('gives no partner of the place after "a similar agreement with" in a sentence that names no EU (%s)', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });
});

describe('a place’s own policy as the yardstick, in CJK (1.15.33)', () => {
  it('makes no partner of "일본의 … 정책에 비해"', () => {
    const text = '일부 전문가들은 이 대화가 유럽연합의 반도체법(Chips Act)이나 일본의 반도체 보조금 정책에 비해 재정 지원 규모가 작다고 지적한다.';
    expect(extract({ text, language: 'ko', partnerModel: false }).partners).toEqual([]);
  });
});

describe('the EU named for its law, the act before it (1.15.33)', () => {
  it('is no side of the places in the sentences around it', () => {
    const text =
      'Varias delegaciones señalaron que el Reglamento General de Protección de Datos de la Unión Europea sigue siendo la referencia principal, junto con el marco de APEC. Chile propuso un modelo de cláusulas contractuales tipo de la Alianza.';
    expect(extract({ text, language: 'es', partnerModel: false }).partners).toEqual([]);
  });
});

describe('a country’s name that is a common word (1.15.33)', () => {
  const places = (text: string, language: string) => extract({ text, language }).entities.filter((e) => e.type === 'country').map((e) => e.id);
  it('is no place: French "Réunion", Spanish "REUNIÓN", Italian "Monaco di Baviera"', () => {
    expect(places("Réunion du Conseil d'association UE-Maroc. La réunion a eu lieu à Rabat.", 'fr')).toEqual(['country:MA']);
    expect(places('ACTA DE LA XXI REUNIÓN DEL SUBGRUPO DE AGENDA DIGITAL', 'es')).toEqual([]);
    expect(places('Laboratori in Corea, a Delft e a Monaco di Baviera.', 'it')).toEqual(['country:KR']);
  });

  it('leaves the island its own names', () => {
    expect(places("Le câble relie l'île de la Réunion et Maurice.", 'fr')).toEqual(['country:RE', 'country:MU']);
  });
});

describe('the EU as an observer (1.15.33)', () => {
  const minutes = (observers: string) =>
    `PACIFIC REGIONAL DIGITAL CONNECTIVITY WORKING GROUP\nOutcome note – 7th meeting\n\nMembers: Fiji (Chair), Samoa, Tonga, Vanuatu\nDevelopment partners: Australia, Japan\n${observers}\n\nSession 1 – Submarine cables\nThe Chair noted that the Tuvalu spur, financed jointly by Australia and Japan, is ready for service. Members endorsed the Regional Cable Repair Arrangement.`;

  it('is no side of what the meeting decides', () => {
    expect(extract({ text: minutes('Observers: European Union (Delegation for the Pacific), ITU'), language: 'en' }).partners).toEqual([]);
    expect(extract({ text: minutes('The European Union attended as an observer.'), language: 'en' }).partners).toEqual([]);
  });
});

describe('"among them" (1.15.33)', () => {
  it('is no cooperation among the places after it', () => {
    const text = "Its data article draws on several frameworks, the EU's rules among them, and Australian officials often cite the approach.";
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual([]);
    expect(extract({ text: 'The EU fosters cooperation among Japan and Korea.', language: 'en', partnerModel: false }).partners).toEqual(['country:JP', 'country:KR']);
  });
});

describe('no party after a relative clause of "dont", "whose" (1.15.33)', () => {
  it('is said of the place before the clause', () => {
    const text =
      "L'Union européenne finance la branche du câble vers le Sénégal et le Cap-Vert. Le Cap-Vert, dont la station de Praia accueille une branche exploitée par CV Telecom, n'est pas partie à l'accord de financement.";
    expect(extract({ text, language: 'fr' }).partners).toEqual(['country:SN']);
  });
});

describe('Japanese: not a party, invited and declined; "参加国：" (1.15.33)', () => {
  const text =
    'パシフィック・デジタル・ブリッジは、欧州連合（EU）がグローバル・ゲートウェイ戦略の一環として太平洋島嶼国で進めるデジタル接続事業である。\n\n概要\n参加国：EU、フィジー、パプアニューギニア、サモア\n開始：2024年9月\n\n沿革\n覚書の署名式は、ソロモン諸島の首都ホニアラで開かれた首脳会議の際に行われた。ソロモン諸島は本事業の当事国ではない。トンガは当初招請されたが、既存の海底ケーブルの冗長化を優先するとして参加を見送った。';

  it('makes partners of the labelled list, and none of the place not a party or the one that declined', () => {
    expect(extract({ text, language: 'ja' }).partners).toEqual(['country:FJ', 'country:PG', 'country:WS']);
  });
});

describe('others’ deals (1.15.33)', () => {
  it.each([
    ['de', 'Das Digitalwirtschaftsabkommen zwischen dem Vereinigten Königreich und Singapur ist ein Handelsabkommen. Die Europäische Kommission beobachtet, ob Weiterübermittlungen nach Singapur das europäische Datenschutzniveau untergraben.'],
    ['de', 'Nach dem Austritt aus der EU schloss das Vereinigte Königreich 2020 ein eigenes Freihandelsabkommen mit Singapur.'],
    ['en', "The EU adopted its strategy. The agreement follows the model of Singapore's agreements with Australia."],
    ['de', 'Die EU hat ihre Strategie beschlossen. Das Abkommen folgt dem Vorbild der Abkommen Singapurs mit Australien.'],
    ['fr', "L'UE a adopté sa stratégie. L'accord suit le modèle des accords de Singapour avec l'Australie."],
  ])('give no partner of the EU: "between the UK and Singapore", "its own FTA with", "Singapore’s agreements with" (%s)', (language, text) => {
    const r = extract({ text, language, partnerModel: false });
    expect(r.partners).toEqual([]);
    expect(r.instruments).toEqual([]);
  });

  it('leave a country’s deal with the EU the EU’s', () => {
    expect(extract({ text: "The EU adopted its strategy. Japan's partnership with the EU is deep.", language: 'en', partnerModel: false }).partners).toEqual(['country:JP']);
  });
});

describe('initiatives named in quotes after a call, in single quotes, or as a term defined on its line (1.15.33)', () => {
  const titles = (text: string, language: string) => extract({ text, language }).initiatives.map((i) => i.title);
  it.each([
    ['en', 'The coordinated call "AI for Climate Resilience", launched under Horizon Europe together with India, closed in March.', 'AI for Climate Resilience'],
    ['de', '2025 folgte die koordinierte Ausschreibung „Sangam-6G“: 6 Millionen Euro aus Horizont Europa für gemeinsame Projekte mit Indien.', 'Sangam-6G'],
    ['es', 'El piloto «Puente eID», acordado con Colombia y Uruguay en 2024, prueba el reconocimiento mutuo de identidades digitales con la Unión Europea.', 'Puente eID'],
    ['ko', "EU와 한국은 2024년부터 양측 연구기관 간 연구자 교류 사업인 'K-EU 칩 브릿지'를 운영하고 있습니다.", 'K-EU 칩 브릿지'],
    ['en', 'GLOSSARY\n\nATLAS-WA\nA submarine cable linking Lisbon to Dakar, built under Global Gateway with the governments of Senegal and Nigeria.', 'ATLAS-WA'],
    ['en', 'Components\nDigital Villages. A rural broadband pilot in Kyrgyzstan and Tajikistan brings 4G access to 340 villages with EU support.', 'Digital Villages'],
    ['en', 'The EU and Japan launched a coordinated call on 6G. The selected consortium, 6G-NEXUS, started in January 2026.', '6G-NEXUS'],
    ['it', "Il progetto pilota EuSiT-Sign, avviato nel 2025 dalla Commissione e da Singapore, collega le firme elettroniche.", 'EuSiT-Sign'],
  ])('(%s) %s', (language, text, name) => {
    expect(titles(text, language)).toContain(name);
  });

  it('keeps an apostrophe inside a quoted name and takes no wrapped line for a term', () => {
    expect(titles("Le projet « Compétences numériques pour l’emploi en Tunisie » est financé par l'UE.", 'fr')).toContain('Compétences numériques pour l’emploi en Tunisie');
    expect(titles('Le prix moyen est passé de 2,1 à 1,4\nUSD. Le câble METISS relie Madagascar à l’Afrique du Sud.', 'fr')).not.toContain('USD');
  });
});

describe('a map’s or a slide’s legend and its key (1.15.34)', () => {
  const map = (key: string) =>
    `ALIANZA DIGITAL UE-ALC\nMapa de proyectos 2026\n\nLEYENDA\n■ país socio de la Alianza con proyecto activo\n□ país socio sin proyecto activo en 2026\n▲ observador — no es parte de la Alianza\n▨ rayado: adhesión en negociación\n\nSOBRE EL MAPA\n${key}\n\nFuente: Comisión Europea.`;

  it('makes partners of the places keyed as partners, and no party of those keyed as observers or in negotiation', () => {
    const text = map('■ Brasil · Chile · Colombia\n□ Uruguay · Costa Rica\n▲ Canadá — observador en el Foro de Alto Nivel\n▨ Perú');
    const r = extract({ text, language: 'es' });
    expect(r.partners).toEqual(expect.arrayContaining(['country:BR', 'country:CL', 'country:CO', 'country:CR', 'country:UY']));
    expect(r.partners).not.toContain('country:CA');
    expect(r.partners).not.toContain('country:PE');
  });

  it('reads no key from bulleted paragraphs that open with the same symbols', () => {
    const text =
      '보도자료\n\n□ 외교부와 유럽대외관계청은 6월 12일 브뤼셀에서 한-EU 사이버정책대화를 개최하였습니다.\n□ 이번 대화는 안보·국방 파트너십 체결 이후 처음 열린 고위급 협의입니다.\n□ 양측은 북한의 악의적 사이버 활동이 국제사회의 안보에 심각한 위협이 되고 있다는 데 인식을 같이 하였습니다. 또한 러시아와 북한 간 군사협력을 지적하였습니다.';
    const r = extract({ text, language: 'ko', partnerModel: false });
    expect(r.partners).not.toContain('country:KP');
    expect(r.partners).not.toContain('country:RU');
  });
});

describe('said not to be listed as a partner; no party after an apposition (1.15.34)', () => {
  it.each([
    ['es', 'La Unión Europea financia el cable BELLA con Brasil. El cable de Las Toninas no forma parte de BELLA; Argentina no figura como socio en este mapa.', ['country:BR']],
    ['fr', "L'Union européenne finance l'étude du câble avec le Sénégal et le Mali. Le Mali, initialement associé à l'étude d'une extension terrestre vers Bamako, a décliné sa participation en 2024.", ['country:SN']],
  ])('(%s)', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });
});

describe('a venue by a label or a bracket (1.15.34)', () => {
  it.each([
    'The EU and Japan held their Digital Partnership Council.\n→ Ministerial side meeting: Singapore, ATxSummit, May 2026',
    'The EU and Japan held their Digital Partnership Council.\n→ Next ministerial meeting in May 2026 with Singapore, ATxSummit (venue only)',
  ])('is no party: %s', (text) => {
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:JP']);
  });
});

describe('a slide’s arrows, ticks and crosses open a sentence (1.15.34)', () => {
  it('so that what one line says is not said of the places of the next', () => {
    const text =
      "▌ QUI PEUT DÉPOSER ?\n→ consortium ≥ 1 entité d'un État membre de l'UE + ≥ 1 entité canadienne\n→ le Canada est associé au pilier II d'Horizon Europe depuis 2024 : les équipes canadiennes sont financées directement\n✗ exclus : entités établies en Russie ou au Bélarus, ou contrôlées par elles (mesures restrictives de l'UE)";
    const r = extract({ text, language: 'fr', partnerModel: false });
    expect(r.partners).toEqual(['country:CA']);
    expect(r.instruments.map((i) => i.partner)).not.toContain('country:RU');
  });
});

describe('tables of comma- or semicolon-separated values (1.15.35)', () => {
  const iati =
    'IATI Datastore – activity export\n\niati_identifier,reporting_org,title,recipient_country,start_planned,budget_value,currency,status\nXI-IATI-EC-2023/440-902,European Commission - Neighbourhood,"EU4Digital: cross-border e-signature pilot, Armenia",Armenia,2023-06-01,3200000,EUR,Implementation\nGB-GOV-1-301234,UK - Foreign Commonwealth and Development Office,"Digital Access Programme - Kenya",Kenya,2021-04-01,28000000,GBP,Implementation\nJP-8-2023-UZ-ICT-04,Japan International Cooperation Agency,"Project for e-Government Capacity Development",Uzbekistan,2023-05-01,n/a,JPY,Implementation\n\nRows 2-3 are activities of other publishers returned by the same query.';

  it('reads a row another publisher funds as theirs, and the row the EU funds as the EU’s', () => {
    const r = extract({ text: iati, language: 'en' });
    expect(r.partners).toEqual(['country:AM']);
    expect(extract({ text: iati, language: 'en', partnerModel: false }).partners).toEqual(['country:AM']);
  });

  it('reads semicolons as the separator, and bars inside a quoted field as text', () => {
    const text =
      'OpenAid Italia – Esportazione dati (CSV, separatore ";")\n\nid_iniziativa;titolo;paese_beneficiario;ente_esecutore;cofinanziatore;stato\nAID-012901;"Rafforzamento del CERT nazionale albanese";Albania;ACN;n/d;in corso\nAID-013055;"Cavo sottomarino Medusa – approdo di Biserta";Tunisia;CDP;"BEI | Unione europea – Global Gateway";"cavo | Paesi correlati: Algeria, Marocco"\nAID-013377;"Connettività satellitare per 120 scuole rurali";Mozambico;AICS Maputo;n/d;in corso';
    expect(extract({ text, language: 'it', partnerModel: false }).partners).toEqual(['country:AL', 'country:MZ', 'country:TN']);
  });

  it('takes no list of a label for a header', () => {
    const text =
      'FICHA INFORMATIVA\n\nPaíses socios:             Costa Rica, El Salvador, Guatemala, Honduras, Panamá y República Dominicana\nSocios de implementación:  Comisión Europea (DG INTPA), AECID (España), GIZ (Alemania), Expertise France, Enabel';
    expect(extract({ text, language: 'es' }).initiatives.map((i) => i.title)).not.toContain('GIZ (Alemania)');
  });
});

describe('twinned cities and the country column of a table of towns (1.15.36)', () => {
  it('makes partners of the countries paired with a member state, one pair a line, not of the two ends of a link in prose', () => {
    const text =
      'EU Smart Cities Twinning – Africa\nFunding: EUR 18.5 million from the European Union\n\nCurrent pairs\n- Kisumu (Kenya) – Tampere (Finland)\n- Kigali (Rwanda) – Ghent (Belgium)\n- Kumasi (Ghana) – Porto (Portugal)\n\nThe BELLA cable runs between Sines (Portugal) and Fortaleza (Brazil).';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:GH', 'country:KE', 'country:RW']);
  });

  it('reads the column named for the country over a column of partner towns', () => {
    const text =
      'Das Förderprogramm „Kommunale Digitalpartnerschaften“ wird aus Mitteln des BMZ finanziert.\n\n| Deutsche Kommune | Partnerkommune | Land | Schwerpunkt |\n|---|---|---|---|\n| Leipzig | Charkiw | Ukraine | Bürgerportal, elektronische Signatur |\n| Erfurt | Chișinău | Republik Moldau | Elektronische Aktenführung |';
    expect(extract({ text, language: 'de', partnerModel: false }).partners).toEqual(['country:MD', 'country:UA']);
  });
});

describe('a tag label’s further links after a bar (1.15.36)', () => {
  it('are no parties either', () => {
    const text =
      'The European Union funds the programme with Kenya.\n\nRelated: Urban partnerships in Asia | Urban partnerships in Latin America';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:KE']);
  });
});

describe('a member state party to none of what follows; an observer or a non-signatory in CJK (1.15.36)', () => {
  it('gives no partners of a press review whose lead says so', () => {
    const text =
      "Ambassade de France en Côte d'Ivoire\nAccueil | L'ambassade | Services consulaires | Coopération | Actualités\n\nRevue de presse numérique – Semaine 14\n\nCette revue de presse, préparée par le service de coopération et d'action culturelle, rassemble des articles parus dans la presse ivoirienne et régionale. La France n'est partie à aucun des accords évoqués ci-dessous.\n\nIdentité numérique : Abidjan et Kigali signent un accord de reconnaissance mutuelle\n(Fraternité Matin, 1er avril) La Côte d'Ivoire et le Rwanda ont signé à Kigali un accord de reconnaissance mutuelle de leurs identités numériques, dans le cadre de l'alliance Smart Africa.\n\nInfrastructure publique numérique : un protocole avec l'Inde\n(L'Intelligent d'Abidjan, 2 avril) Le ministère ivoirien de la Transition numérique et l'Inde ont conclu un protocole d'entente.";
    const r = extract({ text, language: 'fr' });
    expect(r.partners).toEqual([]);
    expect(r.instruments).toEqual([]);
  });

  it.each([
    ['ko', '한국은 EU와 6G 공동원칙에 서명했다. 인도는 이번 회의에 옵서버로 참석했으나 공동원칙에는 서명하지 않았다.', ['country:KR']],
    ['zh', '欧盟与日本签署了6G联合原则，印度以观察员身份出席会议。', ['country:JP']],
  ])('(%s) makes no partner of the observer', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });
});

describe('what a text recommends, offers as an option or imagines as a scenario (1.15.37)', () => {
  it('makes no partner of a place named only in a section of recommendations, and no instrument of it', () => {
    const text =
      '2. What the partnerships deliver\n\nThe Digital Partnership with Japan has produced a joint exercise on chip supply.\n\n3. Recommendations\n\nR1. The EU should open a Digital Partnership with Indonesia, and a first Council could meet in 2027.\nR2. Brussels ought to offer Vietnam a semiconductor dialogue.\n\n4. Conclusion\n\nThe EU cooperates with Canada on AI.';
    const r = extract({ text, language: 'en', partnerModel: false });
    expect(r.partners).toEqual(['country:CA', 'country:JP']);
    expect(r.instruments.map((i) => i.partner)).not.toContain('country:ID');
  });

  it.each([
    ['fr', "L'UE a signé une convention de financement avec la Mauritanie.\n\nScénario B — le Nigeria rejoint un partenariat numérique avec l'UE et ouvre son marché.", ['country:MR']],
    ['de', 'Die EU hat mit Japan eine Digitalpartnerschaft geschlossen.\n\nOption 2 – plurilaterale Allianz: Die EU lädt Kanada und Singapur ein, eine Allianz zu bilden.\n\nSzenario B (2028): Vietnam tritt einer EU-Initiative für Montage und Test bei.', ['country:JP']],
    ['es', 'La UE firmó con Chile un acuerdo comercial con un capítulo digital.\n\nOpción 2 — Partenariado Digital con Brasil: Bruselas debería invitar a Brasil a negociar un partenariado digital.', ['country:CL']],
    ['ja', '日EUデジタル・パートナーシップは2022年に署名された。\n\n3．シナリオ\nシナリオB：インドが日EU間の半導体協力に加わり、後工程の分担が進む。', ['country:JP']],
    ['ko', '한국과 EU는 2022년 디지털 파트너십을 체결하였다.\n\n시나리오 B(2028년): 미국이 참여하는 한·미·EU 3자 반도체 협의체가 출범하는 경우.', ['country:KR']],
  ])('(%s) makes no partner of a place named only in an option or a scenario', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });

  it.each([[''], ["Opzioni all'esame\n"]])('reads a table whose first column is the option as options (%j before it)', (heading) => {
    const text =
      "Nell'ambito del partenariato digitale UE–Canada, un gruppo di lavoro sull'IA ha concordato un catalogo comune.\n\n" + heading + "| Opzione | Contenuto | Pro | Contro |\n|---|---|---|---|\n| 1 | Dialogo UE–Emirati Arabi Uniti sull'IA | accesso a capacità di calcolo | diritti fondamentali |\n| 2 | Accordo di mutuo riconoscimento con il Giappone | riduce i costi | tempi lunghi |";
    expect(extract({ text, language: 'it', partnerModel: false }).partners).toEqual(['country:CA']);
  });

  it('ends a section of recommendations at the next numbered heading, blank line or none, and after 2,000 characters', () => {
    const numbered = '3. Recommendations\nR1. The EU should open a Digital Partnership with Indonesia.\n4. Cooperation so far\nThe EU cooperates with Canada on AI.';
    expect(extract({ text: numbered, language: 'en', partnerModel: false }).partners).toEqual(['country:CA']);
    const long = `Options\n\nOption 1 – The EU could invite Vietnam to talks.\n\n${'The working groups met twice a year and published their minutes. '.repeat(40)}\n\nThe EU cooperates with Canada on AI.`;
    expect(extract({ text: long, language: 'en', partnerModel: false }).partners).toEqual(['country:CA']);
  });

  it('keeps a place paired with the EU by name in a section of recommendations, and the partners of a text without one', () => {
    const recommending =
      "Le projet a renforcé la résilience cyber de la Géorgie.\n\nRecommandations\n\n1. Prolonger le projet de deux ans.\n2. Inscrire le suivi à l'ordre du jour du dialogue cyber UE–Moldavie, dont la troisième session est prévue au printemps 2026.";
    expect(extract({ text: recommending, language: 'fr', partnerModel: false }).instruments).toContainEqual(expect.objectContaining({ type: 'cyber-dialogue', partner: 'country:MD' }));
    // a singular heading followed by words is the title of an act, not a section of proposals
    const act = 'Proposal for a Council Decision\n\non the signing of the Digital Partnership Agreement between the European Union and the Republic of Korea';
    expect(extract({ text: act, language: 'en', partnerModel: false }).partners).toEqual(['country:KR']);
  });
});

describe('no party by "neither … nor", "takes no part"; a venue by its host; "und den" in a list (1.15.37)', () => {
  it.each([
    ['de', 'Die EU kooperiert mit Japan bei Halbleitern. Taiwan ist weder Vertragspartei noch Teil eines Dialogformats mit der EU.', ['country:JP']],
    ['en', 'The EU cooperates with Japan on chips and with Taiwan, which is neither a party nor an observer.', ['country:JP']],
    ['en', 'The EU4Digital programme supports Moldova and Georgia. Belarus, whose participation was suspended in 2021, takes no part.', ['country:GE', 'country:MD']],
  ])('(%s) makes no partner of the place that is no party', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });

  it.each([
    ['es', 'La Comisión Europea ha aprobado una contribución para el cable con Chile. El acuerdo se firmará en la reunión ministerial que acogerá la República Oriental del Uruguay.', ['country:CL']],
    ['ja', '日EUサイバー対話は、9月にシンガポールで開催された国際会議の機会に行われ、日本とEUは共同演習で合意しました。', ['country:JP']],
    ['en', 'The workshop hosted by Japan and the EU launched a joint call with Japan.', ['country:JP']],
  ])('(%s) makes no partner of the host of a meeting, unless it hosts with the EU', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });

  it('keeps a list going over "und den"', () => {
    const text = 'Die Europäische Union hat am 12. Februar gemeinsam mit dem Vereinigten Königreich, Kanada und den Vereinigten Staaten erklärt, dass der Angriff zuzurechnen ist.';
    expect(extract({ text, language: 'de', partnerModel: false }).partners).toEqual(['country:CA', 'country:GB', 'country:US']);
  });
});

describe('instruments: a footnote going on after a bracket, a list after an article, the pair after the name (1.15.37)', () => {
  it('reads a footnote on to its next line when that line goes on in lower case', () => {
    const text =
      'Since 2022 the Union has concluded four bilateral Digital Partnerships7, each steered by a Council.\n\n_______________\n7 With Japan (May 2022), the Republic of Korea (November 2022), Singapore (February 2023)\n  and Canada (November 2023).\n';
    expect(extract({ text, language: 'en', partnerModel: false }).instruments.map((i) => i.partner)).toEqual(['country:JP', 'country:KR', 'country:SG', 'country:CA']);
  });

  it('takes the partner after "con la", and the EU pair right after the name before a later "con"', () => {
    const korea = "Nell'ambito del partenariato digitale UE–Canada, un gruppo ha concordato un catalogo. Nel partenariato digitale con la Repubblica di Corea le parti sperimentano spazi.";
    expect(extract({ text: korea, language: 'it', partnerModel: false }).instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['digital-partnership country:CA', 'digital-partnership country:KR']);
    const alliance = "Nell'ambito dell'Alleanza digitale UE-ALC, l'Unione europea finanzierà con il Perù e l'Ecuador una rete di centri di supercalcolo.";
    expect(extract({ text: alliance, language: 'it', partnerModel: false }).instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['digital-alliance region:lac']);
  });

  it('gives a later "with" after a comma and a conjunction to a parallel object, not to the instrument before it', () => {
    const text =
      "La Commission européenne a signé avec le Bénin le document-cadre d'une Initiative Équipe Europe pour la transformation numérique du pays, et avec le Togo un protocole d'accord sur l'identité numérique.";
    const pairs = extract({ text, language: 'fr', partnerModel: false }).instruments.map((i) => `${i.type} ${i.partner}`);
    expect(pairs).toContain('team-europe-initiative country:BJ');
    expect(pairs).toContain('memorandum country:TG');
  });
});

describe('Chinese 中欧 for China and the EU; 日欧 and 中欧 that are no pair (1.15.38)', () => {
  it('makes China the partner of "中欧数字领域高层对话"', () => {
    const text = '报告提到，今年3月在布鲁塞尔举行了第三次中欧数字领域高层对话，双方就非个人数据出境清单达成了共识。';
    const r = extract({ text, language: 'zh', partnerModel: false });
    expect(r.partners).toEqual(['country:CN']);
    expect(r.instruments).toContainEqual(expect.objectContaining({ type: 'digital-dialogue', partner: 'country:CN' }));
  });

  it.each([
    ['zh', '2025年5月20日欧盟与越南签署了数字合作协定。', ['country:VN']],
    ['zh', '在该协定中欧盟与越南同意开展数据合作。', ['country:VN']],
    ['ja', '2025年5月20日欧州連合とベトナムはデジタル協力の覚書に署名した。', ['country:VN']],
    ['ja', '5月20日EU首脳会議で、EUとベトナムは覚書に署名した。', ['country:VN']],
    ['zh', '今日欧盟与越南签署了数字合作协定。', ['country:VN']],
  ])('(%s) reads the day of a date or 中 of another word before the EU as no pair, and keeps the EU', (language, text, expected) => {
    const r = extract({ text, language, partnerModel: false });
    expect(r.partners).toEqual(expected);
    expect(r.entities.some((e) => e.id === 'org:eu')).toBe(true);
  });

  it('reads 中欧国家 as Central Europe', () => {
    expect(extract({ text: '欧盟与中欧国家加强了数字合作，并与越南签署协定。', language: 'zh', partnerModel: false }).partners).not.toContain('country:CN');
  });
});

describe('rankings and trade defence; a wish or a missing mandate; the EU not involved (1.15.38)', () => {
  it.each([
    ['en', 'The EU cooperates with Japan on AI. In the connectivity index, Korea ranks first, followed by Singapore.', ['country:JP']],
    ['es', 'La UE coopera con Chile. Según el índice de conectividad, Uruguay encabeza la clasificación (78,2 puntos), seguido de Costa Rica (71,4).', ['country:CL']],
    ['fr', "La Commission coopère avec le Maroc. En ce qui concerne la Chine, le plaignant fait valoir l'existence de distorsions significatives.", ['country:MA']],
    ['fr', "La Commission coopère avec le Maroc. Les importations de câbles reliant les réseaux, originaires de la Chine, font l'objet de dumping.", ['country:MA']],
  ])('(%s) makes no partner of a rank or of the origin of dumped goods', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });

  it.each([
    ['en', 'The Digital Partnership with Japan delivers. I would like the Commission to open a Digital Partnership with Vietnam as well.', ['country:JP']],
    ['en', 'The EU signed the Digital Trade Agreement with Singapore. Why not a digital trade agreement with Australia too?', ['country:SG']],
    ['en', 'The EU–Japan call is bilateral. The Commission has no mandate for a digital partnership with Vietnam or Malaysia.', ['country:JP']],
  ])('(%s) makes no partner or instrument of a wish or a missing mandate', (language, text, expected) => {
    const r = extract({ text, language, partnerModel: false });
    expect(r.partners).toEqual(expected);
    expect(r.instruments.map((i) => i.partner)).not.toContain('country:VN');
  });

  it('reads "non coinvolgono … l\'Unione europea" as the EU no party to what the sentence before reports', () => {
    const text =
      "L'Unione europea finanzia il progetto con la Tunisia. La cooperazione con il Giappone sulla ricerca 6G è nata nel 2024. Tali iniziative non coinvolgono l'Italia né l'Unione europea.";
    expect(extract({ text, language: 'it', partnerModel: false }).partners).toEqual(['country:TN']);
  });

  it('knows the United Kingdom in the German genitive', () => {
    const text = 'Am 12. März 2025 unterzeichneten Deutschland und das Cabinet Office des Vereinigten Königreichs eine Absichtserklärung über den Austausch von Informationen.';
    expect(extract({ text, language: 'de', partnerModel: false }).partners).toEqual(['country:GB']);
  });
});

describe('suspended, never concluded, compared; "AU" as Australia; an agency by its acronym (1.15.39)', () => {
  it.each([
    ['en', 'EU4Digital supports Ukraine, Moldova and Georgia. Cooperation with Belarus has been suspended since June 2021, and the Commission will not resume it.', ['country:GE', 'country:MD', 'country:UA']],
    ['de', 'Deutschland fördert mit Japan die Quantenforschung. Eine 2023 angestrebte Regierungsvereinbarung mit Kanada über gemeinsame Ausschreibungen wurde nicht abgeschlossen.', ['country:JP']],
    ['fr', "La France soutient le Sénégal. À titre de comparaison, le programme britannique d'appui au Ghana dispose d'un cadre de résultats plus complet.", ['country:SN']],
  ])('(%s) makes no partner of a place whose cooperation is suspended, never concluded or a comparison', (language, text, expected) => {
    expect(extract({ text, language, partnerModel: false }).partners).toEqual(expected);
  });

  it('reads a recommendations section on past a short line that opens its list', () => {
    const text =
      'Die EU fördert mit Japan die Quantenforschung.\n\n22.3 Empfehlungen\n\nDie Kommission sollte\n- überprüfbare Meilensteine festlegen und\n- mit Kanada eine Digitalpartnerschaft schließen.';
    expect(extract({ text, language: 'de', partnerModel: false }).partners).toEqual(['country:JP']);
  });

  it('reads "AU" as Australia in a text that names Australia and never the African Union in full', () => {
    const text =
      'Die EU hat mit Australien und Neuseeland Abkommen über die gegenseitige Anerkennung geschlossen.\n\n| Abkommen | Bereich | in Kraft |\n|---|---|---|\n| MRA EU–AU | Telekommunikationsendgeräte | 01.08.2025 |\n| MRA EU–NZ | Funkanlagen | 01.09.2025 |';
    const r = extract({ text, language: 'de', partnerModel: false });
    expect(r.partners).toEqual(['country:AU', 'country:NZ']);
    expect(extract({ text: 'The AU and the EU held their digital dialogue. The African Union Commission chaired it.', language: 'en', partnerModel: false }).partners).toEqual(['region:african-union']);
  });

  it('takes the country in brackets after an agency\'s acronym as the party', () => {
    const text = 'España: la asociación UNE firma memorandos de entendimiento con INN (Chile) e ICONTEC (Colombia) para la normalización en inteligencia artificial.';
    expect(extract({ text, language: 'es', partnerModel: false }).partners).toEqual(['country:CL', 'country:CO']);
  });
});

describe('the EU as a goal of accession; a hypothesis (1.15.40)', () => {
  it('does not read the EU named as the goal of an accession as a party', () => {
    const text = '中国与塞尔维亚签署了5G合作谅解备忘录。加入欧盟是塞尔维亚的战略目标。';
    expect(extract({ text, language: 'zh', partnerModel: false }).partners).toEqual([]);
    const en = "China and Serbia signed a 5G memorandum. Serbia's bid to join the EU remains its strategic goal.";
    expect(extract({ text: en, language: 'en', partnerModel: false }).partners).toEqual([]);
  });

  it('sets aside a hypothesis to the end of its sentence', () => {
    const text =
      'The EU cooperates with Japan on AI safety. Could that change? Like, hypothetically, an EU–Canada testing deal? Nothing is on the table.';
    const r = extract({ text, language: 'en', partnerModel: false });
    expect(r.partners).toEqual(['country:JP']);
  });
});

describe('charts of signatures, project sheets, exits, datelines and places of signature (1.15.41)', () => {
  it('takes the other signatories of a chart in which the EU has signed as partners, not those that did not sign or will not', () => {
    const text = [
      'Chart of signatures and ratifications of Treaty 999',
      '| States | Signature | Ratification | Notes |',
      '|---|---|---|---|',
      '| Andorra | 05/09/2024 | | |',
      '| Azerbaijan | | | |',
      '| France | 18/02/2025 | | |',
      '| Japan | 11/02/2025 | | |',
      '| United States | 05/09/2024 | | c |',
      '',
      'International Organisations',
      '| European Union | 05/09/2024 | | |',
      '',
      'c: the United States informed the Secretary General that it does not intend to become a Party.',
    ].join('\n');
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:AD', 'country:JP']);
    // a chart the EU has not signed is others' treaty
    const without = text.replace('| European Union | 05/09/2024 | | |', '| European Union | | | |');
    expect(extract({ text: without, language: 'en', partnerModel: false }).partners).toEqual([]);
  });

  it('reads a later table under a header of its own by its own columns, not by the chart\'s signature column', () => {
    const text = [
      '| Party | Signature | Entry into force |',
      '|---|---|---|',
      '| European Union | 07/05/2025 | 01/02/2026 |',
      '| Singapore | 07/05/2025 | 01/02/2026 |',
      '',
      'Competing cloud regions opened by others',
      '| Provider home | Opened | Notes |',
      '|---|---|---|',
      '| United States | 05/09/2024 | hyperscaler competition |',
    ].join('\n');
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:SG']);
  });

  it("takes the country field of an agency's project sheet as the partner, and a sheet of others' as none", () => {
    const sheet = [
      'Agence Française de Développement',
      'FICHE PROJET',
      'Pays : Côte d\'Ivoire',
      'Secteur : Numérique',
      'Cofinanceurs : Union européenne (subvention)',
      '',
      'Le programme construit 650 pylônes 4G dans le nord du pays.',
    ].join('\n');
    expect(extract({ text: sheet, language: 'fr', partnerModel: false }).partners).toEqual(['country:CI']);
    const swiss = ['Projektdatenblatt der DEZA', 'Land/Region: Tansania', 'Sektor: Gesundheit', '', 'Die Schweiz finanziert KI-Diagnosehilfen in Distriktspitälern.'].join('\n');
    expect(extract({ text: swiss, language: 'de', partnerModel: false }).partners).toEqual([]);
  });

  it('lets a place paired with the EU "between the EU and" it stay a party of the agreement whatever one programme it stays out of', () => {
    const text =
      "L'accordo tra l'Unione europea e il Canada sulla partecipazione del Canada a Orizzonte Europa è entrato in vigore. Il Canada non partecipa allo strumento di equity dell'EIC Accelerator né al programma Europa digitale.";
    expect(extract({ text, language: 'it', partnerModel: false }).partners).toEqual(['country:CA']);
  });

  it('reads an exit from the EU, an agreement said not to exist and restrictive measures as no cooperation', () => {
    const de =
      'Abkommen zwischen der Schweizerischen Eidgenossenschaft und dem Vereinigten Königreich über Signaturen. Seit dem Austritt des Vereinigten Königreichs aus der Europäischen Union werden britische Signaturen in der Schweiz nicht mehr anerkannt. Ein entsprechendes Abkommen zwischen der Schweiz und der EU besteht nicht.';
    expect(extract({ text: de, language: 'de', partnerModel: false }).partners).toEqual([]);
    const fr =
      "L'accord entre l'Union européenne et l'Ukraine sur les services de confiance entre en vigueur. En sont exclus les prestataires visés par les mesures restrictives de l'Union au regard des actions de la Russie.";
    expect(extract({ text: fr, language: 'fr', partnerModel: false }).partners).toEqual(['country:UA']);
  });

  it("reads the pair of a wire item's first sentence after its dateline as each other's", () => {
    const text =
      "* NEW DELHI, June 4 (Reuters) - India and the European Union agreed to set up a chip packaging pilot.\n\n* CANBERRA, June 4 (Reuters) - Australia and Canada signed a memorandum of understanding on quantum computing research, their first such agreement.";
    const r = extract({ text, language: 'en', partnerModel: false });
    expect(r.partners).toEqual(['country:IN']);
    expect(r.instruments.map((i) => i.partner)).not.toContain('country:AU');
  });

  it('reads the place of signature as a venue, and a Japanese "見送った" after an offer as no party', () => {
    const es = [
      'Título: Memorando de Entendimiento entre el Gobierno de la República de Costa Rica y el Gobierno del Reino de España sobre ciberseguridad',
      'Lugar y fecha de suscripción: Ciudad de Panamá, 21 de marzo de 2025',
      'La firma tuvo lugar en la Ciudad de Panamá, en el marco de la reunión de ministros.',
    ].join('\n');
    expect(extract({ text: es, language: 'es', partnerModel: false }).partners).toEqual(['country:CR']);
    const ja = 'EUが主導する欧州量子通信インフラとの接続実験への参加も打診されたが、日本は「技術的な検証が不十分」として当面見送ったという。';
    expect(extract({ text: ja, language: 'ja', partnerModel: false }).partners).toEqual([]);
  });
});

describe('statements in multilateral fora: co-sponsors, alignments, signatories over two lines (1.15.42)', () => {
  it('takes the core group and the co-sponsors named with a member state as partners', () => {
    const text =
      "Le Conseil a adopté la résolution présentée par la France au nom d'un groupe restreint composé du Brésil, du Maroc et de l'Uruguay. La résolution a été coparrainée par 57 États, dont le Chili et le Japon. La Chine et Cuba ont voté contre.";
    expect(extract({ text, language: 'fr', partnerModel: false }).partners).toEqual(['country:BR', 'country:CL', 'country:JP', 'country:MA', 'country:UY']);
  });

  it('takes the countries that align themselves with the EU statement as partners, not those that did not', () => {
    const en =
      'I speak on behalf of the European Union and its Member States.\n\nThe Candidate Countries Montenegro*, Albania*, Ukraine and Bosnia and Herzegovina*, and the EFTA countries Iceland and Liechtenstein, as well as Andorra, align themselves with this statement.\n\nSerbia and Georgia did not align with it.';
    const ids = extract({ text: en, language: 'en', partnerModel: false }).partners.filter((p) => p.startsWith('country:'));
    expect(ids).toEqual(['country:AD', 'country:AL', 'country:BA', 'country:IS', 'country:LI', 'country:ME', 'country:UA']);
    const de = 'Erklärung im Namen der EU und ihrer Mitgliedstaaten. Die Kandidatenländer Montenegro*, Serbien* und die Republik Moldau sowie die EFTA-Länder Island und Norwegen schließen sich dieser Erklärung an.';
    expect(extract({ text: de, language: 'de', partnerModel: false }).partners.filter((p) => p.startsWith('country:'))).toEqual(['country:IS', 'country:MD', 'country:ME', 'country:NO', 'country:RS']);
  });

  it('reads a list of signatories wrapped onto the next line after a comma to its full stop', () => {
    const text =
      'Joint Statement on the Resilience of Submarine Cables\n\nSignatories: the European Union, Cabo Verde, Chile, Finland, Japan,\nNorway, the Philippines, Tonga and the United Kingdom.\n\nIndia attended as an observer.';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:CL', 'country:CV', 'country:GB', 'country:JP', 'country:NO', 'country:PH', 'country:TO']);
  });
});

describe('questions and answers: instruments said not to exist, companies, the elliptic "neither", relative clauses (1.15.42)', () => {
  it('reads "does not currently have a digital partnership with" as no instrument and no partner', () => {
    const text = 'Answer given on behalf of the Commission. The EU does not currently have a digital partnership with Egypt. It follows the investments closely.';
    const r = extract({ text, language: 'en', partnerModel: false });
    expect(r.partners).toEqual([]);
    expect(r.instruments).toEqual([]);
  });

  it("reads a country's name at the head of a company's name as no party", () => {
    const text = 'The EU cooperates with Japan on AI. Huawei and China Mobile International concluded new agreements with operators in the Gulf.';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:JP']);
  });

  it('keeps a place paired with the EU by name when a negation is said of another ("日EU間の協力の当事者ではない")', () => {
    const text = '日EUデジタル・パートナーシップに基づき協力を強化した。米国及びカナダは陸揚げ地の候補ではあるが、日EU間の協力の当事者ではない。';
    expect(extract({ text, language: 'ja', partnerModel: false }).partners).toEqual(['country:JP']);
  });

  it('reads the elliptic "tampoco" after a semicolon that closes the EU\'s clause, scams and a border as no cooperation', () => {
    const es = 'La UE firmó el acuerdo con Argentina. Bolivia no es parte del acuerdo con la UE; Venezuela, suspendida desde 2016, tampoco.';
    expect(extract({ text: es, language: 'es', partnerModel: false }).partners).toEqual(['country:AR']);
    const en =
      'The EU and Thailand held a negotiating round. Will the agreement address online fraud run from scam compounds in Myanmar? The Team Europe Initiative supports connectivity in areas bordering Afghanistan.';
    expect(extract({ text: en, language: 'en', partnerModel: false }).partners).toEqual(['country:TH']);
  });

  it('gives the object of a relative clause to the country that opens it', () => {
    const text =
      "La France et le Maroc ont signé un mémorandum sur l'IA. Le député demande pourquoi aucun accord n'a été conclu avec l'Algérie, qui vient de signer un accord de coopération numérique avec la Chine.";
    expect(extract({ text, language: 'fr', partnerModel: false }).partners).not.toContain('country:CN');
  });
});

describe('programmes, manifestos and submissions: proposals, no party, Italian associations, Taiwan (1.15.43)', () => {
  it('sets aside what a programme heads as its proposals', () => {
    const text =
      "Le partenariat numérique UE-Japon a permis des travaux communs sur l'évaluation des modèles d'IA.\n\nCe que nous proposerons\n• un partenariat numérique entre l'Union européenne et le Sénégal ;\n• un fonds pour la puissance de calcul.";
    expect(extract({ text, language: 'fr', partnerModel: false }).partners).toEqual(['country:JP']);
  });

  it('sets aside a proposal of an instrument that does not exist, and one asked for', () => {
    const en =
      'The EU Digital Partnership with Japan works well. We encourage the Commission to explore Digital Partnerships with Brazil and Indonesia. 38% of respondents asked for a dedicated EU-Kazakhstan Digital Partnership.';
    const r = extract({ text: en, language: 'en', partnerModel: false });
    expect(r.partners).toEqual(['country:JP']);
    expect(r.instruments.map((i) => i.partner)).toEqual(['country:JP']);
    const de = 'Das Digital Transformation Center in Nairobi betreiben wir gemeinsam mit Kenia. Darauf aufbauend streben wir eine umfassende Digitalpartnerschaft mit Ghana an.';
    expect(extract({ text: de, language: 'de', partnerModel: false }).partners).toEqual(['country:KE']);
  });

  it('reads "is no party to" as no party', () => {
    const text = 'The EU cooperates with Japan. Taiwan is no party to any of these agreements, yet its chip makers matter to our industry.';
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:JP']);
  });

  it("reads Italian \"l'associazione del Canada\" as a partner cue, and 台灣 as Taiwan", () => {
    const it = "La rete partecipa a Orizzonte Europa con partner dei paesi associati. L'associazione del Canada e della Nuova Zelanda dal 2024 ha reso più semplice la costruzione dei consorzi.";
    expect(extract({ text: it, language: 'it', partnerModel: false }).partners).toEqual(['country:CA', 'country:NZ']);
    const zh = '台灣與立陶宛於2022年簽署半導體合作備忘錄。';
    expect(extract({ text: zh, language: 'zh', partnerModel: false }).partners).toEqual(['country:TW']);
  });
});

describe('tables of associated countries (1.15.44)', () => {
  it('reads a column headed "Associated country" as partners, and a row whose title is a figure as no initiative', () => {
    const text = [
      'Horizon Europe - Annual Monitoring Report 2025',
      '',
      '| Associated country | Participations 2025 | EU contribution (EUR m) |',
      '|---|---|---|',
      '| Norway | 402 | 118.9 |',
      '| Canada(2) | 87 | 19.4 |',
      '',
      'For context, R&D spending was 3.6% of GDP in the United States.',
    ].join('\n');
    const r = extract({ text, language: 'en', partnerModel: false });
    expect(r.partners).toEqual(['country:CA', 'country:NO']);
    expect(r.initiatives.map((i) => i.title)).not.toContain('402');
  });
});

describe('event reports, FAQ pages and press releases: participants, answers, remarks without the EU (1.15.45)', () => {
  it('reads where the participants of a meeting came from as no party', () => {
    const es = 'El encuentro reunió a 45 participantes de Chile, Perú y la Comisión Europea. La UE y Perú ejecutan desde 2025 el proyecto «IDentidad Andina».';
    expect(extract({ text: es, language: 'es', partnerModel: false }).partners).toEqual(['country:PE']);
    const zh = '本次圆桌会议共有约五十名代表参加，来自新加坡、马来西亚、印度尼西亚以及欧盟委员会贸易总司。与会者回顾了欧盟—新加坡数字伙伴关系的实施进展。';
    expect(extract({ text: zh, language: 'zh', partnerModel: false }).partners).toEqual(['country:SG']);
    const ja = '本シンポジウムには、日本、フィンランド、ドイツ、韓国、米国から約200名が参加した。日EUデジタル・パートナーシップの下で協力が進んでいる。';
    expect(extract({ text: ja, language: 'ja', partnerModel: false }).partners).toEqual(['country:JP']);
  });

  it("reads the answer to an FAQ's question which countries take part as naming partners, but not a negated one", () => {
    const text = [
      'Team Europe Initiative on Digital Connectivity in Central Asia: FAQ',
      '',
      '2. Which countries are covered?',
      'Kazakhstan, the Kyrgyz Republic and Uzbekistan.',
      '',
      '3. Which countries are not covered?',
      'Afghanistan and Mongolia.',
    ].join('\n');
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:KG', 'country:KZ', 'country:UZ', 'region:central-asia']);
    const es = ['Preguntas frecuentes de la Alianza Digital UE-ALC', '', '¿En qué países se realizarán los pilotos?', 'En esta primera fase, los pilotos se realizarán en Ecuador y Paraguay.'].join('\n');
    expect(extract({ text: es, language: 'es', partnerModel: false }).partners).toEqual(['country:EC', 'country:PY', 'region:lac']);
  });

  it('reads a wish of the participants as no cooperation, and a clause outside the EU framework or without European cooperation as no party', () => {
    const en = 'The EU supports Moldova. Participants called for a future EU–Ukraine cyber dialogue; no decision has been taken.';
    const r = extract({ text: en, language: 'en', partnerModel: false });
    expect(r.partners).toEqual(['country:MD']);
    expect(r.instruments).toEqual([]);
    const uk = "The EU supports Kenya. The UK representative described the UK's bilateral cyber support to Ukraine; this is outside the EU framework.";
    expect(extract({ text: uk, language: 'en', partnerModel: false }).partners).toEqual(['country:KE']);
    const es = 'La UE y Perú cooperan en identidad digital. Un ponente mexicano presentó el sistema de pagos de México, desarrollado sin cooperación europea.';
    expect(extract({ text: es, language: 'es', partnerModel: false }).partners).toEqual(['country:PE']);
    const it = "I partecipanti hanno auspicato che l'Italia valuti in futuro un memorandum d'intesa con la Corea. L'UE coopera con il Giappone.";
    expect(extract({ text: it, language: 'it', partnerModel: false }).partners).toEqual(['country:JP']);
  });

  it("keeps the places of cooperation 'without the participation of the EU' from the partner model", () => {
    const text =
      "L'UE coopera con il Giappone sui semiconduttori. L'economista coreano ha descritto gli investimenti della Corea negli Stati Uniti. Si tratta di cooperazione tra paesi terzi, senza partecipazione dell'UE o dell'Italia.";
    expect(extract({ text, language: 'it' }).partners).toEqual(['country:JP']);
  });

  it("reads the seat of an EU Delegation, customers' countries and counted countries of a region as no party", () => {
    const es = 'Relatoría: infraestructura pública digital\nBogotá, 12 de febrero de 2026 | Fundación Andina, con el apoyo de la Delegación de la UE en Colombia\nLa UE y Perú cooperan.';
    expect(extract({ text: es, language: 'es', partnerModel: false }).partners).toEqual(['country:PE']);
    const en = 'The cable implements the memorandum signed by the European Union and Mauritania. Wholesale customers already signed include carriers from Senegal and Mali.';
    expect(extract({ text: en, language: 'en', partnerModel: false }).partners).toEqual(['country:MR']);
    const it = "CyberShield WB, finanziato dall'Unione europea, lavorerà con i CSIRT nazionali di tre paesi dei Balcani occidentali: Albania, Montenegro e Macedonia del Nord.";
    expect(extract({ text: it, language: 'it', partnerModel: false }).partners).toEqual(['country:AL', 'country:ME', 'country:MK']);
  });
});

describe('legal notices, encyclopaedia entries and calls: project tables, states, quoted names, links (1.15.46)', () => {
  it('reads a table by country whose title column is headed "Proyecto", and a column headed "CARIFORUM State", as partners', () => {
    const es = [
      'Convocatoria 2026 de la Alianza Digital UE-ALC, financiada por la Unión Europea.',
      '',
      '| N.º | Entidad | País | Proyecto | Puntos |',
      '|-----|---------|------|----------|--------|',
      '| 01 | Agencia Nacional Digital | Colombia | Lago de datos abiertos | 88 |',
      '| 02 | Secretaría de Gobierno Digital | Chile | Asistente de IA | 85 |',
    ].join('\n');
    const r = extract({ text: es, language: 'es', partnerModel: false });
    expect(r.partners).toEqual(['country:CL', 'country:CO', 'region:lac']);
    expect(r.initiatives.map((i) => i.title)).toContain('Lago de datos abiertos');
    const en = [
      'The Protocol is provisionally applied between the European Union and each of the following CARIFORUM States:',
      '',
      '| CARIFORUM State | Date of notification |',
      '|---|---|',
      '| Barbados | 3.2.2026 |',
      '| Jamaica | 20.2.2026 |',
    ].join('\n');
    expect(extract({ text: en, language: 'en' }).partners).toEqual(['country:BB', 'country:JM']);
  });

  it('gives a Team Europe Initiative the place that ends its quoted name, and a capital named for its country no role', () => {
    const de = 'Die Team-Europa-Initiative „Digitale Konnektivität in Zentralasien“ unterstützt seit 2024 den Ausbau sicherer Glasfasernetze.';
    expect(extract({ text: de, language: 'de', partnerModel: false }).instruments.map((i) => [i.type, i.partner])).toEqual([['team-europe-initiative', 'region:central-asia']]);
    const es = 'La Alianza Digital UE-ALC, financiada por la Unión Europea, vista la propuesta del Comité de Evaluación reunido en Ciudad de Panamá, concede las subvenciones.';
    expect(extract({ text: es, language: 'es', partnerModel: false }).partners).toEqual(['region:lac']);
  });

  it("reads a label's list broken over a line after a conjunction, and a ministry of a member state as the EU's side", () => {
    const text = [
      'Ministero degli Affari Esteri e della Cooperazione Internazionale',
      'AVVISO PUBBLICO – Programma «Balcani Digitali Sicuri»',
      '',
      'Art. 2 – Paesi e settori di intervento',
      '1. Paesi beneficiari: Albania, Montenegro, Macedonia del Nord, Bosnia ed',
      'Erzegovina.',
      '2. La Serbia non rientra tra i Paesi beneficiari della presente annualità.',
    ].join('\n');
    expect(extract({ text, language: 'it', partnerModel: false }).partners).toEqual(['country:AL', 'country:BA', 'country:ME', 'country:MK']);
  });

  it("reads an EU candidate country's status, a table disclaimed by \"None of these countries\", a link line and \"is not included\" as no party", () => {
    const zh = '中华人民共和国商务部和塞尔维亚共和国信息与电信部签署谅解备忘录。塞方作为欧盟候选国，正使本国法律与欧盟《通用数据保护条例》协调一致。';
    expect(extract({ text: zh, language: 'zh', partnerModel: false }).partners).toEqual([]);
    const table = [
      'What is the "Brussels effect"?',
      '',
      '| Law | Country | Year | Modelled on |',
      '|---|---|---|---|',
      '| Data Protection Act | Kenya | 2019 | GDPR |',
      '| Personal Data Protection Act | Thailand | 2019 | GDPR |',
      '',
      'None of these countries negotiated its law with Brussels. The EU cooperates with Japan.',
    ].join('\n');
    expect(extract({ text: table, language: 'en', partnerModel: false }).partners).toEqual(['country:JP']);
    const fr = "Chronologie de l'UE et de l'Union africaine\n\nL'UE et l'Union africaine lancent un dialogue numérique.\n\n› Chronologie : l'UE et l'Amérique latine";
    expect(extract({ text: fr, language: 'fr', partnerModel: false }).partners).toEqual(['region:african-union']);
    const en = 'The EU initiative supports Kazakhstan and Uzbekistan. Afghanistan, which borders three of the five partner countries, is not included.';
    expect(extract({ text: en, language: 'en', partnerModel: false }).partners).toEqual(['country:KZ', 'country:UZ']);
  });

  it('reads "declined" after an apposition that names the EU as said of the place before it', () => {
    const text = 'La UE apoya a Costa Rica y Panamá. Nicaragua, invitada a sumarse a los trabajos del Diálogo Digital UE-SICA, declinó la invitación.';
    expect(extract({ text, language: 'es', partnerModel: false }).partners).toEqual(['country:CR', 'country:PA', 'region:sica']);
  });
});

describe('transcripts, vacancy notices and dashboards: labels as headings, national agencies, pairs said not to exist (1.15.47)', () => {
  it('reads the paragraph under a numbered "Partner countries" heading as naming partners', () => {
    const text = [
      'EU-Gulf Digital Trade Facility: terms of reference',
      '',
      '1.1  Partner countries',
      'The Kingdom of Saudi Arabia, the Sultanate of Oman and the Kingdom of Bahrain. The State of Qatar declined to take part.',
      '',
      '1.2  Contracting Authority',
      'The European Union, represented by the European Commission.',
    ].join('\n');
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:BH', 'country:OM', 'country:SA']);
  });

  it("reads a member state's national agency, named in capitals, as the EU's side of a table by country", () => {
    const text = [
      'AGENZIA PER LA CYBERSICUREZZA NAZIONALE',
      'Relazione annuale al Parlamento 2025 – Allegato statistico',
      '',
      'Tavola 7.3 – Cooperazione bilaterale con i Paesi dei Balcani occidentali (2025)',
      '',
      '| Paese | Quadro di cooperazione | Esercitazioni congiunte |',
      '|---|---|---|',
      "| Albania | Memorandum d'intesa ACN–AKCESK (2023) | 3 |",
      '| Serbia | progetto CyBaR | 1 |',
    ].join('\n');
    expect(extract({ text, language: 'it', partnerModel: false }).partners).toEqual(['country:AL', 'country:RS']);
  });

  it('reads "the European side" as the EU, and "eIDAS" after the EU as its law', () => {
    expect(extract({ text: 'Cabo Verde and Senegal co-own the stations with the European side.', language: 'en', partnerModel: false }).partners).toEqual(['country:CV', 'country:SN']);
    const ko = [
      '■ 국가별 주요 사업 현황',
      '| 국가 | 사업명 | 분야 |',
      '|---|---|---|',
      '| 우즈베키스탄 | 전자정부 통합 플랫폼 구축 | 디지털 정부 |',
      '| 파라과이 | 전자서명 인증체계 구축 | 전자서명 |',
      '※ 파라과이 전자서명 인증체계는 EU eIDAS 규정의 신뢰서비스 구조를 벤치마크로 삼았음.',
    ].join('\n');
    expect(extract({ text: ko, language: 'ko', partnerModel: false }).partners).toEqual([]);
  });

  it('reads an EU pair said not to exist, and "n\'est pas pays pilote", as no party', () => {
    const fr = "L'UE et les Émirats arabes unis tiennent un dialogue numérique. Aucune coopération numérique bilatérale UE–Qatar n'est en cours.";
    expect(extract({ text: fr, language: 'fr', partnerModel: false }).partners).toEqual(['country:AE']);
    const pilot = "L'UE coopère avec le Sénégal et le Maroc sur les compétences numériques. Le Maroc n'est pas pays pilote.";
    expect(extract({ text: pilot, language: 'fr', partnerModel: false }).partners).toEqual(['country:SN']);
  });
});

describe('correspondence, abstracts and bilingual pages: footnotes, status cells, laws of the EU, pilots (1.15.48)', () => {
  it("reads a footnote's places as partners where its marker's sentence names the EU, however far the footnote is", () => {
    const text = [
      'Pacific Community | Communauté du Pacifique',
      'Home > Newsroom > Digital & Connectivity',
      'Search...',
      '',
      'New cable spurs for four Pacific Island countries¹',
      '',
      'Suva, Fiji – 27 November 2025',
      '',
      'The Pacific Resilient Connectivity Programme, funded by the European Union under Global Gateway, was launched today in Suva with its partner countries¹.',
      '',
      'The programme will finance two new submarine cable spurs.',
      '',
      '« Nous avons besoin de câbles », a déclaré la ministre.',
      '',
      '¹ Fiji, Papua New Guinea, Samoa and Vanuatu.',
    ].join('\n');
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:FJ', 'country:PG', 'country:VU', 'country:WS']);
  });

  it('reads a row of a table by country as naming its partner when a named description column holds words, and a "declined" status cell as no partner', () => {
    const de = [
      'Die EU arbeitet mit der Region zusammen.',
      '',
      '| Land | Komponente | Institution |',
      '|---|---|---|',
      '| Armenien | 1, 2 | Nationales Zentrum |',
      '| Georgien | Schulung | Digital Governance Agency |',
    ].join('\n');
    expect(extract({ text: de, language: 'de', partnerModel: false }).partners).toEqual(['country:AM', 'country:GE']);
    const en = [
      'Note to the file: replies to the invitation to the EU-GCC Digital Dialogue',
      '',
      '| State | Reply | Level |',
      '|---|---|---|',
      '| Saudi Arabia | accepted | Deputy Minister |',
      '| Oman | declined | — |',
    ].join('\n');
    expect(extract({ text: en, language: 'en', partnerModel: false }).partners).toEqual(['country:SA', 'region:gulf']);
  });

  it("reads the EU named for a long-named law as a yardstick, an adequacy decision adopted unilaterally and 'inspired by' as no cooperation, and pilots in a place as partners", () => {
    const en = "The two countries will draw on risk-based approaches, such as the European Union's Artificial Intelligence Act, while taking account of their own contexts.";
    expect(euNamedAsYardstick(en, 'en')).toBe(true);
    const es =
      'Chile y Uruguay se reunieron en Montevideo. La delegación uruguaya recordó que la decisión de adecuación adoptada unilateralmente por la Comisión Europea sigue vigente, y la delegación chilena señaló que su nueva ley se inspira en el RGPD.';
    expect(extract({ text: es, language: 'es', partnerModel: false }).partners).toEqual([]);
    const pilots = 'La UE financia la iniciativa del SICA, con pilotos en Costa Rica y Panamá: evaluación de riesgos.';
    expect(extract({ text: pilots, language: 'es', partnerModel: false }).partners).toEqual(['country:CR', 'country:PA', 'region:sica']);
  });
});

describe('press reviews, listings and partner governments: taking part, headlines, rivals (1.15.49)', () => {
  it('reads places whose only verb is to take part, after a sentence naming the EU, as partners (조지아 is Georgia, · joins a list)', () => {
    const ko = 'EU의 EU4Digital 사업이 동방파트너십 국가와 전자서명 상호인정 시범 사업 착수. 아르메니아·조지아·몰도바·우크라이나가 참여.';
    expect(extract({ text: ko, language: 'ko', partnerModel: false }).partners).toEqual(['country:AM', 'country:GE', 'country:MD', 'country:UA']);
  });

  it('reads each ">" headline of a listing as its own sentence, and "for pilots" as a partner cue', () => {
    const text = [
      'TECH & DIPLOMACY DAILY | Brussels press clippings',
      'IN THIS EDITION',
      ' > AU-EU data facility picks Kenya and Rwanda for pilots',
      ' > Brazil and India to co-develop open-source DPI stack',
    ].join('\n');
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:KE', 'country:RW', 'region:african-union']);
  });

  it('reads a rivalry "in concorrenza con" as no cooperation, and "ont confirmé leur participation" as taking part', () => {
    const it = "L'Italia e l'Albania hanno firmato un memorandum sulla cybersicurezza. Per attrarre i data center siamo in concorrenza con la Serbia e con la Macedonia del Nord.";
    expect(extract({ text: it, language: 'it', partnerModel: false }).partners).toEqual(['country:AL']);
    const fr = "Le Sénégal et la Côte d'Ivoire ont confirmé leur participation à l'Initiative Équipe Europe « Identité numérique », financée par l'UE.";
    expect(extract({ text: fr, language: 'fr', partnerModel: false }).partners).toEqual(['country:CI', 'country:SN']);
  });

  it('reads an invitation not accepted as no party', () => {
    const de = 'Die EU arbeitet mit Kasachstan zusammen. Auch Turkmenistan wurde zur Zusammenarbeit eingeladen, hat das Angebot aber nicht angenommen.';
    expect(extract({ text: de, language: 'de', partnerModel: false }).partners).toEqual(['country:KZ']);
    const en = 'The EU supports Fiji. Tonga was invited to join but did not accept the invitation.';
    expect(extract({ text: en, language: 'en', partnerModel: false }).partners).toEqual(['country:FJ']);
  });
});

describe('work programmes, visit readouts and client alerts: summary rows, objects of a preposition, status cells (1.15.50)', () => {
  it('reads the places of a summary row labelled "Beneficiaries" as partners', () => {
    const text = [
      'Action Document for "Team Europe Initiative on Digital Connectivity in Central Asia – Phase II"',
      '',
      '| 1. Title | Team Europe Initiative on Digital Connectivity in Central Asia – Phase II |',
      '| 4. Beneficiaries | Kazakhstan, Kyrgyz Republic, Tajikistan, Uzbekistan |',
    ].join('\n');
    expect(extract({ text, language: 'en', partnerModel: false }).partners).toEqual(['country:KG', 'country:KZ', 'country:TJ', 'country:UZ', 'region:central-asia']);
  });

  it("does not read a no-party phrase as said of a place that is only a preposition's object, unless it is a government's", () => {
    const en = 'The EU supports Kazakhstan under the regional initiative. A Digital Dialogue with Kazakhstan is being prepared by the EEAS; it is not part of this action.';
    expect(extract({ text: en, language: 'en', partnerModel: false }).partners).toEqual(['country:KZ']);
    const gov = 'The EU offered Mauritania a cable branch. The Government of Mauritania declined it in 2025 and is not a party to any project.';
    expect(extract({ text: gov, language: 'en', partnerModel: false }).partners).toEqual([]);
  });

  it('reads a status cell that opens with "no participa" as no partner', () => {
    const text = [
      'La UE financia el proyecto piloto de factura electrónica con la región.',
      '',
      '| País | Sistema | Comentario |',
      '|---|---|---|',
      '| Chile | DTE del SII | no participa; suele citarse como referencia regional |',
      '| Costa Rica | comprobantes electrónicos | país piloto |',
    ].join('\n');
    expect(extract({ text, language: 'es', partnerModel: false }).partners).toEqual(['country:CR']);
  });
});

describe('country profiles, blog posts and event pages: copula labels, refusals, the EU as a standard (1.15.51)', () => {
  it('reads the list right after "Pilotländer … sind" as partners, and nothing further in its sentence', () => {
    const de = 'Die EU fördert den Breitbandausbau. Pilotländer für den ländlichen Breitbandausbau sind Kasachstan, Usbekistan und Kirgisistan.';
    expect(extract({ text: de, language: 'de', partnerModel: false }).partners).toEqual(['country:KG', 'country:KZ', 'country:UZ']);
    const fr = "L'UE soutient la Moldavie. Plusieurs pays partenaires sont pourtant la cible de campagnes attribuées à la Russie.";
    expect(extract({ text: fr, language: 'fr', partnerModel: false }).partners).toEqual(['country:MD']);
  });

  it('reads "lehnte jedoch ab" as a refusal, and the EU named for its standards as a yardstick', () => {
    const de = 'Die EU fördert KI-Anwendungen mit Kenia. Tansania wurde 2022 zur Teilnahme eingeladen, lehnte jedoch ab.';
    expect(extract({ text: de, language: 'de', partnerModel: false }).partners).toEqual(['country:KE']);
    const ko = '다만 대상국의 개인정보 보호 수준은 EU의 기준에 크게 미치지 못한다는 평가가 제시되었다.';
    expect(euNamedAsYardstick(ko, 'ko')).toBe(true);
  });
});

describe('NGO reports, project documents, promotion pages, audits, tenders and interviews (1.15.52)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });

  it('reads a status cell whose last item is a refusal, and a column of origins, as naming no partner', () => {
    const status = [
      'EU–Gulf digital deals tracked by the EU.',
      '',
      '| Deal | Gulf party | Status |',
      '|---|---|---|',
      '| Gulf AI Compute Pilot | United Arab Emirates | running since Apr 2025 |',
      '| Gulf AI Compute Pilot | Saudi Arabia | invited Jan 2025, declined |',
    ].join('\n');
    expect(rules(status, 'en').partners).toEqual(['country:AE']);
    const origin = [
      'Die EU fördert Fachkräfte in Vietnam.',
      '',
      '| Unternehmen | Herkunft | Standort | Volumen (Mrd. USD) |',
      '|---|---|---|---|',
      '| Intel | USA | Ho-Chi-Minh-Stadt | 1,5 |',
      '| Hana Micron | Korea (Rep.) | Bac Giang | 1,0 |',
    ].join('\n');
    expect(rules(origin, 'de').partners).toEqual(['country:VN']);
  });

  it('makes no initiative and no partner of a table of figures whose header is read as its first row', () => {
    const text = [
      'ジョージアはEUの支援を受けて、2,000人の技術者を育成する。',
      '',
      '国名｜IT産業就業者数｜固定ブロードバンド普及率',
      'ジョージア｜31,000人｜27.4％',
      'アルメニア｜48,000人｜21.9％',
      'アゼルバイジャン｜26,000人｜22.0％',
    ].join('\n');
    const r = rules(text, 'ja');
    expect(r.partners).toEqual(['country:GE']);
    expect(r.initiatives).toEqual([]);
  });

  it('reads a project sheet set out with dot leaders as one with colons', () => {
    const text = [
      'Projektdatenblatt',
      'Land ..................... Kasachstan, Aserbaidschan',
      'Laufzeit ................. 2025–2029',
      'Finanzierung ............. EU-Investitionszuschuss: EUR 20 Mio.',
      '',
      'Rund 80 % des Datenverkehrs Kasachstans laufen heute über Russland.',
    ].join('\n');
    expect(rules(text, 'de').partners).toEqual(['country:AZ', 'country:KZ']);
  });

  it('pairs a Team Europe Initiative with the place ending its name, in capitals or quoted without a preposition', () => {
    const named = rules('Das Vorhaben ist Teil der Team-Europe-Initiative Digitale Konnektivität in Zentralasien und wird im Rahmen von Global Gateway umgesetzt.', 'de');
    expect(named.instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['team-europe-initiative region:central-asia']);
    expect(named.initiatives.map((i) => i.title)).toContain('Team-Europe-Initiative Digitale Konnektivität in Zentralasien');
    const quoted = rules(
      'DIGIWEB ist der deutsche Beitrag zur Team-Europe-Initiative „Digitale Transformation Westbalkan", mit der die EU und ihre Mitgliedstaaten die Region bei der Annäherung an den europäischen Rechtsrahmen für digitale Verwaltung unterstützen. Partnerländer sind Albanien, Montenegro, Nordmazedonien und Serbien.',
      'de',
    );
    expect(quoted.instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['team-europe-initiative region:western-balkans']);
  });

  it('takes no acronym from inside a word with an accent or from a heading in capitals, and reads such a name whole', () => {
    const fr = [
      'PROJET DE CÂBLE SOUS-MARIN ARC ANTILLAIS SUD (CAAS)',
      '',
      '1. PRÉSENTATION DU PROJET',
      "Le projet de câble CAAS est financé par l'Union européenne au titre de la Facilité d'investissement pour les Caraïbes.",
    ].join('\n');
    const titles = rules(fr, 'fr').initiatives.map((i) => i.title);
    expect(titles).not.toContain('BLE');
    expect(titles).not.toContain('SENTATION');
    expect(titles).not.toContain('ANTILLAIS');
    const es = rules('La UE financia el proyecto TransAméricas de cable submarino con Chile.', 'es').initiatives.map((i) => i.title);
    expect(es).toContain('TransAméricas');
    expect(es).not.toContain('TransAm');
  });

  it('reads civil registries as digital identity, and money committed to a place as funding it', () => {
    const text =
      "Between 2019 and 2024 the European Union committed EUR 68 million through the Facility to digitise civil registers and to build biometric population databases in Senegal and Côte d'Ivoire.";
    const r = rules(text, 'en');
    expect(r.partners).toEqual(['country:CI', 'country:SN']);
    expect(r.areas).toEqual(['area:digital-identity']);
    expect(rules("L'UE finance la modernisation de l'état civil au Bénin.", 'fr').areas).toEqual(['area:digital-identity']);
  });

  it("reads a call's exclusions in Japanese and Korean, and a deal said to be nothing to the EU, as no party", () => {
    const ja =
      '本公募は日EUデジタルパートナーシップに基づく。米国・中国の機関は、研究協力者として助言を受ける場合を除き、参加できません。量子分野では米国および中国が大規模な公的投資を進めており、日EUの連携による技術基盤の強化が求められています。';
    expect(rules(ja, 'ja').partners).toEqual(['country:JP']);
    const ko = '본 공모는 한-EU 디지털 파트너십에 따른 공동 공모입니다. 미국·중국 소재 기관은 컨소시엄 구성원이 될 수 없습니다. 일본은 본 공모의 참여 대상국이 아니므로 일본 기관은 참여할 수 없습니다.';
    expect(rules(ko, 'ko').partners).toEqual(['country:KR']);
    const zh = '2023年新加坡与欧盟建立了数字伙伴关系。新澳数字经济协定是我们与澳大利亚之间的双边安排，和欧盟没有关系。';
    expect(rules(zh, 'zh').partners).toEqual(['country:SG']);
  });

  it('reads no partner in a question, or in what one would like to open', () => {
    const zh = '2023年新加坡与欧盟建立了数字伙伴关系。\n问：东盟与欧盟的区域自贸协定还有希望吗？\n答：谈判仍在进行中。';
    expect(rules(zh, 'zh').partners).toEqual(['country:SG']);
    const es = 'El Acuerdo Comercial Provisional entre la UE y Chile está en vigor. Nos gustaría abrir un diálogo digital con México, pero todavía no hay fecha.';
    expect(rules(es, 'es').partners).toEqual(['country:CL']);
  });

  it('reads "beteiligt sich derzeit nicht" and a refusal further on in its clause as no party, not one after a semicolon', () => {
    const tm = 'Die EU und die Staaten Zentralasiens haben die Initiative vereinbart. Beteiligte Partnerländer sind Kasachstan und Usbekistan. Turkmenistan beteiligt sich derzeit nicht an der Initiative.';
    expect(rules(tm, 'de').partners).toEqual(['country:KZ', 'country:UZ']);
    const ba =
      'Die EU unterstützt Albanien und Serbien. Bosnien und Herzegowina war als drittes Partnerland der Initiative vorgesehen, hat die Durchführungsvereinbarung jedoch nicht unterzeichnet.';
    expect(rules(ba, 'de').partners).toEqual(['country:AL', 'country:RS']);
  });

  it('reads "を対象に" as a partner cue, and an association to Horizon Europe still negotiated as none', () => {
    const ja = 'EUが東方パートナーシップ（EaP）諸国を対象に実施する「EU4Digital」の枠組みで、ジョージアでは2,000人を育成する。';
    expect(rules(ja, 'ja').partners).toEqual(['country:GE', 'region:eastern-partnership']);
    const hz = '日EUデジタルパートナーシップは定着した。ホライズン・ヨーロッパへの我が国の準参加（アソシエーション）に向けた交渉は継続中であり、妥結していない。';
    expect(rules(hz, 'ja').instruments.map((i) => i.type)).toEqual(['digital-partnership']);
  });
});

describe("annual reports, university pages and regulators' decisions: a member state's side by its bodies, France's territories (1.15.53)", () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });

  it("reads a German federal ministry, the DAAD, an EU programme or a member state's ministry by its adjective as the EU's side", () => {
    const de =
      'Die Hochschule Lahn-Dill hat gemeinsam mit Partnerhochschulen aus Serbien, Albanien und Nordmazedonien das „Hochschulnetzwerk Digitale Verwaltung“ gestartet. Das Netzwerk wird vom DAAD aus Mitteln des Auswärtigen Amts gefördert.';
    expect(rules(de, 'de').partners).toEqual(['country:AL', 'country:MK', 'country:RS']);
    const erasmus =
      "Cybersécurité : l'université lance un consortium avec le Maroc et la Jordanie.\n\nPublié le 18/02/2026\n\nL'université coordonne un nouveau projet financé par le programme Erasmus+.";
    expect(rules(erasmus, 'fr').partners).toEqual(['country:JO', 'country:MA']);
    const ministry =
      "Cybersécurité : l'université lance un consortium avec le Maroc.\n\nPublié le 18/02/2026\n\nUn protocole d'accord a été signé entre le ministère français de l'Enseignement supérieur et son homologue.";
    expect(rules(ministry, 'fr').partners).toEqual(['country:MA']);
  });

  it("makes no partner of France's overseas collectivities, or of a framework said to be apart from the EU's", () => {
    const fr =
      "L'Union européenne cofinance le projet avec les Fidji et le Vanuatu. Les antennes de l'institut en Nouvelle-Calédonie et en Polynésie française assureront le soutien technique du projet européen.";
    expect(rules(fr, 'fr').partners).toEqual(['country:FJ', 'country:VU']);
    const ja = '日EUデジタルパートナーシップに基づく協力を進める。補完的ルールの名称には英国が含まれるが、日英間の枠組みはEUとの枠組みとは別個のものであり、英国との協力は別途進める。';
    expect(rules(ja, 'ja').partners).toEqual(['country:JP']);
  });

  it('reads administrative arrangements in the plural, and names titled so or run as a "Vorhaben", not the agencies that run them', () => {
    const fr =
      "La CNIL approuve deux arrangements administratifs de coopération avec la Commission de protection des données personnelles du Sénégal. Ils comportent un programme de formation conjoint intitulé « Données & Confiance ».";
    const r = rules(fr, 'fr');
    expect(r.instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['administrative-arrangement country:SN']);
    expect(r.initiatives.map((i) => i.title)).toContain('Données & Confiance');
    const de = 'Die GIZ führt im Auftrag des BMZ das Vorhaben JoCyber durch, gemeinsam mit dem jordanischen Ministerium für digitale Wirtschaft.';
    const titles = rules(de, 'de').initiatives.map((i) => i.title);
    expect(titles).toContain('JoCyber');
    expect(titles).not.toContain('BMZ');
  });
});

describe('standards documents, parliaments outside the EU and business papers: beneficiaries, unconfirmed participation, landing stations built (1.15.54)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });

  it('reads a place that benefits from a project the EU finances as its partner, not one that does not', () => {
    const fr =
      "Le ministre a répondu que la Côte d'Ivoire bénéficie du projet OCWAR-C (Organised Crime: West African Response on Cybersecurity), financé par l'Union européenne.";
    expect(rules(fr, 'fr').partners).toEqual(['country:CI']);
    const not = "L'UE a adopté une décision d'adéquation. Les transferts vers un pays qui ne bénéficie pas d'une décision d'adéquation, comme la Chine, exigent des garanties.";
    expect(rules(not, 'fr').partners).toEqual([]);
  });

  it('reads a participation not confirmed and a status cell "not in phase 1" as no party', () => {
    const de = 'Die EU fördert die TEI. Partnerländer der TEI: Kasachstan, Kirgisistan, Usbekistan. Turkmenistan hat eine Teilnahme bisher nicht bestätigt.';
    expect(rules(de, 'de').partners).toEqual(['country:KG', 'country:KZ', 'country:UZ']);
    const table = [
      'The Team Europe Initiative on Digital Connectivity in Central Asia, launched by the EU with the region, has published its work plan:',
      '',
      '| Country | Component | Status |',
      '|---|---|---|',
      '| Kyrgyzstan | Rural broadband | tender Q2 2026 |',
      '| Tajikistan | - | not in phase 1 |',
    ].join('\n');
    expect(rules(table, 'en').partners).toEqual(['country:KG', 'region:central-asia']);
  });

  it('reads "nehmen … am Programm … teil" as taking part, and landing stations being upgraded as built in the place', () => {
    const de = 'Die EU fördert die digitale Transformation. Nordmazedonien und Montenegro nehmen ebenfalls am Programm Digitales Europa teil.';
    expect(rules(de, 'de').partners).toEqual(['country:ME', 'country:MK']);
    const en = 'The Pacific Cable Resilience Facility, financed under Global Gateway, is upgrading landing stations in Fiji and Papua New Guinea.';
    expect(rules(en, 'en').partners).toEqual(['country:FJ', 'country:PG']);
  });

  it('reads the region an EU programme is for as its partner', () => {
    const en = 'Through EU4Digital, the EU programme for the Eastern Partnership, the region has prepared its networks for a common roaming area.';
    expect(rules(en, 'en').partners).toEqual(['region:eastern-partnership']);
  });
});

describe('explainers, OCR scans and show notes: texts that disclaim the EU, instruments only to be studied, negotiations across a line (1.15.55)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });

  it('makes no partner in a text that says none of what it reports involves the EU or a member state', () => {
    const fr =
      "Les centres de données poussent partout en Afrique : le campus annoncé par Microsoft au Kenya, le centre de Konza construit avec un financement chinois, ou encore les ambitions du Nigeria. Le Kenya coopère avec de nombreux partenaires. Mais aucun des projets évoqués dans l'épisode n'implique l'UE ou un de ses États membres.";
    expect(rules(fr, 'fr').partners).toEqual([]);
  });

  it('reads an instrument the parties agree only to study as none, and an association whose negotiation goes on past a line break as none', () => {
    const fr = "L'UE et le Maroc ont tenu leur dialogue numérique. Les parties sont convenues d'étudier, à terme, l'opportunité d'un\npartenariat numérique.";
    expect(rules(fr, 'fr').instruments.map((i) => i.type)).toEqual(['digital-dialogue']);
    const ja = '日EUデジタルパートナーシップ閣僚会合が開催された。\n日本のホライズン・ヨーロッパへの準参加（アソシエーション）に関する\n交渉の早期妥結を目指すことを確認しました。';
    expect(rules(ja, 'ja').instruments.map((i) => i.type)).toEqual(['digital-partnership']);
  });

  it('reads an instrument whose negotiation goes on as none, not one named before another thing under negotiation', () => {
    const it_ = "L'UE sostiene la Tunisia. I negoziati per un accordo di libero scambio tra l'UE e il Consiglio di cooperazione del Golfo sono stati riaperti, ma sono ancora in corso.";
    expect(rules(it_, 'it').instruments).toEqual([]);
    const en =
      'The EU–Republic of Korea Digital Partnership was signed in 2022. How does the EU–Republic of Korea Digital Partnership feed into the separate EU–Korea digital trade talks, which are still being negotiated?';
    expect(rules(en, 'en').instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['digital-partnership country:KR']);
  });
});

describe('op-eds, ministers\' speeches and press conferences: datelines, why-questions, negotiations said after the name (1.15.56)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });

  it('reads no country in the name of a volcano, and no partner in a dateline of a city and its country', () => {
    const en = "After the Hunga Tonga-Hunga Ha'apai eruption, the European Union launched the Pacific Digital Resilience Facility with Fiji and Samoa.";
    expect(rules(en, 'en').partners).toEqual(['country:FJ', 'country:WS']);
    const es =
      'Rueda de prensa conjunta de la Comisaria europea y del Secretario General del SICA\nSan Salvador, El Salvador, 5 de mayo de 2026\n\nHoy la Unión Europea firma con Costa Rica y Guatemala el convenio del programa CiberSeguro.';
    expect(rules(es, 'es').partners).toEqual(['country:CR', 'country:GT', 'region:sica']);
  });

  it('reads a place a why-question says is not among the pilot countries as no party', () => {
    const es =
      'La Unión Europea financia CSIRT nacionales en Costa Rica, Guatemala y Honduras.\nPREGUNTA (La Prensa Gráfica): ¿Por qué El Salvador, que acoge esta ceremonia, no está entre los países piloto?\nRESPUESTA: La selección se hizo por convocatoria. El Salvador podrá incorporarse con la Unión Europea en la segunda fase.';
    expect(rules(es, 'es').partners).toEqual(['country:CR', 'country:GT', 'country:HN']);
  });

  it('does not carry a no-party phrase across a semicolon to a place before it, and reads a project said not to concern France as no one\'s of France', () => {
    const en =
      'The Team Europe Initiative on Digital Connectivity in Central Asia works with Kazakhstan and Uzbekistan.\nA (Kazakh Vice-Minister): No. It will cross the Caspian to Azerbaijan and continue west; Russian territory is not part of the route.';
    expect(rules(en, 'en').partners).toEqual(['country:KZ', 'country:UZ', 'region:central-asia']);
    const fr =
      "La France et le Vanuatu ont signé un mémorandum d'entente sur la cybersécurité. Sur le câble financé par l'Australie pour les Îles Salomon et la Papouasie-Nouvelle-Guinée, cité par un journaliste, la ministre a indiqué que « ce projet ne concerne pas la France ».";
    expect(rules(fr, 'fr').partners).toEqual(['country:VU']);
  });

  it('reads an instrument whose negotiations are said to go on right after its name as none, in Chinese, Italian, German and English', () => {
    const zh = '2023年，欧盟与新加坡建立数字伙伴关系。欧盟与东盟之间的区域数字贸易协定谈判仍在进行中，尚未完成。';
    expect(rules(zh, 'zh').instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['digital-partnership country:SG']);
    const it_ = "A livello europeo, l'Italia sostiene la Tunisia. Quanto all'accordo di libero scambio tra l'UE e il Golfo, i negoziati sono ancora in corso.";
    expect(rules(it_, 'it').instruments).toEqual([]);
    const de = 'Die EU unterstützt die Ukraine. Ein Abkommen über die gegenseitige Anerkennung qualifizierter Vertrauensdienste zwischen der EU und der Ukraine wird derzeit verhandelt.';
    expect(rules(de, 'de').instruments).toEqual([]);
    const en = 'The EU and India met in the Trade and Technology Council. Q: The free trade agreement with India has now been under negotiation for years. Will it be signed?';
    expect(rules(en, 'en').instruments.map((i) => i.type)).toEqual(['trade-and-technology-council']);
  });

  it('keeps an instrument signed before a dash that goes on to another still negotiated', () => {
    const en = 'We signed a memorandum of understanding with Angola on behalf of the EU in November — the Namibian one is still being negotiated.';
    expect(rules(en, 'en').instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['memorandum country:AO']);
  });

  it('reads an association towards which negotiations progress as none yet, and a pair of others after a counter as their instrument', () => {
    const ja = 'この協力は、日EUデジタルパートナーシップの枠組みの中で進められています。また、日本のホライズン・ヨーロッパ準参加に向けた交渉が進んでいることを歓迎します。';
    expect(rules(ja, 'ja').instruments.map((i) => i.type)).toEqual(['digital-partnership']);
    const ja2 = '昨日、ロンドンで第4回日英デジタルパートナーシップ閣僚会合を開催し、英国の科学・イノベーション・技術大臣と共同声明を取りまとめました。';
    expect(rules(ja2, 'ja').instruments).toEqual([]);
    expect(rules(ja2, 'ja').partners).toEqual([]);
  });

  it('reads a "partenariato strategico globale" as a comprehensive strategic partnership, and names headed by Agenda, Cloud, Pilot or Campus', () => {
    const it_ = "Il partenariato strategico globale tra l'Italia e gli Emirati Arabi Uniti è ormai anche un partenariato tecnologico.";
    expect(rules(it_, 'it').instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['comprehensive-strategic-partnership country:AE']);
    const en =
      'With a EUR 40 million loan from the European Investment Bank, the Kenya Green Government Cloud will be built at Konza. Estonia and Kenya will launch the KenX Data Exchange Pilot.';
    const titles = rules(en, 'en').initiatives.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(['Kenya Green Government Cloud', 'KenX Data Exchange Pilot']));
  });

  it('reads a cable as secure infrastructure, a quoted CJK name ending in its head noun as an initiative, and a memorandum in traditional characters', () => {
    const en =
      'The European Union and Tonga will protect the cable that links the kingdom to Fiji. A second cable, co-financed by the EU, will give the islands a backup route.';
    expect(rules(en, 'en').areas).toEqual(['area:secure-infrastructure']);
    const zh = '今天上午，捷克工業和貿易部與台灣國家科學及技術委員會簽署了《半導體人才培育合作備忘錄》。根據這份備忘錄，我們將啟動「捷台半導體人才計畫」。';
    const r = rules(zh, 'zh');
    expect(r.instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['memorandum country:TW']);
    expect(r.initiatives.map((i) => i.title)).toContain('捷台半導體人才計畫');
    const ko = '양국은 「한-독 양자컴퓨팅 공동연구센터」를 율리히와 대전에 설치한다. 「日蘭量子ネットワーク実証プロジェクト（QuNeT-JN）」';
    expect(rules(ko, 'ko').initiatives.map((i) => i.title)).toEqual(expect.arrayContaining(['한-독 양자컴퓨팅 공동연구센터', '日蘭量子ネットワーク実証プロジェクト']));
  });
});

describe('think-tank reports, partner countries\' press releases and embassy newsletters: publishers, venues in brackets, towns named for saints (1.15.57)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });

  it('reads the partner country that publishes a programme the EU finances as its partner, and the memorandum it signed', () => {
    const fr =
      "République du Sénégal – Ministère de la Communication et du Numérique\nAgence nationale de l'identité numérique\n\nL'Agence a lancé le programme SénTrust. Le programme, d'un montant de 21 millions d'euros, est financé par l'Union européenne au titre de la stratégie Global Gateway.\n\nUn protocole d'accord relatif au programme a été signé entre le ministre et l'ambassadeur de l'Union européenne, le 12 juillet dernier.";
    const r = rules(fr, 'fr');
    expect(r.partners).toEqual(['country:SN']);
    expect(r.instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['memorandum country:SN']);
  });

  it('reads no partner in a venue given as a city and its country in brackets, nor in a town named for a saint', () => {
    // (the partner model took the venue of a calendar line for a partner)
    const fr = "L'ambassade de France soutient la Côte d'Ivoire avec l'Union européenne.\n- 4-5 novembre : Africa Digital Forum, Dakar (Sénégal) - stand Team France";
    const withModel = extract({ text: fr, language: 'fr' }).partners;
    expect(withModel).toContain('country:CI');
    expect(withModel).not.toContain('country:SN');
    const it_ = "Il Comune di Torre Santa Lucia e l'Unione europea cooperano con l'Albania e il Montenegro.";
    expect(rules(it_, 'it').partners).toEqual(['country:AL', 'country:ME']);
  });

  it('reads a government that declined after a semicolon, "hat jedoch abgelehnt", and a company of a place as no party', () => {
    const en =
      "The EU co-financed the Lomaiviti cable with Fiji. The Ministry had invited the Kingdom of Tonga to extend the branch to Vava'u in a second phase; the Tongan government declined, citing its own cable plans.";
    expect(rules(en, 'en').partners).toEqual(['country:FJ']);
    const de = 'Die EU finanziert DigiSkills Zentralasien mit Kasachstan. Turkmenistan wurde zur Teilnahme eingeladen, hat jedoch abgelehnt.';
    expect(rules(de, 'de').partners).toEqual(['country:KZ', 'region:central-asia']);
    const en2 = 'Sweden and the EU support Kenya. The deal follows a similar agreement between SDAIA and a US chipmaker on access to accelerators.';
    expect(rules(en2, 'en').partners).toEqual(['country:KE']);
  });

  it('reads a place that "gestaltet … mit" and an "Assoziierung … an Horizon Europe" as taking part', () => {
    const de = 'Die EU hat die Team-Europa-Initiative mit Kasachstan gestartet. Usbekistan gestaltet den regulatorischen Teil der Initiative mit, insbesondere bei Regeln für die Datenlokalisierung.';
    expect(rules(de, 'de').partners).toEqual(['country:KZ', 'country:UZ']);
    const de2 = 'Möglich wird die Koordinationsrolle durch die Assoziierung der Schweiz an Horizon Europe.';
    expect(rules(de2, 'de').instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['horizon-association country:CH']);
  });

  it('reads a stalled agreement, a longer-term aim and an instrument word inside a programme\'s quoted name as no instrument; and a German project\'s name', () => {
    const en = 'The EU and Oman held their first dialogue. The long-discussed EU-GCC free trade agreement remains stalled, and no date has been set.';
    expect(rules(en, 'en').instruments.map((i) => i.type)).toEqual([]);
    const en2 = 'The EU supports Moldova through EU4Digital. The longer-term aim is a mutual recognition agreement on trust services between Moldova and the EU.';
    expect(rules(en2, 'en').instruments).toEqual([]);
    const de = 'Gefördert wird das Vorhaben in der Republik Moldau aus dem Bundesprogramm "Kommunale Digitalpartnerschaften Ost" des Bundesministeriums.';
    expect(rules(de, 'de').instruments).toEqual([]);
    const de2 = 'Die Helvetiq AG übernimmt die Koordination des Forschungsprojekts QUARTZ-NET, das die Europäische Kommission im Rahmen von Horizon Europe fördert.';
    expect(rules(de2, 'de').initiatives.map((i) => i.title)).toContain('QUARTZ-NET');
  });

  it('reads a sentence that says its cooperation is apart from the EU\'s as none of the EU\'s', () => {
    const ja = 'EUとケニアはデジタル対話を開催した。佐伯氏は、日本がJICAを通じてケニアやルワンダで進めるICT人材育成を紹介したが、これらは日本独自の二国間協力であり、EUの事業とは別枠であることを確認した。';
    expect(rules(ja, 'ja').partners).toEqual(['country:KE']);
  });
});

describe('encyclopedia articles, committee minutes and social-media threads: trade agreements by title, places dropped, parts of Africa in German (1.15.58)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });

  it('reads the title of a trade agreement "entre la Unión Europea … y Colombia, el Perú y Ecuador" as a free trade agreement with each', () => {
    const es =
      'ACUERDO COMERCIAL ENTRE LA UNIÓN EUROPEA Y SUS ESTADOS MIEMBROS, POR UNA PARTE, Y COLOMBIA, EL PERÚ Y ECUADOR, POR OTRA\nSubcomité de Comercio Digital – Acta de la sexta reunión';
    expect(rules(es, 'es').instruments.map((i) => `${i.type} ${i.partner}`).sort()).toEqual([
      'free-trade-agreement country:CO',
      'free-trade-agreement country:EC',
      'free-trade-agreement country:PE',
    ]);
  });

  it('reads negotiations on an "EU–GCC" agreement still under way as no agreement, and a place "écartée" from a programme as no party', () => {
    const en = 'The EU and the UAE signed a memorandum of understanding on AI. Negotiations on an EU–GCC free trade agreement, relaunched in 2025, were still under way at the time of writing.';
    expect(rules(en, 'en').instruments.map((i) => `${i.type} ${i.partner}`)).toEqual(['memorandum country:AE']);
    const fr =
      "L'Union européenne coopère avec la République dominicaine et la Jamaïque. Haïti, initialement pressentie pour coopérer avec l'Union européenne, a été écartée fin 2024 en raison de la situation sécuritaire.";
    expect(rules(fr, 'fr').partners).toEqual(['country:DO', 'country:JM']);
  });

  it('reads "im südlichen Afrika" as no region', () => {
    const de = 'Die EU und Sambia arbeiten zusammen. Die EU kooperiert mit Partnern im südlichen Afrika bei der Konnektivität.';
    expect(rules(de, 'de').partners).toEqual(['country:ZM']);
  });
});

describe('job postings, data portals and programmes of visits: German amounts, declines with words between, a place\'s own bodies, bodies\' memoranda, names by their acronym, page footers (1.15.59)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });
  const types = (r: { instruments: { type: string; partner: string }[] }) => r.instruments.map((i) => `${i.type} ${i.partner}`).sort();

  it('keeps "12 Mio. Euro" inside its sentence, whose EU then owns the places after it', () => {
    const de = 'Die Europäische Union finanziert mit 12 Mio. Euro ein Projekt, das gemeinsam mit Albanien und Montenegro nationale CSIRTs aufbaut.';
    expect(segmentSentences(de, splitLines(de))).toHaveLength(1);
    const de2 = 'Im Mittelpunkt steht der Digitaldialog EU–Westbalkan und das aus IPA III mit 9,5 Mio. Euro finanzierte Projekt, das gemeinsam mit Albanien und Montenegro nationale CSIRTs aufbaut.';
    expect(rules(de2, 'de').partners).toEqual(['country:AL', 'country:ME', 'region:western-balkans']);
  });

  it('reads a German decline with words between its verb and "ab" or "abgesagt", and the rest of a list before a semicolon as its own', () => {
    const de = 'Die EU fördert das Projekt „Cyber-Resilienz“ gemeinsam mit Albanien und Nordmazedonien. Serbien wurde zur Teilnahme an dem Projekt eingeladen, lehnte aber im Frühjahr 2025 ab.';
    expect(rules(de, 'de').partners).toEqual(['country:AL', 'country:MK']);
    const de2 = 'Die EU fördert das Vorhaben gemeinsam mit Albanien und Montenegro. Serbien war zur Teilnahme eingeladen, hat diese jedoch mit Schreiben vom 03.02.2025 abgesagt.';
    expect(rules(de2, 'de').partners).toEqual(['country:AL', 'country:ME']);
    const de3 = 'Die EU fördert die Zusammenarbeit mit Kasachstan, Kirgisistan und Usbekistan; Turkmenistan wurde eingeladen, hat die Teilnahme aber abgelehnt.';
    expect(rules(de3, 'de').partners).toEqual(['country:KG', 'country:KZ', 'country:UZ']);
  });

  it('reads officials who "spend a week" with others as no comparison of spending', () => {
    const en = 'Under the EU-LAC Digital Alliance, launched in 2023 by the EU and Latin America, nine officials from Guyana, Suriname and Belize will spend a week with Portuguese authorities on spectrum policy.';
    expect(rules(en, 'en').partners).toEqual(['country:BZ', 'country:GY', 'country:SR', 'region:lac']);
  });

  it('reads a place\'s own ministries "in" it as the party the cue names, and cooperation there said not to be funded as none', () => {
    const de = 'Das von der EU kofinanzierte Vorhaben arbeitet mit den Regulierungsbehörden und Fachministerien in Kasachstan und Tadschikistan zusammen.';
    expect(rules(de, 'de').partners).toEqual(['country:KZ', 'country:TJ']);
    const de2 = 'Die EU fördert Kooperationen mit Einrichtungen in Usbekistan. Kooperationen mit Einrichtungen in Russland oder Belarus werden im Rahmen dieser Richtlinie nicht gefördert.';
    expect(rules(de2, 'de').partners).toEqual(['country:UZ']);
  });

  it('reads a member state\'s development cooperation as the EU\'s side', () => {
    const it = 'Cooperazione digitale italiana in Africa orientale\nIl progetto, finanziato dalla cooperazione italiana, forma gli analisti del CSIRT nazionale del Kenya.';
    expect(rules(it, 'it').partners).toEqual(['country:KE']);
  });

  it('reads a status cell after a dash with a note in brackets as a decline', () => {
    const en =
      'The EU-funded study tour brought together officials of the five Central Asian partner countries.\n\n| Country | Institution (participants) |\n|---|---|\n| Kazakhstan | Ministry of Digital Development (3) |\n| Turkmenistan | invited – declined (letter of 2 May) |';
    expect(rules(en, 'en').partners).toEqual(['country:KZ']);
  });

  it('reads a place "no longer" party as none, in English, French, Korean and Chinese', () => {
    const fr = "L'Union européenne finance le programme au Sénégal et au Bénin. Le Mali, longtemps partenaire du programme, n'est plus partie au programme depuis 2024.";
    expect(rules(fr, 'fr').partners).toEqual(['country:BJ', 'country:SN']);
    const en = 'The EU funds the programme in Ghana and Togo. Burkina Faso, a partner until 2023, is no longer a party to the programme.';
    expect(rules(en, 'en').partners).toEqual(['country:GH', 'country:TG']);
    const ko = 'EU는 동방 파트너십 국가들과 디지털 협력을 추진한다. 벨라루스는 2021년 참여를 중단하여 지금은 EU4Digital의 어떤 활동에도 참여하지 않는다.';
    expect(rules(ko, 'ko').partners).toEqual(['region:eastern-partnership']);
    const zh = '欧盟与东盟成员国在数字贸易领域开展合作：缅甸因受欧盟制裁而被排除在上述合作之外。';
    expect(rules(zh, 'zh').partners).toEqual([]);
  });

  it('reads a Korean country\'s reform said to be unrelated to cooperation with the EU as no party', () => {
    const ko = 'EU와 우크라이나는 전자신뢰서비스 상호인정 협정에 서명하였다. 한국의 공인인증서 제도 폐지 경험이 전자서명 시장 개방의 비교 사례로 자주 인용되나, 이는 EU와의 협력과는 무관한 국내 개혁이다.';
    expect(rules(ko, 'ko').partners).toEqual(['country:UA']);
  });

  it('reads an unquoted Team Europe Initiative name, and the state of the other body in a memorandum\'s title', () => {
    const de = 'Eintrag 2: Team-Europe-Initiative Digitale Konnektivität Zentralasien\nDie EU und ihre Mitgliedstaaten fördern den Breitbandausbau.';
    expect(types(rules(de, 'de'))).toEqual(['team-europe-initiative region:central-asia']);
    // (a second partner in the text, so that the memorandum cannot take the only one there is)
    const it =
      "MEMORANDUM D'INTESA\ntra l'Agenzia per la Cybersicurezza Nazionale della Repubblica Italiana e l'Autorità per la sicurezza informatica della Repubblica di Macedonia del Nord sulla cooperazione nel settore della cybersicurezza\n\nL'Agenzia coopera inoltre con la Tunisia in materia di formazione.";
    expect(types(rules(it, 'it'))).toEqual(['memorandum country:MK']);
  });

  it('reads actors "sostenuti dalla" a state as a threat, and a draft memorandum or one "(under negotiation …)" as no instrument', () => {
    const it = "L'Italia e l'Albania hanno firmato un memorandum sulla cybersicurezza dopo gli attacchi attribuiti ad attori sostenuti dalla Repubblica islamica dell'Iran.";
    expect(rules(it, 'it').partners).toEqual(['country:AL']);
    const en = 'The EU and Kyrgyzstan work together on e-government. 14:00 Bilateral session: draft memorandum of understanding on digital identity.';
    expect(types(rules(en, 'en'))).toEqual([]);
    const en2 = 'The EU and Kyrgyzstan work together on e-government. 14:00 Bilateral session: memorandum of understanding on digital identity (under negotiation, signature in 2026).';
    expect(types(rules(en2, 'en'))).toEqual([]);
  });

  it('reads a name followed by its acronym as an initiative, and a body\'s name so written as none', () => {
    const titles = (text: string, language: string) => rules(text, language).initiatives.map((i) => i.title);
    const it = "11:30 Presentazione del Polo italo-marocchino per la robotica (PIMR), finanziato con 8 milioni di euro dalla cooperazione italiana in Marocco.";
    expect(titles(it, 'it')).toContain('Polo italo-marocchino per la robotica');
    const it2 = "L'Agenzia per la Cybersicurezza Nazionale (ACN) coopera con l'Albania nel quadro del progetto.";
    expect(titles(it2, 'it')).not.toContain('Agenzia per la Cybersicurezza Nazionale');
  });

  it('reads a quoted name after a loan or a twinning project, and in brackets after what it is', () => {
    const titles = (text: string, language: string) => rules(text, language).initiatives.map((i) => i.title);
    const es = 'El BEI y la UE financian un préstamo para la conectividad móvil rural en Bolivia («Bolivia Conecta Rural»).';
    expect(titles(es, 'es')).toContain('Bolivia Conecta Rural');
    const de = 'Lenkungsausschuss des Twinning-Projekts „Connect GE" zur Stärkung der georgischen Regulierungsbehörde, finanziert von der EU.';
    expect(titles(de, 'de')).toContain('Connect GE');
  });

  it('reads a page footer with bars as no table of initiatives', () => {
    const de = 'Die EU und Moldau arbeiten bei der Frequenzregulierung zusammen.\n\nStand: 16.03.2026 | Seite teilen | Nach oben\n© Beispielagentur 2026 | Impressum | Datenschutz | Barrierefreiheit';
    expect(rules(de, 'de').initiatives).toEqual([]);
  });
});

describe('NGO briefs, procurement notices and chamber newsletters: counted partners in the genitive, Chinese pilots, spaced Hangul, no EU money, names before their acronyms (1.15.60)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });
  const titles = (text: string, language: string) => rules(text, language).initiatives.map((i) => i.title);

  it('reads "der drei Partnerländer" as the three places named before', () => {
    const de =
      'Gegenstand: Cyber-Resilienz in Albanien, Montenegro und Nordmazedonien, in delegierter Zusammenarbeit mit der Europäischen Union.\nDas Projekt unterstützt die nationalen CSIRTs der drei Partnerländer beim Aufbau von Lagezentren.';
    expect(rules(de, 'de').partners).toEqual(['country:AL', 'country:ME', 'country:MK']);
  });

  it('reads the places of a Chinese "在…启动了试点" as pilots, not as the subject of their own affair', () => {
    const zh = '欧盟与其成员国启动了“中亚数字连接团队欧洲倡议”。2025年，该倡议在乌兹别克斯坦和塔吉克斯坦启动了首批试点。';
    expect(rules(zh, 'zh').partners).toEqual(['country:TJ', 'country:UZ', 'region:central-asia']);
  });

  it('reads no Korean country name across a space ("이번 호 주요 내용"), and places whose project has no EU money as none of the EU\'s there', () => {
    const ko = '▣ 이번 호 주요 내용\n1. EU, 중앙아시아 디지털 연결성 사업 입찰 공고';
    expect(rules(ko, 'ko').entities.filter((e) => e.type === 'country')).toEqual([]);
    const ko2 = 'EU는 우즈베키스탄의 디지털 연결성 사업을 지원한다. 카스피해 횡단 광케이블은 카자흐스탄과 아제르바이잔 양국 기업의 공동 사업으로 EU 자금은 포함되지 않는다.';
    expect(rules(ko2, 'ko').partners).toEqual(['country:UZ']);
  });

  it('reads start-ups "in" places as the places the cue names, a place "an X aber nicht beteiligt" as none, and "y en" as one list', () => {
    const de = 'Umgesetzt wird das Vorhaben der EU gemeinsam mit Ministerien, Hochschulen und Start-ups in Ghana und Indonesien.';
    expect(rules(de, 'de').partners).toEqual(['country:GH', 'country:ID']);
    const de2 = 'Die EU fördert das Programm gemeinsam mit Kenia und Uganda. Äthiopien war als Partnerland vorgesehen, ist an dem Programm aber nicht beteiligt.';
    expect(rules(de2, 'de').partners).toEqual(['country:KE', 'country:UG']);
    const es = 'La Alianza Digital UE-ALC financia proyectos piloto en la República Dominicana y en Costa Rica.';
    expect(rules(es, 'es').partners).toContain('country:CR');
  });

  it('reads negotiations on an agreement "relaunched" as no agreement yet', () => {
    const en = 'The EU supports the Philippines through a digital economy package. This contract does not cover the negotiations on an EU–Philippines free trade agreement, relaunched in March 2024.';
    expect(rules(en, 'en').instruments.map((i) => i.type)).toEqual(['digital-economy-package']);
  });

  it('reads a titled name with its acronym and country code, and a quoted name before the bare acronym inside it', () => {
    const en = 'II.1.1) Title: Resilient and Open Data Infrastructure Kenya (RODI-KE)\nII.1.2) Main CPV code: 72000000';
    expect(titles(en, 'en')).toContain('Resilient and Open Data Infrastructure Kenya');
    const de = 'Seit 2020 unterstützt die GIZ mit der Initiative „OPEN Voices – Sprachdaten für alle“ Partnerländer beim Aufbau offener Sprachdaten.';
    expect(titles(de, 'de')).toContain('OPEN Voices – Sprachdaten für alle');
  });

  it('reads a long quoted name after a head noun', () => {
    const it = "Progetto «AgriDigit – Competenze digitali e intelligenza artificiale per le cooperative agricole del Sahel», finanziato dall'Unione europea.";
    expect(titles(it, 'it')).toContain('AgriDigit – Competenze digitali e intelligenza artificiale per le cooperative agricole del Sahel');
  });
});

describe('interview transcripts, FAQ pages and budget reports: French names of Tanzania and the DRC, no longer a partner country, a row\'s partner before its footnote, parties still negotiating (1.15.61)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });
  const types = (r: { instruments: { type: string; partner: string }[] }) => r.instruments.map((i) => `${i.type} ${i.partner}`).sort();

  it('names Tanzania and the DRC as French texts do, and reads a place "cited as a reference" or "well below" another as a yardstick', () => {
    const fr =
      "L'Union européenne finance avec Enabel des projets en Tanzanie et en RD Congo. La part du mobile money reste bien en deçà de celle observée au Kenya, citée comme référence par les partenaires congolais.";
    expect(rules(fr, 'fr').partners).toEqual(['country:CD', 'country:TZ']);
  });

  it('reads a place that "ne fait plus partie des pays partenaires" as no party', () => {
    const fr = "L'Union européenne soutient le Bénin et le Togo. Le Niger ne fait plus partie des pays partenaires de l'Union depuis 2023.";
    expect(rules(fr, 'fr').partners).toEqual(['country:BJ', 'country:TG']);
  });

  it('gives an instrument in a table row its row\'s partner before the places of the footnote its cell carries', () => {
    const en =
      'Table 4.2 – Main EU digital commitments\n\n| Partner | Action | Framework | Commitment |\n|---|---|---|---|\n| Ghana | Government data centre | Digital Economy Package¹ | 30.0 |\n| Kenya | Digital identity | Digital Economy Package¹ | 25.5 |\n\n¹ Digital Economy Packages launched in 2024-2025. The packages with Ecuador and Peru are still under negotiation and are not included in this table.';
    const r = rules(en, 'en');
    expect(types(r)).toEqual(['digital-economy-package country:GH', 'digital-economy-package country:KE']);
    expect(r.partners).toEqual(['country:GH', 'country:KE']);
  });

  it('reads a place with which an agreement "wird … verhandelt" as no party in that sentence', () => {
    const de = 'Das Abkommen zwischen der Europäischen Union und der Republik Moldau wurde unterzeichnet. Mit Georgien wird über ein gleichartiges Abkommen verhandelt.';
    expect(rules(de, 'de').partners).toEqual(['country:MD']);
  });

  it('reads a centre "co-funded by" a place as the place taking part, not as its donor', () => {
    const en = 'The EU-LAC Digital Alliance finances a cyber competence centre hosted and co-funded by Costa Rica.';
    expect(rules(en, 'en').partners).toContain('country:CR');
  });
});

describe('conference programmes, blogs and regulators\' notices: public bodies named without their state, plural memoranda, pairs named with the EU, routes via a bracketed place, negotiations going on, between pairs (1.15.62)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });
  const types = (r: { instruments: { type: string; partner: string }[] }) => r.instruments.map((i) => `${i.type} ${i.partner}`).sort();

  it('reads an EU body or a member state\'s regulator as the EU\'s side, and its counterpart\'s state as the partner', () => {
    const en =
      'BEREC signed two Memoranda of Understanding: one with the National Commission (NCEC) of Ukraine, and one with the National Agency (ANRCETI) of the Republic of Moldova.';
    expect(rules(en, 'en').partners).toEqual(['country:MD', 'country:UA']);
    expect(types(rules(en, 'en'))).toEqual(['memorandum country:MD', 'memorandum country:UA']);
    const de = 'DIN und die Usbekische Agentur für technische Regulierung (Uzstandard) haben in Taschkent eine Absichtserklärung unterzeichnet.';
    expect(rules(de, 'de').partners).toEqual(['country:UZ']);
  });

  it('reads French and Italian memoranda in the plural as memoranda', () => {
    const fr = "La présidente de l'Arcep a signé deux protocoles d'accord de coopération technique : l'un avec l'ARTP du Sénégal, l'autre avec l'ARTCI de Côte d'Ivoire.";
    expect(types(rules(fr, 'fr'))).toEqual(['memorandum country:CI', 'memorandum country:SN']);
    const it = "Il Presidente dell'AGCOM ha sottoscritto due protocolli d'intesa: il primo con l'Autorità della Repubblica d'Albania (AKEP), il secondo con l'Agenzia del Montenegro (EKIP).";
    expect(types(rules(it, 'it'))).toEqual(['memorandum country:AL', 'memorandum country:ME']);
  });

  it('reads a body\'s acronym in brackets after its long name as the body, not as where it is', () => {
    const it =
      "Il Memorandum d'intesa che l'Autorità Nazionale per la Certificazione Elettronica e la Sicurezza Cibernetica (AKCESK) e l'Agenzia per la Cybersicurezza Nazionale italiana (ACN) hanno firmato oggi prevede esercitazioni congiunte.";
    expect(rules(it, 'it').partners).toEqual(['country:AL']);
  });

  it('reads Jordan right after "EU-" as the country, not a person\'s name', () => {
    const en = 'The project contributes to the digital pillar of the EU-Jordan Strategic and Comprehensive Partnership signed in Amman.';
    expect(rules(en, 'en').partners).toEqual(['country:JO']);
  });

  it('reads the places of an EU Delegation accredited to several countries as its seats', () => {
    const en =
      'EU–GCC DIGITAL FORUM 2026\nProgramme\n\nOrganised by the Delegation of the European Union to Saudi Arabia, Kuwait, Bahrain and Oman, with the support of the Commission. The EU-UAE Memorandum of Understanding on Artificial Intelligence has delivered a joint sandbox.';
    expect(rules(en, 'en').partners).toEqual(['country:AE', 'region:gulf']);
  });

  it('reads a place in brackets that a Japanese route goes via as a transit point, and an ICT policy dialogue as a digital dialogue', () => {
    const ja = '第29回日EU・ICT政策対話を開催しました。欧州からアラスカ（米国）を経由して日本に至る海底ケーブル構想について、EUの調査支援の状況を確認しました。';
    const r = rules(ja, 'ja');
    expect(r.partners).toEqual(['country:JP']);
    expect(types(r)).toContain('digital-dialogue country:JP');
  });

  it('reads an agreement that "wird weiter verhandelt" as none yet, a dash in its pair\'s name notwithstanding', () => {
    const de = 'Der Handels- und Technologierat EU–Indien tagte im Februar. Das Freihandelsabkommen EU–Indien wird weiter verhandelt.';
    expect(types(rules(de, 'de'))).toEqual(['trade-and-technology-council country:IN']);
  });

  it('gives an instrument the partners named "zwischen" after it, and every pair of "… sowie zwischen …"', () => {
    const de = 'Erfahrungen aus dem Cyber-Dialog EU–Ukraine und aus der Sicherheits- und Verteidigungspartnerschaft zwischen der EU und der Republik Moldau.';
    expect(types(rules(de, 'de'))).toEqual(['cyber-dialogue country:UA', 'security-defence-partnership country:MD']);
    const mra = 'Mitteilung zu den Abkommen über die gegenseitige Anerkennung (MRA) zwischen der Europäischen Union und Australien sowie zwischen der Europäischen Union und Neuseeland.';
    expect(types(rules(mra, 'de'))).toEqual(['mutual-recognition-agreement country:AU', 'mutual-recognition-agreement country:NZ']);
  });
});

describe('parliamentary hearings, court decisions and university pages: consortium tables, suspended participation, pilot sites, handles, names by their head noun (1.15.63)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });
  const titles = (text: string, language: string) => rules(text, language).initiatives.map((i) => i.title);

  it('reads the places outside the EU of a consortium table with member-state rows as partners, not a row that declined', () => {
    const es =
      'Programa de doctorado conjunto de la Alianza Digital UE-ALC.\n\nConsorcio\n| Institución | País | Rol |\n|---|---|---|\n| Universidad de Chile | Chile | coordinación |\n| Universidad Nacional de Colombia | Colombia | modelos |\n| Barcelona Supercomputing Center | España | cómputo |\n| Universidad de la República | Uruguay | invitada, declinó |\n\nLa convocatoria cierra en mayo.';
    expect(rules(es, 'es').partners).toEqual(['country:CL', 'country:CO', 'region:lac']);
  });

  it('reads a place that "suspended its participation" as no party in a footnote of partners', () => {
    const en =
      'The network brings together researchers from the countries associated to Horizon Europe¹.\n\n¹ Armenia, Georgia, Moldova and Ukraine. Belarus suspended its participation in 2021 and remains subject to EU sanctions.';
    expect(rules(en, 'en').partners).not.toContain('country:BY');
  });

  it('reads the places where pilot sites of an EU programme were selected as its pilot countries', () => {
    const en = 'The EU programme brings satellite connectivity to remote areas. Pilot sites for the satellite component have been selected in Kyrgyzstan and Tajikistan.';
    expect(rules(en, 'en').partners).toEqual(['country:KG', 'country:TJ']);
    const fr = "Le programme de l'Union européenne apporte la connectivité par satellite. Les sites pilotes du volet satellitaire ont été sélectionnés au Kirghizistan et au Tadjikistan.";
    expect(rules(fr, 'fr').partners).toEqual(['country:KG', 'country:TJ']);
    // (the pilot sites named far before a bare "en": "seleccionados en", not a venue)
    const es =
      'El programa de la Unión Europea lleva la conectividad por satélite a zonas remotas. Los sitios piloto del componente satelital del programa de la UE han sido seleccionados en Kirguistán y Tayikistán.';
    expect(rules(es, 'es').partners).toEqual(['country:KG', 'country:TJ']);
  });

  it('reads a Spanish "Domingo" as no word of dominance, and no place inside a handle', () => {
    const es =
      'Su pieza más visible es el LAC4, el centro de competencias en ciberseguridad para América Latina y el Caribe, inaugurado en Santo Domingo junto con el Gobierno de la República Dominicana y financiado por la Unión a través del proyecto EU CyberNet.';
    expect(rules(es, 'es').partners).toEqual(['country:DO']);
    const en = '@iLabAfrica is pleased to announce the EU–Kenya Joint Doctoral School, co-funded by the European Union.';
    expect(rules(en, 'en').entities.map((e) => e.text)).toEqual(['EU', 'Kenya', 'European Union']);
  });

  it('names a quoted doctoral programme or consortium by its head noun, the Digital Agenda for the Western Balkans, and an acronym whose lower-case form is only an address', () => {
    expect(titles('Die TU Dresden koordiniert das internationale Graduiertenkolleg „Sichere Netze für Zentralasien“ (SINEZA), gefördert von der EU.', 'de')).toContain('Sichere Netze für Zentralasien');
    expect(titles("한국전자통신연구원이 참여하는 'EUKO-6G' 컨소시엄은 호라이즌 유럽의 지원을 받는다.", 'ko')).toContain('EUKO-6G');
    expect(titles("Con l'Agenda digitale per i Balcani occidentali l'Unione europea ha fatto della connettività una priorità.", 'it')).toContain('Agenda digitale per i Balcani occidentali');
    expect(titles("L'ENIT et l'Université Paris-Saclay lancent QUANTUM-MED, un programme doctoral en cotutelle.\n\nContact : quantum-med@enit.utm.tn", 'fr')).toContain('QUANTUM-MED');
  });
});

describe('ESG reports, municipal twinning pages and trade fairs: partner cities, Interreg programmes, cities in their countries, a German pilot phase not joined, names called so (1.15.64)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });
  const titles = (text: string, language: string) => rules(text, language).initiatives.map((i) => i.title);

  it('reads a place that "nimmt an der Pilotphase nicht teil" as no party', () => {
    const de =
      'Die EU fördert die Vernetzung der Schulen in Zentralasien. Pilotländer sind Tadschikistan und Kirgisistan; Turkmenistan nimmt an der ersten Phase nicht teil.';
    expect(rules(de, 'de').partners).toEqual(['country:KG', 'country:TJ', 'region:central-asia']);
  });

  it('reads a table of partner cities with a member-state row as partners of the places outside the EU', () => {
    const de =
      'Digitale Projekte unserer Stadt\n\n| Vorhaben | Partnerstadt | Land | Laufzeit |\n|---|---|---|---|\n| Bürgerportal | Kisumu | Kenia | 2023–2025 |\n| Geodaten | Lwiw | Ukraine | 2024–2026 |\n| Open Data | Lyon | Frankreich | 2023 |\n\nKontakt: Büro für Internationales';
    expect(rules(de, 'de').partners).toEqual(['country:KE', 'country:UA']);
  });

  it('reads the places outside the EU named in an Interreg programme as its parties, and the programme by its whole name', () => {
    const en =
      'The town of Split leads a project on e-services for small ports, funded under Interreg VI-A IPA Croatia-Bosnia and Herzegovina-Montenegro with 1.8 million euros.';
    expect(rules(en, 'en').partners).toEqual(['country:BA', 'country:ME']);
    expect(titles(en, 'en')).toContain('Interreg VI-A IPA Croatia-Bosnia and Herzegovina-Montenegro');
    expect(titles("Le projet est financé par le programme Interreg NEXT MED de l'Union européenne.", 'fr')).toContain('Interreg NEXT MED');
  });

  it('reads cities listed with their countries, a member state among them, as a network whose countries outside the EU are partners', () => {
    const fr =
      "Le réseau réunit cinq villes : Tanger, Sfax en Tunisie, Gênes en Italie, Marseille en France et Aqaba en Jordanie. Il est financé par l'Union européenne.";
    expect(rules(fr, 'fr').partners).toEqual(['country:JO', 'country:TN']);
    // (cities of data centres are no network of cities)
    const en = 'The provider runs data centres in Frankfurt in Germany and Nairobi in Kenya, and plans one in Lagos in Nigeria.';
    expect(rules(en, 'en').partners).toEqual([]);
  });

  it('names what is called so in French, Spanish and Italian, a dashed acronym whole, and the EU\'s city cooperation programme', () => {
    expect(titles("Le nouveau dispositif s'appelle CyberSahel et couvre trois pays.", 'fr')).toContain('CyberSahel');
    expect(titles('El proyecto se llama Ciudad Digital Andina y cuenta con fondos europeos.', 'es')).toContain('Ciudad Digital Andina');
    expect(titles('Si chiama PORT-eSign il progetto finanziato dal programma europeo.', 'it')).toContain('PORT-eSign');
    expect(titles('Kobe joined the EU programme International Urban and Regional Cooperation in 2023.', 'en')).toContain('International Urban and Regional Cooperation');
  });

  it('reads "RAK" as no body of Bosnia and Herzegovina', () => {
    const en = 'The EU signed a memorandum with the United Arab Emirates on data centres; a pilot opens in RAK next year.';
    expect(rules(en, 'en').entities.filter((e) => e.id === 'country:BA')).toEqual([]);
  });
});

describe('policy briefs, newsletters and tender notices: numbered headings before footnotes, adjectives and capitals of more countries, programmes not joined, negotiations in the present (1.15.65)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });
  const instruments = (text: string, language: string) => rules(text, language).instruments.map((i) => `${i.type}:${i.partner}`);

  it('reads footnotes after numbered headings, and a footnote after recommendations, as footnotes', () => {
    const en =
      'Policy brief\n\nThe Union has signed three Digital Partnerships¹ so far.\n\n1. What the councils do\n\nThey meet once a year.\n\n2. What is missing\n\nA scorecard.\n\nRecommendations\n(a) Publish the minutes.\n\n---\n¹ With Japan (May 2022), the Republic of Korea (November 2022) and Singapore (February 2023).';
    expect(instruments(en, 'en')).toEqual(['digital-partnership:country:JP', 'digital-partnership:country:KR', 'digital-partnership:country:SG']);
  });

  it('reads the footnote of partners associated to a programme', () => {
    const en = 'Entities from three partners associated to the Digital Europe Programme² won grants this year.\n\n² Albania, Montenegro and Serbia.';
    expect(rules(en, 'en').partners).toEqual(['country:AL', 'country:ME', 'country:RS']);
  });

  it('reads "côté tunisien" as the state, a German "US-amerikanisch" as an adjective only, and adjectives of more countries with their government', () => {
    expect(rules("La Commission a signé l'accord. Côté tunisien, le texte est porté par le ministère des Technologies.", 'fr').entities.some((e) => e.id === 'country:TN')).toBe(true);
    expect(rules('Die EU will bei 6G nicht zwischen US-amerikanischen und chinesischen Ausrüstern stehen.', 'de').entities.filter((e) => e.id === 'country:US')).toEqual([]);
    expect(rules("Le protocole d'accord a été signé à Paris entre le gouvernement français et le gouvernement vanuatais.", 'fr').partners).toEqual(['country:VU']);
  });

  it('reads a capital paired with Brussels for more countries, and ministries and agencies of partners', () => {
    expect(rules('El memorando entre San José y Bruselas prevé apoyo al CSIRT nacional.', 'es').partners).toEqual(['country:CR']);
    expect(instruments("Il progetto, finanziato dall'Unione europea, dà attuazione al memorandum d'intesa firmato tra l'Agenzia per la cybersicurezza nazionale e l'AKSHI.", 'it')).toEqual(['memorandum:country:AL']);
  });

  it('reads a numbered section heading as the heading of the table under it, not a bracketed line further up', () => {
    const de =
      'Rundbrief der Botschaft\n(zuständig auch für Samoa, Tonga und die Cookinseln)\n\n2) Global Gateway im Pazifik\nDie EU finanziert Seekabel-Abzweigungen. Pilotländer der ersten Phase:\n\n| Land | Maßnahme |\n|---|---|\n| Samoa | Kabelabzweigung |\n| Vanuatu | Landestation |\n';
    expect(rules(de, 'de').partners).toEqual(expect.arrayContaining(['country:VU', 'country:WS']));
  });

  it('reads a country not associated to a programme as no party of it, and "Pacific Islands" in German as no Iceland', () => {
    const de =
      'Neuseeland ist mit Horizont Europa assoziiert. Australien ist, anders als Neuseeland, nicht an dem Programm assoziiert; australische Forschende können nur als Drittstaatspartner ohne EU-Förderung teilnehmen.';
    expect(rules(de, 'de').partners).toEqual(['country:NZ']);
    expect(rules('Die Botschaft nimmt am Gipfel des Pacific Islands Forum in Honiara teil.', 'de').entities.filter((e) => e.id === 'country:IS')).toEqual([]);
    const en = 'Switzerland is associated to Horizon Europe. Switzerland is not associated to the Digital Europe Programme.';
    expect(rules(en, 'en').partners).toEqual(['country:CH']);
  });

  it('reads an agreement never signed and one negotiated in the present as none', () => {
    expect(rules("Il programma dell'Unione europea prevedeva una componente per la Libia, ma nessun accordo è stato firmato con la Libia.", 'it').partners).toEqual([]);
    expect(instruments('Die EU und die VAE verhandeln seit April 2025 über ein Freihandelsabkommen; ein Abschluss steht noch aus.', 'de')).toEqual([]);
  });
});

describe('strategies, project sheets and wire dispatches: a place after "besides", a government by its seat, the state and institutions of an adjective, counterparts on a sheet, companies of places in Japanese (1.15.66)', () => {
  const rules = (text: string, language: string) => extract({ text, language, partnerModel: false, areaModel: false });
  const instruments = (text: string, language: string) => rules(text, language).instruments.map((i) => `${i.type}:${i.partner}`);

  it('reads the list after "Neben X bestehen … mit" as the EU\'s, X being no subject', () => {
    const de = 'Die EU pflegt vier Digitalpartnerschaften. Neben Kanada bestehen Digitalpartnerschaften mit Japan, der Republik Korea und Singapur.';
    expect(instruments(de, 'de')).toEqual(expect.arrayContaining(['digital-partnership:country:JP', 'digital-partnership:country:KR', 'digital-partnership:country:SG']));
  });

  it('reads "the government in <capital>" as that government, and "l\'État sénégalais", "le istituzioni albanesi" as the state', () => {
    expect(rules('Die Europäische Union und die Regierung in Jakarta haben eine Absichtserklärung unterzeichnet.', 'de').partners).toEqual(['country:ID']);
    expect(rules("Financement : prêt de l'Union européenne de 10 M€ à l'État sénégalais.", 'fr').entities.some((e) => e.id === 'country:SN')).toBe(true);
    expect(rules("Il progetto dell'Unione europea rafforza le istituzioni albanesi.", 'it').entities.some((e) => e.id === 'country:AL')).toBe(true);
  });

  it('reads the counterparts of a project sheet as partners, with a member state\'s agency in capitals as the EU\'s side', () => {
    const it = 'AGENZIA ITALIANA PER LA COOPERAZIONE ALLO SVILUPPO\nScheda di iniziativa\n\nControparti: AKCESK e AKSHI\nDurata: 36 mesi';
    expect(rules(it, 'it').partners).toEqual(['country:AL']);
  });

  it('reads the companies of places in Japanese as no party', () => {
    const ja = '【ブリュッセル3日共同】欧州委員会のデジタル局は3日、クラウド認証に関する初の照会を、米国と中国の大手企業計2社に送付したと発表した。';
    expect(rules(ja, 'ja').partners).toEqual([]);
  });
});
