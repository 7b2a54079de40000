import { extract } from '../extract';

/** Partner ids of a text, as the specs ask for them. */
export const partnersOf = (text: string, language?: string): string[] => extract({ text, language }).partners;

/** "type|partner" of every instrument of a text. */
export const pairsOf = (text: string, language?: string): string[] => extract({ text, language }).instruments.map((i) => `${i.type}|${i.partner}`);

/** Titles of the initiatives of a text. */
export const titlesOf = (text: string, language?: string): string[] => extract({ text, language }).initiatives.map((i) => i.title);

/** Area ids of a text. */
export const areasOf = (text: string, language?: string): string[] => extract({ text, language }).areas;
