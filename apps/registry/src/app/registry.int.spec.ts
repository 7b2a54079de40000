import {
  DOCUMENT_EXTRACTED_V1,
  GET_INITIATIVE_V1,
  INITIATIVE_CREATED_V1,
  INITIATIVE_UPDATED_V1,
  LIST_INITIATIVES_V1,
  LIST_PARTNERS_V1,
  LIST_PARTNERSHIPS_V1,
  PARTNERSHIP_CREATED_V1,
  PARTNERSHIP_UPDATED_V1,
} from '@dpo/contracts';
import { MessagingClient } from '@dpo/messaging';
import {
  expectEventually,
  makeExtractedEvent,
  makeExtractedInitiative,
  ServiceHarness,
  startServiceHarness,
} from '@dpo/testing';
import { RegistryConfigSchema } from './registry.config';
import { RegistryModule } from './registry.module';

describe('registry against real Postgres and NATS', () => {
  let h: ServiceHarness;
  let client: MessagingClient;
  const ofType = (t: string) => h.ofType(t);

  beforeAll(async () => {
    h = await startServiceHarness({
      serviceName: 'registry',
      module: (env) => RegistryModule.forRoot(RegistryConfigSchema.parse(env)),
    });
    client = h.client;
  }, 60_000);

  afterAll(() => h?.close());

  it('creates initiatives and partnerships once, with citations, and emits each created event once', async () => {
    const quantum = makeExtractedInitiative({
      key: 'initiative:eu-japan-quantum',
      partners: ['country:JP'],
      areas: ['area:quantum'],
    });
    const cables = makeExtractedInitiative({
      key: 'initiative:arctic-cable',
      partners: ['country:CA', 'country:JP'],
      areas: ['area:secure-infrastructure'],
    });
    const event = makeExtractedEvent({
      initiatives: [quantum, cables],
      instruments: [
        {
          type: 'digital-partnership',
          partner: 'country:JP',
          since: null,
          until: null,
          evidence: {
            start: 5,
            end: 30,
            quote: 'Digital Partnership with Japan',
          },
        },
      ],
    });
    await client.publish(DOCUMENT_EXTRACTED_V1, event, { id: 'extracted-1' });

    await expectEventually(() =>
      expect(ofType(INITIATIVE_CREATED_V1.replace(/^dpo/, 'dpo'))).toHaveLength(
        2,
      ),
    );
    await expectEventually(() =>
      expect(ofType(PARTNERSHIP_CREATED_V1)).toHaveLength(1),
    );

    const jp = await client.request(LIST_INITIATIVES_V1, {
      partner: 'country:JP',
    });
    expect(jp.total).toBe(2);
    const one = await client.request(GET_INITIATIVE_V1, {
      id: 'initiative:eu-japan-quantum',
    });
    expect(one.sources).toEqual([
      { documentId: event.documentId, ...quantum.evidence },
    ]);
    const quantumOnly = await client.request(LIST_INITIATIVES_V1, {
      area: 'area:quantum',
    });
    expect(quantumOnly.items.map((i) => i.id)).toEqual([
      'initiative:eu-japan-quantum',
    ]);
    const partners = await client.request(LIST_PARTNERS_V1, {});
    expect(partners.items.find((p) => p.id === 'country:JP')).toMatchObject({
      initiativeCount: 2,
      instruments: ['digital-partnership'],
    });

    // The same document extracted again (a new event id, as after a replay beyond the dedupe window)
    // finds nothing new: no write, no event.
    await client.publish(DOCUMENT_EXTRACTED_V1, event, {
      id: 'extracted-1-replayed',
    });
    const marker = makeExtractedEvent({
      initiatives: [makeExtractedInitiative({ key: 'initiative:marker' })],
    });
    await client.publish(DOCUMENT_EXTRACTED_V1, marker, { id: 'marker' });
    await expectEventually(() =>
      expect(ofType(INITIATIVE_CREATED_V1)).toHaveLength(3),
    );
    expect(ofType(INITIATIVE_UPDATED_V1)).toHaveLength(0);
    expect(ofType(PARTNERSHIP_CREATED_V1)).toHaveLength(1);
  });

  it('merges a second document into an existing initiative and announces the update', async () => {
    const second = makeExtractedEvent({
      initiatives: [
        makeExtractedInitiative({
          key: 'initiative:eu-japan-quantum',
          partners: ['country:KR'],
          areas: ['area:quantum'],
          evidence: { start: 1, end: 9, quote: 'Korea too' },
        }),
      ],
    });
    await client.publish(DOCUMENT_EXTRACTED_V1, second, { id: 'extracted-2' });
    await expectEventually(() =>
      expect(ofType(INITIATIVE_UPDATED_V1)).toHaveLength(1),
    );
    const updated = ofType(INITIATIVE_UPDATED_V1)[0]!.data as {
      partners: string[];
      changes: string[];
      sources: unknown[];
    };
    expect(updated.partners).toEqual(['country:JP', 'country:KR']);
    expect(updated.changes).toEqual(
      expect.arrayContaining(['partners', 'sources']),
    );
    expect(updated.sources).toHaveLength(2);
  });

  it('keeps the earliest start and the latest end that any source gives a partnership, and announces each change once', async () => {
    const instrument = (since: string | null, until: string | null, quote: string) => ({
      type: 'trade-and-technology-council',
      partner: 'country:IN',
      since,
      until,
      evidence: { start: 0, end: quote.length, quote },
    });
    const created = () => ofType(PARTNERSHIP_CREATED_V1).filter((e) => e.subject === 'partnership:trade-and-technology-council:country:IN');
    const updated = () =>
      ofType(PARTNERSHIP_UPDATED_V1).map((e) => e.data as { since: string | null; until: string | null; changes: string[]; sources: unknown[] });
    await client.publish(
      DOCUMENT_EXTRACTED_V1,
      makeExtractedEvent({ instruments: [instrument('2023-02', null, 'The EU-India TTC, launched in February 2023')] }),
      { id: 'dates-1' },
    );
    await expectEventually(() => expect(created()).toHaveLength(1));
    expect(created()[0]!.data).toMatchObject({ id: 'partnership:trade-and-technology-council:country:IN', since: '2023-02', until: null });

    // a second document gives an earlier (less precise) start and an end
    const second = makeExtractedEvent({ instruments: [instrument('2022', '2030', 'agreed in 2022, the TTC runs until 2030')] });
    await client.publish(DOCUMENT_EXTRACTED_V1, second, { id: 'dates-2' });
    await expectEventually(() => expect(updated()).toHaveLength(1));
    expect(updated()[0]).toMatchObject({ since: '2022', until: '2030', changes: ['since', 'until', 'sources'] });

    // a third cites it without dates: a new source only; the second again under a new event id: nothing
    await client.publish(DOCUMENT_EXTRACTED_V1, makeExtractedEvent({ instruments: [instrument(null, null, 'the TTC met again')] }), {
      id: 'dates-3',
    });
    await client.publish(DOCUMENT_EXTRACTED_V1, second, { id: 'dates-2-replayed' });
    await expectEventually(() => expect(updated()).toHaveLength(2));
    expect(updated()[1]).toMatchObject({ since: '2022', until: '2030', changes: ['sources'] });
    expect(updated()[1]!.sources).toHaveLength(3);

    const marker = makeExtractedEvent({ initiatives: [makeExtractedInitiative({ key: 'initiative:dates-marker' })] });
    await client.publish(DOCUMENT_EXTRACTED_V1, marker, { id: 'dates-marker' });
    await expectEventually(() => expect(ofType(INITIATIVE_CREATED_V1).some((e) => e.subject === 'initiative:dates-marker')).toBe(true));
    expect(updated()).toHaveLength(2);
    expect(created()).toHaveLength(1);
    const list = await client.request(LIST_PARTNERSHIPS_V1, { partner: 'country:IN' });
    expect(list.items).toEqual([expect.objectContaining({ since: '2022', until: '2030' })]);
  });

  it('answers bad queries with a clear invalid error', async () => {
    await expect(
      client.request(LIST_INITIATIVES_V1, { partner: 'Japan' as never }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      client.request(GET_INITIATIVE_V1, { id: 'initiative:nope' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
