import { parseOrThrow } from '@dpo/contracts';
import { Injectable, PipeTransform } from '@nestjs/common';
import { z } from 'zod';

/** Validates a body or query against its contract; failures become 400 with each bad field named. */
@Injectable()
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly what: string,
  ) {}

  transform(value: unknown): z.infer<S> {
    return parseOrThrow(this.schema, value ?? {}, this.what);
  }
}
