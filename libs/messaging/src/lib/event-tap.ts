import { CloudEvent, CloudEventSchema } from '@dpo/contracts';
import { connect, JSONCodec, NatsConnection, Subscription } from 'nats';
import { nsSubject } from './messaging.options';

const json = JSONCodec<unknown>();

/**
 * Live view of events as they are published (core NATS, no replay): for server-sent
 * events in the gateway and for tests that watch what the system emits.
 */
export class EventTap {
  private constructor(
    private readonly nc: NatsConnection,
    private readonly sub: Subscription,
  ) {}

  static async open(natsUrl: string, namespace: string, onEvent: (e: CloudEvent) => void, pattern = 'dpo.events.>'): Promise<EventTap> {
    const nc = await connect({ servers: natsUrl.split(','), name: 'event-tap', maxReconnectAttempts: -1 });
    const sub = nc.subscribe(nsSubject(namespace, pattern));
    void (async () => {
      for await (const m of sub) {
        const parsed = CloudEventSchema.safeParse(json.decode(m.data));
        if (parsed.success) onEvent(parsed.data as CloudEvent);
      }
    })();
    await nc.flush();
    return new EventTap(nc, sub);
  }

  async close(): Promise<void> {
    this.sub.unsubscribe();
    await this.nc.drain();
  }
}
