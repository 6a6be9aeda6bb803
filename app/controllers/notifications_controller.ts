import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import DomainError from '#exceptions/domain_error'
import NotificationPolicy from '#policies/notification_policy'
import { markNotificationsRead } from '#actions/notifications/mark_notifications_read'
import {
  findNotification,
  listNotifications,
  unreadNotificationCount,
} from '#queries/notifications/list_notifications'
import NotificationTransformer from '#transformers/notification_transformer'
import { serialize } from '#services/serialize'

type NotificationData = { id: string; link: string; read: boolean; created_at: string }

/**
 * A signed-in person's notifications: the paged list (newest first),
 * opening one (marks it read and goes to its page), marking all read
 */
export default class NotificationsController {
  async index({ auth, request, view, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const page = Math.max(1, Number.parseInt(String(request.input('page', 1)), 10) || 1)
    const { notifications, meta } = await listNotifications(user.id, { page, limit: 20 })
    const data = await serialize<NotificationData[]>(
      NotificationTransformer.transform(notifications, i18n)
    )
    const items = data.map((item) => {
      const created = DateTime.fromISO(item.created_at).setZone(timezone).setLocale(i18n.locale)
      return {
        ...item,
        when: i18n.t('notifications.received', {
          date: created.toFormat('cccc, d LLLL yyyy'),
          time: created.toFormat('HH:mm'),
        }),
      }
    })
    return view.render('pages/notifications/index', {
      notifications: items,
      meta,
      unread: await unreadNotificationCount(user.id),
    })
  }

  /**
   * The notification's link: marks it read, then goes to its page
   */
  async open({ params, response, bouncer, i18n }: HttpContext) {
    const notification = await findNotification(params.id)
    if (!notification || (await bouncer.with(NotificationPolicy).denies('view', notification))) {
      throw DomainError.notFound('notification')
    }
    await markNotificationsRead({ userId: notification.userId, ids: [notification.id] })
    const { link } = await serialize<NotificationData>(
      NotificationTransformer.transform(notification, i18n)
    )
    return response.redirect().toPath(link)
  }

  async markAllRead({ auth, response, session, i18n }: HttpContext) {
    await markNotificationsRead({ userId: auth.getUserOrFail().id })
    session.flash('success', i18n.t('notifications.marked_all_read'))
    return response.redirect().toRoute('notifications.index')
  }
}
