/**
 * National public bodies that texts name without their country: telecoms and spectrum regulators, data-protection authorities,
 * standards bodies, cybersecurity and digital agencies. A regulator's notice says "Arcep signs two memoranda with the ARTP of
 * Senegal", "BEREC and ANRCETI", "DIN und Uzstandard vereinbaren Zusammenarbeit": the body is its state's side of the cooperation.
 * They enter the gazetteer as names of their country (kind `country`, every language), so that a member state's body is the EU's
 * side wherever it acts and a partner's body is read as its state, with the role its sentence gives it.
 *
 * Written here because no maintained package lists public bodies by country. Only names that are not also common words or other
 * bodies' acronyms: "ACM", "BSI" (also the British Standards Institution), "UNI", "UNE", "RIA", "TRC", "NCC", "CRC", "OFCOM"
 * (Switzerland's, not the United Kingdom's "Ofcom") are left out. The EU's own bodies (BEREC, ENISA, …) are organisations
 * (`organisations.data.ts`, `EU_BODIES`).
 */
export const PUBLIC_BODIES: Readonly<Record<string, readonly string[]>> = {
  // EU member states
  AT: ['RTR-GmbH', 'Rundfunk und Telekom Regulierungs-GmbH'],
  BE: ['BIPT', 'IBPT', 'Belgian Institute for Postal Services and Telecommunications'],
  BG: ['Communications Regulation Commission'],
  CZ: ['ČTÚ', 'NÚKIB'],
  DE: ['Bundesnetzagentur', 'BNetzA', 'DIN', 'Deutsches Institut für Normung', 'Physikalisch-Technische Bundesanstalt', 'Fraunhofer-Gesellschaft', 'BfDI'],
  DK: ['Energistyrelsen', 'Danish Energy Agency'],
  EE: ['Riigi Infosüsteemi Amet', 'Estonian Information System Authority'],
  ES: ['CNMC', 'Comisión Nacional de los Mercados y la Competencia', 'AEPD', 'Agencia Española de Protección de Datos', 'CDTI'],
  FI: ['Traficom'],
  FR: ['Arcep', 'ARCEP', 'ANFR', 'Agence nationale des fréquences', 'CNIL', 'AFNOR', 'Inria', 'CNRS'],
  GR: ['EETT'],
  HR: ['HAKOM'],
  HU: ['NMHH'],
  IE: ['ComReg'],
  IT: ['AGCOM', 'Agcom', 'Autorità per le Garanzie nelle Comunicazioni', 'Garante per la protezione dei dati personali', 'AgID', 'MIMIT', 'Ministero delle Imprese e del Made in Italy'],
  LU: ['ILR', 'Institut Luxembourgeois de Régulation'],
  LV: ['SPRK'],
  NL: ['Rijksinspectie Digitale Infrastructuur', 'Agentschap Telecom', 'RVO', 'Netherlands Enterprise Agency'],
  PL: ['UKE', 'Urząd Komunikacji Elektronicznej', 'NASK'],
  PT: ['ANACOM'],
  RO: ['ANCOM'],
  SE: ['Post- och telestyrelsen', 'Swedish Post and Telecom Authority'],
  SI: ['AKOS'],
  // partners, candidates and others
  AL: ['AKEP', 'AKCESK', 'AKSHI'],
  AM: ['PSRC'],
  AR: ['ENACOM'],
  AE: ['TDRA'],
  // (not "RAK", Bosnia and Herzegovina's regulator: also the usual short name of Ras Al Khaimah)
  BA: ['Regulatorna agencija za komunikacije'],
  BR: ['ANATEL', 'Anatel', 'ANPD'],
  CA: ['CRTC'],
  CI: ['ARTCI'],
  CL: ['SUBTEL', 'Subtel'],
  CN: ['MIIT', 'CCSA', 'TC260'],
  CO: ['MinTIC'],
  CR: ['MICITT', 'SUTEL'],
  DZ: ['ARPCE'],
  EG: ['NTRA'],
  GB: ['Ofcom'],
  ID: ['BSSN', 'Kominfo', 'Komdigi'],
  IN: ['TRAI', 'MeitY', 'CERT-In'],
  KE: ['ODPC'],
  KR: ['PIPC', 'KISA'],
  MA: ['ANRT'],
  MD: ['ANRCETI'],
  ME: ['EKIP'],
  MK: ['AEK'],
  NG: ['NITDA'],
  PE: ['OSIPTEL'],
  PH: ['DICT'],
  RS: ['RATEL'],
  RW: ['RURA'],
  SA: ['CST', 'NDMO'],
  SG: ['IMDA'],
  SN: ['ARTP'],
  TH: ['NBTC'],
  TN: ['INTT'],
  TR: ['BTK'],
  UA: ['NCEC', 'NKEK'],
  US: ['FCC', 'NIST', 'NTIA'],
  UZ: ['Uzstandard'],
  VU: ['TRBR'],
  XK: ['ARKEP'],
  ZA: ['ICASA'],
};

const BODY_NAMES: ReadonlySet<string> = new Set(Object.values(PUBLIC_BODIES).flat());

/** The surface is a public body's name as written in `PUBLIC_BODIES` ("AKCESK"), not its country's. */
export function isPublicBodyName(surface: string): boolean {
  return BODY_NAMES.has(surface);
}
