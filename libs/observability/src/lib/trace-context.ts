import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/** W3C trace context plus our correlation id, carried through handlers, logs and published messages. */
export interface TraceContext {
  traceparent: string;
  correlationId: string;
}

const storage = new AsyncLocalStorage<TraceContext>();

const TRACEPARENT = /^00-([a-f0-9]{32})-([a-f0-9]{16})-[a-f0-9]{2}$/;

export function newTraceparent(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

/** A child span id under the same trace, so each hop is distinguishable. */
export function childTraceparent(parent: string | undefined): string {
  const m = parent ? TRACEPARENT.exec(parent) : null;
  return m ? `00-${m[1]}-${randomBytes(8).toString('hex')}-01` : newTraceparent();
}

export function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent ? TRACEPARENT.exec(traceparent)?.[1] : undefined;
}

export function currentTrace(): TraceContext | undefined {
  return storage.getStore();
}

export function runWithTrace<T>(ctx: Partial<TraceContext>, fn: () => T): T {
  const traceparent = childTraceparent(ctx.traceparent);
  const correlationId = ctx.correlationId ?? traceIdOf(traceparent) ?? traceparent;
  return storage.run({ traceparent, correlationId }, fn);
}
