import type { DateTime } from 'luxon'
import type Booking from '#models/booking'

const iso = (value: DateTime | null | undefined) => (value ? value.toUTC().toISO() : null)

export interface BookingExtras {
  /**
   * Credits left on the booking's package (null when it has none)
   */
  remainingSessions: number | null
  /**
   * 1-based place in the waitlist, for waitlisted bookings
   */
  waitlistRank: number | null
  /**
   * The coach's specialization, shown as a mentor's "field"
   */
  coachField: string | null
}

/**
 * A booking with what a parent needs to see: the session, the member,
 * the place on the waitlist and the credits left. Mentoring bookings add
 * the seed 002 fields (mentor_name, member_name, field, booked_at).
 * Expects `trainingSession` (with `coach`) and `member` preloaded.
 */
export function serializeBooking(booking: Booking, extras: BookingExtras) {
  const session = booking.trainingSession
  const coach = session?.$preloaded.coach as typeof session.coach | undefined
  const body: Record<string, unknown> = {
    id: booking.id,
    status: booking.status,
    waitlist_position: booking.status === 'waitlisted' ? extras.waitlistRank : null,
    training_session_id: booking.trainingSessionId,
    member_id: booking.memberId,
    member_package_id: booking.memberPackageId,
    member_name: booking.member?.name ?? null,
    notes: booking.notes,
    booked_at: iso(booking.bookedAt),
    confirmed_at: iso(booking.confirmedAt),
    promoted_at: iso(booking.promotedAt),
    cancelled_at: iso(booking.cancelledAt),
    cancellation_reason: booking.cancellationReason,
    cancellation_code: booking.cancellationCode,
    credit_used: booking.creditUsedAt !== null,
    remaining_sessions: extras.remainingSessions,
    training_session: session
      ? {
          id: session.id,
          kind: session.kind,
          title: session.title,
          status: session.status,
          delivery: session.delivery,
          location: session.location,
          starts_at: iso(session.startsAt),
          ends_at: iso(session.endsAt),
          coach: coach ? { id: coach.id, name: coach.name } : null,
        }
      : null,
  }
  if (session?.kind === 'mentoring') {
    body.scheduled_at = iso(session.startsAt)
    body.mentor_name = coach?.name ?? null
    body.field = extras.coachField
  }
  return body
}
