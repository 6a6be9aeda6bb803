import logger from '@adonisjs/core/services/logger'
import mail from '@adonisjs/mail/services/main'
import type { BaseMail } from '@adonisjs/mail'
import transmit from '@adonisjs/transmit/services/main'
import i18nManager from '@adonisjs/i18n/services/main'
import User from '#models/user'

export const userChannel = (id: string) => `users/${id}`

export type NotificationType =
  | 'member_approved'
  | 'member_rejected'
  | 'booking_confirmed'
  | 'booking_waitlisted'
  | 'waitlist_promoted'
  | 'session_cancelled'

/**
 * Tells a parent about something that happened to one of their members:
 * a live message on `users/<id>` (in their language) and a queued mail
 * (`mail.sendLater`: the request does not wait for the mailer). Both run
 * after the change is committed, so a failure is logged, never thrown.
 */
export async function notifyParent(
  accountId: string | null,
  type: NotificationType,
  values: Record<string, string | number>,
  buildMail: (parent: User) => BaseMail,
  extra: Record<string, unknown> = {}
) {
  if (!accountId) {
    return
  }
  const parent = await User.find(accountId)
  if (!parent || parent.status !== 'active') {
    return
  }

  try {
    const locale = i18nManager.getSupportedLocaleFor([parent.locale]) ?? i18nManager.defaultLocale
    const message = i18nManager.locale(locale).t(`club.notify.${type}`, values)
    transmit.broadcast(
      userChannel(parent.id),
      JSON.parse(JSON.stringify({ type, message, ...extra }))
    )
  } catch (error) {
    logger.error({ err: error, userId: parent.id, type }, 'notification broadcast failed')
  }

  try {
    await mail.sendLater(buildMail(parent))
  } catch (error) {
    logger.error({ err: error, userId: parent.id, type }, 'notification mail failed')
  }
}
