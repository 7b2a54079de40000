/**
 * Capitals of the countries the EU cooperates, competes or negotiates with, per language: "Brussels and Tokyo agreed", "Seoul
 * signed", "ソウルは", "서울은" name a government by its seat. Extraction reads a capital as its country only where it stands for
 * the government (paired with Brussels, or the subject of a verb of agreeing or saying) and drops it elsewhere ("held in Tokyo").
 *
 * Written here because no maintained package carries capitals in these eight languages (world-countries has English capitals
 * only). A capital whose name is also its country's ("Singapore", "Djibouti") or another common word is left out; so are
 * capitals of EU member states, which are never partners.
 */
type Names = Partial<Record<'en' | 'fr' | 'de' | 'es' | 'it' | 'zh' | 'ja' | 'ko', readonly string[]>>;

export const CAPITALS: Readonly<Record<string, Names>> = {
  US: { en: ['Washington'], fr: ['Washington'], de: ['Washington'], es: ['Washington'], it: ['Washington'], zh: ['华盛顿'], ja: ['ワシントン'], ko: ['워싱턴'] },
  CN: { en: ['Beijing'], fr: ['Pékin'], de: ['Peking'], es: ['Pekín'], it: ['Pechino'], zh: ['北京'], ja: ['北京'], ko: ['베이징'] },
  RU: { en: ['Moscow'], fr: ['Moscou'], de: ['Moskau'], es: ['Moscú'], it: ['Mosca'], zh: ['莫斯科'], ja: ['モスクワ'], ko: ['모스크바'] },
  GB: { en: ['London'], fr: ['Londres'], de: ['London'], es: ['Londres'], it: ['Londra'], zh: ['伦敦'], ja: ['ロンドン'], ko: ['런던'] },
  JP: { en: ['Tokyo'], fr: ['Tokyo'], de: ['Tokio'], es: ['Tokio'], it: ['Tokyo'], zh: ['东京'], ja: ['東京'], ko: ['도쿄'] },
  KR: { en: ['Seoul'], fr: ['Séoul'], de: ['Seoul'], es: ['Seúl'], it: ['Seul'], zh: ['首尔'], ja: ['ソウル'], ko: ['서울'] },
  IN: { en: ['New Delhi', 'Delhi'], fr: ['New Delhi'], de: ['Neu-Delhi'], es: ['Nueva Delhi'], it: ['Nuova Delhi'], zh: ['新德里'], ja: ['ニューデリー'], ko: ['뉴델리'] },
  CA: { en: ['Ottawa'], fr: ['Ottawa'], de: ['Ottawa'], es: ['Ottawa'], it: ['Ottawa'], zh: ['渥太华'], ja: ['オタワ'], ko: ['오타와'] },
  AU: { en: ['Canberra'], fr: ['Canberra'], de: ['Canberra'], es: ['Canberra'], it: ['Canberra'], zh: ['堪培拉'], ja: ['キャンベラ'], ko: ['캔버라'] },
  NZ: { en: ['Wellington'], fr: ['Wellington'], de: ['Wellington'], es: ['Wellington'], it: ['Wellington'], zh: ['惠灵顿'], ja: ['ウェリントン'], ko: ['웰링턴'] },
  CH: { en: ['Bern', 'Berne'], fr: ['Berne'], de: ['Bern'], es: ['Berna'], it: ['Berna'], zh: ['伯尔尼'], ja: ['ベルン'], ko: ['베른'] },
  NO: { en: ['Oslo'], fr: ['Oslo'], de: ['Oslo'], es: ['Oslo'], it: ['Oslo'], zh: ['奥斯陆'], ja: ['オスロ'], ko: ['오슬로'] },
  TR: { en: ['Ankara'], fr: ['Ankara'], de: ['Ankara'], es: ['Ankara'], it: ['Ankara'], zh: ['安卡拉'], ja: ['アンカラ'], ko: ['앙카라'] },
  UA: { en: ['Kyiv', 'Kiev'], fr: ['Kyiv', 'Kiev'], de: ['Kiew', 'Kyjiw'], es: ['Kiev', 'Kyiv'], it: ['Kiev', 'Kyiv'], zh: ['基辅'], ja: ['キーウ', 'キエフ'], ko: ['키이우', '키예프'] },
  MD: { en: ['Chisinau', 'Chișinău'], fr: ['Chisinau', 'Chișinău'], de: ['Chișinău', 'Chisinau'], es: ['Chisináu'], it: ['Chișinău'] },
  GE: { en: ['Tbilisi'], fr: ['Tbilissi'], de: ['Tiflis', 'Tbilissi'], es: ['Tiflis'], it: ['Tbilisi'], zh: ['第比利斯'], ja: ['トビリシ'], ko: ['트빌리시'] },
  AM: { en: ['Yerevan'], fr: ['Erevan'], de: ['Jerewan', 'Eriwan'], es: ['Ereván'], it: ['Erevan'], zh: ['埃里温'], ja: ['エレバン'], ko: ['예레반'] },
  AZ: { en: ['Baku'], fr: ['Bakou'], de: ['Baku'], es: ['Bakú'], it: ['Baku'], zh: ['巴库'], ja: ['バクー'], ko: ['바쿠'] },
  KZ: { en: ['Astana'], fr: ['Astana'], de: ['Astana'], es: ['Astaná'], it: ['Astana'], zh: ['阿斯塔纳'], ja: ['アスタナ'], ko: ['아스타나'] },
  UZ: { en: ['Tashkent'], fr: ['Tachkent'], de: ['Taschkent'], es: ['Taskent'], it: ['Tashkent'], zh: ['塔什干'], ja: ['タシケント'], ko: ['타슈켄트'] },
  KG: { en: ['Bishkek'], fr: ['Bichkek'], de: ['Bischkek'], es: ['Biskek'], it: ['Bishkek'] },
  MN: { en: ['Ulaanbaatar', 'Ulan Bator'], fr: ['Oulan-Bator'], de: ['Ulaanbaatar', 'Ulan Bator'], es: ['Ulán Bator'], it: ['Ulan Bator'], zh: ['乌兰巴托'], ja: ['ウランバートル'], ko: ['울란바토르'] },
  RS: { en: ['Belgrade'], fr: ['Belgrade'], de: ['Belgrad'], es: ['Belgrado'], it: ['Belgrado'] },
  AL: { en: ['Tirana'], fr: ['Tirana'], de: ['Tirana'], es: ['Tirana'], it: ['Tirana'] },
  ME: { en: ['Podgorica'], fr: ['Podgorica'], de: ['Podgorica'], es: ['Podgorica'], it: ['Podgorica'] },
  MK: { en: ['Skopje'], fr: ['Skopje'], de: ['Skopje'], es: ['Skopie'], it: ['Skopje'] },
  BA: { en: ['Sarajevo'], fr: ['Sarajevo'], de: ['Sarajevo'], es: ['Sarajevo'], it: ['Sarajevo'] },
  XK: { en: ['Pristina', 'Prishtina'], fr: ['Pristina'], de: ['Pristina'], es: ['Pristina'], it: ['Pristina'] },
  MA: { en: ['Rabat'], fr: ['Rabat'], de: ['Rabat'], es: ['Rabat'], it: ['Rabat'], zh: ['拉巴特'], ja: ['ラバト'], ko: ['라바트'] },
  EG: { en: ['Cairo'], fr: ['Le Caire'], de: ['Kairo'], es: ['El Cairo'], it: ['Il Cairo'], zh: ['开罗'], ja: ['カイロ'], ko: ['카이로'] },
  JO: { en: ['Amman'], fr: ['Amman'], de: ['Amman'], es: ['Amán'], it: ['Amman'] },
  SA: { en: ['Riyadh'], fr: ['Riyad'], de: ['Riad'], es: ['Riad'], it: ['Riad'], zh: ['利雅得'], ja: ['リヤド'], ko: ['리야드'] },
  AE: { en: ['Abu Dhabi'], fr: ['Abou Dabi', 'Abu Dhabi'], de: ['Abu Dhabi'], es: ['Abu Dabi'], it: ['Abu Dhabi'], zh: ['阿布扎比'], ja: ['アブダビ'], ko: ['아부다비'] },
  QA: { en: ['Doha'], fr: ['Doha'], de: ['Doha'], es: ['Doha'], it: ['Doha'], zh: ['多哈'], ja: ['ドーハ'], ko: ['도하'] },
  IL: { en: ['Jerusalem'], fr: ['Jérusalem'], de: ['Jerusalem'], es: ['Jerusalén'], it: ['Gerusalemme'] },
  KE: { en: ['Nairobi'], fr: ['Nairobi'], de: ['Nairobi'], es: ['Nairobi'], it: ['Nairobi'], zh: ['内罗毕'], ja: ['ナイロビ'], ko: ['나이로비'] },
  NG: { en: ['Abuja'], fr: ['Abuja'], de: ['Abuja'], es: ['Abuya'], it: ['Abuja'], zh: ['阿布贾'], ja: ['アブジャ'], ko: ['아부자'] },
  GH: { en: ['Accra'], fr: ['Accra'], de: ['Accra'], es: ['Acra'], it: ['Accra'], zh: ['阿克拉'], ja: ['アクラ'], ko: ['아크라'] },
  SN: { en: ['Dakar'], fr: ['Dakar'], de: ['Dakar'], es: ['Dakar'], it: ['Dakar'], zh: ['达喀尔'], ja: ['ダカール'], ko: ['다카르'] },
  ET: { en: ['Addis Ababa'], fr: ['Addis-Abeba'], de: ['Addis Abeba'], es: ['Adís Abeba'], it: ['Addis Abeba'], zh: ['亚的斯亚贝巴'], ja: ['アディスアベバ'], ko: ['아디스아바바'] },
  RW: { en: ['Kigali'], fr: ['Kigali'], de: ['Kigali'], es: ['Kigali'], it: ['Kigali'] },
  ZA: { en: ['Pretoria'], fr: ['Pretoria'], de: ['Pretoria'], es: ['Pretoria'], it: ['Pretoria'], zh: ['比勒陀利亚'], ja: ['プレトリア'], ko: ['프리토리아'] },
  BR: { en: ['Brasília', 'Brasilia'], fr: ['Brasilia'], de: ['Brasília', 'Brasilia'], es: ['Brasilia'], it: ['Brasilia'], zh: ['巴西利亚'], ja: ['ブラジリア'], ko: ['브라질리아'] },
  AR: { en: ['Buenos Aires'], fr: ['Buenos Aires'], de: ['Buenos Aires'], es: ['Buenos Aires'], it: ['Buenos Aires'], zh: ['布宜诺斯艾利斯'], ja: ['ブエノスアイレス'], ko: ['부에노스아이레스'] },
  CL: { en: ['Santiago'], fr: ['Santiago'], de: ['Santiago'], es: ['Santiago'], it: ['Santiago'] },
  PE: { en: ['Lima'], fr: ['Lima'], de: ['Lima'], es: ['Lima'], it: ['Lima'] },
  CO: { en: ['Bogotá', 'Bogota'], fr: ['Bogota'], de: ['Bogotá'], es: ['Bogotá'], it: ['Bogotà', 'Bogotá'] },
  MX: { en: ['Mexico City'], de: ['Mexiko-Stadt'], es: ['Ciudad de México'], it: ['Città del Messico'] },
  UY: { en: ['Montevideo'], fr: ['Montevideo'], de: ['Montevideo'], es: ['Montevideo'], it: ['Montevideo'] },
  ID: { en: ['Jakarta'], fr: ['Jakarta'], de: ['Jakarta'], es: ['Yakarta'], it: ['Giacarta'], zh: ['雅加达'], ja: ['ジャカルタ'], ko: ['자카르타'] },
  PH: { en: ['Manila'], fr: ['Manille'], de: ['Manila'], es: ['Manila'], it: ['Manila'], zh: ['马尼拉'], ja: ['マニラ'], ko: ['마닐라'] },
  VN: { en: ['Hanoi'], fr: ['Hanoï'], de: ['Hanoi'], es: ['Hanói'], it: ['Hanoi'], zh: ['河内'], ja: ['ハノイ'], ko: ['하노이'] },
  TH: { en: ['Bangkok'], fr: ['Bangkok'], de: ['Bangkok'], es: ['Bangkok'], it: ['Bangkok'], zh: ['曼谷'], ja: ['バンコク'], ko: ['방콕'] },
  MY: { en: ['Kuala Lumpur'], fr: ['Kuala Lumpur'], de: ['Kuala Lumpur'], es: ['Kuala Lumpur'], it: ['Kuala Lumpur'], zh: ['吉隆坡'], ja: ['クアラルンプール'], ko: ['쿠알라룸푸르'] },
  PK: { en: ['Islamabad'], fr: ['Islamabad'], de: ['Islamabad'], es: ['Islamabad'], it: ['Islamabad'] },
  TW: { en: ['Taipei'], fr: ['Taipei'], de: ['Taipeh'], es: ['Taipéi'], it: ['Taipei'], zh: ['台北'], ja: ['台北'], ko: ['타이베이'] },
  KP: { en: ['Pyongyang'], fr: ['Pyongyang'], de: ['Pjöngjang'], es: ['Pionyang'], it: ['Pyongyang'], zh: ['平壤'], ja: ['平壌'], ko: ['평양'] },
  IR: { en: ['Tehran'], fr: ['Téhéran'], de: ['Teheran'], es: ['Teherán'], it: ['Teheran'], zh: ['德黑兰'], ja: ['テヘラン'], ko: ['테헤란'] },
};

/** The EU by its seat, in the eight languages: "Brussels and Tokyo agreed", "布鲁塞尔与北京". */
export const EU_SEAT_NAMES: readonly string[] = ['Brussels', 'Bruxelles', 'Brüssel', 'Bruselas', 'Bruxelas', '布鲁塞尔', 'ブリュッセル', '브뤼셀'];
