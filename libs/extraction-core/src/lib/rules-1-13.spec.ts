import { extract } from './extract';
import { pairsOf, partnersOf, titlesOf } from './testing/probes';

/** Initiative titles and the initiative entities of a text: where a name is found, by pattern or as a row. */
const namesOf = (text: string, language: string): string[] =>
  titlesOf(text, language).concat(extract({ text, language }).entities.filter((e) => e.type === 'initiative').map((e) => text.slice(e.start, e.end)));

describe('a table with a column of funders (1.13)', () => {
  const table = (third: string): string =>
    [
      'Digital infrastructure in the Horn of Africa: a tracker',
      '',
      'The European Union funds research networks in the region through Global Gateway.',
      '',
      '| Project | Host country | Investor | Category |',
      '|---|---|---|---|',
      '| Coastal data-centre campus | Kenya | Emirati sovereign fund | data centre |',
      '| Red Sea landing station | Djibouti | Saudi telecom operator | submarine cable |',
      `| National research network upgrade | Ethiopia | ${third} | research network |`,
    ].join('\n');

  it('a row that others alone fund is their project in that country, not a partnership of the EU', () => {
    expect(partnersOf(table('Qatari investment authority'))).toEqual([]);
  });

  it('a row that the EU funds keeps its host country as a partner', () => {
    expect(partnersOf(table('European Union (Global Gateway)'))).toEqual(['country:ET']);
  });
});

describe('a table of actors with no partner or timeline column (1.13)', () => {
  const text = [
    '中亚数字互联：主要外部行为体比较',
    '',
    '欧盟通过“全球门户”支持哈萨克斯坦和乌兹别克斯坦的数字互联项目。',
    '',
    '| 行为体 | 主要框架 | 代表性项目 | 主要特点 |',
    '|---|---|---|---|',
    '| 欧盟 | 全球门户 | 跨里海光缆 | 规则导向 |',
    '| 中国 | 数字丝绸之路 | 跨境光缆与数据中心 | 落地快 |',
    '| 俄罗斯 | 欧亚经济联盟 | 传统转接通道 | 影响力下降 |',
    '| 日本 | 对话机制 | 人才培养 | 低调务实 |',
  ].join('\n');

  it('each line is a row of its own: the actors in the first column are not folded into one initiative as its partners', () => {
    expect(partnersOf(text, 'zh')).toEqual(['country:KZ', 'country:UZ']);
    expect(titlesOf(text, 'zh')).toEqual(expect.arrayContaining(['跨里海光缆', '跨境光缆与数据中心', '传统转接通道', '人才培养']));
  });
});

describe('the EU by its short name: "la Unión", "the Union", "l\'Union" (1.13)', () => {
  const text =
    'La UE y México firmaron en 2025 el Acuerdo Global modernizado. Chile forma parte del DEPA con Nueva Zelanda y Singapur; ambos son parte del CPTPP, junto con Japón, Australia y otros países del Pacífico. La Unión no es parte de ninguno de estos acuerdos.';

  it('"La Unión no es parte de ninguno de estos acuerdos": the places of the sentence before are no partners', () => {
    expect(partnersOf(text, 'es')).toEqual(['country:MX']);
  });

  it('"the Union" is found as the EU; "the Union for the Mediterranean" and "l\'Union africaine" are not', () => {
    const ids = (t: string, lang: string): string[] => extract({ text: t, language: lang }).entities.filter((e) => e.id === 'org:eu').map((e) => t.slice(e.start, e.end));
    expect(ids('The Union and Japan signed a memorandum on semiconductors.', 'en')).toEqual(['Union']);
    expect(ids('Egypt chairs the Union for the Mediterranean this year.', 'en')).toEqual([]);
    expect(ids("Le Sénégal préside l'Union africaine.", 'fr')).toEqual([]);
  });
});

describe('a member state named only as where a route goes (1.13)', () => {
  const text = [
    'Gulf investors are building most of the new submarine cables of East Africa.',
    'The Horn-1 cable lands in Kenya and Djibouti and connects onward to Saudi Arabia and the UAE, with an extension to France.',
    'Its operators signed landing agreements with Kenya and Djibouti in 2025.',
    'No European public authority is a party to these projects.',
  ].join(' ');

  it('"with an extension to France" is not the EU taking part: the places are no partners', () => {
    expect(partnersOf(text)).toEqual([]);
  });

  it('a member state as an actor still is: "France and Kenya signed a memorandum"', () => {
    expect(partnersOf(`${text} France and Kenya signed a memorandum of understanding on digital skills.`)).toContain('country:KE');
  });
});

describe('a place that withdrew (1.13)', () => {
  it('"withdrew from the programme": no partner, while those that stay are', () => {
    const text = 'The EU-funded CAREN network connects Kazakhstan and Kyrgyzstan with GÉANT. Turkmenistan took part in the first phase but withdrew from the programme in 2024.';
    expect(partnersOf(text)).toEqual(['country:KG', 'country:KZ']);
  });

  it('"曾参与早期阶段，但于2024年退出", and staying outside: "游离于欧盟数字合作之外"', () => {
    const text = 'CAREN由欧盟长期资助，连接哈萨克斯坦和吉尔吉斯斯坦的科研网络。土库曼斯坦曾参与早期阶段，但于2024年退出。塔吉克斯坦则基本游离于欧盟数字合作之外。';
    expect(partnersOf(text, 'zh')).toEqual(['country:KG', 'country:KZ']);
  });
});

describe('what a report says it does not cover (1.13)', () => {
  it('"those segments are not covered by this annex" makes the places other in that sentence only', () => {
    const text = [
      'The EU supports the MEDLINK cable between Morocco and Europe. The system also lands in Algeria and Tunisia; those segments are financed separately and are not covered by this annex.',
      'For completeness, Tunisia has been associated to Horizon Europe since 2023.',
    ].join(' ');
    expect(pairsOf(text)).toContain('horizon-association|country:TN');
    expect(partnersOf(text)).toEqual(['country:MA', 'country:TN']);
  });
});

describe('capital of a country in CJK: "海湾国家资本" (1.13)', () => {
  it('the capital of the Gulf states entering a market is not the Gulf as a partner', () => {
    const text = '欧盟通过“全球门户”支持乌兹别克斯坦的数字互联。欧盟与中亚国家签署了合作协议，海湾国家资本也加速进入该地区。';
    expect(partnersOf(text, 'zh')).toEqual(['country:UZ']);
  });
});

describe('another country funding through its agency (1.13.1)', () => {
  it('"y Corea del Sur, a través de KOICA, financia … en Paraguay": the donor and the place it funds are no partners of the EU', () => {
    const text =
      'La UE apoya la conectividad de Ecuador con el programa BELLA. Mientras tanto, otros actores avanzan; y Corea del Sur, a través de KOICA, financia la digitalización de la administración en Paraguay.';
    expect(partnersOf(text, 'es')).toEqual(['country:EC']);
  });
});

describe('route words of cables (1.13.1)', () => {
  it('"con escala en", "hacia", "sin pasar por": route points, not parties', () => {
    const text =
      'El cable EllaLink, apoyado por la UE, une Portugal con Brasil sin pasar por Estados Unidos. Chile impulsa el cable Humboldt hacia Australia, con escala en la Polinesia Francesa.';
    expect(partnersOf(text, 'es')).toEqual(['country:BR']);
  });
});

describe('a group associated with a state (1.13.1)', () => {
  it('"APT31, a group publicly associated with the People\'s Republic of China" is an attribution, not a partnership', () => {
    const text =
      'The EU holds Cyber Dialogues with Japan and India. The EU condemns the malicious cyber campaign attributed to APT31, a group publicly associated with the People\'s Republic of China.';
    expect(partnersOf(text)).toEqual(['country:IN', 'country:JP']);
  });
});

describe('ASEAN by its full name in German (1.13.1)', () => {
  it('"dem Verband Südostasiatischer Nationen (ASEAN)" is the association, a party, not the region of Südostasien', () => {
    const text = 'Pressemitteilung\n\nDeutschland unterstützt außerdem den Digitaldialog zwischen der EU und dem Verband Südostasiatischer Nationen (ASEAN).';
    expect(partnersOf(text, 'de')).toEqual(['region:asean']);
  });
});

describe('a country before the name of its own body or company, in Korean (1.13.1)', () => {
  it('"미국 넥스트G 얼라이언스, 일본 XG 모바일 추진 포럼과 맺은 업무협약": the American and Japanese bodies, not partners', () => {
    const text = '정부는 한-EU 디지털 파트너십에 따라 6G 공동연구를 이어가는 한편, 국내 6G포럼이 미국 넥스트G 얼라이언스, 일본 XG 모바일 추진 포럼과 맺은 업무협약을 바탕으로 표준화 공조를 강화할 계획이다.';
    expect(partnersOf(text, 'ko')).toEqual(['country:KR']);
  });
});

describe('a place in the title of its own agreement, in Chinese (1.13.1)', () => {
  it('"东盟十国正在谈判的《东盟数字经济框架协议》" is ASEAN\'s own agreement', () => {
    const text = '欧盟与新加坡签署了数字贸易协定。东盟十国正在谈判的《东盟数字经济框架协议》预计将于今年完成。';
    expect(partnersOf(text, 'zh')).toEqual(['country:SG']);
  });
});

describe('names of initiatives by shape and by naming word (1.13.1)', () => {
  it.each([
    ['fr', 'La convention de financement du projet ATLAS-Sud a été signée à Nouakchott.', 'ATLAS-Sud'],
    ['fr', 'Le programme de mobilité « Passerelle-IA » relie les laboratoires des deux pays.', 'Passerelle-IA'],
    ['en', 'Through the EU CyberNet and Cyber4Dev projects, the EU supports the cyber capacities of partner countries.', 'Cyber4Dev'],
    ['ja', 'マイナンバーカードの相互運用性を検証する実証事業「TRUST-JEWEL」を2026年度に開始する。', 'TRUST-JEWEL'],
    ['zh', '资讯通信媒体发展局与欧盟委员会将于今年下半年启动“InvoiceLink-EUSG”试点。', 'InvoiceLink-EUSG'],
    ['it', 'Il fondo ha annunciato un programma da 100 miliardi di dollari noto come Project Transcendence.', 'Project Transcendence'],
  ])('%s: %s', (language, text, name) => {
    expect(namesOf(text, language)).toContain(name);
  });

  it('"Director-General", "eSign" and words of the text are not names', () => {
    const text = 'The Director-General of DG CONNECT presented the projects of the pilot (KEU-eSign) to the Directorate-General.';
    expect(titlesOf(text, 'en')).not.toEqual(expect.arrayContaining(['Director-General']));
    expect(titlesOf(text, 'en')).not.toContain('eSign');
  });
});

describe('instruments named by what is around them (1.13.3)', () => {
  it('"l\'initiative Team Europe « Mauritanie numérique »": the country in its quoted name is its partner', () => {
    const text = "Le projet est mis en œuvre dans le cadre de l'initiative Team Europe « Mauritanie numérique », à laquelle participent la France et l'Espagne.";
    expect(pairsOf(text, 'fr')).toContain('team-europe-initiative|country:MR');
  });

  it('a region in a quoted name is its topic, not its partner: "« Gouvernance des données en Afrique », … avec l\'Union africaine"', () => {
    const text = "L'Initiative Team Europe « Gouvernance des données en Afrique », que nous mettons en œuvre avec l'Union africaine, avance.";
    expect(pairsOf(text, 'fr')).not.toContain('team-europe-initiative|region:africa');
  });

  it('"中亚数字互联“团队欧洲倡议”": a CJK label before the quoted instrument names its partner', () => {
    const text = '欧盟加大了对中亚的投入。（一）中亚数字互联“团队欧洲倡议”。该倡议于2023年启动，目标是改善中亚地区的宽带接入。';
    expect(pairsOf(text, 'zh')).toContain('team-europe-initiative|region:central-asia');
  });

  it.each([
    ['es', 'El capítulo sigue de cerca el del Acuerdo Marco Avanzado UE-Chile, firmado en 2023.', 'free-trade-agreement|country:CL'],
    ['es', 'La UE y México firmaron en 2025 el Acuerdo Global modernizado con México.', 'free-trade-agreement|country:MX'],
    ['de', '2025 wurden die Verhandlungen über ein Abkommen zur gegenseitigen Anerkennung qualifizierter Vertrauensdienste zwischen der EU und der Ukraine abgeschlossen.', 'mutual-recognition-agreement|country:UA'],
  ])('%s: %s', (language, text, pair) => {
    expect(pairsOf(text, language)).toContain(pair);
  });
});

describe('others\' cooperation in medium texts (1.13.4)', () => {
  it('"The Commission is aware that Singapore has also concluded … with Australia and the United Kingdom": the subject after "that" acts on its own', () => {
    const text = 'The EU and Singapore signed a Digital Trade Agreement. The Commission is aware that Singapore has also concluded digital economy agreements with Australia and the United Kingdom.';
    expect(partnersOf(text)).toEqual(['country:SG']);
  });

  it('"Con Singapur y Nueva Zelanda, Chile firmó …": a list fronted by "con" is the partners of the country that signs after the comma', () => {
    const text = 'La UE financia el cable Humboldt con Chile. Con Singapur y Nueva Zelanda, Chile firmó en 2020 el Acuerdo de Asociación de Economía Digital.';
    expect(partnersOf(text, 'es')).toEqual(['country:CL']);
  });

  it('"ont choisi de ne pas s\'y associer": other in that sentence, a partner elsewhere', () => {
    const text =
      "La déclaration finale a été signée par une soixantaine d'États ; les États-Unis et le Royaume-Uni ont choisi de ne pas s'y associer. L'UE et le Royaume-Uni ont signé un accord sur l'IA.";
    expect(partnersOf(text, 'fr')).toEqual(['country:GB']);
  });

  it('"China continues to impose security assessments", "the United States withdrew its support": no partners', () => {
    const text =
      'The EU and Japan agreed on data flows. At the same time, China continues to impose security assessments on outbound data transfers, and in 2023 the United States withdrew its support for data-flow proposals.';
    expect(partnersOf(text)).toEqual(['country:JP']);
  });

  it('a cable that "continues to" a place still reaches a partner', () => {
    expect(partnersOf('The EU-funded cable lands in Oman and continues to India.')).toContain('country:IN');
  });

  it('"les administrations rwandaises": an adjective after a plural word for a state actor names the state', () => {
    const text = "Le corridor de confiance, financé par l'UE, relie les administrations rwandaises aux registres européens.";
    expect(partnersOf(text, 'fr')).toEqual(['country:RW']);
  });

  it('"con un punto de amarre en la Polinesia Francesa": a landing point', () => {
    expect(partnersOf('La UE financia el cable de Chile, con un punto de amarre en la Polinesia Francesa.', 'es')).toEqual(['country:CL']);
  });
});

describe('more names (1.13.4)', () => {
  it.each([
    ['es', 'El proyecto Conecta Pacífico desplegará 1.100 kilómetros de fibra óptica.', 'Conecta Pacífico'],
    ['ko', "공동연구 사업 '6G-BRIDGE'의 과제 공모를 연내 시작한다.", '6G-BRIDGE'],
  ])('%s: %s', (language, text, name) => {
    expect(namesOf(text, language)).toContain(name);
  });

  it('"le paquet économie numérique Global Gateway UE-Nigeria" is a Digital Economy Package with Nigeria', () => {
    expect(pairsOf("L'AFD contribue au paquet économie numérique Global Gateway UE-Nigeria.", 'fr')).toContain('digital-economy-package|country:NG');
  });
});

describe('groupings and agreements the EU is not in (1.13.5)', () => {
  it('"Le RCEP … réunit les dix États de l\'ASEAN, la Chine, le Japon …", "(CPTPP), aux côtés du Japon, du Canada": members, not partners', () => {
    const text = [
      "L'UE et le Vietnam appliquent un accord de libre-échange depuis 2020.",
      "Le Partenariat économique régional global (RCEP), en vigueur depuis 2022, réunit les dix États de l'ASEAN, la Chine, le Japon, la Corée du Sud, l'Australie et la Nouvelle-Zélande.",
      "Le Vietnam est également membre de l'Accord de partenariat transpacifique global et progressiste (CPTPP), aux côtés notamment du Japon, du Canada et du Mexique.",
    ].join(' ');
    expect(partnersOf(text, 'fr')).toEqual(['country:VN']);
  });

  it('"el grupo BRICS, en cuyo seno Brasil, China, India y Sudáfrica impulsan …"', () => {
    const text =
      'La UE y Brasil firmaron un memorando sobre IA. Brasil mantiene también cooperaciones tecnológicas propias: el programa de satélites CBERS, en marcha desde hace treinta años, y las iniciativas del grupo BRICS, en cuyo seno Brasil, China, India y Sudáfrica impulsan una declaración sobre gobernanza de la IA.';
    expect(partnersOf(text, 'es')).toEqual(['country:BR']);
  });

  it('"与俄罗斯、美国的竞争态势" is competition; "中国与中亚国家在数字领域的合作" the cooperation of the sentence\'s first place with another', () => {
    const text = '欧盟加快了在中亚的投入，分析其与俄罗斯、美国的竞争态势。欧盟与哈萨克斯坦签署了数字互联谅解备忘录。\n\n五、对中国的影响与政策建议\n\n中国与中亚国家在数字领域的合作起步早、基础好。';
    expect(partnersOf(text, 'zh')).toEqual(['country:KZ']);
  });

  it('a list after the EU keeps its partners: "欧盟已与日本、韩国、新加坡和加拿大建立数字伙伴关系"', () => {
    expect(partnersOf('欧盟已与日本、韩国、新加坡和加拿大建立数字伙伴关系。', 'zh')).toEqual(['country:CA', 'country:JP', 'country:KR', 'country:SG']);
  });
});

describe('yardsticks, comparisons and scope (1.13.5)', () => {
  it('"한국은 유럽연합(EU)에 이어 …": the EU as a yardstick in a Korean release about Korea and Canada', () => {
    const text = '한-캐나다, 인공지능 협력 양해각서 체결\n\n과학기술정보통신부는 캐나다와 인공지능 협력 양해각서를 체결했다. AI 기본법이 시행되면서, 한국은 유럽연합(EU)에 이어 세계 두 번째로 포괄적인 AI 법제를 갖추게 됐다.';
    expect(partnersOf(text, 'ko')).toEqual([]);
  });

  it('"Zum Vergleich wurden Programme … in der Ukraine und der Republik Moldau herangezogen, die allerdings nicht Gegenstand der Evaluierung sind"', () => {
    const text = 'Die EU finanziert das Programm in Serbien mit. Zum Vergleich wurden Programme mit ähnlicher Zielsetzung in der Ukraine und der Republik Moldau herangezogen, die allerdings nicht Gegenstand der Evaluierung sind.';
    expect(partnersOf(text, 'de')).not.toEqual(expect.arrayContaining(['country:UA']));
    expect(partnersOf(text, 'de')).not.toEqual(expect.arrayContaining(['country:MD']));
  });

  it('"Ethiopia participated in the first cohort but withdrew in early 2025"; "the MOSIP platform developed in India"', () => {
    const text = [
      'The EU-funded academy trains officials from Kenya and Rwanda. Ethiopia participated in the first cohort but withdrew in early 2025.',
      'The ID system is built on the MOSIP platform developed in India.',
    ].join(' ');
    expect(partnersOf(text)).toEqual(['country:KE', 'country:RW']);
  });

  it('"a data route to the EU that does not transit Russia"; "Beijing said it had cooperated with the investigation"', () => {
    const text = 'The EU supports the Black Sea cable, a data route to the EU that does not transit Russia. Beijing said it had cooperated with the investigation.';
    expect(partnersOf(text)).toEqual([]);
  });

  it('"avec une branche vers les îles du Cap-Vert": a route', () => {
    expect(partnersOf("L'UE soutient le câble EllaLink, avec une branche vers les îles du Cap-Vert.", 'fr')).toEqual([]);
  });

  it('a table whose partner column is headed "合作方" gives its rows\' partners', () => {
    const text = ['欧盟在中亚的主要项目', '', '| 项目 | 合作方 | 形式 |', '|---|---|---|', '| SAT4CA卫星宽带项目 | 吉尔吉斯斯坦、塔吉克斯坦 | 赠款加贷款 |'].join('\n');
    expect(partnersOf(text, 'zh')).toEqual(['country:KG', 'country:TJ']);
  });
});

describe('a footnote that names the countries of a sentence in which the EU cooperates (1.13.6)', () => {
  const text = (sentence: string): string =>
    [
      "Report on the EU's cyber cooperation",
      '',
      sentence,
      '',
      'Other sections follow here, long enough to make the footnotes a section of their own at the end of the document.',
      '',
      '⁵ Albania, Montenegro and North Macedonia.',
    ].join('\n');

  it('"The EU cooperates closely on cybersecurity with three countries of the Western Balkans⁵": the footnote\'s countries are partners', () => {
    expect(partnersOf(text('The EU cooperates closely on cybersecurity with three countries of the Western Balkans⁵, and the new centre will train their officials.'))).toEqual(
      // (since 1.15.45 "three countries of the Western Balkans" says where the countries are: the region is no party by it)
      ['country:AL', 'country:ME', 'country:MK'],
    );
  });

  it('not in a sentence of threats, nor one where the EU does not cooperate', () => {
    expect(partnersOf(text('The EU condemns the cyber-attacks on three countries of the Western Balkans⁵.'))).not.toContain('country:AL');
    expect(partnersOf(text('Three countries of the Western Balkans⁵ have adopted new data protection laws.'))).not.toContain('country:AL');
  });
});

describe('cables named by the sea or the route they cross (1.13.7)', () => {
  it.each([
    ['en', 'The EU supports the Black Sea submarine cable between Georgia and Romania.', 'Black Sea submarine cable'],
    ['en', 'Work on the Trans-Caspian fibre-optic cable will start in 2026.', 'Trans-Caspian fibre-optic cable'],
    ['de', 'Die EU fördert das Trans-Kaspische Glasfaserkabel mit 40 Mio. EUR.', 'Trans-Kaspische Glasfaserkabel'],
    ['it', "L'UE finanzia il cavo sottomarino del Mar Nero tra Georgia e Romania.", 'cavo sottomarino del Mar Nero'],
    ['ko', '첫째, 조지아와 루마니아를 잇는 흑해 해저 광케이블입니다.', '흑해 해저 광케이블'],
    ['zh', '欧盟通过全球门户支持跨里海光缆的可行性研究。', '跨里海光缆'],
    ['ja', '東ミクロネシア海底ケーブルは2025年に完成した。', '東ミクロネシア海底ケーブル'],
  ])('%s: %s', (language, text, name) => {
    expect(namesOf(text, language)).toContain(name);
  });

  it('not a cable that names no route: "the EU-funded submarine cable", "跨境光缆"', () => {
    expect(namesOf('The EU-funded submarine cable will land in 2027.', 'en').some((n) => /cable/i.test(n))).toBe(false);
    expect(namesOf('中国企业承建了跨境光缆。', 'zh')).not.toContain('跨境光缆');
    expect(namesOf('Die EU fördert den Ausbau der Unterseekabel in der Region.', 'de').some((n) => /kabel/i.test(n))).toBe(false);
  });
});

describe('names ending in Mechanism, Process, Reserve, Park, Bridge, Pact (1.13.8)', () => {
  it.each([
    ['en', 'The EU and Canada coordinate through the G7 Rapid Response Mechanism on foreign interference.', 'G7 Rapid Response Mechanism'],
    ['en', 'The United Kingdom and France launched the Pall Mall Process on commercial cyber intrusion tools.', 'Pall Mall Process'],
    ['en', 'Ukraine may call on the EU Cybersecurity Reserve in a large-scale incident.', 'EU Cybersecurity Reserve'],
    ['en', 'The EU co-finances the West Africa Trusted ID Bridge between Ghana and Côte d’Ivoire.', 'West Africa Trusted ID Bridge'],
  ])('%s: %s', (language, text, name) => {
    expect(namesOf(text, language)).toContain(name);
  });
});
