import { TaxonomyItem } from '../taxonomy.types';

/**
 * Well-known named initiatives. Extraction also recognises unknown ones by pattern;
 * this list only guarantees stable ids for the frequent ones.
 */
export const KNOWN_INITIATIVES: readonly TaxonomyItem[] = [
  { id: 'initiative:global-gateway', label: 'Global Gateway', names: { all: ['Global Gateway'], fr: ['Global Gateway', 'passerelle mondiale'], zh: ['全球门户'], ja: ['グローバル・ゲートウェイ'], ko: ['글로벌 게이트웨이'] } },
  { id: 'initiative:bella', label: 'BELLA', names: { all: ['BELLA'] } },
  { id: 'initiative:medusa', label: 'MEDUSA', names: { all: ['MEDUSA'] } },
  { id: 'initiative:blue-raman', label: 'Blue-Raman', names: { all: ['Blue-Raman', 'Blue Raman'] } },
  { id: 'initiative:iris2', label: 'IRIS²', names: { all: ['IRIS²', 'IRIS2'] } },
  { id: 'initiative:ai-factories', label: 'AI Factories', names: { all: ['AI Factories', 'AI Factory'], zh: ['AI工厂'] } },
  { id: 'initiative:ai-gigafactories', label: 'AI Gigafactories', names: { all: ['AI Gigafactories', 'AI Gigafactory'] } },
  { id: 'initiative:eu-lac-digital-alliance', label: 'EU-LAC Digital Alliance', names: { all: ['EU-LAC Digital Alliance', 'EU-Latin America and Caribbean Digital Alliance'] } },
  { id: 'initiative:copernicus', label: 'Copernicus', names: { all: ['Copernicus'] } },
  { id: 'initiative:eurohpc', label: 'EuroHPC', names: { all: ['EuroHPC', 'EuroHPC Joint Undertaking'] } },
  { id: 'initiative:d4d-hub', label: 'D4D Hub', names: { all: ['D4D Hub', 'Digital for Development Hub'] } },
  { id: 'initiative:eu4digital', label: 'EU4Digital', names: { all: ['EU4Digital'] } },
  { id: 'initiative:connecting-europe-facility', label: 'Connecting Europe Facility', names: { all: ['Connecting Europe Facility'] } },
  { id: 'initiative:digital-europe-programme', label: 'Digital Europe Programme', names: { all: ['Digital Europe Programme', 'Digital Europe programme'] } },
  { id: 'initiative:imec', label: 'India-Middle East-Europe Economic Corridor', names: { all: ['IMEC', 'India-Middle East-Europe Economic Corridor'] } },
  { id: 'initiative:open-internet-stack', label: 'Open Internet Stack', names: { all: ['Open Internet Stack'] } },
  { id: 'initiative:investai', label: 'InvestAI', names: { all: ['InvestAI'] } },
];

/** All-caps words that are generic acronyms, never names of initiatives. */
export const GENERIC_ACRONYMS: ReadonlySet<string> = new Set([
  'EU', 'UN', 'AI', 'HPC', 'ICT', 'DPI', 'SME', 'SMES', 'R&I', 'CEO', 'GDP', 'ISO', 'IT', 'US', 'UK', 'USA', 'EC', 'EUR', 'USD', 'CFSP', 'CSDP',
  'JOIN', 'COM', 'SWD', 'PDF', 'NGO', 'NGOS', 'CSO', 'CSOS', 'RAN', 'XR', 'VR', 'STEM', 'PFAS', 'PCB', 'EDA', 'IP', 'QKD', 'ESG', 'FDI', 'OJ',
  'COVID', 'THE', 'AND', 'FOR', 'WITH', 'ANNEX', 'EN', 'FR', 'DE', 'ES', 'IT', 'JA', 'KO', 'ZH', 'EUROPEAN', 'COMMISSION', 'COUNCIL', 'PARLIAMENT',
  'COMMUNICATION', 'JOINT', 'CHAPTER', 'CONTENTS', 'TTC', 'FTA', 'MOU', 'MRA', 'DSA', 'DMA', 'GDPR', 'CRA', 'CADA', 'FIMI', 'WSIS', 'IGF',
]);
