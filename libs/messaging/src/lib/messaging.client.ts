import {
  CloudEvent,
  ContractError,
  ErrorBodySchema,
  EVENT_SCHEMAS,
  EventData,
  EventSubject,
  makeEnvelope,
  parseOrThrow,
  RPC_SCHEMAS,
  RpcRequest,
  RpcResponse,
  RpcSubject,
} from '@dpo/contracts';
import { currentTrace, newTraceparent } from '@dpo/observability';
import { ErrorCode as NatsErrorCode, headers, JSONCodec, ObjectStore, StorageType } from 'nats';
import { createHash } from 'node:crypto';
import { headersFor, H_CORRELATION, H_TRACEPARENT } from './headers';
import { bucketName, canonicalSubject, eventsStreamName, MessagingOptions, nsSubject } from './messaging.options';
import { NatsHandle, openNats } from './nats-connection';

const json = JSONCodec<unknown>();

export interface PublishOptions {
  /** Deterministic id → `Nats-Msg-Id`, so a retried publish is dropped by the server. */
  id?: string;
  subject?: string;
}

export interface BlobRef {
  bucket: string;
  name: string;
  size: number;
  sha256: string;
}

/**
 * Everything a service does on NATS, behind typed methods: publish events,
 * call request/reply, store and fetch large blobs. The raw client stays here.
 */
export class MessagingClient {
  private readonly stores = new Map<string, Promise<ObjectStore>>();

  private constructor(
    readonly options: MessagingOptions,
    private readonly handle: NatsHandle,
  ) {}

  static async connect(options: MessagingOptions): Promise<MessagingClient> {
    return new MessagingClient(options, await openNats(options, 'client'));
  }

  get isConnected(): boolean {
    return !this.handle.nc.isClosed();
  }

  /** Round trip to the server, for readiness checks. */
  async ping(): Promise<number> {
    return this.handle.nc.rtt();
  }

  envelope<S extends EventSubject>(subject: S, data: EventData<S>, opts: PublishOptions = {}): CloudEvent<EventData<S>> {
    const parsed = parseOrThrow(EVENT_SCHEMAS[subject], data, `${subject} payload`) as EventData<S>;
    const trace = currentTrace();
    return makeEnvelope(subject, `/dpo/${this.options.serviceName}`, parsed, {
      id: opts.id,
      subject: opts.subject,
      traceparent: trace?.traceparent ?? newTraceparent(),
      correlationid: trace?.correlationId,
    });
  }

  async publish<S extends EventSubject>(subject: S, data: EventData<S>, opts: PublishOptions = {}): Promise<{ duplicate: boolean; seq: number }> {
    return this.publishEnvelope(this.envelope(subject, data, opts));
  }

  /** Publish an already-built envelope (the outbox relay does this); its id is the dedupe key. */
  async publishEnvelope(envelope: CloudEvent): Promise<{ duplicate: boolean; seq: number }> {
    const ack = await this.handle.js.publish(nsSubject(this.options.namespace, envelope.type), json.encode(envelope), {
      msgID: envelope.id,
      headers: headersFor(envelope),
    });
    return { duplicate: ack.duplicate, seq: ack.seq };
  }

  /** Request/reply on core NATS; the reply is validated against the contract before it is returned. */
  async request<S extends RpcSubject>(subject: S, payload: RpcRequest<S>, timeoutMs = 10_000): Promise<RpcResponse<S>> {
    const schemas = RPC_SCHEMAS[subject];
    const body = parseOrThrow(schemas.request, payload, `${subject} request`);
    const h = headers();
    const trace = currentTrace();
    h.set(H_TRACEPARENT, trace?.traceparent ?? newTraceparent());
    if (trace?.correlationId) h.set(H_CORRELATION, trace.correlationId);
    let reply;
    try {
      reply = await this.handle.nc.request(nsSubject(this.options.namespace, subject), json.encode(body), {
        timeout: timeoutMs,
        headers: h,
      });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === NatsErrorCode.NoResponders) {
        throw new ContractError('unavailable', `no service answers ${subject}; is it running?`);
      }
      if (code === NatsErrorCode.Timeout) throw new ContractError('unavailable', `${subject} timed out after ${timeoutMs} ms`);
      throw err;
    }
    const decoded = json.decode(reply.data) as { ok?: boolean; data?: unknown; error?: unknown };
    if (decoded.ok === true) return parseOrThrow(schemas.response, decoded.data, `${subject} response`) as RpcResponse<S>;
    const error = ErrorBodySchema.safeParse(decoded.error);
    if (error.success) throw new ContractError(error.data.code, error.data.message, error.data.details);
    throw new ContractError('internal', `malformed reply on ${subject}`);
  }

  private store(bucket: string): Promise<ObjectStore> {
    const name = bucketName(this.options.namespace, bucket);
    let store = this.stores.get(name);
    if (!store) {
      store = this.handle.js.views.os(name, { storage: StorageType.File, description: `DPO ${bucket}` });
      store.catch(() => this.stores.delete(name));
      this.stores.set(name, store);
    }
    return store;
  }

  /** Store bytes under a content-addressed name; putting the same bytes twice is harmless. */
  async putBlob(bucket: string, bytes: Uint8Array, name?: string): Promise<BlobRef> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const objectName = name ?? sha256;
    const os = await this.store(bucket);
    const existing = await os.info(objectName);
    if (!existing || existing.deleted || existing.size !== bytes.length) {
      await os.putBlob({ name: objectName }, bytes);
    }
    return { bucket, name: objectName, size: bytes.length, sha256 };
  }

  async getBlob(ref: { bucket: string; name: string }): Promise<Uint8Array | null> {
    const os = await this.store(ref.bucket);
    return os.getBlob(ref.name);
  }

  /** Events stored in the stream per subject (canonical names), e.g. to check nothing was stored twice. */
  async storedEventCounts(filter = 'dpo.events.>'): Promise<Record<string, number>> {
    const info = await this.handle.jsm.streams.info(eventsStreamName(this.options.namespace), {
      subjects_filter: nsSubject(this.options.namespace, filter),
    });
    const counts: Record<string, number> = {};
    for (const [subject, n] of Object.entries(info.state.subjects ?? {})) {
      counts[canonicalSubject(this.options.namespace, subject)] = n;
    }
    return counts;
  }

  /** Messages waiting for each of this service's durable consumers (a replica-independent lag). */
  async consumerLag(): Promise<Record<string, { pending: number; ackPending: number; redelivered: number }>> {
    const lag: Record<string, { pending: number; ackPending: number; redelivered: number }> = {};
    const prefix = `${this.options.serviceName}__`;
    for await (const c of this.handle.jsm.consumers.list(eventsStreamName(this.options.namespace))) {
      if (!c.name.startsWith(prefix)) continue;
      lag[c.name] = { pending: c.num_pending, ackPending: c.num_ack_pending, redelivered: c.num_redelivered };
    }
    return lag;
  }

  async close(): Promise<void> {
    if (!this.handle.nc.isClosed()) await this.handle.nc.drain();
  }
}
