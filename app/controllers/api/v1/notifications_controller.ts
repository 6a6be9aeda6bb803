import type { HttpContext } from '@adonisjs/core/http'
import DomainError from '#exceptions/domain_error'
import NotificationPolicy from '#policies/notification_policy'
import { markNotificationsRead } from '#actions/notifications/mark_notifications_read'
import {
  findNotification,
  listNotifications,
  unreadNotificationCount,
} from '#queries/notifications/list_notifications'
import NotificationTransformer from '#transformers/notification_transformer'
import { validateListQuery } from '#services/pagination'
import {
  listNotificationsValidator,
  markNotificationsReadValidator,
} from '#validators/notification'

/**
 * /api/v1/notifications — the signed-in account's own notifications
 */
export default class NotificationsController {
  async index({ auth, request, response, i18n }: HttpContext) {
    const filters = await validateListQuery(request, listNotificationsValidator)
    const { notifications, meta } = await listNotifications(auth.getUserOrFail().id, filters)
    return response.success(NotificationTransformer.transform(notifications, i18n), { meta })
  }

  /**
   * POST /notifications/read: the given ids (the account's own), or all
   */
  async markRead({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { ids } = await request.validateUsing(markNotificationsReadValidator)
    const marked = await markNotificationsRead({ userId: user.id, ids })
    return response.success(
      { marked, unread_count: await unreadNotificationCount(user.id) },
      { message: 'notifications.api_marked', params: { count: marked } }
    )
  }

  /**
   * POST /notifications/:id/read: another account's is a 404
   */
  async markOneRead({ params, response, bouncer, i18n }: HttpContext) {
    const notification = await findNotification(params.id)
    if (
      !notification ||
      (await bouncer.with(NotificationPolicy).denies('markRead', notification))
    ) {
      throw DomainError.notFound('notification')
    }
    await markNotificationsRead({ userId: notification.userId, ids: [notification.id] })
    await notification.refresh()
    return response.success(NotificationTransformer.transform(notification, i18n), {
      message: 'notifications.api_marked',
      params: { count: 1 },
    })
  }
}
