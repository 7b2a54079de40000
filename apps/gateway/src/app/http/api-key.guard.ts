import { ContractError } from '@dpo/contracts';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { GATEWAY_CONFIG, GatewayConfig } from '../gateway.config';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Every write needs `Authorization: Bearer <DPO_API_KEY>`; compared in constant time. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.expected = digest(config.DPO_API_KEY);
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match || !timingSafeEqual(digest((match[1] ?? "").trim()), this.expected)) {
      throw new ContractError('unauthorized', 'this route needs Authorization: Bearer <DPO_API_KEY>');
    }
    return true;
  }
}
