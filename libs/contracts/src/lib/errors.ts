import { z } from 'zod';

/** Error shape shared by request/reply answers and HTTP error bodies. */
export const ErrorCodeSchema = z.enum([
  'invalid',
  'unauthorized',
  'not_found',
  'conflict',
  'too_large',
  'unprocessable',
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorBodySchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Thrown by handlers and clients; carries a code that maps to an HTTP status. */
export class ContractError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'ContractError';
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export function zodIssuesToDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
}

/** Parse or throw a ContractError('invalid') whose details name each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ContractError('invalid', `invalid ${what}`, zodIssuesToDetails(result.error));
  }
  return result.data;
}
