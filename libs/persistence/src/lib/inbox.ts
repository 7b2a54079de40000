import { EntityManager } from 'typeorm';
import { InboxEntry } from './inbox-outbox.entities';

/**
 * Record that `consumer` handled `eventId`, inside the caller's transaction.
 * Returns false when it already had: the caller then does nothing, so a
 * redelivery after a crash cannot apply an event twice.
 */
export async function claimInbox(manager: EntityManager, consumer: string, eventId: string): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(InboxEntry)
    .values({ consumer, eventId })
    .orIgnore()
    .returning(['eventId'])
    .execute();
  return (result.raw as unknown[]).length > 0;
}
