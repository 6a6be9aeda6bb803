import BookingMail from '#mails/booking_mail'

/**
 * To the parent: a booked session starts soon (sessions:remind)
 */
export default class SessionReminderNotification extends BookingMail {
  readonly view = 'session_reminder'
  readonly key = 'session_reminder'
}
