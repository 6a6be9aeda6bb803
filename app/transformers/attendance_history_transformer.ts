import { DateTime } from 'luxon'
import { BaseTransformer } from '@adonisjs/core/transformers'
import { timezone } from '#config/app'
import { s } from '#openapi/helpers'
import type { AttendanceHistoryRow } from '#queries/members/member_attendance'
import type { TransformerShapes } from '#transformers/shapes'
import { localTimeSpan } from '#transformers/values'

const at = (value: Date | null) => (value ? DateTime.fromJSDate(value).toUTC().toISO() : null)

/**
 * One line of a member's attendance history: the session, its coach, the
 * package that paid and what was recorded (parent dashboard, the member's
 * attendance page and GET /members/:id/attendance)
 */
export default class AttendanceHistoryTransformer extends BaseTransformer<AttendanceHistoryRow> {
  static shapes: TransformerShapes<'toObject'> = {
    toObject: {
      name: 'AttendanceHistoryEntry',
      schema: s.object({
        id: s.uuid(),
        member_id: s.uuid(),
        member_name: s.string(),
        training_session_id: s.uuid(),
        session_title: s.string(),
        session_kind: s.enum(['training', 'coaching', 'mentoring']),
        session_date: s.date({ description: 'In the club time zone' }),
        session_time: s.string({ example: '16:00–17:30' }),
        starts_at: s.dateTime(),
        coach_name: s.string(),
        package_name: s.nullable(s.string()),
        attendance_status: s.enum(['present', 'absent', 'excused', 'late']),
        validated_at: s.nullable(s.dateTime()),
        joined_at: s.nullable(s.dateTime()),
        notes: s.nullable(s.string()),
      }),
    },
  }

  toObject() {
    const row = this.resource
    const starts = DateTime.fromJSDate(row.starts_at).setZone(timezone)
    const ends = DateTime.fromJSDate(row.ends_at).setZone(timezone)
    return {
      id: row.id,
      member_id: row.member_id,
      member_name: row.member_name,
      training_session_id: row.session_id,
      session_title: row.session_title,
      session_kind: row.session_kind,
      session_date: starts.toISODate()!,
      session_time: localTimeSpan(starts, ends),
      starts_at: starts.toUTC().toISO()!,
      coach_name: row.coach_name,
      package_name: row.package_name,
      attendance_status: row.status,
      validated_at: at(row.validated_at),
      joined_at: at(row.joined_at),
      notes: row.notes,
    }
  }
}
