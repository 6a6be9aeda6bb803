import logger from '@adonisjs/core/services/logger'
import mail from '@adonisjs/mail/services/main'
import type { BaseMail } from '@adonisjs/mail'
import transmit from '@adonisjs/transmit/services/main'
import i18nManager from '@adonisjs/i18n/services/main'
import User from '#models/user'
import type { NotificationType } from '#models/notification'
import { recordNotification } from '#actions/notifications/record_notification'
import NotificationTransformer from '#transformers/notification_transformer'
import { serialize } from '#services/serialize'

export type { NotificationType }

export const userChannel = (id: string) => `users/${id}`

export interface ParentNotice {
  type: NotificationType
  /**
   * The values of its text (notifications.types.<type>)
   */
  params: Record<string, string | number>
  /**
   * What it is about, kept with the notification (member_id, booking_id,
   * training_session_id)
   */
  data: Record<string, string | null>
  /**
   * More fields of the live message
   */
  extra?: Record<string, unknown>
}

/**
 * Tells a parent about something that happened to one of their members.
 * The notification is stored first (so it waits in the portal when no
 * page of theirs is open), then goes out live on `users/<id>` (built by
 * NotificationTransformer, in their language) and as a queued mail
 * (`mail.sendLater`: a SendMailJob on the durable queue, start/mail.ts,
 * so the request does not wait for the mailer). All of it
 * runs after the change is committed, so a failure is logged, never thrown.
 */
export async function notifyParent(
  accountId: string | null,
  notice: ParentNotice,
  buildMail: (parent: User) => BaseMail
) {
  if (!accountId) {
    return
  }
  const parent = await User.find(accountId)
  if (!parent || parent.status !== 'active') {
    return
  }
  const { type, params, data, extra = {} } = notice

  try {
    const stored = await recordNotification({ userId: parent.id, type, params, data })
    const locale = i18nManager.getSupportedLocaleFor([parent.locale]) ?? i18nManager.defaultLocale
    const notification = await serialize<{ text: string }>(
      NotificationTransformer.transform(stored, i18nManager.locale(locale))
    )
    transmit.broadcast(
      userChannel(parent.id),
      JSON.parse(JSON.stringify({ type, message: notification.text, ...extra, notification }))
    )
  } catch (error) {
    logger.error({ err: error, userId: parent.id, type }, 'notification failed')
  }

  try {
    await mail.sendLater(buildMail(parent))
  } catch (error) {
    logger.error({ err: error, userId: parent.id, type }, 'notification mail failed')
  }
}
