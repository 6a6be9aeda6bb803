import type { I18n } from '@adonisjs/i18n'
import BookingMail from '#mails/booking_mail'

/**
 * To the parent: the club cancelled the session; the booking is cancelled
 * and its credit given back
 */
export default class SessionCancelledNotification extends BookingMail {
  readonly view = 'session_cancelled'
  readonly key = 'session_cancelled'

  values() {
    return { ...super.values(), reason: this.session.cancellationReason ?? '' }
  }

  /**
   * The coach's reason, when they gave one
   */
  details(i18n: I18n) {
    const reason = this.session.cancellationReason?.trim()
    return reason ? [i18n.t('club.mail.session_cancelled.reason', { reason })] : []
  }
}
