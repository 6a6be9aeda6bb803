import { transaction } from '#services/transaction'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import TrainingSession from '#models/training_session'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'
import AttendanceRecorded from '#events/attendance_recorded'

export type AttendanceStatus = Attendance['status']

/**
 * Statuses that use the booking's credit: the member came (present, late)
 * or did not show up without notice (absent). `excused` uses none.
 */
export const CREDIT_STATUSES: AttendanceStatus[] = ['present', 'late', 'absent']

export interface AttendanceEntry {
  member_id: string
  status: AttendanceStatus
  notes?: string | null
  feedback?: string | null
}

export interface RecordedAttendance {
  attendance: Attendance
  booking: Booking
  /**
   * Whether this call consumed the booking's credit (it happens once)
   */
  creditConsumed: boolean
}

/**
 * Consumes the booking's credit exactly once. The guarded UPDATE on the
 * booking is the "once": only the first call finds credit_used_at empty,
 * however often (or concurrently) the status is changed afterwards. The
 * package's used_sessions then grows by one, never past its total; a
 * package that runs out becomes exhausted.
 */
export async function consumeCredit(trx: TransactionClientContract, booking: Booking) {
  const claimed = await trx.rawQuery(
    `UPDATE bookings SET credit_used_at = now(), updated_at = now()
      WHERE id = ? AND credit_used_at IS NULL AND member_package_id IS NOT NULL
      RETURNING member_package_id`,
    [booking.id]
  )
  if (claimed.rows.length === 0) {
    return false
  }
  const used = await trx.rawQuery(
    `UPDATE member_packages
        SET used_sessions = used_sessions + 1,
            status = CASE WHEN status = 'active' AND used_sessions + 1 >= total_sessions
                          THEN 'exhausted' ELSE status END,
            updated_at = now()
      WHERE id = ? AND used_sessions < total_sessions
      RETURNING id`,
    [claimed.rows[0].member_package_id]
  )
  if (used.rows.length === 0) {
    // nothing left to take (credits went elsewhere meanwhile): record the
    // attendance without a credit rather than overdraw the package
    await trx.rawQuery(`UPDATE bookings SET credit_used_at = NULL WHERE id = ?`, [booking.id])
    return false
  }
  return true
}

/**
 * The session must be one the attendance can be taken for: not cancelled,
 * and started (DESIGN.md §4 rule 7)
 */
export function assertTakeable(session: TrainingSession) {
  if (session.status === 'cancelled') {
    throw new DomainError('ATTENDANCE_SESSION_CANCELLED')
  }
  if (session.startsAt > DateTime.now()) {
    throw new DomainError('ATTENDANCE_INVALID_TIME')
  }
}

/**
 * Creates or changes one member's attendance inside the caller's
 * transaction (the session row locked), consuming the credit once
 */
export async function upsertOne(
  trx: TransactionClientContract,
  session: TrainingSession,
  booking: Booking,
  entry: AttendanceEntry,
  validator: User
): Promise<RecordedAttendance> {
  const now = DateTime.now()
  const existing = await Attendance.query({ client: trx })
    .where('training_session_id', session.id)
    .where('member_id', entry.member_id)
    .forUpdate()
    .first()
  const attendance = existing ?? new Attendance()
  attendance.useTransaction(trx)
  attendance.merge({
    trainingSessionId: session.id,
    memberId: entry.member_id,
    bookingId: booking.id,
    status: entry.status,
    validatedBy: validator.id,
    validatedAt: now,
  })
  if (entry.notes !== undefined) attendance.notes = entry.notes
  if (entry.feedback !== undefined) attendance.feedback = entry.feedback
  await attendance.save()

  const creditConsumed = CREDIT_STATUSES.includes(entry.status)
    ? await consumeCredit(trx, booking)
    : false
  return { attendance, booking, creditConsumed }
}

/**
 * Records (creates or changes) the attendance of several booked members of
 * one session, in one transaction: a refusal for one leaves nothing
 * written. Only members with a confirmed booking are accepted.
 */
export async function recordAttendance(input: {
  sessionId: string
  entries: AttendanceEntry[]
  validator: User
}): Promise<{ session: TrainingSession; records: RecordedAttendance[] }> {
  const result = await transaction(async (trx) => {
    // one writer per session at a time: two taps on the same member cannot
    // both insert, and the credit bookkeeping runs in order
    const session = await TrainingSession.query({ client: trx })
      .where('id', input.sessionId)
      .forUpdate()
      .first()
    if (!session) {
      throw DomainError.notFound('training_session')
    }
    assertTakeable(session)

    const memberIds = input.entries.map((entry) => entry.member_id)
    const bookings = await Booking.query({ client: trx })
      .where('training_session_id', session.id)
      .where('status', 'confirmed')
      .whereIn('member_id', memberIds)
      .preload('member')
    const byMember = new Map(bookings.map((booking) => [booking.memberId, booking]))

    const fields: Record<string, { rule: string }> = {}
    input.entries.forEach((entry, index) => {
      if (!byMember.has(entry.member_id)) {
        const key = input.entries.length === 1 ? 'member_id' : `attendances.${index}.member_id`
        fields[key] = { rule: 'not_booked' }
      }
    })
    if (Object.keys(fields).length > 0) {
      throw new DomainError('ATTENDANCE_NOT_BOOKED', { fields })
    }

    const records: RecordedAttendance[] = []
    for (const entry of input.entries) {
      records.push(
        await upsertOne(trx, session, byMember.get(entry.member_id)!, entry, input.validator)
      )
    }
    return { session, records }
  })

  await AttendanceRecorded.dispatch(
    result.session,
    result.records.map((record) => record.attendance)
  )
  return result
}
