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
}
