import Notification, { type NotificationType } from '#models/notification'

export interface RecordNotificationInput {
  userId: string
  type: NotificationType
  /**
   * The values of the text (notifications.types.<type>): names, titles, a position
   */
  params: Record<string, string | number>
  /**
   * What it is about: member_id, booking_id, training_session_id
   */
  data: Record<string, string | null>
}

/**
 * Keeps one notification for its reader (unread), so it reaches them in
 * the portal even when no page of theirs was open when it happened
 */
export async function recordNotification(input: RecordNotificationInput) {
  return Notification.create({
    userId: input.userId,
    type: input.type,
    params: input.params,
    data: input.data,
    readAt: null,
  })
}
