import { extract } from './extract';
import { pairsOf, partnersOf } from './testing/probes';

describe('someone else\'s cooperation (1.8)', () => {
  it('a CJK pair\'s own agreement ("泰国与日本的经济伙伴关系协定") makes neither a partner nor an instrument of the EU', () => {
    const zh = '欧盟与泰国自由贸易协定第六轮谈判日前在布鲁塞尔结束。值得注意的是，泰国同时也在参与东盟数字经济框架协议（DEFA）的谈判，而泰国与日本的经济伙伴关系协定早已生效。';
    expect(partnersOf(zh, 'zh')).toEqual(['country:TH']);
    expect(pairsOf(zh, 'zh')).not.toContain('free-trade-agreement|country:JP');
    const ja = 'EUとタイは自由貿易協定の交渉を再開した。一方、タイと日本の経済連携協定はすでに発効している。';
    expect(partnersOf(ja, 'ja')).toEqual(['country:TH']);
    expect(pairsOf(ja, 'ja')).toEqual(['free-trade-agreement|country:TH']);
  });

  it('the pair as the object of "与" stays the EU\'s ("欧盟加强与日本和韩国的合作")', () => {
    expect(partnersOf('欧盟将加强与日本和韩国的合作。', 'zh')).toEqual(['country:JP', 'country:KR']);
    expect(partnersOf('EUは日本と韓国との協力を強化する。', 'ja')).toEqual(['country:JP', 'country:KR']);
  });

  it('a list opening its sentence as the company of the country after it ("Gemeinsam mit Nigeria … zieht Kenia … an")', () => {
    expect(partnersOf('Die EU und Kenia arbeiten bei digitalen Diensten zusammen. Gemeinsam mit Nigeria, Südafrika und Ägypten zieht Kenia den Großteil des Risikokapitals an.', 'de')).toEqual(['country:KE']);
    expect(partnersOf('The EU and Kenya cooperate on digital services. Together with Nigeria and Egypt, Kenya attracts most of the venture capital.', 'en')).toEqual(['country:KE']);
  });

  it('with the EU in the sentence the list stays the EU\'s partner', () => {
    expect(partnersOf('Together with Japan, the EU launched a data initiative.', 'en')).toEqual(['country:JP']);
  });
});

describe('subjects that are not named (1.8.1)', () => {
  it('a country called "the country", "le Royaume", "das Land", "我が国" owns the "with" of its clause', () => {
    expect(partnersOf('The EU and the Philippines launched a Digital Dialogue. Officials noted that the country already cooperates on cable security with Japan and the United States in a trilateral format, which the EU side welcomed.', 'en')).toEqual(['country:PH']);
    expect(partnersOf("La France et le Maroc ont signé un protocole d'accord sur l'IA. Le Royaume, qui ambitionne de devenir une plateforme numérique pour l'Afrique de l'Ouest, a par ailleurs conclu avec les Émirats arabes unis un accord sur les centres de données européens.", 'fr')).toEqual(['country:MA']);
    expect(partnersOf('Deutschland und Brasilien führen einen Digitaldialog. Nicht jede Partnerschaft Brasiliens verläuft über Europa: Im Rahmen der BRICS arbeitet das Land mit China an Grundsätzen für KI.', 'de')).toEqual(['country:BR']);
    expect(partnersOf('日EUデジタルパートナーシップ閣僚会合が開催された。なお、我が国は2022年に英国ともデジタルパートナーシップを立ち上げています。', 'ja')).toEqual(['country:JP']);
  });

  it('a name that starts with such a noun is a name ("the Kingdom of Saudi Arabia")', () => {
    expect(partnersOf('The EU and the Kingdom of Saudi Arabia agreed to launch a bilateral Cyber Dialogue.', 'en')).toEqual(['country:SA']);
  });

  it('"It" after a sentence that opens with a country stands for that country; after the EU, for the EU', () => {
    expect(partnersOf('The EU and Singapore signed a digital trade agreement on Wednesday. The island republic is a veteran of such deals. It co-founded the Digital Economy Partnership Agreement with Chile and New Zealand in 2020.', 'en')).toEqual(['country:SG']);
    expect(partnersOf('The EU signed a Digital Partnership with Japan in 2022. It also launched a Trade and Technology Council with India.', 'en')).toEqual(['country:IN', 'country:JP']);
  });

  it('a country\'s pact with a region ("中国与东盟签署了…") and countries acting together in a clause of their own', () => {
    expect(partnersOf('欧盟与东盟举行数字部长对话。本月早些时候，中国与东盟签署了自由贸易区3.0版升级议定书。', 'zh')).toEqual(['region:asean']);
    expect(partnersOf('The EU and Georgia signed a memorandum on the Black Sea cable. Azerbaijan and Kazakhstan are developing a Trans-Caspian line which could later connect to the cable; that line does not receive EU funding.', 'en')).toEqual(['country:GE']);
  });

  it('damage "near" a place, and a business council with an EU-X name, make no partner', () => {
    expect(partnersOf('The EU and the Philippines agreed to cooperate on the protection of submarine cables, a concern heightened by recent cable damage near Taiwan.', 'en')).toEqual(['country:PH']);
    expect(partnersOf('The EU and Singapore signed the agreement in Singapore. The EU-ASEAN Business Council, a lobby group, welcomed the signature.', 'en')).toEqual(['country:SG']);
  });
});

describe('what lies between two places (1.8.2)', () => {
  it('a cable "between" two countries that the EU supports keeps them its partners', () => {
    expect(partnersOf('Through the Team Europe Initiative on Digital Connectivity in Central Asia, the EU and its Member States support the development of the Trans-Caspian fibre-optic cable between Kazakhstan and Azerbaijan.', 'en')).toEqual(['country:AZ', 'country:KZ', 'region:central-asia']);
  });
});

describe('written from the eighteenth batch (1.8.2)', () => {
  it('those who "shaped" a region, a route that "transits" a country, and "New Britain" are no partners', () => {
    expect(partnersOf('The EU signed a connectivity package with Fiji, as Brussels seeks a larger role in a region where connectivity has long been shaped by Australia, the United States and China.', 'en')).toEqual(['country:FJ']);
    expect(partnersOf('The EU supports Kazakhstan in building fibre links, since most internet traffic between Central Asia and Europe still transits Russia.', 'en')).toEqual(['country:KZ']);
    expect(partnersOf('The EU and Papua New Guinea will fund a cable that connects Port Moresby with New Britain and Bougainville.', 'en')).toEqual(['country:PG']);
  });

  it('"日本の支援": Japan\'s own aid in a Japanese text about the EU and a partner', () => {
    expect(partnersOf('EUとフィリピンはデジタル経済パッケージの第2段階を開始した。関係者は「EUの案件は日本の支援とは補完的だ」と述べた。', 'ja')).toEqual(['country:PH']);
  });

  it('"Union africaine – Union européenne": a pair with the EU written out', () => {
    expect(partnersOf('Le deuxième Forum Union africaine – Union européenne sur la gouvernance des données s\'est tenu à Addis-Abeba.', 'fr')).toEqual(['region:african-union']);
  });
});

describe('instruments of the eighteenth batch (1.8.3)', () => {
  it('"am 3. Dezember" ends no sentence: the cyber dialogue keeps its partner', () => {
    expect(pairsOf('Die Europäische Union und die Republik Moldau haben am 3. Dezember 2025 in Chișinău ihren ersten Cyberdialog abgehalten.', 'de')).toEqual(['cyber-dialogue|country:MD']);
  });

  it('"Das Land … assoziiert": the instrument goes to the partner the common noun stands for', () => {
    expect(pairsOf('Die EU und die Republik Moldau arbeiten eng zusammen. Auch in der Forschung rückt Moldau näher an die EU heran: Das Land ist seit 2022 mit dem Forschungsrahmenprogramm Horizont Europa assoziiert.', 'de')).toEqual(['horizon-association|country:MD']);
  });
});

describe('partner words written from the nineteenth batch (1.8.4)', () => {
  it('"take part in", "participates in" a programme of the EU', () => {
    expect(partnersOf('The EEA countries Norway, Iceland and Liechtenstein take part in both Horizon Europe and the Digital Europe Programme.', 'en')).toEqual(['country:IS', 'country:LI', 'country:NO']);
  });

  it('"cofinanciará", and an adequacy decision of the EU', () => {
    expect(partnersOf('La UE amplía la red BELLA hacia el Caribe. Brasil, a través de su red nacional, cofinanciará la extensión hacia la Amazonía.', 'es')).toEqual(['country:BR']);
    expect(partnersOf('La Alianza Digital UE-ALC celebró su reunión en Montevideo. Uruguay, que cuenta con una decisión de adecuación de la UE en materia de protección de datos, presentó su hoja de ruta.', 'es')).toEqual(['country:UY', 'region:lac']);
  });
});

describe('bodies of the EU (1.8.4)', () => {
  it('ENISA and the EIB are on the EU\'s side: never partners, and what they arrange with a country is the EU\'s', () => {
    // (signed: an arrangement still "under negotiation" is no instrument since 1.15.55, the guide's settled rule)
    expect(pairsOf('The EU and Canada held their Digital Partnership Council. An administrative arrangement between ENISA and Canada was signed in 2024.', 'en')).toContain('administrative-arrangement|country:CA');
    expect(extract({ text: 'The EIB and Kenya signed a loan for fibre networks.', language: 'en' }).entities.filter((e) => e.role === 'partner').map((e) => e.id)).toEqual(['country:KE']);
  });
});

describe('whose an instrument is (1.8.6)', () => {
  it('"Team Europe Initiative on Digital Connectivity in Central Asia": the region of its name, not the cable\'s end points', () => {
    const text = 'Through the Team Europe Initiative on Digital Connectivity in Central Asia, the EU and its Member States support the development of the Trans-Caspian fibre-optic cable between Kazakhstan and Azerbaijan.';
    expect(pairsOf(text, 'en')).toEqual(['team-europe-initiative|region:central-asia']);
    expect(partnersOf(text, 'en')).toEqual(['country:AZ', 'country:KZ', 'region:central-asia']);
  });
});

