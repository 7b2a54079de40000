export interface MessagingOptions {
  /** Comma-separated NATS URLs. */
  natsUrl: string;
  /** The service name: CloudEvent `source`, queue group and durable-consumer prefix. */
  serviceName: string;
  /** Prefixes subjects, stream and bucket names, so several deployments (or test runs) share one NATS. */
  namespace: string;
}

export interface ConsumerOptions {
  /** Deliveries before a failing message goes to the dead-letter subject. */
  maxDeliver: number;
  /** Time a handler has before the server redelivers (kept alive by progress pings). */
  ackWaitMs: number;
  /** Largest backoff between redeliveries. */
  maxBackoffMs: number;
}

export const DEFAULT_CONSUMER_OPTIONS: ConsumerOptions = { maxDeliver: 5, ackWaitMs: 30_000, maxBackoffMs: 30_000 };

/** `dpo.events.x` → `<ns>.events.x`: canonical names stay in contracts, deployments choose the prefix. */
export function nsSubject(namespace: string, canonical: string): string {
  return namespace === 'dpo' ? canonical : canonical.replace(/^dpo\./, `${namespace}.`);
}

export function canonicalSubject(namespace: string, subject: string): string {
  return namespace === 'dpo' ? subject : subject.replace(new RegExp(`^${namespace}\\.`), 'dpo.');
}

export function eventsStreamName(namespace: string): string {
  return `${namespace.toUpperCase()}_EVENTS`;
}

export function deadLetterStreamName(namespace: string): string {
  return `${namespace.toUpperCase()}_DLQ`;
}

export function bucketName(namespace: string, bucket: string): string {
  return `${namespace}_${bucket}`;
}

/** Durable names may not contain `.`, `*` or `>`. */
export function durableName(serviceName: string, canonical: string): string {
  return `${serviceName}__${canonical.replace(/^dpo\.events\./, '').replace(/[.*>]/g, '_')}`;
}
