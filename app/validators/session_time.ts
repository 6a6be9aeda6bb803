import vine from '@vinejs/vine'
import { listQuery } from '#services/pagination'

/**
 * A wall-clock time "HH:mm" (00:00–23:59)
 */
export const localTime = () =>
  vine
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)

const label = () => vine.string().trim().minLength(1).maxLength(60)

/**
 * GET /session-times
 */
export const listSessionTimesValidator = vine.create(vine.object({ ...listQuery }))

/**
 * POST /session-times
 */
export const createSessionTimeValidator = vine.create(
  vine.object({
    label: label().unique(async (db, value) => {
      return !(await db.from('session_times').where('label', value).first())
    }),
    start_time: localTime(),
    end_time: localTime(),
  })
)

/**
 * PUT /session-times/:id
 */
export const updateSessionTimeValidator = vine.create(
  vine.object({
    label: label()
      .unique(async (db, value, field) => {
        const row = await db
          .from('session_times')
          .where('label', value)
          .whereNot('id', field.meta.sessionTimeId)
          .first()
        return !row
      })
      .optional(),
    start_time: localTime().optional(),
    end_time: localTime().optional(),
  })
)
