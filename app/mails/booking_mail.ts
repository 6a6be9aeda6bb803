import { appUrlFor } from '#services/app_url'
import { timezone } from '#config/app'
import ClubNotification from '#mails/club_notification'
import type Booking from '#models/booking'
import type Member from '#models/member'
import type TrainingSession from '#models/training_session'
import type User from '#models/user'

/**
 * A club notification about one booking: the member, the session and its
 * local date and time
 */
export default abstract class BookingMail extends ClubNotification {
  constructor(
    parent: User,
    public booking: Booking,
    public member: Member,
    public session: TrainingSession
  ) {
    super(parent)
  }

  values(): Record<string, string | number> {
    const local = this.session.startsAt.setZone(timezone).setLocale(this.locale)
    return {
      member: this.member.name,
      session: this.session.title,
      date: local.toFormat('cccc d LLLL yyyy'),
      time: local.toFormat('HH:mm'),
      position: this.booking.waitlistPosition ?? 0,
      status: this.booking.status,
    }
  }

  link() {
    return appUrlFor('parent.bookings.index')
  }
}
