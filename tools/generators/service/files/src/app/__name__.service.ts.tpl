import { Initiative } from '@dpo/contracts';
import { claimInbox } from '@dpo/persistence';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class __Pascal__Service {
  private readonly logger = new Logger(__Pascal__Service.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Applied once per event, even on redelivery: the inbox claim shares the transaction. */
  async onInitiativeCreated(consumer: string, eventId: string, initiative: Initiative): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await claimInbox(manager, consumer, eventId))) return;
      this.logger.log({ msg: 'initiative created', id: initiative.id });
    });
  }
}
