import { headers, MsgHdrs } from 'nats';
import { CloudEvent } from '@dpo/contracts';

export const H_TRACEPARENT = 'traceparent';
export const H_CORRELATION = 'correlation-id';
export const H_CE_TYPE = 'ce-type';
export const H_CE_ID = 'ce-id';
export const H_ERROR = 'dpo-error';
export const H_ORIGINAL_SUBJECT = 'dpo-original-subject';

export function headersFor(envelope: CloudEvent): MsgHdrs {
  const h = headers();
  h.set(H_CE_ID, envelope.id);
  h.set(H_CE_TYPE, envelope.type);
  if (envelope.traceparent) h.set(H_TRACEPARENT, envelope.traceparent);
  if (envelope.correlationid) h.set(H_CORRELATION, envelope.correlationid);
  return h;
}

export function traceFromHeaders(h: MsgHdrs | undefined): { traceparent?: string; correlationId?: string } {
  return {
    traceparent: h?.get(H_TRACEPARENT) || undefined,
    correlationId: h?.get(H_CORRELATION) || undefined,
  };
}
