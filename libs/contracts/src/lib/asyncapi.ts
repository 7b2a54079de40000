import { z } from 'zod';
import { CloudEventSchema } from './envelope';
import { EVENT_SCHEMAS } from './events/event-map';
import { RPC_SCHEMAS } from './rpc/rpc-map';

const key = (subject: string) => subject.replace(/^dpo\./, '').replace(/\./g, '_');

/** AsyncAPI 3.0 description of every event and request/reply subject, for subscribers in any language. */
export function asyncApiDocument(version: string): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const envelope = z.toJSONSchema(CloudEventSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
  delete envelope['$schema'];
  for (const [subject, schema] of Object.entries(EVENT_SCHEMAS)) {
    const k = key(subject);
    const data = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
    delete data['$schema'];
    messages[k] = {
      name: subject,
      contentType: 'application/cloudevents+json',
      summary: `CloudEvent of type ${subject}`,
      headers: {
        type: 'object',
        properties: {
          'Nats-Msg-Id': { type: 'string', description: 'Equals the CloudEvent id; publishing it twice stores it once' },
          traceparent: { type: 'string' },
          'correlation-id': { type: 'string' },
        },
      },
      payload: { allOf: [envelope, { type: 'object', properties: { type: { const: subject }, data } }] },
    };
    channels[k] = { address: subject, messages: { [k]: { $ref: `#/components/messages/${k}` } } };
    operations[`receive_${k}`] = { action: 'receive', channel: { $ref: `#/channels/${k}` } };
  }
  for (const [subject, { request, response }] of Object.entries(RPC_SCHEMAS)) {
    const k = key(subject);
    const req = z.toJSONSchema(request, { io: 'input', unrepresentable: 'any' });
    const res = z.toJSONSchema(response, { io: 'output', unrepresentable: 'any' });
    messages[`${k}_request`] = { name: `${subject} request`, contentType: 'application/json', payload: req };
    messages[`${k}_reply`] = {
      name: `${subject} reply`,
      contentType: 'application/json',
      payload: { oneOf: [{ type: 'object', properties: { ok: { const: true }, data: res } }, { type: 'object', properties: { ok: { const: false }, error: { type: 'object' } } }] },
    };
    channels[k] = { address: subject, messages: { request: { $ref: `#/components/messages/${k}_request` }, reply: { $ref: `#/components/messages/${k}_reply` } } };
    operations[`call_${k}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${k}` },
      messages: [{ $ref: `#/channels/${k}/messages/request` }],
      reply: { messages: [{ $ref: `#/channels/${k}/messages/reply` }] },
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Digital Partnership Observatory events',
      version,
      description:
        'Events are CloudEvents 1.0 (structured JSON) on the JetStream stream DPO_EVENTS (subjects dpo.events.>). ' +
        'Request/reply subjects (dpo.rpc.>) are core NATS with queue groups. The subject carries the version.',
    },
    servers: { local: { host: '127.0.0.1:4222', protocol: 'nats' } },
    channels,
    operations,
    components: { messages },
  };
}
