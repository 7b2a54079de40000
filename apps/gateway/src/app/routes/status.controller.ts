import { MessagingClient } from '@dpo/messaging';
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('health')
@Controller('health')
export class StatusController {
  constructor(private readonly messaging: MessagingClient) {}

  @Get()
  @ApiOperation({ summary: 'Gateway status and NATS round trip (per-service checks are at each service /health/ready)' })
  async health(@Res({ passthrough: true }) res: Response) {
    const rttMs = await this.messaging.ping().catch(() => null);
    if (rttMs === null) res.status(503);
    return { status: rttMs === null ? 'degraded' : 'ok', nats: rttMs === null ? 'down' : 'up', rttMs };
  }
}
