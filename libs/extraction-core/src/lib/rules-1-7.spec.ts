import { extract } from './extract';
import { pairsOf, partnersOf } from './testing/probes';


describe('places that are no party of the EU (1.7)', () => {
  it('where investment or production is concentrated is a comparison', () => {
    expect(partnersOf('The EU and Canada launched a Digital Partnership. Joint investment in chips remains concentrated in Taiwan and South Korea.', 'en')).toEqual(['country:CA']);
  });

  it('high-risk suppliers and where they are established', () => {
    expect(partnersOf("L'UE et la Serbie coopèrent en matière de cybersécurité. Le Conseil s'inquiète de la dépendance de certains partenaires envers des fournisseurs à haut risque établis en Chine.", 'fr')).toEqual(['country:RS']);
  });

  it('a venue said with its verb: "se tiendra en", "in … stattfinden"', () => {
    expect(partnersOf("L'UE et le Maroc ont signé un partenariat. Le prochain sommet se tiendra en Égypte.", 'fr')).toEqual(['country:MA']);
    expect(partnersOf('Die EU und Indien verhandeln über ein Abkommen. Der nächste Gipfel soll 2027 in Katar stattfinden.', 'de')).toEqual(['country:IN']);
  });

  it('"am Rande des G20-Gipfels": the occasion, not the parties', () => {
    expect(partnersOf('Die EU und Japan unterzeichneten ein Abkommen. Zu dem am Rande des G20-Gipfels angekündigten Projekt gehören auch Brasilien und Argentinien.', 'de')).toEqual(['country:JP']);
  });

  it('a German compound of a place and a noun of companies or controls ("US-Exportkontrollen")', () => {
    expect(partnersOf('Die EU unterstützt Kenia beim Ausbau der Netze. Die Partnerschaft zwischen Anbietern leidet unter den US-Exportkontrollen.', 'de')).toEqual(['country:KE']);
  });

  it('cable end points named with "connects … to" after another country as subject', () => {
    expect(partnersOf('The EU and Ghana signed a Digital Economy Package. Ghana is served by the WACS cable, which connects Angola, Namibia and Cameroon to Portugal.', 'en')).toEqual(['country:GH']);
    expect(partnersOf('EUと日本はデジタル・パートナーシップを結んでいる。このケーブルはチリやペルーにも陸揚げされる予定である。', 'ja')).toEqual(['country:JP']);
  });

  it('a partner government\'s own partners after a sentence adverb ("Parallèlement, la Tunisie … avec d\'autres partenaires, notamment")', () => {
    expect(partnersOf("L'UE et le Sénégal ont signé un accord numérique. Par ailleurs, le Sénégal coopère avec d'autres partenaires, notamment l'Inde.", 'fr')).toEqual(['country:SN']);
  });

  it('cooperation with countries other than the EU (Korean, Japanese)', () => {
    expect(partnersOf('한-EU 디지털 파트너십이 출범했다. 한편 캐나다와의 협력, 호주와의 협력 등 EU 외 주요국과의 협력도 추진하고 있다.', 'ko')).toEqual(['country:KR']);
    expect(partnersOf('日EUデジタル・パートナーシップが発足した。日本はインドや豪州とも協力している。', 'ja')).toEqual(['country:JP']);
  });
});

describe('parties the EU has that were missed before (1.7)', () => {
  it('an EU speaker named in the title makes the EU a party of a speech in the first person plural', () => {
    expect(partnersOf("Discorso della Vicepresidente esecutiva alla conferenza sul digitale\n\nCon la Tunisia abbiamo firmato un partenariato strategico e globale che comprende anche la transizione digitale.", 'it')).toEqual(['country:TN']);
  });

  it('association to a research programme in Italian', () => {
    // the rules' reading: the partner model retrained at 1.15.53 weighs this two-sentence text below its threshold (known-weaknesses)
    const text = "L'Unione europea sostiene la ricerca scientifica nel Mediterraneo, e questo è un fatto. Da anni, la Norvegia è associata al programma quadro di ricerca della nostra Unione.";
    expect(extract({ text, language: 'it', partnerModel: false }).partners).toEqual(['country:NO']);
  });

  it('German names in the weak form after an article ("mit den Vereinigten Arabischen Emiraten", "VAE")', () => {
    expect(partnersOf('Die EU verhandelt mit den Vereinigten Arabischen Emiraten über ein Freihandelsabkommen.', 'de')).toEqual(['country:AE']);
    expect(partnersOf('Die Kommission hat mit der Dominikanischen Republik eine Absichtserklärung unterzeichnet.', 'de')).toEqual(['country:DO']);
  });

  it('the southern Mediterranean by its Italian and German names', () => {
    expect(partnersOf("L'Unione europea ha proposto ai partner del Mediterraneo meridionale una nuova fase di cooperazione digitale.", 'it')).toEqual(['region:southern-neighbourhood']);
  });
});

describe('written from a harder held-out batch (1.7)', () => {
  it('the EU named before a no-party phrase is what is no party, not the places before it', () => {
    const text = "Le Conseil du partenariat numérique UE–Canada s'est réuni à Ottawa. Les deux parties ont discuté de l'IA.\n\n¹ Accord entre le Canada et l'Australie, auquel l'Union européenne n'est pas partie.";
    expect(partnersOf(text, 'fr')).toEqual(['country:CA']);
    const zh = '欧盟与智利签署先进框架协定。双方将加强数字合作。\n\n① 该协定成员为新加坡、新西兰和韩国，欧盟不是该协定的缔约方。';
    expect(partnersOf(zh, 'zh')).toEqual(['country:CL']);
  });

  it('a country that is the subject of a sentence naming no EU acts on its own behalf', () => {
    expect(partnersOf('The EU and Fiji signed a memorandum on connectivity. In 2019, Australia stepped in to finance a cable to Vanuatu.', 'en')).toEqual(['country:FJ']);
    expect(partnersOf('EU와 카자흐스탄은 양해각서를 체결했다. 미국은 중앙아시아 5개국과의 정례 대화를 통해 협력하고 있다.', 'ko')).toEqual(['country:KZ']);
    // unless an earlier sentence made it the EU's partner
    expect(partnersOf('The EU and Fiji signed a memorandum on connectivity. Fiji agreed to host the regional hub.', 'en')).toEqual(['country:FJ']);
  });

  it("a partner of another country, said after the name, and a trading partner's figures", () => {
    expect(partnersOf('La UE y Chile celebraron su diálogo digital. El 70 % de las exportaciones va a Brasil, socio de Chile en el Mercosur.', 'es')).toEqual(['country:CL']);
    expect(partnersOf('欧盟与越南签署合作协议。从越南的角度看，中国仍是其最大贸易伙伴。', 'zh')).toEqual(['country:VN']);
  });

  it('route words and an attack launched from a place', () => {
    expect(partnersOf('The EU and India support a new cable. An overland route crossing Jordan is assessed, after an attack launched from Yemen.', 'en')).toEqual(['country:IN']);
  });

  it('Japanese and Korean short names (モルドバ, 키르기스스탄, 豪州)', () => {
    expect(partnersOf('EUはモルドバとデジタル協力を進めている。', 'ja')).toEqual(['country:MD']);
    expect(partnersOf('EU는 키르기스스탄과 협력 협정을 체결했다.', 'ko')).toEqual(['country:KG']);
  });
});

describe('more of the same batch (1.7)', () => {
  it('the EU and a place as the subject in Japanese, Korean and Chinese', () => {
    expect(partnersOf('一方、EUとタイはバンコクで交渉会合を開催した。', 'ja')).toEqual(['country:TH']);
  });

  it("a possessive's cooperation in a sentence that names no EU", () => {
    expect(partnersOf('The EU and India held their council. It also briefed on its technology initiatives with Japan.', 'en')).toEqual(['country:IN']);
  });

  it('trade tensions with a place, and a loan from one', () => {
    expect(partnersOf("L'UE et le Canada ont signé un accord, malgré les tensions commerciales avec les États-Unis.", 'fr')).toEqual(['country:CA']);
    expect(partnersOf('Die EU unterstützt Kenia beim Ausbau der Netze. Das Rechenzentrum wurde mit einem Kredit aus China errichtet.', 'de')).toEqual(['country:KE']);
  });
});

describe('names inside other words, and a city before its country (1.7)', () => {
  it('a Korean name starts a word; 수단 as "means" and 地中海 are no Sudan and no Haiti', () => {
    expect(partnersOf('EU와 케냐는 디지털 대화를 개최했다. 양측은 데이터 거버넌스에 관한 EU 규범을 논의했다. 디지털 허브가 핵심 수단이다.', 'ko')).toEqual(['country:KE']);
    expect(partnersOf('EU는 수단을 지원한다.', 'ko')).toEqual(['country:SD']);
    expect(partnersOf('欧盟与埃及举行数字对话，这是欧盟在地中海地区支持的重点项目。', 'zh')).toEqual(['country:EG']);
  });

  it('a city and its country at the end of a clause only say where', () => {
    expect(partnersOf('The EU and Chile held a dialogue. Chile briefed the EU on a cable that will connect Valparaiso with Sydney, Australia.', 'en')).toEqual(['country:CL']);
    expect(partnersOf('The EU will support Kenya, Rwanda.', 'en')).toEqual(['country:KE', 'country:RW']);
  });
});

describe('instruments and initiatives (1.7.2)', () => {
  
  it('"the EU, its Member States and Senegal launch …": the partner is the EU\'s co-actor past its member states', () => {
    expect(pairsOf("L'Union européenne, ses États membres et le Sénégal lancent une Initiative Team Europe pour le numérique.", 'fr')).toEqual(['team-europe-initiative|country:SN']);
  });

  it('association to Horizon Europe in Japanese (準参加, アソシエーション)', () => {
    expect(pairsOf('ウクライナは2022年からEUの研究枠組み計画「ホライズン・ヨーロッパ」に準参加している。', 'ja')).toEqual(['horizon-association|country:UA']);
  });

  it('well-known programmes by name in several languages', () => {
    const ids = (text: string, language: string): string[] => extract({ text, language }).entities.filter((e) => e.type === 'initiative').map((e) => e.id);
    expect(ids('欧盟支持的美杜莎海底电缆将连接埃及。', 'zh')).toContain('initiative:medusa');
    expect(ids("La France développe des gigafactories d'IA et rejoint GOVSATCOM.", 'fr')).toEqual(expect.arrayContaining(['initiative:ai-gigafactories', 'initiative:govsatcom']));
  });
});

describe('written from the thirteenth batch (1.7.3)', () => {
  it("someone's own arrangements and programmes, even in a sentence that names the EU", () => {
    expect(partnersOf('The EU and India run a TTC. Meanwhile, Washington has concluded its own chips arrangements with Japan, outside any EU framework.', 'en')).toEqual(['country:IN']);
    expect(partnersOf('The EU supports Zambia with a fibre backbone. The railway is financed by the United States under its own programme.', 'en')).toEqual(['country:ZM']);
  });

  it('"in collaborazione con partner statunitensi": the partners of the subject country', () => {
    expect(partnersOf("L'Unione europea e il Giappone hanno un partenariato digitale. Il Giappone sostiene il progetto in collaborazione con partner statunitensi.", 'it')).toEqual(['country:JP']);
  });

  it('a Korean venue in the future tense, and companies named by their country in CJK', () => {
    expect(partnersOf('EU와 UAE는 협상을 진행하고 있다. 차기 정상회의는 2026년 사우디아라비아 리야드에서 개최될 예정이다.', 'ko')).toEqual(['country:AE']);
    expect(partnersOf('EU와 UAE는 협력을 강화하고 있으며 한국 기업과의 경쟁도 심화될 것이다.', 'ko')).toEqual(['country:AE']);
  });

  it('Viêt Nam in French', () => {
    expect(partnersOf('La France et le Viêt Nam ont signé un protocole d’accord sur les semi-conducteurs.', 'fr')).toEqual(['country:VN']);
  });

  it('a CJK text is long from 1,500 characters: one passing keyword is no area there', () => {
    const filler = 'EUとインドネシアはデジタル貿易のルールについて協議を続けている。'.repeat(50);
    // the keyword rule's reading: the area model weighs a keyword of a text's last sentence on its own (areas of the model: area-model.spec.ts)
    const once = extract({ text: `${filler}なお、半導体にも触れた。`, language: 'ja', areaModel: false }).areas;
    const twice = extract({ text: `${filler}半導体の供給網と半導体の人材について協議した。`, language: 'ja', areaModel: false }).areas;
    expect(once).not.toContain('area:semiconductors');
    expect(twice).toContain('area:semiconductors');
  });
});

describe('a table by partner (1.7.4)', () => {
  it('a header with one known word and a Markdown rule under it, and no title column', () => {
    const text = 'State of play by partner\n\n| Partner | Main framework | Status |\n|---|---|---|\n| Ukraine | Association to Horizon Europe | in force |\n| Georgia | Association to Horizon Europe | in force |\n';
    const r = extract({ text, language: 'en' });
    expect(r.instruments.map((i) => `${i.type}|${i.partner}`)).toEqual(['horizon-association|country:UA', 'horizon-association|country:GE']);
    expect(r.initiatives.map((i) => i.title)).not.toContain('---');
  });
});

describe('written from the fourteenth batch (1.7.5)', () => {
  it('a capital as the subject of a signing verb, and a clause after a colon', () => {
    expect(partnersOf('The EU and the UK renewed their cyber dialogue. London signed a technology deal with the United States in 2025.', 'en')).toEqual(['country:GB']);
    expect(partnersOf('La UE y Colombia firmaron un memorando. Bogotá firmó en 2024 un acuerdo similar con Corea del Sur.', 'es')).toEqual(['country:CO']);
    expect(partnersOf('The EU supports Fiji. New cables are financed by others: Australia funded a cable to Nauru and Tuvalu.', 'en')).toEqual(['country:FJ']);
  });

  it('"des pays comme …" as a subject, "in eigene Kapazitäten", US-Dollar', () => {
    expect(partnersOf("L'UE et l'Union africaine coopèrent. Des pays comme le Rwanda ou le Nigéria ont adopté des stratégies en coopération avec l'Inde.", 'fr')).toEqual(['region:african-union']);
    expect(partnersOf('Die EU unterstützt Kenia. Die USA haben mit dem Gesetz 52 Milliarden US-Dollar mobilisiert, China investiert mit Krediten in eigene Kapazitäten.', 'de')).toEqual(['country:KE']);
  });

  it('a member state named in the lead paragraph under a newsletter masthead makes the cooperation its own', () => {
    const text = "NEWSLETTER – n. 19/2025\n\nNuovi accordi con Etiopia\n\nIl digitale è un pilastro del Piano Mattei. L'Italia ha compiuto passi concreti con i Paesi partner.\n\nIntelligenza artificiale e data center\n\nIl progetto è in preparazione da mesi. Il 9 ottobre ad Addis Abeba è stato firmato un memorandum d'intesa con l'Etiopia sui data center. I lavori inizieranno nel 2026.";
    expect(partnersOf(text, 'it')).toEqual(['country:ET']);
  });
});
