import { CloudEventSchema, ContractError, EVENT_SCHEMAS, isEventSubject, isRpcSubject, RPC_SCHEMAS, zodIssuesToDetails } from '@dpo/contracts';
import { JsonLogger, runWithTrace } from '@dpo/observability';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { AckPolicy, ConsumerMessages, DeliverPolicy, headers, JSONCodec, JsMsg, Msg, nanos, Subscription } from 'nats';
import { lastValueFrom } from 'rxjs';
import { H_ERROR, H_ORIGINAL_SUBJECT, traceFromHeaders } from './headers';
import {
  ConsumerOptions,
  DEFAULT_CONSUMER_OPTIONS,
  durableName,
  eventsStreamName,
  MessagingOptions,
  nsSubject,
} from './messaging.options';
import { isNotFound, NatsHandle, openNats } from './nats-connection';
import { JetStreamContext, NatsRpcContext } from './jetstream.context';

const json = JSONCodec<unknown>();

/**
 * Nest transport on JetStream. Each `@EventPattern(subject)` gets a durable pull
 * consumer shared by all replicas; a message is acked only after its handler
 * resolves, nak'ed with backoff when it throws, and sent to `<ns>.dlq.<service>.…`
 * after the last allowed delivery. `@MessagePattern` handlers answer core-NATS
 * requests in a queue group named after the service.
 */
export class JetStreamServer extends Server implements CustomTransportStrategy {
  private handle?: NatsHandle;
  private readonly consumers: ConsumerMessages[] = [];
  private readonly subscriptions: Subscription[] = [];
  private readonly inflight = new Set<Promise<void>>();
  private readonly consumerOptions: ConsumerOptions;
  protected override readonly logger: JsonLogger;

  constructor(
    private readonly options: MessagingOptions,
    consumerOptions: Partial<ConsumerOptions> = {},
  ) {
    super();
    this.consumerOptions = { ...DEFAULT_CONSUMER_OPTIONS, ...consumerOptions };
    this.logger = new JsonLogger(options.serviceName);
  }

  async listen(callback: (err?: unknown) => void): Promise<void> {
    try {
      this.handle = await openNats(this.options, 'server');
      for (const [pattern, handler] of this.messageHandlers) {
        if (handler.isEventHandler) await this.bindEvent(pattern, handler);
        else this.bindRpc(pattern, handler);
      }
      callback();
    } catch (err) {
      callback(err);
    }
  }

  /** Durable consumer names this server reads, for lag checks. */
  consumerNames(): string[] {
    return [...this.messageHandlers.entries()].filter(([, h]) => h.isEventHandler).map(([p]) => durableName(this.options.serviceName, p));
  }

  private async bindEvent(pattern: string, handler: MessageHandler): Promise<void> {
    if (!isEventSubject(pattern)) throw new Error(`@EventPattern('${pattern}') is not an event subject of @dpo/contracts`);
    const { jsm, js } = this.requireHandle();
    const stream = eventsStreamName(this.options.namespace);
    const durable = durableName(this.options.serviceName, pattern);
    const config = {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: nsSubject(this.options.namespace, pattern),
      max_deliver: this.consumerOptions.maxDeliver,
      ack_wait: nanos(this.consumerOptions.ackWaitMs),
      max_ack_pending: 256,
    };
    try {
      await jsm.consumers.info(stream, durable);
      await jsm.consumers.update(stream, durable, {
        max_deliver: config.max_deliver,
        ack_wait: config.ack_wait,
        max_ack_pending: config.max_ack_pending,
      });
    } catch (err) {
      if (!isNotFound(err)) throw err;
      await jsm.consumers.add(stream, config).catch((e: Error) => {
        if (!/already in use|exists/i.test(e.message)) throw e;
      });
    }
    const consumer = await js.consumers.get(stream, durable);
    const messages = await consumer.consume({ max_messages: 16 });
    this.consumers.push(messages);
    this.logger.log({ msg: 'consuming', subject: pattern, durable }, 'JetStreamServer');
    void (async () => {
      for await (const msg of messages) {
        const work = this.handleEventMessage(pattern, durable, handler, msg);
        this.inflight.add(work);
        await work.finally(() => this.inflight.delete(work));
      }
    })();
  }

  private async handleEventMessage(pattern: string, durable: string, handler: MessageHandler, msg: JsMsg): Promise<void> {
    let envelope;
    try {
      const parsedEnvelope = CloudEventSchema.parse(json.decode(msg.data));
      const data = EVENT_SCHEMAS[pattern as keyof typeof EVENT_SCHEMAS].parse(parsedEnvelope.data);
      envelope = { ...parsedEnvelope, data };
    } catch (err) {
      // A message that can never be valid is not retried.
      await this.deadLetter(msg, durable, `invalid message: ${(err as Error).message.slice(0, 500)}`);
      return;
    }
    const ctx = new JetStreamContext([msg, envelope, durable]);
    // Long handlers tell the server they are alive so it does not redeliver meanwhile.
    const keepAlive = setInterval(() => msg.working(), Math.max(1000, this.consumerOptions.ackWaitMs / 3));
    try {
      await runWithTrace({ traceparent: envelope.traceparent, correlationId: envelope.correlationid }, async () => {
        const result = await handler(envelope.data, ctx);
        const obs = this.transformToObservable(result);
        await lastValueFrom(obs, { defaultValue: undefined });
      });
      msg.ack();
    } catch (err) {
      const attempt = msg.info.redeliveryCount;
      const details = (err as { details?: { path: string; message: string }[] })?.details;
      const message = `${(err as Error)?.message ?? String(err)}${details ? `: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}` : ''}`;
      if (attempt >= this.consumerOptions.maxDeliver) {
        await this.deadLetter(msg, durable, message);
      } else {
        const delay = Math.min(this.consumerOptions.maxBackoffMs, 500 * 2 ** (attempt - 1));
        this.logger.warn({ msg: 'handler failed; will retry', subject: pattern, attempt, delayMs: delay, error: message }, 'JetStreamServer');
        msg.nak(delay);
      }
    } finally {
      clearInterval(keepAlive);
    }
  }

  private async deadLetter(msg: JsMsg, durable: string, error: string): Promise<void> {
    const { js } = this.requireHandle();
    const h = headers();
    for (const [k, v] of msg.headers ?? []) if (k !== 'Nats-Msg-Id') h.set(k, v[0] ?? '');
    h.set(H_ERROR, error.slice(0, 1000));
    h.set(H_ORIGINAL_SUBJECT, msg.subject);
    const subject = `${this.options.namespace}.dlq.${this.options.serviceName}.${msg.subject.split('.').slice(2).join('.')}`;
    try {
      await js.publish(subject, msg.data, { headers: h, msgID: `${durable}:${msg.seq}` });
      this.logger.error({ msg: 'message dead-lettered', subject: msg.subject, seq: msg.seq, error }, 'JetStreamServer');
      msg.term();
    } catch (err) {
      // Could not store it: leave it to be redelivered rather than lose it.
      this.logger.error({ msg: 'dead-letter publish failed', error: (err as Error).message }, 'JetStreamServer');
      msg.nak(this.consumerOptions.maxBackoffMs);
    }
  }

  private bindRpc(pattern: string, handler: MessageHandler): void {
    if (!isRpcSubject(pattern)) throw new Error(`@MessagePattern('${pattern}') is not an rpc subject of @dpo/contracts`);
    const { nc } = this.requireHandle();
    const schemas = RPC_SCHEMAS[pattern];
    const sub = nc.subscribe(nsSubject(this.options.namespace, pattern), { queue: this.options.serviceName });
    this.subscriptions.push(sub);
    void (async () => {
      for await (const msg of sub) {
        void this.answer(msg, pattern, schemas, handler);
      }
    })();
  }

  private async answer(
    msg: Msg,
    pattern: string,
    schemas: (typeof RPC_SCHEMAS)[keyof typeof RPC_SCHEMAS],
    handler: MessageHandler,
  ): Promise<void> {
    const reply = (body: unknown) => msg.respond(json.encode(body));
    await runWithTrace(traceFromHeaders(msg.headers), async () => {
      try {
        let raw: unknown;
        try {
          raw = json.decode(msg.data);
        } catch {
          throw new ContractError('invalid', 'request is not JSON');
        }
        const request = schemas.request.safeParse(raw);
        if (!request.success) throw new ContractError('invalid', `invalid ${pattern} request`, zodIssuesToDetails(request.error));
        const result = await lastValueFrom(this.transformToObservable(await handler(request.data, new NatsRpcContext([pattern]))));
        reply({ ok: true, data: schemas.response.parse(result) });
      } catch (err) {
        if (err instanceof ContractError) {
          reply({ ok: false, error: err.toBody() });
        } else {
          this.logger.error({ msg: 'rpc handler failed', subject: pattern, error: (err as Error).message, stack: (err as Error).stack }, 'JetStreamServer');
          reply({ ok: false, error: { code: 'internal', message: 'internal error' } });
        }
      }
    });
  }

  private requireHandle(): NatsHandle {
    if (!this.handle) throw new Error('JetStreamServer is not connected');
    return this.handle;
  }

  /** Stop taking messages, let handlers in flight finish, then drain. */
  async close(): Promise<void> {
    for (const c of this.consumers) await c.close().catch(() => undefined);
    for (const s of this.subscriptions) s.unsubscribe();
    await Promise.allSettled([...this.inflight]);
    if (this.handle && !this.handle.nc.isClosed()) await this.handle.nc.drain().catch(() => undefined);
  }

  on(): void {
    throw new Error('JetStreamServer does not emit transport events');
  }

  unwrap<T>(): T {
    return this.requireHandle().nc as T;
  }
}
