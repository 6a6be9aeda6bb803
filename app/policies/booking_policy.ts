import type User from '#models/user'
import type Member from '#models/member'
import type Booking from '#models/booking'
import type TrainingSession from '#models/training_session'
import AppPolicy from '#policies/base_policy'

/**
 * Bookings belong to the member's account. Controllers answer 404 when
 * `view`/`cancel` deny, so other families' bookings stay invisible.
 * Expects `booking.member` and `booking.trainingSession` loaded.
 */
export default class BookingPolicy extends AppPolicy {
  /**
   * Booking a seat for this member: their own account, or a coach
   */
  /**
   * A booking is made by the member's own account, or on their behalf by
   * the session's coach (admins pass in before()): a coach cannot spend a
   * child's credit on another coach's session
   */
  create(user: User, member: Member, session: TrainingSession | null) {
    return member.isOwnedBy(user) || (this.isCoach(user) && session?.coachId === user.id)
  }

  /**
   * The member's account, or the coach of the session
   */
  view(user: User, booking: Booking) {
    return (
      booking.member.isOwnedBy(user) ||
      (this.isCoach(user) && booking.trainingSession.coachId === user.id)
    )
  }

  /**
   * The member's account (admins through `before`)
   */
  cancel(user: User, booking: Booking) {
    return booking.member.isOwnedBy(user)
  }

  /**
   * A session's roster and its attendance: that session's coach (admins
   * through `before`)
   */
  roster(user: User, session: TrainingSession) {
    return this.isCoach(user) && session.coachId === user.id
  }

  takeAttendance(user: User, session: TrainingSession) {
    return this.isCoach(user) && session.coachId === user.id
  }

  /**
   * The audience list of a session: its coach, and the accounts with a
   * confirmed booking in it (`ownBookings`)
   */
  presences(user: User, session: TrainingSession, ownBookings: Booking[]) {
    return (this.isCoach(user) && session.coachId === user.id) || ownBookings.length > 0
  }

  /**
   * Joining the online meeting: an account with a confirmed booking in the
   * session. Staff reach the link through the session itself.
   */
  join(_user: User, _session: TrainingSession, ownBookings: Booking[]) {
    return ownBookings.length > 0
  }
}
