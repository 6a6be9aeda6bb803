import { transaction } from '#services/transaction'
import Booking from '#models/booking'
import TrainingSession from '#models/training_session'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'
import AttendanceRecorded from '#events/attendance_recorded'
import {
  assertTakeable,
  upsertOne,
  type RecordedAttendance,
} from '#actions/attendance/record_attendance'

/**
 * "Everyone is here": marks every confirmed booked member of the session
 * who has no attendance yet as present, in one transaction. Members
 * already marked (absent, late, excused …) keep their status; the
 * unmarked set is read after the session row is locked, so a tap on
 * another phone meanwhile is never overwritten.
 */
export async function markAllPresent(input: {
  sessionId: string
  validator: User
}): Promise<{ session: TrainingSession; records: RecordedAttendance[] }> {
  const result = await transaction(async (trx) => {
    const session = await TrainingSession.query({ client: trx })
      .where('id', input.sessionId)
      .forUpdate()
      .first()
    if (!session) {
      throw DomainError.notFound('training_session')
    }
    assertTakeable(session)

    const unmarked = await Booking.query({ client: trx })
      .where('training_session_id', session.id)
      .where('status', 'confirmed')
      .whereNotExists((query) =>
        query
          .from('attendances')
          .whereColumn('attendances.member_id', 'bookings.member_id')
          .where('attendances.training_session_id', session.id)
      )
      .preload('member')
      .orderBy('booked_at')

    const records: RecordedAttendance[] = []
    for (const booking of unmarked) {
      records.push(
        await upsertOne(
          trx,
          session,
          booking,
          { member_id: booking.memberId, status: 'present' },
          input.validator
        )
      )
    }
    return { session, records }
  })

  if (result.records.length) {
    await AttendanceRecorded.dispatch(
      result.session,
      result.records.map((record) => record.attendance)
    )
  }
  return result
}
