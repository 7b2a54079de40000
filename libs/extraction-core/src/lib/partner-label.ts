/**
 * A label for the partners of what the text describes, right before a colon: "Partner countries: Morocco, Tunisia" on a project
 * sheet, "three pilot countries: Rwanda, Senegal and Zambia", "Países beneficiarios elegibles: Costa Rica, …". Two lower-case words (an
 * adjective, "du programme") and one bracket may stand between the label and the colon. Also the header of a table's partner column ("| Lote | Países beneficiarios | Importe (EUR) |"), which then names partners even in a row of
 * figures (table-parser.ts).
 */
export const PARTNER_LABEL =
  /(?:^|[^\p{L}-])(?:partner\s+(?:countries|country|nations|states)|(?:national\s+)?counterparts?|contreparties?|controparti?|contrapartes?|(?:pilot|target|beneficiary|eligible|participating)\s+countries|associated\s+countr(?:y|ies)|pays\s+associés|assoziierte[n]?\s+l(?:ä|a)nder|paesi\s+associati|countries\s+covered|pays\s+(?:partenaires|pilotes|bénéficiaires|éligibles|cibles|participants)|pays\s+partenaire|partnerl(?:ä|a)nder|partnerland|partnerstaaten|pilotl(?:ä|a)nder|ziell(?:ä|a)nder|empf(?:ä|a)ngerl(?:ä|a)nder|teilnehmerl(?:ä|a)nder|teilnehmende\s+l(?:ä|a)nder|förderfähige\s+l(?:ä|a)nder|países\s+(?:socios|piloto|beneficiarios|elegibles|destinatarios|participantes|asociados)|país\s+socio|paesi\s+(?:partner|pilota|beneficiari|ammissibili|destinatari|partecipanti)|paese\s+partner|(?:合作)?伙伴国(?:家)?|试点国(?:家)?|受益国(?:家)?|参与国(?:家)?|参加国|パートナー国|対象国|受益国|パイロット国|파트너\s*국(?:가)?|협력국|시범\s*국가|수혜국|참여국|대상국)(?:\s+\p{Ll}+){0,2}(?:\s*[(（][^)）\n]{0,40}[)）])?\s*$/iu;

/** Number words two to ten in the five Latin languages: a counted label ("five pilot countries"), the countries counted of a region. */
export const COUNT: Record<string, number> = {
  two: 2, zwei: 2, deux: 2, dos: 2, due: 2, three: 3, drei: 3, trois: 3, tres: 3, tre: 3, four: 4, vier: 4, quatre: 4, cuatro: 4,
  quattro: 4, five: 5, fünf: 5, cinq: 5, cinco: 5, cinque: 5, six: 6, sechs: 6, seis: 6, sei: 6, seven: 7, sieben: 7, sept: 7,
  siete: 7, sette: 7, eight: 8, acht: 8, huit: 8, ocho: 8, otto: 8, nine: 9, neun: 9, neuf: 9, nueve: 9, nove: 9, ten: 10, zehn: 10,
  dix: 10, diez: 10, dieci: 10,
};
