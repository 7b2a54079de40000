import { ArgumentsHost, Catch, HttpServer } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { Observable, throwError } from 'rxjs';

/**
 * Hands handler errors to the JetStream transport unchanged, so a ContractError
 * keeps its code (`not_found`, `invalid`…) in the reply and an event handler's
 * failure leads to a nak, instead of Nest's generic "Internal server error".
 * HTTP errors (health routes) keep Nest's default handling.
 */
@Catch()
export class RpcErrorPassthroughFilter extends BaseExceptionFilter {
  constructor(httpAdapter: HttpServer) {
    super(httpAdapter);
  }

  override catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    if (host.getType() === 'rpc') return throwError(() => exception);
    return super.catch(exception, host);
  }
}
