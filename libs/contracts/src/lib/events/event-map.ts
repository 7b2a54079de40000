import { z } from 'zod';
import { DOCUMENT_EXTRACTED_V1, DocumentExtractedV1Schema } from './document-extracted.event';
import { DOCUMENT_FAILED_V1, DocumentFailedV1Schema, EXTRACTION_FAILED_V1 } from './document-failed.event';
import { DOCUMENT_INGESTED_V1, DocumentIngestedV1Schema } from './document-ingested.event';
import { DELIVERY_FAILED_V1, DeliveryFailedV1Schema } from './notification.events';
import {
  INITIATIVE_CREATED_V1,
  INITIATIVE_UPDATED_V1,
  InitiativeCreatedV1Schema,
  InitiativeUpdatedV1Schema,
  PARTNERSHIP_CREATED_V1,
  PartnershipCreatedV1Schema,
  PARTNERSHIP_UPDATED_V1,
  PartnershipUpdatedV1Schema,
} from './registry.events';

/** Every event subject and the schema of its `data`. `publish(subject, data)` is typed from this map. */
export const EVENT_SCHEMAS = {
  [DOCUMENT_INGESTED_V1]: DocumentIngestedV1Schema,
  [DOCUMENT_FAILED_V1]: DocumentFailedV1Schema,
  [DOCUMENT_EXTRACTED_V1]: DocumentExtractedV1Schema,
  [EXTRACTION_FAILED_V1]: DocumentFailedV1Schema,
  [INITIATIVE_CREATED_V1]: InitiativeCreatedV1Schema,
  [INITIATIVE_UPDATED_V1]: InitiativeUpdatedV1Schema,
  [PARTNERSHIP_CREATED_V1]: PartnershipCreatedV1Schema,
  [PARTNERSHIP_UPDATED_V1]: PartnershipUpdatedV1Schema,
  [DELIVERY_FAILED_V1]: DeliveryFailedV1Schema,
} as const;

export type EventSubject = keyof typeof EVENT_SCHEMAS;
export type EventData<S extends EventSubject> = z.infer<(typeof EVENT_SCHEMAS)[S]>;

/** Event subjects all start with this prefix; the JetStream stream captures `dpo.events.>`. */
export const EVENTS_PREFIX = 'dpo.events.';
export const DEAD_LETTER_PREFIX = 'dpo.dlq.';

export function isEventSubject(subject: string): subject is EventSubject {
  return Object.prototype.hasOwnProperty.call(EVENT_SCHEMAS, subject);
}
