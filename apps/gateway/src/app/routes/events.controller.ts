import { CloudEvent } from '@dpo/contracts';
import { Controller, MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { filter, map, Observable } from 'rxjs';
import { z } from 'zod';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { EventStreamService } from './event-stream.service';
import { normalisePartner } from './registry.controller';

const StreamQuerySchema = z.object({ partner: z.string().max(100).optional(), area: z.string().max(60).optional() });

interface Facts {
  partners?: string[];
  partner?: string;
  areas?: string[];
}

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventStreamService) {}

  @Sse()
  @ApiOperation({ summary: 'Server-sent events: registry CloudEvents as they happen, optionally filtered by partner and area' })
  @ApiQuery({ name: 'partner', required: false, example: 'country:JP' })
  @ApiQuery({ name: 'area', required: false, example: 'quantum' })
  stream(@Query(new ZodValidationPipe(StreamQuerySchema, 'query')) q: z.infer<typeof StreamQuerySchema>): Observable<MessageEvent> {
    const partner = normalisePartner(q.partner);
    const area = q.area ? (q.area.startsWith('area:') ? q.area : `area:${q.area}`) : undefined;
    return this.events.stream.pipe(
      filter((e: CloudEvent) => {
        const d = e.data as Facts;
        const partners = d.partners ?? (d.partner ? [d.partner] : []);
        return (!partner || partners.includes(partner)) && (!area || (d.areas ?? []).includes(area));
      }),
      map((e) => ({ id: e.id, type: e.type, data: e })),
    );
  }
}
