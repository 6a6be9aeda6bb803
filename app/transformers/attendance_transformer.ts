import { BaseTransformer } from '@adonisjs/core/transformers'
import type Attendance from '#models/attendance'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

/**
 * One attendance record (seed 001's validate-attendance answer), for the
 * session's coach and staff. `member` must be preloaded (or set with
 * `$setRelated`) for the member's name.
 */
export default class AttendanceTransformer extends BaseTransformer<Attendance> {
  static shapes: TransformerShapes<'toObject'> = {
    toObject: {
      name: 'Attendance',
      schema: s.object({
        id: s.uuid(),
        training_session_id: s.uuid(),
        booking_id: s.nullable(s.uuid()),
        member_id: s.uuid(),
        member_name: s.nullable(s.string()),
        status: s.enum(['present', 'absent', 'excused', 'late']),
        joined_at: s.nullable(s.dateTime()),
        validated_at: s.nullable(s.dateTime()),
        validated_by: s.nullable(s.uuid()),
        notes: s.nullable(s.string()),
        feedback: s.nullable(s.string()),
      }),
    },
  }

  toObject() {
    const row = this.resource
    return {
      id: row.id,
      training_session_id: row.trainingSessionId,
      booking_id: row.bookingId ?? null,
      member_id: row.memberId,
      member_name: row.member?.name ?? null,
      status: row.status,
      joined_at: iso(row.joinedAt),
      validated_at: iso(row.validatedAt),
      validated_by: row.validatedBy ?? null,
      notes: row.notes ?? null,
      feedback: row.feedback ?? null,
    }
  }
}
