import { TaxonomyItem } from '../taxonomy.types';

/**
 * Well-known named initiatives. Extraction also recognises unknown ones by pattern;
 * this list only guarantees stable ids for the frequent ones.
 */
export const KNOWN_INITIATIVES: readonly TaxonomyItem[] = [
  { id: 'initiative:global-gateway', label: 'Global Gateway', names: { all: ['Global Gateway'], fr: ['Global Gateway', 'passerelle mondiale'], es: ['Pasarela Global'], zh: ['全球门户', '全球门户战略'], ja: ['グローバル・ゲートウェイ', 'グローバルゲートウェイ'], ko: ['글로벌 게이트웨이'] } },
  // the programme itself; association to it is the instrument `horizon-association`, found from the same names
  {
    id: 'initiative:horizon-europe',
    label: 'Horizon Europe',
    names: { all: ['Horizon Europe'], de: ['Horizont Europa'], es: ['Horizonte Europa'], it: ['Orizzonte Europa'], zh: ['地平线欧洲'], ja: ['ホライズン・ヨーロッパ', 'ホライズン・ユーロップ'], ko: ['호라이즌 유럽'] },
  },
  { id: 'initiative:bella', label: 'BELLA', names: { all: ['BELLA'] } },
  // written MEDUSA by the Commission and Medusa by most others
  { id: 'initiative:medusa', label: 'MEDUSA', names: { all: ['MEDUSA', 'Medusa'], zh: ['美杜莎'], ja: ['メデューサ'], ko: ['메두사'] } },
  { id: 'initiative:blue-raman', label: 'Blue-Raman', names: { all: ['Blue-Raman', 'Blue Raman'] } },
  { id: 'initiative:iris2', label: 'IRIS²', names: { all: ['IRIS²', 'IRIS2'] } },
  { id: 'initiative:ai-factories', label: 'AI Factories', names: { all: ['AI Factories', 'AI Factory'], zh: ['AI工厂'] } },
  { id: 'initiative:ai-gigafactories', label: 'AI Gigafactories', names: { all: ['AI Gigafactories', 'AI Gigafactory'], fr: ["gigafactories d'IA", "gigafactory d'IA", "gigausines d'IA"], de: ['KI-Gigafabriken', 'KI-Gigafactories'], es: ['gigafactorías de IA'], it: ['gigafactory di IA', "gigafactory dell'IA"] } },
  { id: 'initiative:govsatcom', label: 'GOVSATCOM', names: { all: ['GOVSATCOM', 'EU GOVSATCOM'] } },
  {
    id: 'initiative:ukraine-facility',
    label: 'Ukraine Facility',
    names: { en: ['Ukraine Facility'], fr: ["Facilité pour l'Ukraine"], de: ['Ukraine-Fazilität'], es: ['Mecanismo para Ucrania'], it: ["Strumento per l'Ucraina"], ja: ['ウクライナ・ファシリティ'] },
  },
  {
    id: 'initiative:edih',
    label: 'European Digital Innovation Hubs',
    names: { all: ['EDIH', 'EDIHs'], en: ['European Digital Innovation Hubs', 'European Digital Innovation Hub'], fr: ["pôles européens d'innovation numérique", "pôle européen d'innovation numérique"], de: ['Europäische Digitale Innovationszentren'], es: ['centros europeos de innovación digital'], it: ['poli europei di innovazione digitale'] },
  },
  { id: 'initiative:govstack', label: 'GovStack', names: { all: ['GovStack'] } },
  { id: 'initiative:cosmo-skymed', label: 'COSMO-SkyMed', names: { all: ['COSMO-SkyMed'] } },
  {
    id: 'initiative:eu-lac-digital-alliance',
    label: 'EU-LAC Digital Alliance',
    // translated names: documents in other languages name the alliance in their own word order
    names: {
      all: ['EU-LAC Digital Alliance', 'EU-Latin America and Caribbean Digital Alliance'],
      fr: ['Alliance numérique UE-ALC', 'Alliance numérique UE-Amérique latine et Caraïbes'],
      de: ['Digitale Allianz EU-LAK', 'Digitalallianz EU-LAK', 'Digitale Allianz EU-Lateinamerika und Karibik', 'EU-LAK-Digitalallianz', 'EU-LAC-Digitalallianz', 'Digitale Allianz EU-LAC'],
      es: ['Alianza Digital UE-ALC', 'Alianza Digital UE-América Latina y el Caribe', 'Alianza Digital Unión Europea-América Latina y el Caribe'],
      it: ['Alleanza digitale UE-ALC', 'Alleanza digitale UE-America latina e Caraibi'],
      zh: ['欧盟-拉美和加勒比数字联盟', '欧盟—拉美和加勒比数字联盟', '欧拉数字联盟'],
      ja: ['EU・中南米デジタル・アライアンス', 'EU・ラテンアメリカ・カリブ デジタル・アライアンス'],
      ko: ['EU-라틴아메리카 디지털 동맹', 'EU-중남미 디지털 동맹'],
    },
  },
  { id: 'initiative:copernicus', label: 'Copernicus', names: { all: ['Copernicus'] } },
  { id: 'initiative:eurohpc', label: 'EuroHPC', names: { all: ['EuroHPC', 'EuroHPC Joint Undertaking'] } },
  { id: 'initiative:d4d-hub', label: 'D4D Hub', names: { all: ['D4D Hub', 'Digital for Development Hub'] } },
  { id: 'initiative:eu4digital', label: 'EU4Digital', names: { all: ['EU4Digital'] } },
  // the EU's programme pairing its cities and regions with others' (Latin America, Asia, North America)
  {
    id: 'initiative:iurc',
    label: 'International Urban and Regional Cooperation',
    names: {
      all: ['IURC'],
      en: ['International Urban and Regional Cooperation'],
      fr: ['Coopération internationale urbaine et régionale', 'Coopération urbaine et régionale internationale'],
      de: ['Internationale Urbane und Regionale Zusammenarbeit', 'Internationale städtische und regionale Zusammenarbeit'],
      es: ['Cooperación Internacional Urbana y Regional', 'Cooperación Urbana y Regional Internacional'],
      it: ['Cooperazione Internazionale Urbana e Regionale', 'Cooperazione urbana e regionale internazionale'],
      zh: ['国际城市与区域合作', '国际城市和区域合作'],
      ja: ['国際都市・地域協力'],
      ko: ['국제 도시 및 지역 협력', '국제도시지역협력'],
    },
  },
  {
    id: 'initiative:digital-agenda-western-balkans',
    label: 'Digital Agenda for the Western Balkans',
    names: {
      en: ['Digital Agenda for the Western Balkans'],
      fr: ['Agenda numérique pour les Balkans occidentaux'],
      de: ['Digitale Agenda für den Westbalkan', 'Digitale Agenda für den westlichen Balkan'],
      es: ['Agenda Digital para los Balcanes Occidentales'],
      it: ['Agenda digitale per i Balcani occidentali'],
    },
  },
  {
    id: 'initiative:connecting-europe-facility',
    label: 'Connecting Europe Facility',
    names: {
      all: ['Connecting Europe Facility', 'CEF Digital'],
      fr: ["Mécanisme pour l'interconnexion en Europe", "mécanisme pour l'interconnexion en Europe", 'MIE'],
      de: ['Fazilität „Connecting Europe“', 'Fazilität Connecting Europe', 'CEF'],
      es: ['Mecanismo «Conectar Europa»', 'Mecanismo Conectar Europa', 'MCE'],
      it: ["meccanismo per collegare l'Europa", "Meccanismo per collegare l'Europa", 'CEF'],
      zh: ['连接欧洲设施', '连接欧洲基金'],
      ja: ['コネクティング・ヨーロッパ・ファシリティ'],
      ko: ['유럽연결기금'],
    },
  },
  {
    id: 'initiative:digital-europe-programme',
    label: 'Digital Europe Programme',
    names: {
      all: ['Digital Europe Programme', 'Digital Europe programme'],
      fr: ['programme pour une Europe numérique', 'programme Europe numérique', 'programme « Europe numérique »', 'programme Digital Europe'],
      de: ['Programm Digitales Europa', 'Programms Digitales Europa', 'Programm „Digitales Europa“', 'Programms „Digitales Europa“', 'Digital-Europa-Programm', 'Digital-Europa-Programms'],
      es: ['programa Europa Digital', 'Programa Europa Digital', 'programa «Europa Digital»'],
      it: ['programma Europa digitale', 'Programma Europa digitale', 'programma «Europa digitale»'],
      zh: ['数字欧洲计划', '数字欧洲项目', '“数字欧洲”计划'],
      ja: ['デジタル・ヨーロッパ・プログラム', 'デジタル欧州プログラム'],
      ko: ['디지털 유럽 프로그램', '디지털유럽 프로그램'],
    },
  },
  { id: 'initiative:imec', label: 'India-Middle East-Europe Economic Corridor', names: { all: ['IMEC', 'India-Middle East-Europe Economic Corridor'] } },
  { id: 'initiative:open-internet-stack', label: 'Open Internet Stack', names: { all: ['Open Internet Stack'] } },
  { id: 'initiative:investai', label: 'InvestAI', names: { all: ['InvestAI'] } },
  // submarine cables, research networks and satellite programmes the EU funds or builds
  { id: 'initiative:far-north-fiber', label: 'Far North Fiber', names: { all: ['Far North Fiber', 'Far North Fibre'] } },
  { id: 'initiative:ellalink', label: 'EllaLink', names: { all: ['EllaLink'] } },
  { id: 'initiative:africaconnect', label: 'AfricaConnect', names: { all: ['AfricaConnect', 'AfricaConnect3', 'AfricaConnect 3'] } },
  { id: 'initiative:geant', label: 'GÉANT', names: { all: ['GÉANT', 'GEANT'] } },
  { id: 'initiative:redclara', label: 'RedCLARA', names: { all: ['RedCLARA'] } },
  { id: 'initiative:galileo', label: 'Galileo', names: { all: ['Galileo'], zh: ['伽利略'], ja: ['ガリレオ'], ko: ['갈릴레오'] } },
  { id: 'initiative:egnos', label: 'EGNOS', names: { all: ['EGNOS'] } },
  { id: 'initiative:lac4', label: 'LAC4', names: { all: ['LAC4'] } },
  {
    id: 'initiative:eu-lac-digital-accelerator',
    label: 'EU-LAC Digital Accelerator',
    names: { all: ['EU-LAC Digital Accelerator'], fr: ['Accélérateur numérique UE-ALC'], de: ['Digitaler Beschleuniger EU-LAK'], es: ['Acelerador Digital UE-ALC'], it: ['Acceleratore digitale UE-ALC'] },
  },
  // EU programmes and bodies partner texts name
  {
    id: 'initiative:eu-digital-identity-wallet',
    label: 'EU Digital Identity Wallet',
    names: {
      all: ['EU Digital Identity Wallet', 'European Digital Identity Wallet', 'EUDI Wallet'],
      fr: ["portefeuille européen d'identité numérique"],
      de: ['EUDI-Wallet', 'Brieftasche für die Europäische Digitale Identität'],
      es: ['cartera europea de identidad digital', 'Cartera Europea de Identidad Digital'],
      it: ["portafoglio europeo di identità digitale", "Portafoglio europeo di identità digitale"],
      zh: ['欧盟数字身份钱包', '欧洲数字身份钱包'],
      ja: ['EUデジタルIDウォレット', '欧州デジタルIDウォレット'],
    },
  },
  { id: 'initiative:chips-ju', label: 'Chips Joint Undertaking', names: { all: ['Chips Joint Undertaking', 'Chips JU'], ja: ['チップス共同事業'], zh: ['芯片联合事业'] } },
  { id: 'initiative:ndici-global-europe', label: 'NDICI-Global Europe', names: { all: ['NDICI-Global Europe', 'NDICI – Global Europe', 'NDICI'] } },
  { id: 'initiative:eap-economic-investment-plan', label: 'Economic and Investment Plan for the Eastern Partnership', names: { all: ['Economic and Investment Plan for the Eastern Partnership'] } },
  { id: 'initiative:data-governance-in-africa', label: 'Data Governance in Africa', names: { all: ['Data Governance in Africa'] } },
  {
    id: 'initiative:africa-europe-investment-package',
    label: 'Global Gateway Africa-Europe Investment Package',
    names: { all: ['Africa-Europe Investment Package', 'Africa–Europe Investment Package'], fr: ["paquet d'investissement Afrique-Europe", 'paquet d’investissement Afrique-Europe'], de: ['Investitionspaket Afrika-Europa'], es: ['paquete de inversión África-Europa'], it: ["pacchetto di investimenti Africa-Europa"] },
  },
  {
    id: 'initiative:wbif',
    label: 'Western Balkans Investment Framework',
    names: { all: ['WBIF', 'Western Balkans Investment Framework'], fr: ['Cadre d’investissement en faveur des Balkans occidentaux', "Cadre d'investissement en faveur des Balkans occidentaux"], de: ['Investitionsrahmen für den Westbalkan'], es: ['Marco de Inversión para los Balcanes Occidentales'], it: ['Quadro per gli investimenti nei Balcani occidentali'] },
  },
  {
    id: 'initiative:western-balkans-growth-plan',
    label: 'Growth Plan for the Western Balkans',
    names: { all: ['Growth Plan for the Western Balkans'], fr: ['plan de croissance pour les Balkans occidentaux'], de: ['Wachstumsplan für den Westbalkan'], es: ['Plan de Crecimiento para los Balcanes Occidentales'], it: ['Piano di crescita per i Balcani occidentali'] },
  },
  {
    id: 'initiative:reform-and-growth-facility',
    label: 'Reform and Growth Facility for the Western Balkans',
    names: { all: ['Reform and Growth Facility'], fr: ['facilité pour les réformes et la croissance'], de: ['Reform- und Wachstumsfazilität'], es: ['Mecanismo de Reforma y Crecimiento'], it: ['Strumento per le riforme e la crescita'] },
  },
  { id: 'initiative:eu-cybernet', label: 'EU CyberNet', names: { all: ['EU CyberNet', 'EU Cybernet'] } },
  {
    id: 'initiative:quantum-flagship',
    label: 'Quantum Flagship',
    names: { all: ['Quantum Flagship', 'Quantum Technologies Flagship'], fr: ['Flagship quantique'], de: ['Quanten-Flaggschiff', 'Quantenflaggschiff'], es: ['Buque insignia cuántico'], it: ['Flagship sulle tecnologie quantistiche'], zh: ['量子旗舰计划'], ja: ['量子フラッグシップ'], ko: ['양자 플래그십'] },
  },
  {
    id: 'initiative:eu-lac-global-gateway-investment-agenda',
    label: 'EU-LAC Global Gateway Investment Agenda',
    names: { all: ['EU-LAC Global Gateway Investment Agenda', 'Global Gateway Investment Agenda'], es: ['Agenda de Inversiones Global Gateway UE-ALC', 'Agenda de Inversiones Global Gateway'], fr: ["Agenda d'investissement Global Gateway UE-ALC"], it: ['Agenda di investimenti Global Gateway UE-ALC'], de: ['Global-Gateway-Investitionsagenda EU-LAK'] },
  },
  // initiatives of partners that EU texts refer to
  { id: 'initiative:hiroshima-ai-process', label: 'Hiroshima AI Process', names: { all: ['Hiroshima AI Process'], ja: ['広島AIプロセス'], zh: ['广岛人工智能进程', '广岛AI进程'], ko: ['히로시마 AI 프로세스'] } },
  { id: 'initiative:icet', label: 'Initiative on Critical and Emerging Technology', names: { all: ['iCET', 'Initiative on Critical and Emerging Technology'], zh: ['关键和新兴技术倡议'] } },
];

/** All-caps words that are generic acronyms, never names of initiatives. */
export const GENERIC_ACRONYMS: ReadonlySet<string> = new Set([
  'EU', 'UN', 'AI', 'HPC', 'ICT', 'DPI', 'SME', 'SMES', 'R&I', 'CEO', 'GDP', 'ISO', 'IT', 'US', 'UK', 'USA', 'EC', 'EUR', 'USD', 'CFSP', 'CSDP',
  'JOIN', 'COM', 'SWD', 'PDF', 'NGO', 'NGOS', 'CSO', 'CSOS', 'RAN', 'XR', 'VR', 'STEM', 'PFAS', 'PCB', 'EDA', 'IP', 'QKD', 'ESG', 'FDI', 'OJ',
  'COVID', 'THE', 'AND', 'FOR', 'WITH', 'ANNEX', 'EN', 'FR', 'DE', 'ES', 'IT', 'JA', 'KO', 'ZH', 'EUROPEAN', 'COMMISSION', 'COUNCIL', 'PARLIAMENT',
  'COMMUNICATION', 'JOINT', 'CHAPTER', 'CONTENTS', 'TTC', 'FTA', 'MOU', 'MRA', 'DSA', 'DMA', 'GDPR', 'CRA', 'CADA', 'FIMI', 'WSIS', 'IGF',
  // agencies and ministries that carry out what a text names, not what they carry out (1.15.53)
  'GIZ', 'KFW', 'BMZ', 'BMBF', 'DAAD', 'AFD', 'AECID', 'AICS', 'CNIL', 'ANSSI', 'INCIBE', 'EIB', 'BEI', 'EBRD', 'DG', 'INTPA', 'EEAS', 'SEAE',
  // the number of a programme's generation ("IPA III", "Horizon 2020 … Phase II"), not a name of its own (1.15.59)
  'II', 'III', 'IV',
]);
