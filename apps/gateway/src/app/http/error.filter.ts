import { ContractError, ErrorBody, ErrorCode } from '@dpo/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unprocessable: 422,
  unavailable: 503,
  internal: 500,
};

function codeFor(status: number): ErrorCode {
  const found = (Object.entries(STATUS) as [ErrorCode, number][]).find(([, s]) => s === status);
  return found ? found[0] : status >= 500 ? 'internal' : 'invalid';
}

/** One JSON error shape for every failure: `{ code, message, details? }`. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    let status: number;
    let body: ErrorBody;
    if (exception instanceof ContractError) {
      status = STATUS[exception.code];
      body = exception.toBody();
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const r = exception.getResponse();
      const message = typeof r === 'string' ? r : ((r as { message?: string | string[] }).message ?? exception.message);
      body = { code: codeFor(status), message: Array.isArray(message) ? message.join('; ') : message };
    } else if ((exception as { type?: string }).type === 'entity.too.large') {
      status = HttpStatus.PAYLOAD_TOO_LARGE;
      body = { code: 'too_large', message: 'request body is larger than the limit' };
    } else if ((exception as { type?: string }).type === 'entity.parse.failed') {
      status = HttpStatus.BAD_REQUEST;
      body = { code: 'invalid', message: 'request body is not valid JSON' };
    } else {
      status = 500;
      body = { code: 'internal', message: 'internal error' };
      this.logger.error({ msg: 'unhandled error', error: (exception as Error)?.message, stack: (exception as Error)?.stack });
    }
    res.status(status).json(body);
  }
}
