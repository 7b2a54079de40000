import { extract } from '../extract';

/** Partner ids of a text, as the specs ask for them. */
export const partnersOf = (text: string, language?: string): string[] => extract({ text, language }).partners;

/** "type|partner" of every instrument of a text. */
export const pairsOf = (text: string, language?: string): string[] => extract({ text, language }).instruments.map((i) => `${i.type}|${i.partner}`);
