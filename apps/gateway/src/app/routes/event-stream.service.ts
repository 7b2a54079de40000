import { CloudEvent } from '@dpo/contracts';
import { EventTap, MESSAGING_OPTIONS, MessagingOptions } from '@dpo/messaging';
import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';

/** One live feed of registry events per gateway process, shared by all SSE clients. */
@Injectable()
export class EventStreamService implements OnModuleInit, OnModuleDestroy {
  private readonly events = new Subject<CloudEvent>();
  private tap?: EventTap;

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  async onModuleInit(): Promise<void> {
    this.tap = await EventTap.open(this.options.natsUrl, this.options.namespace, (e) => this.events.next(e), 'dpo.events.registry.>');
  }

  async onModuleDestroy(): Promise<void> {
    this.events.complete();
    await this.tap?.close();
  }

  get stream(): Observable<CloudEvent> {
    return this.events.asObservable();
  }
}
