import vine from '@vinejs/vine'
import { listQuery } from '#services/pagination'
import { dateBound } from '#validators/training_session'

const name = () => vine.string().trim().minLength(2).maxLength(120)
const email = () => vine.string().trim().toLowerCase().email().maxLength(254)
const password = () =>
  vine
    .string()
    .minLength(8)
    .maxLength(72)
    .regex(/[A-Za-z]/)
    .regex(/\d/)

const profile = () => ({
  phone: vine.string().trim().maxLength(32).nullable().optional(),
  bio: vine.string().trim().maxLength(5000).nullable().optional(),
  specialization: vine.string().trim().maxLength(160).nullable().optional(),
})

/**
 * GET /coaches (public) and GET /admin/coaches
 */
export const listCoachesValidator = vine.create(
  vine.object({
    ...listQuery,
    status: vine.enum(['active', 'inactive', 'suspended'] as const).optional(),
  })
)

/**
 * GET /coaches/:id/slots
 */
export const coachSlotsValidator = vine.create(
  vine.object({
    ...listQuery,
    from: dateBound().optional(),
    to: dateBound().optional(),
  })
)

/**
 * POST /admin/coaches: an account with the coach role and its profile
 */
export const createCoachValidator = vine.create(
  vine.object({
    name: name(),
    email: email().unique(async (db, value) => {
      return !(await db.from('users').where('email', value).first())
    }),
    password: password(),
    ...profile(),
  })
)

/**
 * PUT /admin/coaches/:id (every field optional)
 */
export const updateCoachValidator = vine.create(
  vine.object({
    name: name().optional(),
    email: email()
      .unique(async (db, value, field) => {
        const row = await db
          .from('users')
          .where('email', value)
          .whereNot('id', field.meta.coachId)
          .first()
        return !row
      })
      .optional(),
    password: password().optional(),
    status: vine.enum(['active', 'inactive', 'suspended'] as const).optional(),
    ...profile(),
  })
)
