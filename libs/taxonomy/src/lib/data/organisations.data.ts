import { TaxonomyItem } from '../taxonomy.types';

/**
 * Multilateral fora and bodies. `org:eu` is the EU itself: it is recognised so that
 * it can be excluded from partners, never to be reported as one.
 */
export const ORGANISATIONS: readonly TaxonomyItem[] = [
  {
    id: 'org:eu',
    label: 'European Union',
    names: {
      all: ['EU'],
      en: ['European Union', 'European Commission', 'Team Europe', 'European side'],
      fr: ['Union européenne', 'UE', 'Commission européenne', 'partie européenne'],
      de: ['Europäische Union', 'Europäischen Union', 'Europäische Kommission', 'Europäischen Kommission', 'europäische Seite', 'europäischen Seite'],
      es: ['Unión Europea', 'UE', 'Comisión Europea', 'parte europea'],
      it: ['Unione europea', 'UE', 'Commissione europea', 'parte europea'],
      zh: ['欧盟', '欧洲联盟', '欧盟委员会', '欧洲委员会', '欧方'],
      ja: ['欧州連合', '欧州委員会', 'ＥＵ', '欧州側'],
      ko: ['유럽연합', '유럽 연합', '유럽집행위원회', '유럽 측'],
    },
  },
  { id: 'org:oecd', label: 'OECD', names: { all: ['OECD'], en: ['Organisation for Economic Co-operation and Development'], fr: ['OCDE'], es: ['OCDE'], it: ['OCSE'], zh: ['经合组织', '经济合作与发展组织'], ja: ['経済協力開発機構'], ko: ['경제협력개발기구'] } },
  { id: 'org:itu', label: 'ITU', names: { all: ['ITU'], en: ['International Telecommunication Union'], fr: ['UIT'], es: ['UIT'], zh: ['国际电信联盟'], ja: ['国際電気通信連合'], ko: ['국제전기통신연합'] } },
  { id: 'org:enisa', label: 'ENISA', names: { all: ['ENISA'], en: ['European Union Agency for Cybersecurity'] } },
  { id: 'org:berec', label: 'BEREC', names: { all: ['BEREC'], en: ['Body of European Regulators for Electronic Communications'], fr: ['ORECE'], de: ['GEREK'], es: ['ORECE'], it: ['BEREC'] } },
  { id: 'org:edpb', label: 'EDPB', names: { all: ['EDPB', 'EDPS'], en: ['European Data Protection Board', 'European Data Protection Supervisor'], fr: ['CEPD'], de: ['EDSA'] } },
  { id: 'org:euspa', label: 'EUSPA', names: { all: ['EUSPA'], en: ['EU Agency for the Space Programme', 'European Union Agency for the Space Programme'] } },
  { id: 'org:europol', label: 'Europol', names: { all: ['Europol', 'Eurojust'] } },
  { id: 'org:nato', label: 'NATO', names: { all: ['NATO'], fr: ['OTAN'], es: ['OTAN'], zh: ['北约', '北大西洋公约组织'], ja: ['北大西洋条約機構'], ko: ['북대서양조약기구', '나토'] } },
  { id: 'org:un', label: 'United Nations', names: { all: ['UN'], en: ['United Nations', 'UN General Assembly'], fr: ['Nations unies', 'ONU'], de: ['Vereinte Nationen', 'Vereinten Nationen', 'UNO'], es: ['Naciones Unidas', 'ONU'], it: ['Nazioni Unite', 'ONU'], zh: ['联合国'], ja: ['国際連合', '国連'], ko: ['국제연합', '유엔'] } },
  { id: 'org:who', label: 'WHO', names: { all: ['WHO'], en: ['World Health Organization'], fr: ['OMS'], es: ['OMS'], zh: ['世界卫生组织', '世卫组织'], ja: ['世界保健機関'], ko: ['세계보건기구'] } },
  { id: 'org:eib', label: 'EIB', names: { all: ['EIB', 'EIB Global'], en: ['European Investment Bank'], fr: ['BEI'], zh: ['欧洲投资银行'] } },
  { id: 'org:smart-africa', label: 'Smart Africa', names: { all: ['Smart Africa'] } },
  { id: 'org:g7', label: 'G7', names: { all: ['G7', 'G-7'], zh: ['七国集团'], ja: ['主要7か国'] } },
  { id: 'org:g20', label: 'G20', names: { all: ['G20', 'G-20'], zh: ['二十国集团'] } },
  { id: 'org:unesco', label: 'UNESCO', names: { all: ['UNESCO'], zh: ['联合国教科文组织'] } },
  { id: 'org:ohchr', label: 'OHCHR', names: { all: ['OHCHR'] } },
  { id: 'org:osce', label: 'OSCE', names: { all: ['OSCE'], fr: ['OSCE'], de: ['OSZE'], zh: ['欧安组织'] } },
  { id: 'org:world-bank', label: 'World Bank', names: { en: ['World Bank', 'World Bank Group'], fr: ['Banque mondiale'], de: ['Weltbank'], es: ['Banco Mundial'], it: ['Banca mondiale'], zh: ['世界银行'], ja: ['世界銀行'], ko: ['세계은행'] } },
  { id: 'org:imf', label: 'IMF', names: { all: ['IMF'], en: ['International Monetary Fund'], fr: ['FMI'], zh: ['国际货币基金组织'] } },
  { id: 'org:wto', label: 'WTO', names: { all: ['WTO'], en: ['World Trade Organization'], fr: ['OMC'], zh: ['世界贸易组织', '世贸组织'] } },
  { id: 'org:icann', label: 'ICANN', names: { all: ['ICANN'] } },
  { id: 'org:council-of-europe', label: 'Council of Europe', names: { en: ['Council of Europe'], fr: ["Conseil de l'Europe"], de: ['Europarat'], zh: ['欧洲委员会理事会'] } },
  { id: 'org:gpai', label: 'Global Partnership on AI', names: { all: ['GPAI'], en: ['Global Partnership on AI', 'Global Partnership on Artificial Intelligence'] } },
];

/**
 * Bodies of the EU itself (its cybersecurity agency, its bank): on the EU's side of any cooperation they are named in ("the EIB
 * and Kenya signed", "an administrative arrangement between ENISA and Canada"), never its partners.
 */
export const EU_BODIES: readonly string[] = ['org:enisa', 'org:eib', 'org:berec', 'org:edpb', 'org:euspa', 'org:europol'];

