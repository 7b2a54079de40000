import { TaxonomyItem } from '../taxonomy.types';

/** EU legal acts that documents cite by name. */
export const LEGAL_ACTS: readonly TaxonomyItem[] = [
  { id: 'act:gdpr', label: 'General Data Protection Regulation', names: { all: ['GDPR'], en: ['General Data Protection Regulation'], fr: ['RGPD', 'règlement général sur la protection des données'], de: ['DSGVO', 'Datenschutz-Grundverordnung'], es: ['RGPD', 'Reglamento General de Protección de Datos'], it: ['GDPR', 'regolamento generale sulla protezione dei dati'], zh: ['通用数据保护条例'], ja: ['一般データ保護規則'], ko: ['일반개인정보보호법', '일반 데이터 보호 규정'] } },
  { id: 'act:dsa', label: 'Digital Services Act', names: { all: ['DSA'], en: ['Digital Services Act'], fr: ['règlement sur les services numériques'], de: ['Gesetz über digitale Dienste'], es: ['Ley de Servicios Digitales'], it: ['legge sui servizi digitali'], zh: ['数字服务法'], ja: ['デジタルサービス法'] } },
  { id: 'act:dma', label: 'Digital Markets Act', names: { all: ['DMA'], en: ['Digital Markets Act'], fr: ['règlement sur les marchés numériques'], de: ['Gesetz über digitale Märkte'], es: ['Ley de Mercados Digitales'], zh: ['数字市场法'], ja: ['デジタル市場法'] } },
  { id: 'act:cyber-resilience-act', label: 'Cyber Resilience Act', names: { all: ['CRA'], en: ['Cyber Resilience Act'], fr: ['règlement sur la cyberrésilience'], de: ['Cyberresilienzgesetz'], zh: ['网络韧性法'] } },
  { id: 'act:chips-act', label: 'Chips Act', names: { en: ['Chips Act', 'European Chips Act'], fr: ['législation européenne sur les semi-conducteurs'], de: ['Chip-Gesetz'], es: ['Ley Europea de Chips', 'Ley de Chips'], it: ['legge europea sui chip'], zh: ['芯片法案', '芯片法'], ja: ['欧州半導体法'], ko: ['반도체법'] } },
  { id: 'act:cada', label: 'Cloud and AI Development Act', names: { all: ['CADA'], en: ['Cloud and AI Development Act'], zh: ['云与AI发展法'] } },
  { id: 'act:data-act', label: 'Data Act', names: { en: ['Data Act'], fr: ['règlement sur les données'], de: ['Datengesetz'], es: ['Ley de Datos'], it: ['regolamento sui dati'], zh: ['数据法'] } },
  { id: 'act:ai-act', label: 'AI Act', names: { en: ['AI Act', 'Artificial Intelligence Act'], fr: ["règlement sur l'IA", "règlement européen sur l'IA", "règlement sur l'intelligence artificielle", "loi sur l'intelligence artificielle", "loi sur l'IA"], de: ['KI-Verordnung', 'KI-Gesetz', 'Gesetz über künstliche Intelligenz'], es: ['Reglamento de IA', 'Reglamento de Inteligencia Artificial', 'Ley de IA', 'Ley de Inteligencia Artificial'], it: ["regolamento sull'IA", "regolamento sull'intelligenza artificiale", "legge sull'intelligenza artificiale", "legge sull'IA"], zh: ['人工智能法'], ja: ['AI法', 'AI規則'], ko: ['AI법', '인공지능법'] } },
  { id: 'act:cyber-solidarity-act', label: 'Cyber Solidarity Act', names: { en: ['Cyber Solidarity Act'] } },
  { id: 'act:cybersecurity-act', label: 'Cybersecurity Act', names: { en: ['Cybersecurity Act'] } },
  { id: 'act:interoperable-europe-act', label: 'Interoperable Europe Act', names: { en: ['Interoperable Europe Act'] } },
  { id: 'act:data-governance-act', label: 'Data Governance Act', names: { en: ['Data Governance Act'] } },
  { id: 'act:nis2', label: 'NIS2 Directive', names: { all: ['NIS2'], en: ['NIS2 Directive'] } },
  { id: 'act:digital-networks-act', label: 'Digital Networks Act', names: { en: ['Digital Networks Act'], zh: ['数字网络法'] } },
  { id: 'act:eidas', label: 'eIDAS Regulation', names: { all: ['eIDAS'], en: ['eIDAS Regulation'] } },
];
