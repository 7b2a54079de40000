import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudEvent as CloudEventSdk } from 'cloudevents';
import { asyncApiDocument } from './asyncapi';
import { CreateSubscriptionDtoSchema } from './http/create-subscription.dto';
import { makeEnvelope } from './envelope';
import { ContractError, parseOrThrow } from './errors';
import { INITIATIVE_CREATED_V1 } from './events/registry.events';
import { EVENT_SCHEMAS } from './events/event-map';
import { contractJsonSchemas } from './json-schema';

describe('contracts', () => {
  it('wraps events in an envelope the CloudEvents SDK accepts', () => {
    const env = makeEnvelope(INITIATIVE_CREATED_V1, '/dpo/registry', { id: 'initiative:x' }, { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    const ce = new CloudEventSdk(env as never);
    expect(ce.type).toBe(INITIATIVE_CREATED_V1);
    expect(ce.specversion).toBe('1.0');
    expect(ce['traceparent']).toBe(env.traceparent);
  });

  it('names every bad field of a subscription and accepts areas with or without the prefix', () => {
    let caught: ContractError | undefined;
    try {
      parseOrThrow(CreateSubscriptionDtoSchema, { channel: 'email', url: 'not a url', filter: { partners: ['Japan'] } }, 'subscription');
    } catch (err) {
      caught = err as ContractError;
    }
    expect(caught?.code).toBe('invalid');
    expect([...new Set(caught?.details?.map((d) => d.path))].sort()).toEqual(['channel', 'filter.partners.0', 'url']);
    const ok = parseOrThrow(CreateSubscriptionDtoSchema, { channel: 'webhook', url: 'https://example.org/h', filter: { areas: ['quantum', 'area:ai'] } }, 'subscription');
    expect(ok.filter.areas).toEqual(['area:quantum', 'area:ai']);
    expect(ok.filter.events).toEqual([INITIATIVE_CREATED_V1]);
  });

  it('versions every event subject and keeps the committed JSON Schemas and AsyncAPI document current', () => {
    for (const subject of Object.keys(EVENT_SCHEMAS)) expect(subject).toMatch(/^dpo\.events\.[a-z-]+\.[a-z-]+\.[a-z-]+\.v\d+$/);
    const dir = join(__dirname, '../../generated');
    for (const [name, schema] of Object.entries(contractJsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(dir, 'json-schema', `${name}.json`), 'utf8'));
      expect({ name, schema: committed }).toEqual({ name, schema: JSON.parse(JSON.stringify(schema)) });
    }
    const asyncapi = JSON.parse(readFileSync(join(dir, 'asyncapi.json'), 'utf8'));
    expect(asyncapi).toEqual(JSON.parse(JSON.stringify(asyncApiDocument('1.0.0'))));
  });
});
