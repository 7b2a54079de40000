import { LoggerService, LogLevel } from '@nestjs/common';
import { currentTrace, traceIdOf } from './trace-context';

const LEVELS: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];

/** Structured JSON logs, one line each, with service name and correlation id: the one logger of every service. */
export class JsonLogger implements LoggerService {
  private readonly minLevel: number;

  constructor(
    private readonly service: string,
    level: string = process.env['LOG_LEVEL'] ?? 'log',
    private readonly out: NodeJS.WritableStream = process.stdout,
  ) {
    const idx = LEVELS.indexOf(level as LogLevel);
    this.minLevel = idx >= 0 ? idx : 2;
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (LEVELS.indexOf(level) < this.minLevel) return;
    // Nest passes the context name last; an error stack, when present, comes before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const trace = currentTrace();
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      ...(context ? { context } : {}),
      ...(message instanceof Error
        ? { msg: message.message, stack: message.stack }
        : typeof message === 'object' && message !== null
          ? (message as Record<string, unknown>)
          : { msg: String(message) }),
      ...(stack ? { stack } : {}),
      ...(trace ? { correlationId: trace.correlationId, traceId: traceIdOf(trace.traceparent) } : {}),
    };
    this.out.write(`${JSON.stringify(entry)}\n`);
  }
}
