import { PageSpan } from '../document-parsing.types';

/** What a format parser hands back; language and limits are applied once, by parseDocument. */
export interface ExtractedContent {
  text: string;
  encoding?: string;
  title?: string;
  pages?: PageSpan[];
  warnings: string[];
}

export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
}
