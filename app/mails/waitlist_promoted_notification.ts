import BookingMail from '#mails/booking_mail'

/**
 * To the parent: a seat freed up and the waitlisted member has it now
 */
export default class WaitlistPromotedNotification extends BookingMail {
  readonly view = 'waitlist_promoted'
  readonly key = 'waitlist_promoted'
}
