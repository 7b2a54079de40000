import {
  ContractError,
  CREATE_SUBSCRIPTION_V1,
  LIST_DELIVERIES_V1,
  RpcParsedRequest,
  RpcResponse,
  Subscription,
  LIST_SUBSCRIPTIONS_V1,
} from '@dpo/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { checkWebhookTarget, WebhookTargetError } from './domain/target-guard';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from './notifications.config';
import { DeliveryEntity, SubscriptionEntity } from './notifications.entities';

export function toSubscription(e: SubscriptionEntity): Subscription {
  return { id: e.id, channel: e.channel, url: e.url, filter: e.filter, description: e.description, createdAt: e.createdAt.toISOString() };
}

@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async create(req: RpcParsedRequest<typeof CREATE_SUBSCRIPTION_V1>): Promise<RpcResponse<typeof CREATE_SUBSCRIPTION_V1>> {
    try {
      await checkWebhookTarget(req.url, this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS);
    } catch (err) {
      if (err instanceof WebhookTargetError) throw new ContractError('invalid', err.message, [{ path: 'url', message: err.message }]);
      throw err;
    }
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const repo = this.dataSource.getRepository(SubscriptionEntity);
    const saved = await repo.save(repo.create({ channel: req.channel, url: req.url, filter: req.filter, description: req.description, secret }));
    return { ...toSubscription(saved), secret };
  }

  async list(req: RpcParsedRequest<typeof LIST_SUBSCRIPTIONS_V1>): Promise<{ items: Subscription[]; total: number }> {
    const [rows, total] = await this.dataSource
      .getRepository(SubscriptionEntity)
      .findAndCount({ where: { deletedAt: IsNull() }, order: { createdAt: 'ASC' }, take: req.limit, skip: req.offset });
    return { items: rows.map(toSubscription), total };
  }

  async get(id: string): Promise<Subscription> {
    const row = await this.dataSource.getRepository(SubscriptionEntity).findOneBy({ id, deletedAt: IsNull() });
    if (!row) throw new ContractError('not_found', `no subscription ${id}`);
    return toSubscription(row);
  }

  /** Soft delete: the delivery log stays; pending deliveries stop. */
  async remove(id: string): Promise<{ id: string; deleted: true }> {
    await this.dataSource.transaction(async (m) => {
      const res = await m.update(SubscriptionEntity, { id, deletedAt: IsNull() }, { deletedAt: new Date() });
      if (!res.affected) throw new ContractError('not_found', `no subscription ${id}`);
      await m.update(DeliveryEntity, { subscriptionId: id, status: 'pending' }, { status: 'failed', lastError: 'subscription deleted', nextAttemptAt: null });
    });
    return { id, deleted: true };
  }

  async deliveries(req: RpcParsedRequest<typeof LIST_DELIVERIES_V1>): Promise<RpcResponse<typeof LIST_DELIVERIES_V1>> {
    const where = { ...(req.subscriptionId ? { subscriptionId: req.subscriptionId } : {}), ...(req.status ? { status: req.status } : {}) };
    const [rows, total] = await this.dataSource
      .getRepository(DeliveryEntity)
      .findAndCount({ where, order: { createdAt: 'DESC' }, take: req.limit, skip: req.offset });
    return {
      total,
      items: rows.map((d) => ({
        id: d.id,
        subscriptionId: d.subscriptionId,
        eventId: d.eventId,
        eventType: d.eventType,
        status: d.status,
        attempts: d.attempts,
        lastStatusCode: d.lastStatusCode,
        lastError: d.lastError,
        nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
        deliveredAt: d.deliveredAt?.toISOString() ?? null,
        createdAt: d.createdAt.toISOString(),
      })),
    };
  }
}
