import Attendance from '#models/attendance'
import Booking from '#models/booking'
import type TrainingSession from '#models/training_session'
import { creditsFor } from '#queries/members/member_package_credits'
import MemberPackage from '#models/member_package'
import type { BookingExtras } from '#transformers/booking_transformer'

/**
 * GET /training-sessions/:id/roster: the confirmed bookings (by member
 * name) with their attendance, the waitlist, and the counts a coach needs
 * at a glance (seed 001's coach bookings list). Models and counts;
 * app/transformers/roster_view.ts presents them.
 */
export async function sessionRoster(session: TrainingSession) {
  const bookings = await Booking.query()
    .where('training_session_id', session.id)
    .whereIn('status', ['confirmed', 'waitlisted'])
    .preload('member')
    .orderBy('waitlist_position', 'asc')
    .orderBy('booked_at', 'asc')
  const attendances = await Attendance.query().where('training_session_id', session.id)
  const byMember = new Map(attendances.map((row) => [row.memberId, row]))
  const packageIds = [
    ...new Set(bookings.map((b) => b.memberPackageId).filter(Boolean)),
  ] as string[]
  const credits = await creditsFor(
    packageIds.length ? await MemberPackage.query().whereIn('id', packageIds) : []
  )

  const confirmed = bookings
    .filter((booking) => booking.status === 'confirmed')
    .sort((a, b) => a.member.name.localeCompare(b.member.name))
  const waitlisted = bookings.filter((booking) => booking.status === 'waitlisted')

  const extras = new Map<string, BookingExtras>()
  for (const booking of confirmed) {
    extras.set(booking.id, {
      remainingSessions: booking.memberPackageId
        ? (credits.get(booking.memberPackageId)?.remaining ?? null)
        : null,
      waitlistRank: null,
      coachField: null,
      attendance: byMember.get(booking.memberId) ?? null,
    })
  }
  waitlisted.forEach((booking, index) =>
    extras.set(booking.id, {
      remainingSessions: null,
      waitlistRank: index + 1,
      coachField: null,
    })
  )

  const statuses = confirmed.map((booking) => byMember.get(booking.memberId)?.status ?? null)
  const count = (status: string) => statuses.filter((value) => value === status).length
  return {
    session,
    confirmed,
    waitlisted,
    extras,
    totals: {
      total_bookings: confirmed.length,
      attended: count('present') + count('late'),
      absent: count('absent'),
      excused: count('excused'),
      late: count('late'),
      not_validated: statuses.filter((value) => value === null).length,
    },
  }
}
