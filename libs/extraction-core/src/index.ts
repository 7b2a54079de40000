export { extract, findEntities, EXTRACTOR_VERSION } from './lib/extract';
export type { EntityMention } from './lib/extract';
export type {
  Span,
  Timeline,
  Money,
  ExtractedEntity,
  ExtractedEntityType,
  ExtractedInstrument,
  ExtractedInitiative,
  ExtractionResult,
  ExtractInput,
  PageRange,
} from './lib/extraction.types';
export { parseTimeline } from './lib/timeline-parser';
export { findMoney } from './lib/money-parser';
export { findDates } from './lib/date-parser';
export { findDocrefs } from './lib/docref-parser';
export { applyPartnerModel, partnerFeatures, partnerProbability, PARTNER_MODEL } from './lib/partner-model';
export type { PartnerModel, ModelInput } from './lib/partner-model';
export { applyAreaModel, areaFeatures, areaProbability, AREA_MODEL } from './lib/area-model';
export type { AreaModel, AreaModelInput } from './lib/area-model';
