/** Where a fact was read: character span in the input text, page when known, and the sentence. */
export interface Span {
  start: number;
  end: number;
  page?: number;
  quote: string;
}

export interface Timeline {
  raw: string;
  start: string | null;
  end: string | null;
  recurrence: 'continuous' | 'annual' | 'ongoing' | 'one-off';
}

export interface Money {
  raw: string;
  amount: number;
  currency: string;
}

export type ExtractedEntityType = 'country' | 'region' | 'org' | 'instrument' | 'initiative' | 'area' | 'act' | 'docref';

export interface ExtractedEntity {
  type: ExtractedEntityType;
  id: string;
  text: string;
  start: number;
  end: number;
  role: 'partner' | 'other';
  page?: number;
}

export interface ExtractedInstrument {
  type: string;
  partner: string;
  /** when the instrument began, from a start word in its clause ("established in 2024"): "2024", "2025-03", "2022-05-16" */
  since: string | null;
  /** when it ends, from "until"/"runs to" in its clause */
  until: string | null;
  evidence: Span;
}

export interface ExtractedInitiative {
  /** stable slug, unique within the document, e.g. 'initiative:eu-japan-quantum-computing-collaboration' */
  key: string;
  title: string;
  description: string | null;
  partners: string[];
  /** 'area:quantum' */
  areas: string[];
  timeline: Timeline | null;
  money: Money[];
  instruments: string[];
  evidence: Span;
}

export interface ExtractionResult {
  language: string;
  languages: string[];
  title: string | null;
  date: string | null;
  reference: string | null;
  references: string[];
  partners: string[];
  instruments: ExtractedInstrument[];
  initiatives: ExtractedInitiative[];
  areas: string[];
  money: Money[];
  entities: ExtractedEntity[];
}

export interface PageRange {
  page: number;
  start: number;
  end: number;
}

export interface ExtractInput {
  text: string;
  language?: string;
  pages?: PageRange[];
  filename?: string;
  /**
   * false: the rules' partners alone, without the partner model (partner-model.ts). For the evaluation's stored first outputs,
   * which the model is trained on; a user wants the default.
   */
  partnerModel?: boolean;
  /** false: the rules' document areas alone, without the area model (area-model.ts). For training it; a user wants the default. */
  areaModel?: boolean;
}
