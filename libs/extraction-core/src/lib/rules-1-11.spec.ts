import { areasOf, pairsOf, partnersOf, titlesOf } from './testing/probes';

describe('the EU says it takes no part (1.11)', () => {
  it('"die EU ist daran nicht beteiligt", "l\'UE n\'y participe pas": the places of that sentence are not its partners', () => {
    const de = 'Das Glasfaserkabel ist ein Projekt, das Kasachstan und Aserbaidschan gemeinsam mit privaten Betreibern vorantreiben; die EU ist daran nicht beteiligt. Die EU unterstützt Usbekistan beim Aufbau von Rechenzentren.';
    expect(partnersOf(de, 'de')).toEqual(['country:UZ']);
    const fr = "Le projet de corridor associe l'Iraq, la Turquie et le Qatar ; l'UE n'y participe pas. L'UE soutient la Jordanie.";
    expect(partnersOf(fr, 'fr')).toEqual(['country:JO']);
  });

  it('"这些框架均不包括欧盟", "欧盟均未参与其中": the sentence before names someone else\'s frameworks', () => {
    const zh = '区域全面经济伙伴关系协定将东盟与中国、日本、韩国、澳大利亚和新西兰连接起来。这些框架均不包括欧盟。欧盟与新加坡签署了数字贸易协定。';
    expect(partnersOf(zh, 'zh')).toEqual(['country:SG']);
    const zh2 = '越南与韩国的自由贸易谈判已接近尾声，欧盟均未参与其中。欧盟与泰国举行了数字对话。';
    expect(partnersOf(zh2, 'zh')).toEqual(['country:TH']);
  });
});

describe('a place the text says stays out (1.11)', () => {
  it('did not endorse, was invited and declined, n\'a pas donné suite, ist nicht einbezogen, est exclu de', () => {
    expect(partnersOf('Kazakhstan, Kyrgyzstan and Turkmenistan attended the EU-Central Asia meeting on connectivity. Turkmenistan did not endorse the joint statement.', 'en')).toEqual(['country:KG', 'country:KZ', 'region:central-asia']);
    expect(partnersOf('The EU funds a pilot with Botswana and Namibia. Zimbabwe was invited to join the pilot and declined.', 'en')).toEqual(['country:BW', 'country:NA']);
    expect(partnersOf("L'UE coopère avec le Népal et le Sri Lanka. Le Bangladesh, invité à rejoindre la composante, n'a pas donné suite à cette invitation.", 'fr')).toEqual(['country:LK', 'country:NP']);
    expect(partnersOf('Die EU arbeitet mit der Ukraine und der Republik Moldau zusammen. Georgien ist nicht einbezogen.', 'de')).toEqual(['country:MD', 'country:UA']);
    expect(partnersOf("L'UE coopère avec le Liban. L'Iran, soumis à des mesures restrictives, est exclu de toute coopération avec l'UE.", 'fr')).toEqual(['country:LB']);
  });

  it('"attended as an observer", "asistió como observador" stays out; "takes part, as an observer" and partial exclusions do not', () => {
    expect(partnersOf('La UE firmó un memorando con Colombia y Perú. Ecuador, que asistió como observador a las negociaciones, podría sumarse más adelante.', 'es')).toEqual(['country:CO', 'country:PE']);
    expect(partnersOf('The Commission cooperates with Norway and Iceland on cable security. Iceland also takes part, as an observer, in the work of the hub.', 'en')).toEqual(['country:IS', 'country:NO']);
    expect(partnersOf('The United Kingdom has been associated to Horizon Europe since 2024. UK entities, like those of other associated countries, are excluded from parts of the quantum work programme.', 'en')).toEqual(['country:GB']);
  });
});

describe('where a place stands and who pays (1.11)', () => {
  it('a city and its country of several words ("hosted in Addis Ababa, Ethiopia, in June") is a venue', () => {
    const text = 'The third ministerial session of the AU–EU Digital Dialogue, hosted in Addis Ababa, Ethiopia, in June 2025, endorsed a joint work plan. The EU supports Botswana.';
    expect(partnersOf(text, 'en')).toContain('country:BW');
    expect(partnersOf(text, 'en')).not.toContain('country:ET');
  });

  it('"cut off Cote d\'Ivoire", "unlike neighbouring Togo": a location and a comparison', () => {
    const text =
      "Ghana joined the EU-funded identity programme. Ghana suffered a slowdown in 2024 when several subsea cables were cut by an undersea landslide off Cote d'Ivoire, and unlike neighbouring Togo, which secured the landing of a Google-backed cable in 2022, Ghana has no new system due before 2027.";
    expect(partnersOf(text, 'en')).toEqual(['country:GH']);
  });

  it('support provided by another country, a grant from it: a donor of its own, not the EU\'s partner', () => {
    expect(partnersOf('The EU supports Albania. The report takes note of the bilateral support provided to Albania by the United States.', 'en')).toEqual(['country:AL']);
    expect(partnersOf("L'UE soutient le Sri Lanka. Le projet d'identité numérique est financé par une subvention de l'Inde.", 'fr')).toEqual(['country:LK']);
  });
});

describe('a numbered section that never names the EU (1.11)', () => {
  it('"6.3 Estados Unidos" of a partner government\'s strategy: the cooperation told there is not the EU\'s', () => {
    const text = [
      'Estrategia nacional de agenda digital',
      '',
      '6.1 Unión Europea',
      'La Unión Europea apoya a la República Dominicana con un programa de ciberseguridad.',
      '',
      '6.3 China',
      'Con la República Popular China la cooperación se ha concentrado en infraestructura de telecomunicaciones.',
    ].join('\n');
    expect(partnersOf(text, 'es')).toEqual(['country:DO']);
  });

  it('a section that names the EU, and footnotes numbered like headings, keep their reading', () => {
    const text = 'The EU cooperates through Digital Partnerships13.\n\n3.4 Botswana\nOn 4 July 2025, the European Commission and Botswana signed a memorandum.\n\n13 With Japan and Singapore';
    expect(partnersOf(text, 'en')).toEqual(['country:BW', 'country:JP', 'country:SG']);
  });
});

describe('rivalry, rankings and others\' agreements (1.11)', () => {
  it('a threat word right before "between"/"entre" owns it ("les hostilités de 2024 entre Israël et le Hezbollah")', () => {
    expect(partnersOf("L'UE soutient le Liban. Au Liban, les hostilités de 2024 entre Israël et le Hezbollah ont endommagé les réseaux du sud du pays.", 'fr')).toEqual(['country:LB']);
  });

  it('a ranking after the names ("parmi les pays africains les plus avancés") is no cooperation', () => {
    const text = "L'UE et le Sénégal ont signé un accord sur l'identité numérique. Le Sénégal espère rejoindre la Côte d'Ivoire et le Kenya parmi les pays africains les plus avancés en matière de services publics en ligne.";
    expect(partnersOf(text, 'fr')).toContain('country:SN');
    expect(partnersOf(text, 'fr')).not.toContain('country:CI');
    expect(partnersOf(text, 'fr')).not.toContain('country:KE');
  });

  it('"entities controlled from China cannot take part", "groups operating from Russia", "Schiffen mit Verbindungen nach Russland"', () => {
    expect(partnersOf('Switzerland is associated to Horizon Europe. Entities controlled from China cannot take part in those calls.', 'en')).toEqual(['country:CH']);
    expect(partnersOf('The EU and Japan signed a security partnership. State-linked groups operating from Russia continue to target our elections.', 'en')).toEqual(['country:JP']);
    expect(partnersOf('Die EU fördert das Kabel mit Georgien. Ermittler schreiben die Schäden teils Schiffen mit Verbindungen nach Russland zu.', 'de')).toEqual(['country:GE']);
  });

  it('a possessive\'s dated agreement ("Its 2023 free trade agreement with the United Kingdom") is its owner\'s', () => {
    const text = "New Zealand concluded its free trade agreement with the EU in 2022. New Zealand does not need the EU's digital rules. Its 2023 free trade agreement with the United Kingdom contains liberal data provisions.";
    expect(partnersOf(text, 'en')).toEqual(['country:NZ']);
  });

  it('"非欧盟数字协定 … 例如与智利、新西兰": agreements the EU is not in', () => {
    const text = '欧盟与新加坡签署了数字贸易协定。新加坡同时也是多个非欧盟数字协定的参与方，例如与智利、新西兰共同发起的《数字经济伙伴关系协定》。';
    expect(partnersOf(text, 'zh')).toEqual(['country:SG']);
  });

  it('the EU closing a list of others ("… entre le Golfe et la Turquie ; l\'UE n\'y participe pas")', () => {
    const text = "L'UE soutient le Liban. Le pays reconstruit ses réseaux. Le projet associe l'Iraq, le Qatar et les Émirats arabes unis et comprend un corridor entre le Golfe et la Turquie ; l'UE n'y participe pas.";
    expect(partnersOf(text, 'fr')).toEqual(['country:LB']);
  });

  it('"Ukraine und Moldau treten dem Roamingraum bei": joining', () => {
    expect(partnersOf('Ukraine und Moldau treten EU-Roamingraum bei', 'de')).toEqual(['country:MD', 'country:UA']);
  });
});

describe('ASEAN and Southeast Asia (1.11)', () => {
  it('"Southeast Asia", "东南亚" is where things are, not the association; "ASEAN" paired with the EU is a partner', () => {
    expect(partnersOf("EU and Singapore sign digital trade agreement\n\nThe EU signed a digital trade agreement with Singapore. Singapore is Southeast Asia's main data centre hub.", 'en')).toEqual(['country:SG']);
    expect(partnersOf('The EU and ASEAN held their second Digital Dialogue in Manila.', 'en')).toContain('region:asean');
  });

  it('one member of a region ("ASEAN加盟国との間で", "아세안 국가와") is not the region; "동방 파트너십 국가들과" is', () => {
    expect(partnersOf('EUとインドネシアはCEPAに合意した。EUにとっては、2025年5月に署名したシンガポールとのデジタル貿易協定に続き、ASEAN加盟国との間でデジタル貿易のルールを定める二つ目の協定となる。', 'ja')).toEqual(['country:ID', 'country:SG']);
    expect(partnersOf('EU는 조지아 등 동방 파트너십 국가들과 사이버보안 분야에서 협력하고 있습니다.', 'ko')).toContain('region:eastern-partnership');
  });

  it('an instrument with unnamed countries ("EUが各国と締結している「デジタル・パートナーシップ」") is not the text\'s only region\'s', () => {
    const text = 'インド太平洋地域におけるデジタル協力の推進に向けて\n\nEUが各国と締結している「デジタル・パートナーシップ」のような枠組みは参考になる。';
    expect(pairsOf(text, 'ja')).toEqual([]);
  });
});

describe('names in quotation marks and after a naming word (1.11)', () => {
  it('a quoted name after or before a word saying what it is, in five languages', () => {
    expect(titlesOf("Il est le pilier numérique de l'Initiative Équipe Europe « Transition numérique et emploi des jeunes », lancée en 2022.", 'fr')).toContain('Transition numérique et emploi des jeunes');
    expect(titlesOf('Es ist Teil der Team-Europe-Initiative „Digitale Transformation Kenia“ und wird über Global Gateway finanziert.', 'de')).toContain('Digitale Transformation Kenia');
    expect(titlesOf('c) Proyecto regional «Caribe Digital Resiliente». Junto con Jamaica y Panamá, la República Dominicana participa.', 'es')).toContain('Caribe Digital Resiliente');
    expect(titlesOf('中国は「デジタル・シルクロード」の名の下で通信網を整備している。', 'ja')).toContain('デジタル・シルクロード');
  });

  it('a quoted saying is no name', () => {
    expect(titlesOf('The minister said the plan was "a tangible step" towards the single market.', 'en')).toEqual([]);
  });

  it('"called SkyClass Kyrgyzstan", "die sogenannte Digitale Seidenstraße", "la cosiddetta Via della seta digitale"; not "a campaign known as Salt Typhoon"', () => {
    expect(titlesOf('The EUR 18 million scheme, called SkyClass Kyrgyzstan, will also train 2,000 teachers.', 'en')).toContain('SkyClass Kyrgyzstan');
    expect(titlesOf('Über die sogenannte Digitale Seidenstraße investiert China in Rechenzentren.', 'de')).toContain('Digitale Seidenstraße');
    expect(titlesOf('Le reti sono state costruite con prestiti concessi dalla Cina per la cosiddetta Via della seta digitale.', 'it')).toContain('Via della seta digitale');
    expect(titlesOf('The campaign known as Salt Typhoon showed how deep such intrusions go.', 'en')).toEqual([]);
  });

  it('a one-word name before or after a head noun ("the 2Africa cable", "Ethiopia\'s Fayda programme", "el cable Humboldt", "programmes CyberNet et Cyber4Dev")', () => {
    const en = titlesOf("The arrival of the 2Africa cable and of the Equiano cable has transformed connectivity. Ethiopia's Fayda programme has enrolled 15 million residents.", 'en');
    expect(en).toEqual(expect.arrayContaining(['2Africa', 'Equiano', 'Fayda']));
    expect(titlesOf('En paralelo, el país avanza en el cable Humboldt, que unirá Valparaíso con Sídney.', 'es')).toContain('Humboldt');
    expect(titlesOf("Le projet s'appuie sur l'expertise des programmes CyberNet et Cyber4Dev.", 'fr')).toEqual(expect.arrayContaining(['CyberNet', 'Cyber4Dev']));
  });

  it('not an adjective of a place or the first word of a longer name ("the Georgian cable", "Programm Central Asian Research and Education Network")', () => {
    expect(titlesOf('The EU finances the Georgian cable landing station.', 'en')).not.toContain('Georgian');
    expect(titlesOf('Die EU fördert das Programm Central Asian Research and Education Network.', 'de')).not.toContain('Central');
  });
});

describe('more instrument names and their partners (1.11)', () => {
  it('"mémorandum d\'entente", "protocole d\'entente" are memoranda', () => {
    expect(pairsOf("Le 21 octobre 2025 à Rabat, la Commission européenne et le Maroc ont signé un mémorandum d'entente sur la transformation numérique.", 'fr')).toContain('memorandum|country:MA');
  });

  it('digital dialogues named by their topic ("Diálogo sobre Economía Digital", "数字领域高层对话", "Dialog über digitale Themen" with the GKR)', () => {
    expect(pairsOf('La UE y Chile celebraron hoy en Santiago la segunda reunión de su Diálogo sobre Economía Digital.', 'es')).toContain('digital-dialogue|country:CL');
    expect(pairsOf('中国与欧盟在布鲁塞尔举行了第三次数字领域高层对话。', 'zh')).toContain('digital-dialogue|country:CN');
    expect(pairsOf('Mit dem GKR-Generalsekretariat hat die Kommission einen regelmäßigen Dialog über digitale Themen vereinbart.', 'de')).toContain('digital-dialogue|region:gulf');
  });

  it('a Team Europe Initiative "à Madagascar" is Madagascar\'s; "AU–EU Digital Dialogue" is the African Union\'s', () => {
    expect(pairsOf("Le programme complète l'initiative Team Europe pour l'inclusion numérique à Madagascar, lancée avec l'Union européenne.", 'fr')).toContain('team-europe-initiative|country:MG');
    expect(pairsOf('The third ministerial session of the AU–EU Digital Dialogue endorsed a joint work plan.', 'en')).toContain('digital-dialogue|region:african-union');
  });
});


describe('the EU as a yardstick (1.11)', () => {
  it('"한국은 UAE와 CEPA를 체결해 EU보다 먼저": a sentence naming the EU only as a yardstick is someone else\'s affair', () => {
    const text = 'EU와 UAE는 FTA 협상을 진행하고 있다. 한편 한국은 2024년 UAE와 포괄적경제동반자협정(CEPA)을 체결해 EU보다 먼저 제도적 기반을 마련했다.';
    expect(partnersOf(text, 'ko')).toEqual(['country:AE']);
  });
});

describe('unnamed others as the subject (1.11)', () => {
  it('"Several partners signed 5G security memoranda with the United States": not the EU\'s partner', () => {
    const text = 'The EU supports Albania. Several partners signed 5G security memoranda with the United States in 2020; the EU considers alignment with the Toolbox the relevant benchmark.';
    expect(partnersOf(text, 'en')).toEqual(['country:AL']);
    expect(partnersOf("L'UE soutient le Sénégal. Plusieurs pays de la région ont conclu des accords avec la Chine.", 'fr')).toEqual(['country:SN']);
  });
});

describe('routes, hostile owners, the EU as a model, fronted places (1.11.1)', () => {
  it('"relie Sines, au Portugal, à Fortaleza, au Brésil", "un tronçon longeant le Groenland": route points', () => {
    expect(partnersOf("L'UE soutient le Sénégal. Le câble EllaLink relie déjà Sines, au Portugal, à Fortaleza, au Brésil, et atterrit à Dakar.", 'fr')).toEqual(['country:SN']);
    expect(partnersOf("L'UE et le Canada soutiendront un câble avec un tronçon longeant le Groenland.", 'fr')).toEqual(['country:CA']);
  });

  it('"groups associated with Iran", "operators from Azerbaijan and Kazakhstan", "Russia\'s war of aggression"', () => {
    expect(partnersOf('The EU and Japan held a cyber dialogue. It condemns espionage campaigns by groups associated with Iran.', 'en')).toEqual(['country:JP']);
    expect(partnersOf('The EU supports Georgia. The Digital Silk Way, a fibre project developed by operators from Azerbaijan and Kazakhstan, would connect Central Asian networks.', 'en')).toEqual(['country:GE']);
    expect(partnersOf('The EU supports Ukraine and sanctions Belarus for its support to Russia\'s war of aggression.', 'en')).toEqual(['country:UA']);
  });

  it('"… se sont éloignés des partenaires européens": places that turned away', () => {
    const text = "L'UE soutient le Sénégal. Le Mali, le Burkina Faso et le Niger se sont éloignés des partenaires européens depuis les coups d'État.";
    expect(partnersOf(text, 'fr')).toEqual(['country:SN']);
  });

  it('the EU as a model ("EU식 규제와 차별화") leaves a text of others\' cooperation without partners', () => {
    const text = '한-UAE, 1GW급 AI 데이터센터 공동 구축 합의. EU식 규제와 차별화 강조';
    expect(partnersOf(text, 'ko')).toEqual([]);
  });

  it('", lo que demuestra que la región no espera a Europa" is a clause of its own', () => {
    const text =
      'La UE y México firmaron un acuerdo global. En paralelo, Chile, Singapur y Nueva Zelanda han desarrollado el Acuerdo de Asociación de Economía Digital (DEPA), lo que demuestra que la región no espera a Europa para fijar reglas digitales.';
    expect(partnersOf(text, 'es')).toEqual(['country:MX']);
  });

  it('"In Kirgisistan fördert das Vorhaben …": a place fronted before its verb is no venue', () => {
    expect(partnersOf('Deutschland arbeitet mit Usbekistan zusammen. In Kirgisistan fördert das Vorhaben im Auftrag Deutschlands den Ausbau der Breitbandnetze.', 'de')).toContain('country:KG');
  });

  it('"…el DEPA, al que Costa Rica se adhirió": joining what others made is theirs too', () => {
    const text = 'La UE y México firmaron un acuerdo global. En paralelo, Chile, Singapur y Nueva Zelanda han desarrollado el Acuerdo de Asociación de Economía Digital, al que Costa Rica se adhirió en 2025, lo que demuestra que la región no espera a Europa.';
    expect(partnersOf(text, 'es')).toEqual(['country:MX']);
  });
});

describe('an area named once (1.11.2)', () => {
  const filler = ' The partners reviewed the implementation of the work programme and agreed on the next steps of their cooperation.';

  it('makes an area of a text of a few paragraphs, not of a longer one where it is a passing mention', () => {
    const short = 'The EU and Kenya launched a programme on quantum communication.' + filler.repeat(5);
    expect(areasOf(short, 'en')).toContain('area:quantum');
    const longer = 'The EU and Kenya launched a programme on quantum communication.' + filler.repeat(40);
    expect(longer.length).toBeGreaterThan(4000);
    expect(areasOf(longer, 'en')).not.toContain('area:quantum');
    expect(areasOf(longer + ' Quantum technologies remain a priority.', 'en')).toContain('area:quantum');
  });
});

describe('Romance names after a capitalised article (1.11.2)', () => {
  it('"Il Patto per il Mediterraneo" at a sentence start is a name; "L\'Initiative Team Europe", "Das Programm", "Le Hub" are not', () => {
    expect(titlesOf('Il Patto per il Mediterraneo, presentato dalla Commissione, rafforza la cooperazione con l\'Egitto.', 'it')).toContain('Patto per il Mediterraneo');
    const fr = titlesOf("L'Initiative Team Europe soutient le Sénégal. Le Hub numérique est ouvert.", 'fr');
    expect(fr).not.toContain('Initiative Team Europe');
    expect(fr).not.toContain('Le Hub');
    expect(titlesOf('Das Programm wird von der EU finanziert.', 'de')).not.toContain('Das Programm');
  });
});

describe('Team Europe Initiatives named by topic and place (1.11.2)', () => {
  it('"Team Europe Initiative on Digital Connectivity in Central Asia", "Team-Europa-Initiative zur digitalen Konnektivität in Zentralasien"', () => {
    expect(titlesOf('The EU supports the Team Europe Initiative on Digital Connectivity in Central Asia, launched in 2024.', 'en')).toContain('Team Europe Initiative on Digital Connectivity in Central Asia');
    expect(titlesOf('Deutschland beteiligt sich an der Team-Europa-Initiative zur digitalen Konnektivität in Zentralasien.', 'de')).toContain('Team-Europa-Initiative zur digitalen Konnektivität in Zentralasien');
  });

  it('not across a table cell or up to a party named after a verb', () => {
    const titles = titlesOf('| Team Europe Initiative on digital public infrastructure | African Union | 2025 |\n\nThe EU launched a Team Europe Initiative on data launched with the Government of Rwanda.', 'en');
    expect(titles.some((t) => t.includes('|') || t.includes('Rwanda'))).toBe(false);
  });

  it('a quoted name after a head noun and one adjective ("la stratégie nationale « Maroc Digital 2030 »")', () => {
    expect(titlesOf("Le mémorandum s'inscrit dans la mise en œuvre de la stratégie nationale « Maroc Digital 2030 ».", 'fr')).toContain('Maroc Digital 2030');
  });
});

describe('a footnote marker in a closing bracket after a CJK word (1.11.2)', () => {
  it('"디지털 파트너십¹⁾을 체결하였다" with "1) 일본(2022년 5월), 싱가포르(2023년 2월), 캐나다(2023년 12월)."', () => {
    const text = [
      '한-EU 디지털 파트너십 이행 점검 보고서',
      '',
      'EU는 한국 외에도 아시아 및 북미의 3개국과 디지털 파트너십¹⁾을 체결하였다. 한국은 이들 국가와 함께 EU의 핵심 디지털 협력국이다.',
      '',
      '──────────',
      '1) 일본(2022년 5월), 싱가포르(2023년 2월), 캐나다(2023년 12월).',
    ].join('\n');
    expect(pairsOf(text, 'ko')).toEqual(expect.arrayContaining(['digital-partnership|country:JP', 'digital-partnership|country:SG', 'digital-partnership|country:CA']));
  });

  it('a numbered list "1) …" without a marker in the body is no footnote', () => {
    const text = 'EU는 한국과 디지털 파트너십을 체결하였다.\n\n1) 일본과의 협력은 별도로 검토한다.';
    expect(pairsOf(text, 'ko')).not.toContain('digital-partnership|country:JP');
  });
});

describe('the Korean security and defence partnership (1.11.2)', () => {
  it('"한-EU 안보·국방 파트너십"', () => {
    expect(pairsOf('2024년 11월 서울에서 체결된 「한-EU 안보·국방 파트너십」 이후 처음 열린 협의였다.', 'ko')).toContain('security-defence-partnership|country:KR');
  });
});

describe('partners listed in a footnote to a word for a group of partners (1.11.3)', () => {
  it('"the Alliance\'s 20 signatories²" … "² Argentina, Brazil, Chile …" are partners; a footnote to sanctioned actors is not', () => {
    const text = [
      'Evaluation of the EU-LAC Digital Alliance',
      '',
      'The EU launched the Alliance in 2023 with its signatories2 and has since funded twelve projects.',
      'Cyber attacks attributed to groups in several countries3 continued.',
      '',
      '2 Argentina, Brazil, Chile, Colombia and Peru.',
      '3 Russia, Iran and North Korea.',
    ].join('\n');
    const partners = partnersOf(text, 'en');
    expect(partners).toEqual(expect.arrayContaining(['country:AR', 'country:BR', 'country:CL', 'country:CO', 'country:PE']));
    expect(partners).not.toContain('country:RU');
  });
});

