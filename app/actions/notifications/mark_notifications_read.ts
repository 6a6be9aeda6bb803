import { DateTime } from 'luxon'
import Notification from '#models/notification'

export interface MarkNotificationsReadInput {
  userId: string
  /**
   * Only these (the reader's own; other ids are ignored); all unread ones without
   */
  ids?: string[]
}

/**
 * Marks the reader's unread notifications (all, or some) as read now;
 * already read ones keep their time. Returns how many changed.
 */
export async function markNotificationsRead(input: MarkNotificationsReadInput) {
  const changed = await Notification.query()
    .where('user_id', input.userId)
    .whereNull('read_at')
    .if(input.ids, (query) => query.whereIn('id', input.ids!))
    .update({ read_at: DateTime.now().toJSDate() })
  return Number(Array.isArray(changed) ? changed[0] : changed)
}
