import { allowGuest } from '@adonisjs/bouncer'
import type User from '#models/user'
import type TrainingSession from '#models/training_session'
import type SessionSeries from '#models/session_series'
import AppPolicy from '#policies/base_policy'

/**
 * A coach creates and manages their own sessions and series; admins
 * everything (through `before`); members and visitors only read, and never
 * see meeting links or passwords.
 */
export default class TrainingSessionPolicy extends AppPolicy {
  /**
   * Create a session (or a series) for `coachId`: a coach only for themselves
   */
  create(user: User, coachId?: string) {
    return this.isCoach(user) && (coachId === undefined || coachId === user.id)
  }

  /**
   * Edit, open, close, start, complete or cancel: the session's own coach.
   * Handing it to another coach is for admins.
   */
  update(user: User, session: TrainingSession, newCoachId?: string) {
    return (
      this.isCoach(user) &&
      session.coachId === user.id &&
      (newCoachId === undefined || newCoachId === user.id)
    )
  }

  /**
   * Deleting is for admins; coaches cancel, except that a coach may
   * withdraw their own mentoring slot (seed 002 deleteSession). Whether it
   * has bookings is the delete action's rule, the same for everyone (409
   * SCHEDULE_CANNOT_DELETE).
   */
  delete(user: User, session: TrainingSession) {
    return this.isCoach(user) && session.coachId === user.id && session.kind === 'mentoring'
  }

  /**
   * The invited audience of a session: its own coach (admins in before())
   */
  invite(user: User, session: TrainingSession) {
    return this.isCoach(user) && session.coachId === user.id
  }

  manageSeries(user: User, series: SessionSeries, newCoachId?: string) {
    return (
      this.isCoach(user) &&
      series.coachId === user.id &&
      (newCoachId === undefined || newCoachId === user.id)
    )
  }

  /**
   * Sessions in every status and audience
   */
  @allowGuest()
  viewAll(user: User | null) {
    return Boolean(user?.isStaff)
  }

  /**
   * Meeting link and password: staff (participants once bookings exist)
   */
  @allowGuest()
  /**
   * The meeting link and password (DESIGN.md §4 rule 6): the session's own
   * coach and its participants (admins pass in before()); `participates`
   * says whether a member of the user's account holds a confirmed booking
   */
  viewMeeting(user: User | null, session: TrainingSession, participates = false) {
    if (!user) return false
    return (this.isCoach(user) && session.coachId === user.id) || participates
  }
}
