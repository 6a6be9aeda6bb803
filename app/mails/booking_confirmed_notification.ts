import BookingMail from '#mails/booking_mail'

/**
 * To the parent: a seat is booked, or the member is on the waitlist (with
 * their position)
 */
export default class BookingConfirmedNotification extends BookingMail {
  readonly view = 'booking_confirmed'

  get key() {
    return this.booking.status === 'waitlisted' ? 'booking_waitlisted' : 'booking_confirmed'
  }
}
