import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { NotificationSchema } from '#database/schema'
import User from '#models/user'

export type NotificationType = NotificationSchema['type']

export const NOTIFICATION_TYPES: NotificationType[] = [
  'member_approved',
  'member_rejected',
  'booking_confirmed',
  'booking_waitlisted',
  'waitlist_promoted',
  'session_cancelled',
  'session_reminder',
  'enrollment_created',
  'enrollment_approved',
  'enrollment_rejected',
  'enrollment_cancelled',
]

/**
 * Something the club told one person. Its text is translated when shown
 * (resources/lang/<locale>/notifications.json, from `type` and `params`);
 * `data` names what it is about (member_id, booking_id, training_session_id).
 */
export default class Notification extends NotificationSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  get isRead() {
    return this.readAt !== null
  }
}
