import Notification from '#models/notification'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'

export interface ListNotificationsFilters {
  page?: number
  limit?: number
  /**
   * true: only unread ones; false: only read ones
   */
  unread?: boolean
}

/**
 * One reader's notifications, newest first
 */
export async function listNotifications(userId: string, filters: ListNotificationsFilters) {
  const paginator = await Notification.query()
    .where('user_id', userId)
    .if(filters.unread === true, (query) => query.whereNull('read_at'))
    .if(filters.unread === false, (query) => query.whereNotNull('read_at'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { notifications: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * How many of the reader's notifications are unread (the nav's badge)
 */
export async function unreadNotificationCount(userId: string) {
  const row = await Notification.query()
    .where('user_id', userId)
    .whereNull('read_at')
    .count('* as total')
    .first()
  return Number(row?.$extras.total ?? 0)
}

/**
 * One notification by id, whoever it belongs to (the policy decides), or null
 */
export async function findNotification(id: string) {
  return Notification.find(id)
}
