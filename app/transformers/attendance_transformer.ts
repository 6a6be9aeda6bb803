import type { DateTime } from 'luxon'
import type Attendance from '#models/attendance'

const iso = (value: DateTime | null | undefined) => (value ? value.toUTC().toISO() : null)

/**
 * One attendance record (seed 001's validate-attendance answer)
 */
export function serializeAttendance(attendance: Attendance, memberName?: string | null) {
  return {
    id: attendance.id,
    training_session_id: attendance.trainingSessionId,
    booking_id: attendance.bookingId,
    member_id: attendance.memberId,
    member_name: memberName ?? null,
    status: attendance.status,
    joined_at: iso(attendance.joinedAt),
    validated_at: iso(attendance.validatedAt),
    validated_by: attendance.validatedBy,
    notes: attendance.notes,
    feedback: attendance.feedback,
  }
}
