import { extract } from './extract';
import { pairsOf, partnersOf } from './testing/probes';


describe('cooperation the EU takes no part in (1.6)', () => {
  it.each([
    ['ko', '한-인도네시아 인공지능 협력 양해각서 체결\n\n과학기술정보통신부는 인도네시아와 인공지능 분야 협력에 관한 양해각서를 체결했다. 최근에는 EU의 인공지능법(AI Act) 등 주요국의 규제 동향을 참고하고 있다.'],
    ['zh', '中塞数字经济合作稳步推进\n\n中国—塞尔维亚自由贸易协定生效一周年，两国在数字经济领域的合作持续深化。塞方官员表示，数据中心的电价明显低于欧盟平均水平。'],
  ])('%s: a memorandum or a free-trade agreement between others, the EU named as a yardstick or for its law', (lang, text) => {
    const r = extract({ text, language: lang });
    expect(r.partners).toEqual([]);
    expect(r.instruments).toEqual([]);
  });

  it('still counts an instrument only the EU has, the EU in a pair name, or an EU institution', () => {
    expect(pairsOf('한-EU 디지털통상협정에 공식 서명했다.')).toEqual(['digital-trade-agreement|country:KR']);
    expect(partnersOf("La Commission a signé avec la partie marocaine un protocole d'accord sur la cybersécurité.", 'fr')).toEqual(['country:MA']);
  });

  it('reads a market table of figures as no cooperation table', () => {
    const text = 'Data centre markets\n\n| Market | Operational | Under construction | Vacancy |\n|---|---|---|---|\n| Singapore | 1,020 | 160 | 1.8% |\n| Johor (Malaysia) | 630 | 1,150 | 6.5% |\n\nThe zone agreement signed by Malaysia and Singapore eases cross-border movement of staff.';
    expect(partnersOf(text, 'en')).toEqual([]);
  });
});

describe('places that are not parties of the EU in an EU text (1.6)', () => {
  it('a dateline is where the text was written', () => {
    expect(partnersOf('SINGAPORE, June 1 (Asia Tech Wire) – The European Union and Viet Nam on Sunday signed a memorandum on semiconductors.', 'en')).toEqual(['country:VN']);
  });

  it('a "with" whose subject is another country outside the EU', () => {
    expect(partnersOf('The EU and Viet Nam signed a memorandum. Viet Nam already hosts large plants, and last year signed a workforce agreement with South Korea.', 'en')).toEqual(['country:VN']);
    expect(partnersOf('欧盟与日本举行数字伙伴关系理事会。日本此前已与美国签署半导体合作备忘录。', 'zh')).toEqual(['country:JP']);
    // the EU in between owns it, and so does a "with" after the EU's own verb
    expect(partnersOf('Japan welcomed the EU, which signed a Digital Partnership with Korea.', 'en')).toEqual(expect.arrayContaining(['country:KR']));
  });

  it('the EU said to be no party to what the places of the sentence agreed', () => {
    expect(partnersOf('EUとタイは自由貿易協定の交渉会合を開催した。ASEAN域内では、加盟10カ国がASEANデジタル経済枠組み協定（DEFA）の交渉を進めている。EUは同協定の当事者ではないが、期待が大きい。', 'ja')).toEqual(['country:TH']);
  });

  it('a negated partner word ("nicht assoziierten", "non-associated") and a plan said not to be made', () => {
    expect(partnersOf('Die Schweiz ist an Horizont Europa assoziiert. Für Forschende aus nicht assoziierten Drittstaaten, etwa aus den USA oder China, gelten andere Regeln.', 'de')).toEqual(['country:CH']);
    expect(partnersOf("L'UE a lancé un dialogue sur la cybersécurité avec l'Arménie. Le Conseil n'envisage pas, à ce stade, d'instaurer un dialogue similaire avec la Géorgie.", 'fr')).toEqual(['country:AM']);
  });

  it('participation suspended, not concerned, or without the EU', () => {
    expect(partnersOf("L'UE coopère avec la Moldavie. La Biélorussie, qui a suspendu sa participation au Partenariat oriental, n'est pas concernée par ces mesures.", 'fr')).toEqual(['country:MD']);
    expect(partnersOf('La UE coopera con Chile. El cable se desarrolla junto con el Gobierno australiano, sin participación europea.', 'es')).toEqual(['country:CL']);
  });

  it('dependence on a place said after it in Chinese, and cable landing points', () => {
    expect(partnersOf('欧盟与日本加强半导体合作，意在降低对中国在成熟制程芯片方面的依赖。', 'zh')).toEqual(['country:JP']);
    expect(partnersOf('The EU supports the Far North Fiber cable. Landing points are foreseen in Norway and Alaska (United States).', 'en')).toEqual([]);
  });
});

describe('instruments by another name or with their partner after "for" (1.6)', () => {
  it.each([
    ['es', 'Chile aplica desde 2025 el Acuerdo Comercial Provisional con la UE.', 'free-trade-agreement|country:CL'],
    ['ja', '日EU・EPAについても、データの自由な流通に関する規定が発効した。', 'free-trade-agreement|country:JP'],
    ['fr', "L'UE a signé l'Initiative Équipe Europe pour la transformation numérique du Sénégal.", 'team-europe-initiative|country:SN'],
  ])('%s: %s', (lang, text, pair) => {
    expect(pairsOf(text, lang)).toContain(pair);
  });
});

describe('cooperation of other places among themselves, and partners before the instrument (1.6.2)', () => {
  it.each([
    ['fr', "L'UE coopère avec le Kenya. Le Kenya et l'Éthiopie ont par ailleurs conclu entre eux un accord sur l'interconnexion.", ['country:KE']],
    ['ko', '한국과 EU는 사이버 대화를 개최했다. 또한 러시아와 북한 간 군사협력이 안보를 위협하고 있다.', ['country:KR']],
    ['zh', '欧盟与印度举行贸易和技术委员会会议。另一方面，印度与美国之间也设有合作机制。', ['country:IN']],
    ['en', 'The EU welcomed the cooperation between Kenya and Ethiopia on cross-border payments.', []],
  ])('%s: %s', (lang, text, partners) => {
    expect(partnersOf(text, lang)).toEqual(partners);
  });

  it('reads the Indo-Pacific as no India in Korean, Japanese and Chinese', () => {
    expect(extract({ text: '한국과 EU는 인도·태평양 지역의 안보 협력을 논의했다.', language: 'ko' }).entities.filter((e) => e.id === 'country:IN')).toEqual([]);
  });

  it('a relative clause after a place is said of that place, not of the list before it', () => {
    const text = 'La UE y la CELAC lanzaron la Alianza Digital UE-ALC. La declaración ha sido acordada por todos los Estados miembros de la UE y de la CELAC, con excepción de Nicaragua, que no se ha adherido a ella.';
    const r = extract({ text, language: 'es' });
    expect(r.partners).not.toContain('country:NI');
    expect(r.instruments.map((i) => `${i.type}|${i.partner}`)).toContain('digital-alliance|region:lac');
  });

  it('takes the list after "mit" before a German instrument, a verb between them', () => {
    expect(pairsOf('Die EU baut ihre Zusammenarbeit aus. Mit Japan, Südkorea, Singapur und Kanada bestehen Digitalpartnerschaften, mit Indien ein Handels- und Technologierat.', 'de').sort()).toEqual([
      'digital-partnership|country:CA', 'digital-partnership|country:JP', 'digital-partnership|country:KR', 'digital-partnership|country:SG', 'trade-and-technology-council|country:IN',
    ]);
    // a conjunction is no verb: the list belongs to the instrument before it
    expect(pairsOf('Cybersecurity is discussed in the Digital Partnerships with Japan and Canada and the Digital Dialogues with Brazil.', 'en').sort()).toEqual([
      'digital-dialogue|country:BR', 'digital-partnership|country:CA', 'digital-partnership|country:JP',
    ]);
  });

  it('a cable that lands in a place makes no partner of it', () => {
    expect(partnersOf('The EU supports the Far North Fiber cable, planned to land in Norway and Alaska (United States).', 'en')).toEqual([]);
  });
});

describe('initiatives (1.6.3)', () => {
  it('keeps two actions that refer to one programme as two, titled by their own words', () => {
    const text =
      'Examples of forthcoming actions in the field of digital identity:\n- The EU will support the development of trust services (based on the EU Digital Identity Wallet specifications) with India.\n- The EU will continue its work with Ukraine and Moldova to prepare for their integration with the EU Digital Identity Wallet.\n';
    const titles = extract({ text, language: 'en' }).initiatives.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining([expect.stringMatching(/^The EU will support the development of trust services/), expect.stringMatching(/^The EU will continue its work with Ukraine/)]));
  });

  it('titles an action by the programme it opens with', () => {
    const text = 'Examples of forthcoming actions:\n- Medusa submarine cable: the EU will extend the cable to Mauritania and Senegal by 2027.\n';
    expect(extract({ text, language: 'en' }).initiatives.map((i) => i.title)).toContain('Medusa');
  });
});

describe('a continent is where cooperation happens, not a party (1.6.4)', () => {
  it.each([
    ['it', "Cooperazione digitale con l'Egitto\n\nL'Italia contribuisce con iniziative nell'ambito del Piano Mattei per l'Africa, coordinate con la programmazione dell'UE in Egitto.", 'region:africa'],
    ['en', 'EU and Kenya launch skills programme\n\nThe EU supports digital skills programmes in Africa together with Kenya.', 'region:africa'],
  ])('%s: %s', (lang, text, id) => {
    expect(partnersOf(text, lang)).not.toContain(id);
  });

  it('unless paired with the EU or named in the title', () => {
    expect(partnersOf('The EU-Africa digital partnership was launched in Addis Ababa.', 'en')).toContain('region:africa');
    expect(partnersOf("Afrique : l'UE accompagne la transformation numérique\n\nLe programme couvre la connectivité.", 'fr')).toContain('region:africa');
  });
});

describe('1.6.5', () => {
  it('knows the Kyrgyz Republic', () => {
    expect(partnersOf('The Team Europe Initiative covers Kazakhstan, the Kyrgyz Republic and Tajikistan, with the EU.', 'en')).toContain('country:KG');
  });

  it('reads a place in the name of a committee as its remit', () => {
    expect(partnersOf('EU cooperation with Armenia\n\nInformation note to the Council Working Party on Eastern Europe and Central Asia on the cooperation with Armenia.', 'en')).not.toContain('region:central-asia');
  });

  it('no funding for a place, and a place not connected, make no partner', () => {
    expect(partnersOf('The EU supports the initiative with Uzbekistan. No EU funding under the initiative is foreseen for projects in Afghanistan.', 'en')).toEqual(['country:UZ']);
    expect(partnersOf("Il cavo collega la Tunisia all'UE. La Libia non è attualmente collegata al sistema.", 'it')).toEqual(['country:TN']);
  });

  it('a partner government cooperating with its own partners ("avec ses partenaires africains, notamment …")', () => {
    expect(partnersOf("Le Maroc et l'UE ont signé un protocole d'accord.\n\nLe Maroc partage également son expérience avec ses partenaires africains, notamment la Mauritanie et le Sénégal.", 'fr')).toEqual(['country:MA']);
  });

  it('a regional body that deepens its market among its own members', () => {
    expect(partnersOf("L'UE coopère avec la Serbie et l'Albanie. Les partenaires entendent approfondir entre eux le marché régional dans le cadre de l'ALECE/CEFTA.", 'fr')).not.toContain('region:cefta');
  });
});

describe('1.6.6', () => {
  it("reads a possessive before a company as the company's, not a partner of the EU", () => {
    expect(partnersOf('The EU and Viet Nam signed a memorandum. Viet Nam hosts plants run by South Korea\'s Samsung Electronics, which signed a deal with the EU supplier.', 'en')).toEqual(['country:VN']);
    // a state actor after the possessive is still the country
    expect(partnersOf("The EU signed a memorandum with Japan's Digital Agency.", 'en')).toEqual(['country:JP']);
  });
});
