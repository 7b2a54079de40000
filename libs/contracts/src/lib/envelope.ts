import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * CloudEvents 1.0 structured-mode JSON envelope. `traceparent` is the W3C
 * distributed-tracing extension; `correlationid` ties an event to the request
 * that caused it.
 */
export const CloudEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1).max(200),
  source: z.string().min(1).max(200),
  type: z.string().min(1).max(200),
  time: z.string().datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  subject: z.string().max(500).optional(),
  dataschema: z.string().max(500).optional(),
  traceparent: z.string().max(200).optional(),
  correlationid: z.string().max(200).optional(),
  data: z.unknown(),
});
export type CloudEvent<T = unknown> = Omit<z.infer<typeof CloudEventSchema>, 'data'> & { data: T };

export interface EnvelopeOptions {
  id?: string;
  subject?: string;
  traceparent?: string;
  correlationid?: string;
  time?: Date;
}

/** The CloudEvent `type` is the versioned subject itself, so one name identifies a message everywhere. */
export function makeEnvelope<T>(type: string, source: string, data: T, opts: EnvelopeOptions = {}): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: opts.id ?? randomUUID(),
    source,
    type,
    time: (opts.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    dataschema: `urn:dpo:schema:${type}`,
    ...(opts.subject ? { subject: opts.subject } : {}),
    ...(opts.traceparent ? { traceparent: opts.traceparent } : {}),
    ...(opts.correlationid ? { correlationid: opts.correlationid } : {}),
    data,
  };
}
