import { SupportedLanguage } from '../taxonomy.types';

/** The 27 EU member states (ISO alpha-2). They are countries but never partners of the EU. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'HU',
]);

/**
 * The outermost regions of the EU that ISO 3166 codes of their own: French Guiana, Guadeloupe, Martinique, Réunion, Mayotte and
 * Saint-Martin are part of France and of the EU, so never its partners (the Azores, Madeira and the Canary Islands have no code).
 */
export const EU_OUTERMOST_REGIONS: ReadonlySet<string> = new Set(['GF', 'GP', 'MQ', 'RE', 'YT', 'MF']);

/**
 * France's overseas collectivities in the Pacific and the Atlantic with ISO 3166 codes of their own (New Caledonia, French Polynesia,
 * Wallis and Futuna, Saint Pierre and Miquelon, Saint Barthélemy, the French Southern Territories): outside the EU but French, so the
 * side of a member state, never a partner of the EU (1.15.53: "les antennes de l'IORD en Nouvelle-Calédonie et en Polynésie
 * française"). Greenland and the Dutch Caribbean countries have partnerships of their own with the EU (the seed annex lists Greenland
 * among the partners of Arctic connectivity), and stay places like any other.
 */
export const MEMBER_STATE_TERRITORIES: ReadonlySet<string> = new Set(['NC', 'PF', 'WF', 'PM', 'BL', 'TF']);

/**
 * Our aliases on top of i18n-iso-countries: short forms, acronyms, older names and the
 * usual names in the press of each language. Key: ISO alpha-2.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, Partial<Record<SupportedLanguage | 'all', readonly string[]>>>> = {
  KR: {
    en: ['Republic of Korea', 'South Korea', 'Korea', 'ROK'],
    fr: ['Corée', 'République de Corée', 'Corée du Sud'],
    de: ['Korea', 'Republik Korea', 'Südkorea'],
    es: ['Corea', 'Corea del Sur', 'República de Corea'],
    it: ['Corea', 'Corea del Sud', 'Repubblica di Corea'],
    zh: ['韩国', '南韩', '大韩民国'],
    ja: ['韓国', '大韓民国'],
    // "한-EU 디지털통상협정": Korean writes the pair with 한 alone, which is no name by itself
    // "우리나라" ("our country") is how Korean government texts name Korea
    ko: ['한국', '대한민국', '우리나라', '한-EU', '한·EU', '한-유럽연합', '한·유럽연합'],
  },
  KP: { en: ['North Korea', 'DPRK', "Democratic People's Republic of Korea"], fr: ['Corée du Nord'], de: ['Nordkorea'], es: ['Corea del Norte'], it: ['Corea del Nord'], zh: ['朝鲜', '北韩'], ja: ['北朝鮮'], ko: ['북한'] },
  US: { en: ['U.S.', 'U.S.A.', 'US', 'USA', 'United States', 'United States of America'], fr: ['États-Unis', 'Etats-Unis'], de: ['USA', 'Vereinigte Staaten', 'Vereinigten Staaten'], es: ['EE. UU.', 'EE.UU.', 'EEUU', 'Estados Unidos'], it: ['Stati Uniti', 'USA'], zh: ['美国'], ja: ['米国', 'アメリカ'], ko: ['미국'] },
  // the Confederation's formal name, as treaties and the Swiss government write it
  CH: { en: ['Swiss Confederation'], fr: ['Confédération suisse'], de: ['Schweizerische Eidgenossenschaft', 'Schweizerischen Eidgenossenschaft'], it: ['Confederazione Svizzera'], es: ['Confederación Suiza'] },
  GB: { en: ['UK', 'U.K.', 'United Kingdom', 'Britain', 'Great Britain'], fr: ['Royaume-Uni'], de: ['Vereinigtes Königreich', 'Vereinigten Königreich', 'Vereinigten Königreichs', 'Großbritannien', 'Großbritanniens'], es: ['Reino Unido'], it: ['Regno Unito'], zh: ['英国'], ja: ['英国', 'イギリス'], ko: ['영국'] },
  TR: { en: ['Türkiye', 'Turkiye', 'Turkey'], fr: ['Turquie'], de: ['Türkei'], es: ['Turquía'], it: ['Turchia'], zh: ['土耳其'], ja: ['トルコ'], ko: ['튀르키예', '터키'] },
  // "中欧数字领域高层对话": Chinese writes the pair with the EU as 中欧 (not in Japanese, where 中欧 is Central Europe); the
  // extractor drops it where 中 and 欧 belong to other words ("协定中欧盟", "其中欧洲") or where it is Central Europe ("中欧国家")
  CN: { en: ['China', "People's Republic of China", 'PRC'], zh: ['中国', '中华人民共和国', '中欧'], ja: ['中国'], ko: ['중국'] },
  // Korean has written the country's own name since the 2010s ("조지아"); the package holds only an older form ("그루지아")
  GE: { ko: ['조지아', '그루지야'] },
  TW: { en: ['Taiwan'], zh: ['台湾', '臺灣', '台灣'], ja: ['台湾'], ko: ['대만'] },
  JP: { zh: ['日本'], ja: ['日本', '日EU', '日・EU', '日欧'], ko: ['일본'] },
  IN: { zh: ['印度'], ja: ['インド'], ko: ['인도'] },
  MD: { en: ['Moldova', 'Republic of Moldova'], fr: ['Moldavie', 'République de Moldavie'], de: ['Moldau', 'Republik Moldau'], es: ['Moldavia'], it: ['Moldavia', 'Repubblica di Moldova'], zh: ['摩尔多瓦'], ja: ['モルドバ', 'モルドヴァ'] },

  CD: { en: ['Democratic Republic of Congo', 'Democratic Republic of the Congo', 'DR Congo', 'DRC'], fr: ['RD Congo', 'RDC'], es: ['RD Congo', 'RDC', 'RD del Congo'], it: ['RD Congo', 'RDC'], de: ['DR Kongo'] },
  CG: { en: ['Republic of Congo', 'Congo-Brazzaville'] },
  MK: { en: ['North Macedonia', 'Republic of North Macedonia'] },
  CZ: { en: ['Czechia', 'Czech Republic'] },
  RU: { en: ['Russia', 'Russian Federation'], zh: ['俄罗斯', '俄国'], ja: ['ロシア'], ko: ['러시아'] },
  IR: { en: ['Iran'], zh: ['伊朗'], ja: ['イラン'] },

  VN: { en: ['Viet Nam', 'Vietnam'], fr: ['Viêt Nam', 'Viêt-nam', 'Vietnam', 'République socialiste du Viêt Nam'], de: ['Vietnam'], es: ['Vietnam'], it: ['Vietnam'] },
  LA: { en: ['Laos', 'Lao PDR'], ja: ['ラオス'] },

  SY: { en: ['Syria'], ja: ['シリア'] },

  CI: { en: ["Côte d'Ivoire", 'Cote d’Ivoire', 'Côte d’Ivoire', 'Ivory Coast'] },
  CV: { en: ['Cabo Verde', 'Cape Verde'] },
  SZ: { en: ['Eswatini', 'Swaziland'] },
  MM: { en: ['Myanmar', 'Burma'] },
  BN: { en: ['Brunei'], zh: ['文莱达鲁萨兰国'] },
  // "阿曼苏丹国" (the Sultanate of Oman) holds 苏丹, Sudan: the long name must win
  OM: { zh: ['阿曼苏丹国'], ja: ['オマーン国'] },
  PS: { en: ['Palestine'] },
  VA: { en: ['Holy See', 'Vatican'] },
  FM: { en: ['Micronesia'], ja: ['ミクロネシア'] },

  BO: { en: ['Bolivia'], ja: ['ボリビア'] },

  VE: { en: ['Venezuela'], ja: ['ベネズエラ'] },

  TZ: { en: ['Tanzania'], fr: ['Tanzanie'] },
  XK: { en: ['Kosovo'] },
  KG: { en: ['Kyrgyz Republic', 'Kyrgyzstan'], fr: ['République kirghize', 'Kirghizistan'], de: ['Kirgisische Republik', 'Kirgisistan'], es: ['República Kirguisa', 'Kirguistán'], it: ['Repubblica del Kirghizistan', 'Kirghizistan'], ko: ['키르기스스탄', '키르기즈스탄'] },

  TM: { ko: ['투르크메니스탄'] },
  ZA: { ko: ['남아공', '남아프리카공화국'], ja: ['南アフリカ'] },
  AE: { en: ['UAE', 'United Arab Emirates', 'Emirates'], de: ['VAE', 'Vereinigten Arabischen Emiraten'], zh: ['阿联酋'] },
  SA: { en: ['Saudi Arabia', 'KSA'] },
  NZ: { en: ['New Zealand'], zh: ['新西兰'], ja: ['ニュージーランド'] },
  AU: { zh: ['澳大利亚', '澳洲'], ja: ['オーストラリア', '豪州'], ko: ['호주'] },
  CA: { ja: ['カナダ'], ko: ['캐나다'] },
  SG: { ja: ['シンガポール'], ko: ['싱가포르'] },
  UA: { ja: ['ウクライナ'], ko: ['우크라이나'] },
  BR: { ja: ['ブラジル'], ko: ['브라질'] },
  // the island by names that are no common word ("la réunion" is any meeting, and multi-word names match in any case)
  RE: {
    en: ['Réunion Island'],
    fr: ['île de la Réunion'],
    de: ['Insel Réunion'],
    es: ['isla de la Reunión', 'isla Reunión'],
    it: ['isola della Riunione', 'isola di Réunion'],
  },
  ID: { en: ['Indonesia'], zh: ['印度尼西亚', '印尼'], ja: ['インドネシア'], ko: ['인도네시아'] },
};

/**
 * Surface forms that contain a country name but are not that country ("New Mexico",
 * "Indian Ocean" is handled by word boundaries). Matching them first blocks the shorter name.
 */
export const BLOCKED_NAMES: readonly string[] = [
  // islands of Papua New Guinea and a US region
  'New Britain', 'New Ireland', 'New England',
  'New Mexico', 'New Guinea', 'New Jersey', 'New Caledonia Street', 'Georgia Tech', 'Jordan Valley',
  // a volcano of Tonga, named for the eruption of 2022 ("after the Hunga Tonga-Hunga Ha'apai eruption")
  'Hunga Tonga',
  'Chad Valley', 'Monaco di Baviera', 'Gulf of Guinea', 'golfe de Guinée', 'Golf von Guinea', 'golfo de Guinea', 'golfo di Guinea', '几内亚湾', 'ギニア湾', '기니만', 'Guinea worm', 'Turkey Creek', 'Indiana', 'Niger Delta', 'Congo Basin',
  '中非合作', '中非论坛', '인도적', '인도주의', '인도적인', '印度洋', 'インド洋', '인도양',
  // the Mediterranean holds Haiti's name in Chinese and Japanese (地中海地区); 수단 is also Korean for "means"
  '地中海', '핵심 수단', '정책 수단', '주요 수단', '유용한 수단', '수단이다', '수단이자', '수단으로서',
  // parts of Africa are no region of the taxonomy: "West Africa" is not the continent ("a region is not expanded", nor is a part widened)
  'West Africa', 'Western Africa', 'East Africa', 'Eastern Africa', 'Southern Africa', 'Central Africa', 'Horn of Africa',
  "Afrique de l'Ouest", 'Afrique de l’Ouest', "Afrique de l'Est", 'Afrique de l’Est', 'Afrique australe', 'Afrique centrale', 'Corne de l’Afrique', "Corne de l'Afrique",
  'Westafrika', 'Ostafrika', 'Zentralafrika', 'Horn von Afrika', 'südlichen Afrika', 'südliches Afrika', 'Südliches Afrika', 'westlichen Afrika', 'östlichen Afrika', 'Westafrikas', 'Ostafrikas',
  'África Occidental', 'África Oriental', 'África Austral', 'África Central', 'Cuerno de África',
  'Africa occidentale', 'Africa orientale', 'Africa australe', 'Africa centrale', 'Africa meridionale', 'África meridional', 'Corno d’Africa', "Corno d'Africa",
  '西非', '东非', '南部非洲', '中部非洲', '西アフリカ', '東アフリカ', '서아프리카', '동아프리카',
  // the Indo-Pacific holds India's name in Korean, Japanese and Chinese
  '인도·태평양', '인도태평양', '인도-태평양', '인도 태평양', 'インド太平洋', 'インド・太平洋', '印度洋-太平洋', '印度-太平洋',
];

/**
 * Names of the country list that are a common word of their language, dropped from it: French "Réunion" and Spanish "Reunión"
 * are "meeting" ("Réunion du Conseil d'association", "ACTA DE LA XXI REUNIÓN"), and a French or Spanish text is read with the
 * English, German and Italian names too (accents folded). The island keeps the names of COUNTRY_ALIASES ("île de la Réunion", "isla de la Reunión",
 * "Insel Réunion").
 */
export const COMMON_WORD_NAMES: Readonly<Partial<Record<SupportedLanguage, readonly string[]>>> = {
  en: ['Reunion'],
  fr: ['Réunion'],
  es: ['Reunión'],
  de: ['Réunion', 'Réunions'],
  it: ['Réunion'],
};

/** Countries whose names are also common first or last names; ignored when used as part of a person's name. */
export const PERSON_NAME_COUNTRIES: ReadonlySet<string> = new Set(['TD', 'JO', 'GE', 'IL', 'JE']);
