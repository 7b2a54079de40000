/**
 * A label for the partners of what the text describes, right before a colon: "Partner countries: Morocco, Tunisia" on a project
 * sheet, "three pilot countries: Rwanda, Senegal and Zambia", "Países beneficiarios elegibles: Costa Rica, …". Two lower-case words (an
 * adjective, "du programme") and one bracket may stand between the label and the colon. Also the header of a table's partner column ("| Lote | Países beneficiarios | Importe (EUR) |"), which then names partners even in a row of
 * figures (table-parser.ts).
 */
export const PARTNER_LABEL =
  /(?:^|[^\p{L}-])(?:partner\s+(?:countries|country|nations|states)|(?:pilot|target|beneficiary|eligible|participating)\s+countries|associated\s+countr(?:y|ies)|pays\s+associés|assoziierte[n]?\s+l(?:ä|a)nder|paesi\s+associati|countries\s+covered|pays\s+(?:partenaires|pilotes|bénéficiaires|éligibles|cibles|participants)|pays\s+partenaire|partnerl(?:ä|a)nder|partnerland|partnerstaaten|pilotl(?:ä|a)nder|ziell(?:ä|a)nder|empf(?:ä|a)ngerl(?:ä|a)nder|teilnehmerl(?:ä|a)nder|teilnehmende\s+l(?:ä|a)nder|förderfähige\s+l(?:ä|a)nder|países\s+(?:socios|piloto|beneficiarios|elegibles|destinatarios|participantes|asociados)|país\s+socio|paesi\s+(?:partner|pilota|beneficiari|ammissibili|destinatari|partecipanti)|paese\s+partner|(?:合作)?伙伴国(?:家)?|试点国(?:家)?|受益国(?:家)?|参与国(?:家)?|参加国|パートナー国|対象国|受益国|パイロット国|파트너\s*국(?:가)?|협력국|시범\s*국가|수혜국|참여국|대상국)(?:\s+\p{Ll}+){0,2}(?:\s*[(（][^)）\n]{0,40}[)）])?\s*$/iu;
