import vine from '@vinejs/vine'
import { listQuery } from '#services/pagination'

export const attendanceStatuses = ['present', 'absent', 'excused', 'late'] as const

const entryFields = {
  status: vine.enum(attendanceStatuses),
  notes: vine.string().trim().maxLength(500).nullable().optional(),
  feedback: vine.string().trim().maxLength(2000).nullable().optional(),
}

/**
 * PUT /training-sessions/:id/attendance/:member_id
 */
export const recordAttendanceValidator = vine.create(vine.object(entryFields))

/**
 * PUT /training-sessions/:id/attendance — several members at once
 */
export const recordBulkAttendanceValidator = vine.create(
  vine.object({
    attendances: vine
      .array(vine.object({ member_id: vine.string().uuid(), ...entryFields }))
      .minLength(1)
      .maxLength(200)
      .distinct('member_id'),
  })
)

/**
 * GET /members/:id/attendance
 */
export const memberAttendanceValidator = vine.create(
  vine.object({
    ...listQuery,
    status: vine.enum(attendanceStatuses).optional(),
  })
)
