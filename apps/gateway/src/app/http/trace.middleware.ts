import { currentTrace, runWithTrace } from '@dpo/observability';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const SAFE = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Every request runs in a trace context: an incoming W3C `traceparent` and
 * `x-correlation-id` are continued, otherwise started here. The services' logs and
 * the events a request causes carry the same ids; the response names it.
 */
@Injectable()
export class TraceMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const traceparent = typeof req.headers['traceparent'] === 'string' ? req.headers['traceparent'] : undefined;
    const given = req.headers['x-correlation-id'];
    const correlationId = typeof given === 'string' && SAFE.test(given) ? given : undefined;
    runWithTrace({ traceparent, correlationId }, () => {
      const trace = currentTrace();
      if (trace) res.setHeader('x-correlation-id', trace.correlationId);
      next();
    });
  }
}
