import { z } from 'zod';
import { CloudEventSchema } from './envelope';
import { ErrorBodySchema } from './errors';
import { EVENT_SCHEMAS } from './events/event-map';
import { RPC_SCHEMAS } from './rpc/rpc-map';

/** JSON Schema (draft 2020-12) for every contract, keyed by a file-friendly name. */
export function contractJsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'cloudevent.envelope': z.toJSONSchema(CloudEventSchema, { unrepresentable: 'any' }),
    'error.body': z.toJSONSchema(ErrorBodySchema),
  };
  for (const [subject, schema] of Object.entries(EVENT_SCHEMAS)) {
    out[subject] = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  }
  for (const [subject, { request, response }] of Object.entries(RPC_SCHEMAS)) {
    out[`${subject}.request`] = z.toJSONSchema(request, { io: 'input', unrepresentable: 'any' });
    out[`${subject}.response`] = z.toJSONSchema(response, { io: 'output', unrepresentable: 'any' });
  }
  return out;
}
