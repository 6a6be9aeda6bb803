import { type DateTime } from 'luxon'
import { timezone } from '#config/app'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import type TrainingSession from '#models/training_session'
import { creditsFor } from '#queries/members/member_package_credits'
import MemberPackage from '#models/member_package'

const iso = (value: DateTime | null | undefined) => (value ? value.toUTC().toISO() : null)

/**
 * GET /training-sessions/:id/roster: the confirmed bookings with their
 * attendance, the waitlist, and the counts a coach needs at a glance
 * (seed 001's coach bookings list).
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
  const rows = confirmed.map((booking) => {
    const attendance = byMember.get(booking.memberId)
    return {
      id: booking.id,
      booking_id: booking.id,
      member_id: booking.memberId,
      member_name: booking.member.name,
      has_attendance: Boolean(attendance),
      attendance_id: attendance?.id ?? null,
      attendance_status: attendance?.status ?? null,
      validated_at: iso(attendance?.validatedAt),
      notes: attendance?.notes ?? null,
      credit_used: booking.creditUsedAt !== null,
      remaining_sessions: booking.memberPackageId
        ? (credits.get(booking.memberPackageId)?.remaining ?? null)
        : null,
    }
  })
  const count = (status: string) => rows.filter((row) => row.attendance_status === status).length

  const waitlist = bookings
    .filter((booking) => booking.status === 'waitlisted')
    .map((booking, index) => ({
      booking_id: booking.id,
      member_id: booking.memberId,
      member_name: booking.member.name,
      waitlist_position: index + 1,
    }))

  const local = session.startsAt.setZone(timezone)
  return {
    session: {
      id: session.id,
      title: session.title,
      kind: session.kind,
      status: session.status,
      date: local.toISODate(),
      session_time: `${local.toFormat('HH:mm')}–${session.endsAt.setZone(timezone).toFormat('HH:mm')}`,
      starts_at: iso(session.startsAt),
      ends_at: iso(session.endsAt),
      capacity: session.capacity,
      booked_count: session.bookedCount,
      coach_id: session.coachId,
    },
    bookings: rows,
    waitlist,
    total_bookings: rows.length,
    attended: count('present') + count('late'),
    absent: count('absent'),
    excused: count('excused'),
    late: count('late'),
    not_validated: rows.filter((row) => !row.has_attendance).length,
  }
}
