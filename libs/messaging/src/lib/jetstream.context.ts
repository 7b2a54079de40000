import { BaseRpcContext } from '@nestjs/microservices';
import { CloudEvent } from '@dpo/contracts';
import { JsMsg } from 'nats';

/** What an `@EventPattern` handler gets with `@Ctx()`: the envelope and delivery facts. */
export class JetStreamContext extends BaseRpcContext<[JsMsg, CloudEvent, string]> {
  get message(): JsMsg {
    return this.args[0];
  }
  /** The CloudEvent id: the idempotency key for consumers that write. */
  get eventId(): string {
    return this.args[1].id;
  }
  get envelope(): CloudEvent {
    return this.args[1];
  }
  /** The durable consumer name, e.g. `registry__extraction_document_extracted_v1`. */
  get consumer(): string {
    return this.args[2];
  }
  get deliveryCount(): number {
    return this.args[0].info.redeliveryCount;
  }
}

/** What an `@MessagePattern` handler gets with `@Ctx()`. */
export class NatsRpcContext extends BaseRpcContext<[string]> {
  get subject(): string {
    return this.args[0];
  }
}
