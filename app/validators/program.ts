import vine from '@vinejs/vine'
import { listQuery } from '#services/pagination'
import { PROGRAM_LEVELS, PROGRAM_STATUSES } from '#models/program'
import { money } from '#validators/money'

const name = () => vine.string().trim().minLength(2).maxLength(160)
const code = () =>
  vine
    .string()
    .trim()
    .maxLength(50)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)

const fields = () => ({
  description: vine.string().trim().maxLength(5000).nullable().optional(),
  category: vine.string().trim().maxLength(100).nullable().optional(),
  level: vine.enum(PROGRAM_LEVELS).optional(),
  session_minutes: vine.number().withoutDecimals().min(5).max(1440).nullable().optional(),
  duration_hours: vine.number().withoutDecimals().min(1).max(10_000).nullable().optional(),
  price_per_session: money().optional(),
  max_students: vine.number().withoutDecimals().min(1).max(1000).nullable().optional(),
  image_url: vine.string().trim().url().maxLength(2048).nullable().optional(),
  status: vine.enum(PROGRAM_STATUSES).optional(),
})

/**
 * GET /programs
 */
export const listProgramsValidator = vine.create(
  vine.object({
    ...listQuery,
    level: vine.enum(PROGRAM_LEVELS).optional(),
    category: vine.string().trim().maxLength(100).optional(),
    status: vine.enum(PROGRAM_STATUSES).optional(),
  })
)

/**
 * POST /programs. The code is unique regardless of case.
 */
export const createProgramValidator = vine.create(
  vine.object({
    name: name(),
    code: code().unique(async (db, value) => {
      return !(await db.from('programs').where('code', value).first())
    }),
    ...fields(),
  })
)

/**
 * PUT /programs/:id (every field optional)
 */
export const updateProgramValidator = vine.create(
  vine.object({
    name: name().optional(),
    code: code()
      .unique(async (db, value, field) => {
        const row = await db
          .from('programs')
          .where('code', value)
          .whereNot('id', field.meta.programId)
          .first()
        return !row
      })
      .optional(),
    ...fields(),
  })
)
