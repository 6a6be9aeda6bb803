import { DateTime } from 'luxon'
import Booking from '#models/booking'
import TrainingSession from '#models/training_session'

/**
 * How far a feed reaches: the last 60 days (so a calendar keeps recent
 * history) and the coming year
 */
export function feedWindow(now: DateTime = DateTime.now()) {
  return { from: now.minus({ days: 60 }), to: now.plus({ days: 365 }) }
}

export interface FeedSeat {
  memberName: string
  status: 'confirmed' | 'waitlisted' | 'cancelled'
}

export interface FeedSession {
  session: TrainingSession
  /**
   * The account's members in it (a parent's feed); empty for a coach
   */
  seats: FeedSeat[]
}

function inWindow(window: { from: DateTime; to: DateTime }) {
  return TrainingSession.query()
    .where('starts_at', '>=', window.from.toJSDate())
    .where('starts_at', '<', window.to.toJSDate())
    .preload('room')
    .preload('coach')
    .orderBy('starts_at')
    .orderBy('id')
}

/**
 * The sessions this account's members are booked into or wait for, and
 * those the club cancelled under a booking of theirs (so the calendar marks
 * them cancelled). Other families' children never appear.
 */
export async function parentFeed(accountId: string, window = feedWindow()) {
  const bookings = await Booking.query()
    .join('members', 'members.id', 'bookings.member_id')
    .where('members.account_id', accountId)
    .where((query) => {
      query
        .whereIn('bookings.status', ['confirmed', 'waitlisted'])
        .orWhere('bookings.cancellation_code', 'session_cancelled')
    })
    .select('bookings.training_session_id', 'bookings.status', 'members.name as member_name')
    .orderBy('members.name')

  const seats = new Map<string, FeedSeat[]>()
  for (const booking of bookings) {
    const list = seats.get(booking.trainingSessionId) ?? []
    list.push({ memberName: String(booking.$extras.member_name), status: booking.status })
    seats.set(booking.trainingSessionId, list)
  }
  if (!seats.size) return []

  const sessions = await inWindow(window).whereIn('id', [...seats.keys()])
  return sessions.map((session) => ({ session, seats: seats.get(session.id)! }))
}

/**
 * A coach's own sessions, cancelled ones included
 */
export async function coachFeed(coachId: string, window = feedWindow()): Promise<FeedSession[]> {
  const sessions = await inWindow(window).where('coach_id', coachId)
  return sessions.map((session) => ({ session, seats: [] }))
}
