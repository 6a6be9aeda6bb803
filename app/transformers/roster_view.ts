import { timezone } from '#config/app'
import type { sessionRoster } from '#queries/bookings/session_roster'
import BookingTransformer from '#transformers/booking_transformer'
import { iso, localTimeSpan } from '#transformers/values'

/**
 * A session's roster as GET /api/v1/training-sessions/:id/roster answers
 * it and the coach's roster page renders it (through `serialize`): the
 * bookings in BookingTransformer's `forRoster` and `forWaitlist` variants.
 * The session header (local date and time span) is the roster's own.
 */
export function rosterView(roster: Awaited<ReturnType<typeof sessionRoster>>) {
  const session = roster.session
  const local = session.startsAt.setZone(timezone)
  return {
    session: {
      id: session.id,
      title: session.title,
      kind: session.kind,
      status: session.status,
      date: local.toISODate(),
      session_time: localTimeSpan(session.startsAt, session.endsAt),
      starts_at: iso(session.startsAt),
      ends_at: iso(session.endsAt),
      capacity: session.capacity,
      booked_count: session.bookedCount,
      coach_id: session.coachId,
    },
    bookings: BookingTransformer.transform(roster.confirmed, roster.extras).useVariant('forRoster'),
    waitlist: BookingTransformer.transform(roster.waitlisted, roster.extras).useVariant(
      'forWaitlist'
    ),
    ...roster.totals,
  }
}
