import { transaction } from '#services/transaction'
import { DateTime } from 'luxon'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import TrainingSession from '#models/training_session'
import DomainError from '#exceptions/domain_error'
import AttendanceRecorded from '#events/attendance_recorded'
import { consumeCredit } from '#actions/attendance/record_attendance'

/**
 * Joining opens this long before the start (DESIGN.md §4 rule 8)
 */
export const JOIN_OPENS_BEFORE = { minutes: 15 }

/**
 * Whether a participant may join now: an online session with a meeting
 * link, not cancelled nor completed, from 15 minutes before the start to
 * its end
 */
export function assertJoinable(session: TrainingSession, now = DateTime.now()) {
  if (session.delivery !== 'online' || !session.meetingUrl) {
    throw new DomainError('JOIN_NOT_ONLINE')
  }
  if (['cancelled', 'completed'].includes(session.status)) {
    throw new DomainError('JOIN_OUTSIDE_WINDOW', {
      data: {
        status: session.status,
      },
    })
  }
  const opens = session.startsAt.minus(JOIN_OPENS_BEFORE)
  if (now < opens || now > session.endsAt) {
    throw new DomainError('JOIN_OUTSIDE_WINDOW', {
      data: { opens_at: opens.toUTC().toISO(), closes_at: session.endsAt.toUTC().toISO() },
    })
  }
}

/**
 * A participant joins an online session: their attendance becomes
 * present (the first join time is kept) and, like any present mark, uses
 * the booking's credit once. Returns the meeting URL to redirect to.
 */
export async function joinSession(input: { session: TrainingSession; booking: Booking }) {
  assertJoinable(input.session)
  const attendance = await transaction(async (trx) => {
    await TrainingSession.query({ client: trx }).where('id', input.session.id).forUpdate().first()
    const existing = await Attendance.query({ client: trx })
      .where('training_session_id', input.session.id)
      .where('member_id', input.booking.memberId)
      .forUpdate()
      .first()
    const row = existing ?? new Attendance()
    row.useTransaction(trx)
    row.merge({
      trainingSessionId: input.session.id,
      memberId: input.booking.memberId,
      bookingId: input.booking.id,
      status: existing?.status === 'late' ? 'late' : 'present',
      joinedAt: existing?.joinedAt ?? DateTime.now(),
    })
    await row.save()
    const booking = await Booking.query({ client: trx }).where('id', input.booking.id).firstOrFail()
    await consumeCredit(trx, booking)
    return row
  })
  await AttendanceRecorded.dispatch(input.session, [attendance])
  return { attendance, url: input.session.meetingUrl! }
}
