/**
 * Adjectives of nationality ("Vietnamese", "monténégrin", "kenianisch", "chileno", "giordano") of the countries the
 * EU cooperates with or writes about, and the Chinese "X方" ("日方", the Japanese side). A text often names a partner
 * only this way: "the Vietnamese minister signed", "mon homologue monténégrin", "die kenianische Regierung". The
 * extraction reads such an adjective as the country only next to a word for a state actor (STATE_ACTOR_* in
 * extraction-core): "Chinese sellers" or "japanische Firmen" name no state.
 *
 * No maintained package carries these in German, Spanish and Italian (world-countries has English and French
 * only), so they are written here. EU member states are left out: they are never partners of the EU.
 *
 * Per country: English forms; the French, Spanish and Italian masculine singular (or several), whose feminine and
 * plural forms demonymNames() derives ("marocain" → marocaine, marocains, marocaines; the irregular "turque" is listed);
 * the German stem before its ending ("vietnamesisch" → vietnamesische, -en, -er, -es, -em); Chinese forms with 方.
 */
export interface DemonymSource {
  en?: readonly string[];
  fr?: string | readonly string[];
  de?: string | readonly string[];
  es?: string | readonly string[];
  it?: string | readonly string[];
  zh?: readonly string[];
}

export const DEMONYMS: Readonly<Record<string, DemonymSource>> = {
  AE: { en: ['Emirati'], fr: 'émirien', de: 'emiratisch', es: 'emiratí', it: 'emiratino' },
  AL: { en: ['Albanian'], fr: 'albanais', de: 'albanisch', es: 'albanés', it: 'albanese' },
  AM: { en: ['Armenian'], fr: 'arménien', de: 'armenisch', es: 'armenio', it: 'armeno' },
  AR: { en: ['Argentine', 'Argentinian'], fr: 'argentin', de: 'argentinisch', es: 'argentino', it: 'argentino', zh: ['阿方'] },
  AU: { en: ['Australian'], fr: 'australien', de: 'australisch', es: 'australiano', it: 'australiano', zh: ['澳方'] },
  AZ: { en: ['Azerbaijani'], fr: 'azerbaïdjanais', de: 'aserbaidschanisch', es: 'azerbaiyano', it: 'azero' },
  BA: { en: ['Bosnian'], fr: 'bosnien', de: 'bosnisch', es: 'bosnio', it: 'bosniaco' },
  BD: { en: ['Bangladeshi'], fr: 'bangladais', de: 'bangladeschisch', es: 'bangladesí', it: 'bengalese' },
  BR: { en: ['Brazilian'], fr: 'brésilien', de: 'brasilianisch', es: 'brasileño', it: 'brasiliano' },
  BY: { en: ['Belarusian'], fr: 'biélorusse', de: 'belarussisch', es: 'bielorruso', it: 'bielorusso' },
  CA: { en: ['Canadian'], fr: 'canadien', de: 'kanadisch', es: 'canadiense', it: 'canadese', zh: ['加方'] },
  CH: { en: ['Swiss'], fr: 'suisse', de: ['schweizerisch', 'schweizer'], es: 'suizo', it: 'svizzero' },
  CI: { en: ['Ivorian'], fr: 'ivoirien', de: 'ivorisch', es: 'marfileño', it: 'ivoriano' },
  CL: { en: ['Chilean'], fr: 'chilien', de: 'chilenisch', es: 'chileno', it: 'cileno', zh: ['智方'] },
  CN: { en: ['Chinese'], fr: 'chinois', de: 'chinesisch', es: 'chino', it: 'cinese', zh: ['中方'] },
  CO: { en: ['Colombian'], fr: 'colombien', de: 'kolumbianisch', es: 'colombiano', it: 'colombiano' },
  CR: { en: ['Costa Rican'], fr: 'costaricien', de: 'costa-ricanisch', es: 'costarricense', it: 'costaricano' },
  DZ: { en: ['Algerian'], fr: 'algérien', de: 'algerisch', es: 'argelino', it: 'algerino' },
  EC: { en: ['Ecuadorian', 'Ecuadorean'], fr: 'équatorien', de: 'ecuadorianisch', es: 'ecuatoriano', it: 'ecuadoriano' },
  EG: { en: ['Egyptian'], fr: 'égyptien', de: 'ägyptisch', es: 'egipcio', it: 'egiziano' },
  ET: { en: ['Ethiopian'], fr: 'éthiopien', de: 'äthiopisch', es: 'etíope', it: 'etiope' },
  GB: { en: ['British'], fr: 'britannique', de: 'britisch', es: 'británico', it: 'britannico', zh: ['英方'] },
  GE: { en: ['Georgian'], fr: 'géorgien', de: 'georgisch', es: 'georgiano', it: 'georgiano' },
  GH: { en: ['Ghanaian'], fr: 'ghanéen', de: 'ghanaisch', es: 'ghanés', it: 'ghanese' },
  ID: { en: ['Indonesian'], fr: 'indonésien', de: 'indonesisch', es: 'indonesio', it: 'indonesiano', zh: ['印尼方'] },
  IL: { en: ['Israeli'], fr: 'israélien', de: 'israelisch', es: 'israelí', it: 'israeliano' },
  IN: { en: ['Indian'], fr: 'indien', de: 'indisch', es: 'indio', it: 'indiano', zh: ['印方'] },
  IS: { en: ['Icelandic'], fr: 'islandais', de: 'isländisch', es: 'islandés', it: 'islandese' },
  JO: { en: ['Jordanian'], fr: 'jordanien', de: 'jordanisch', es: 'jordano', it: 'giordano' },
  JP: { en: ['Japanese'], fr: 'japonais', de: 'japanisch', es: 'japonés', it: 'giapponese', zh: ['日方'] },
  KE: { en: ['Kenyan'], fr: 'kényan', de: 'kenianisch', es: 'keniano', it: 'keniota', zh: ['肯方'] },
  KG: { en: ['Kyrgyz'], fr: 'kirghiz', de: 'kirgisisch', es: 'kirguís', it: 'kirghiso' },
  KP: { en: ['North Korean'], fr: 'nord-coréen', de: 'nordkoreanisch', es: 'norcoreano', it: 'nordcoreano', zh: ['朝方'] },
  KR: { en: ['South Korean', 'Korean'], fr: ['coréen', 'sud-coréen'], de: ['koreanisch', 'südkoreanisch'], es: ['coreano', 'surcoreano'], it: ['coreano', 'sudcoreano'], zh: ['韩方'] },
  KZ: { en: ['Kazakh', 'Kazakhstani'], fr: 'kazakh', de: 'kasachisch', es: 'kazajo', it: 'kazako', zh: ['哈方'] },
  LB: { en: ['Lebanese'], fr: 'libanais', de: 'libanesisch', es: 'libanés', it: 'libanese' },
  LK: { en: ['Sri Lankan'], fr: 'sri-lankais', de: 'sri-lankisch', es: 'esrilanqués', it: 'singalese' },
  MA: { en: ['Moroccan'], fr: 'marocain', de: 'marokkanisch', es: 'marroquí', it: 'marocchino' },
  MD: { en: ['Moldovan'], fr: 'moldave', de: 'moldauisch', es: 'moldavo', it: 'moldavo' },
  ME: { en: ['Montenegrin'], fr: 'monténégrin', de: 'montenegrinisch', es: 'montenegrino', it: 'montenegrino' },
  MK: { en: ['North Macedonian', 'Macedonian'], fr: 'macédonien', de: 'nordmazedonisch', es: 'macedonio', it: 'macedone' },
  MX: { en: ['Mexican'], fr: 'mexicain', de: 'mexikanisch', es: 'mexicano', it: 'messicano', zh: ['墨方'] },
  MY: { en: ['Malaysian'], fr: 'malaisien', de: 'malaysisch', es: 'malasio', it: 'malese', zh: ['马方'] },
  NG: { en: ['Nigerian'], fr: 'nigérian', de: 'nigerianisch', es: 'nigeriano', it: 'nigeriano' },
  NO: { en: ['Norwegian'], fr: 'norvégien', de: 'norwegisch', es: 'noruego', it: 'norvegese' },
  NZ: { fr: 'néo-zélandais', de: 'neuseeländisch', es: 'neozelandés', it: 'neozelandese' },
  PE: { en: ['Peruvian'], fr: 'péruvien', de: 'peruanisch', es: 'peruano', it: 'peruviano' },
  PH: { en: ['Philippine', 'Filipino'], fr: 'philippin', de: 'philippinisch', es: 'filipino', it: 'filippino', zh: ['菲方'] },
  PK: { en: ['Pakistani'], fr: 'pakistanais', de: 'pakistanisch', es: 'pakistaní', it: 'pakistano' },
  QA: { en: ['Qatari'], fr: 'qatari', de: 'katarisch', es: 'catarí', it: 'qatariota' },
  RS: { en: ['Serbian'], fr: 'serbe', de: 'serbisch', es: 'serbio', it: 'serbo' },
  RU: { en: ['Russian'], fr: 'russe', de: 'russisch', es: 'ruso', it: 'russo', zh: ['俄方'] },
  RW: { en: ['Rwandan'], fr: 'rwandais', de: 'ruandisch', es: 'ruandés', it: 'ruandese' },
  SA: { en: ['Saudi'], fr: 'saoudien', de: 'saudisch', es: 'saudí', it: 'saudita' },
  SG: { en: ['Singaporean'], fr: 'singapourien', de: 'singapurisch', es: 'singapurense', it: 'singaporiano', zh: ['新方'] },
  SN: { en: ['Senegalese'], fr: 'sénégalais', de: 'senegalesisch', es: 'senegalés', it: 'senegalese' },
  TH: { en: ['Thai'], fr: 'thaïlandais', de: 'thailändisch', es: 'tailandés', it: 'thailandese', zh: ['泰方'] },
  TN: { en: ['Tunisian'], fr: 'tunisien', de: 'tunesisch', es: 'tunecino', it: 'tunisino' },
  TR: { en: ['Turkish'], fr: ['turc', 'turque'], de: 'türkisch', es: 'turco', it: 'turco' },
  TW: { en: ['Taiwanese'], fr: 'taïwanais', de: 'taiwanisch', es: 'taiwanés', it: 'taiwanese', zh: ['台方'] },
  UA: { en: ['Ukrainian'], fr: 'ukrainien', de: 'ukrainisch', es: 'ucraniano', it: 'ucraino' },
  US: { en: ['American'], fr: 'américain', de: ['amerikanisch', 'us-amerikanisch'], es: 'estadounidense', it: 'statunitense', zh: ['美方'] },
  UY: { en: ['Uruguayan'], fr: 'uruguayen', de: 'uruguayisch', es: 'uruguayo', it: 'uruguaiano' },
  UZ: { en: ['Uzbek'], fr: 'ouzbek', de: 'usbekisch', es: 'uzbeko', it: 'uzbeko' },
  VN: { en: ['Vietnamese'], fr: 'vietnamien', de: 'vietnamesisch', es: 'vietnamita', it: 'vietnamita', zh: ['越方'] },
  XK: { en: ['Kosovar', 'Kosovan'], fr: 'kosovar', de: 'kosovarisch', es: 'kosovar', it: 'kosovaro' },
  ZA: { en: ['South African'], fr: 'sud-africain', de: 'südafrikanisch', es: 'sudafricano', it: 'sudafricano' },
  ZM: { en: ['Zambian'], fr: 'zambien', de: 'sambisch', es: 'zambiano', it: 'zambiano' },
  // (1.15.65) Central America and the Caribbean, Africa, Asia, the Pacific and the Gulf
  GT: { en: ['Guatemalan'], fr: 'guatémaltèque', de: 'guatemaltekisch', es: 'guatemalteco', it: 'guatemalteco' },
  HN: { en: ['Honduran'], fr: 'hondurien', de: 'honduranisch', es: 'hondureño', it: 'honduregno' },
  SV: { en: ['Salvadoran'], fr: 'salvadorien', de: 'salvadorianisch', es: 'salvadoreño', it: 'salvadoregno' },
  PA: { en: ['Panamanian'], fr: 'panaméen', de: 'panamaisch', es: 'panameño', it: 'panamense' },
  DO: { fr: 'dominicain', de: 'dominikanisch', es: 'dominicano', it: 'dominicano' },
  JM: { en: ['Jamaican'], fr: 'jamaïcain', de: 'jamaikanisch', es: 'jamaiquino', it: 'giamaicano' },
  CU: { en: ['Cuban'], fr: 'cubain', de: 'kubanisch', es: 'cubano', it: 'cubano' },
  HT: { en: ['Haitian'], fr: 'haïtien', de: 'haitianisch', es: 'haitiano', it: 'haitiano' },
  BO: { en: ['Bolivian'], fr: 'bolivien', de: 'bolivianisch', es: 'boliviano', it: 'boliviano' },
  PY: { en: ['Paraguayan'], fr: 'paraguayen', de: 'paraguayisch', es: 'paraguayo', it: 'paraguaiano' },
  VE: { en: ['Venezuelan'], fr: 'vénézuélien', de: 'venezolanisch', es: 'venezolano', it: 'venezuelano' },
  CM: { en: ['Cameroonian'], fr: 'camerounais', de: 'kamerunisch', es: 'camerunés', it: 'camerunese' },
  TZ: { en: ['Tanzanian'], fr: 'tanzanien', de: 'tansanisch', es: 'tanzano', it: 'tanzaniano' },
  UG: { en: ['Ugandan'], fr: 'ougandais', de: 'ugandisch', es: 'ugandés', it: 'ugandese' },
  MZ: { en: ['Mozambican'], fr: 'mozambicain', de: 'mosambikanisch', es: 'mozambiqueño', it: 'mozambicano' },
  AO: { en: ['Angolan'], fr: 'angolais', de: 'angolanisch', es: 'angoleño', it: 'angolano' },
  NA: { en: ['Namibian'], fr: 'namibien', de: 'namibisch', es: 'namibio', it: 'namibiano' },
  MW: { en: ['Malawian'], fr: 'malawite', de: 'malawisch', es: 'malauí', it: 'malawiano' },
  MG: { en: ['Malagasy'], fr: 'malgache', de: 'madagassisch', es: 'malgache', it: 'malgascio' },
  MU: { en: ['Mauritian'], fr: 'mauricien', de: 'mauritisch', es: 'mauriciano', it: 'mauriziano' },
  BJ: { en: ['Beninese'], fr: 'béninois', de: 'beninisch', es: 'beninés', it: 'beninese' },
  TG: { en: ['Togolese'], fr: 'togolais', de: 'togoisch', es: 'togolés', it: 'togolese' },
  BF: { en: ['Burkinabe'], fr: 'burkinabè', de: 'burkinisch', es: 'burkinés', it: 'burkinabé' },
  ML: { en: ['Malian'], fr: 'malien', de: 'malisch', es: 'maliense', it: 'maliano' },
  NE: { en: ['Nigerien'], fr: 'nigérien', de: 'nigrisch', es: 'nigerino', it: 'nigerino' },
  TD: { en: ['Chadian'], fr: 'tchadien', de: 'tschadisch', es: 'chadiano', it: 'ciadiano' },
  MR: { en: ['Mauritanian'], fr: 'mauritanien', de: 'mauretanisch', es: 'mauritano', it: 'mauritano' },
  SD: { en: ['Sudanese'], fr: 'soudanais', de: 'sudanesisch', es: 'sudanés', it: 'sudanese' },
  LY: { en: ['Libyan'], fr: 'libyen', de: 'libysch', es: 'libio', it: 'libico' },
  SO: { en: ['Somali'], fr: 'somalien', de: 'somalisch', es: 'somalí', it: 'somalo' },
  DJ: { en: ['Djiboutian'], fr: 'djiboutien', de: 'dschibutisch', es: 'yibutiano', it: 'gibutiano' },
  CV: { en: ['Cape Verdean'], fr: 'cap-verdien', de: 'kapverdisch', es: 'caboverdiano', it: 'capoverdiano' },
  LR: { en: ['Liberian'], fr: 'libérien', de: 'liberianisch', es: 'liberiano', it: 'liberiano' },
  GA: { en: ['Gabonese'], fr: 'gabonais', de: 'gabunisch', es: 'gabonés', it: 'gabonese' },
  ZW: { en: ['Zimbabwean'], fr: 'zimbabwéen', de: 'simbabwisch', es: 'zimbabuense', it: 'zimbabwese' },
  KH: { en: ['Cambodian'], fr: 'cambodgien', de: 'kambodschanisch', es: 'camboyano', it: 'cambogiano' },
  LA: { en: ['Laotian'], fr: 'laotien', de: 'laotisch', es: 'laosiano', it: 'laotiano' },
  MM: { en: ['Burmese'], fr: 'birman', de: 'myanmarisch', es: 'birmano', it: 'birmano' },
  NP: { en: ['Nepalese'], fr: 'népalais', de: 'nepalesisch', es: 'nepalí', it: 'nepalese' },
  TJ: { en: ['Tajik'], fr: 'tadjik', de: 'tadschikisch', es: 'tayiko', it: 'tagiko' },
  TM: { en: ['Turkmen'], fr: 'turkmène', de: 'turkmenisch', es: 'turcomano', it: 'turkmeno' },
  MN: { en: ['Mongolian'], fr: 'mongol', de: 'mongolisch', es: 'mongol', it: 'mongolo' },
  FJ: { en: ['Fijian'], fr: 'fidjien', de: 'fidschianisch', es: 'fiyiano', it: 'figiano' },
  VU: { en: ['Vanuatuan'], fr: 'vanuatais', de: 'vanuatuisch', es: 'vanuatuense', it: 'vanuatuano' },
  WS: { en: ['Samoan'], fr: 'samoan', de: 'samoanisch', es: 'samoano', it: 'samoano' },
  TO: { en: ['Tongan'], fr: 'tongien', de: 'tongaisch', es: 'tongano', it: 'tongano' },
  PG: { en: ['Papua New Guinean'], fr: 'papouan-néo-guinéen', de: 'papua-neuguineisch', es: 'papú', it: 'papuano' },
  SB: { en: ['Solomon Islander'], fr: 'salomonais', de: 'salomonisch', es: 'salomonense', it: 'salomonese' },
  OM: { en: ['Omani'], fr: 'omanais', de: 'omanisch', es: 'omaní', it: 'omanita' },
  KW: { en: ['Kuwaiti'], fr: 'koweïtien', de: 'kuwaitisch', es: 'kuwaití', it: 'kuwaitiano' },
  BH: { en: ['Bahraini'], fr: 'bahreïnien', de: 'bahrainisch', es: 'bareiní', it: 'bahreinita' },
  IQ: { en: ['Iraqi'], fr: 'irakien', de: 'irakisch', es: 'iraquí', it: 'iracheno' },
  IR: { en: ['Iranian'], fr: 'iranien', de: 'iranisch', es: 'iraní', it: 'iraniano' },
};

/**
 * Adjectives that hold one of the above but name a region or a wider group ("Latin American", "latino-américain"):
 * matched first, they stop the shorter one.
 */
export const BLOCKED_DEMONYMS: readonly string[] = [
  'Latin American', 'South American', 'North American', 'Central American', 'Pan-American', 'Afro-American', 'Indo-Pacific', 'Sino-Russian',
  'latino-américain', 'latino-américaine', 'latino-américains', 'latino-américaines', 'sud-américain', 'sud-américaine', 'nord-américain', 'nord-américaine',
  'centraméricain', 'centre-américain',
];
