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
