import vine from '@vinejs/vine'
import { listQuery } from '#services/pagination'

export const userRoles = ['admin', 'coach', 'member'] as const
export const userStatuses = ['active', 'inactive', 'suspended'] as const

const email = () => vine.string().trim().toLowerCase().email().maxLength(254)
const password = () =>
  vine
    .string()
    .minLength(8)
    .maxLength(72)
    .regex(/[A-Za-z]/)
    .regex(/\d/)

/**
 * GET /admin/users
 */
export const listUsersValidator = vine.create(
  vine.object({
    ...listQuery,
    role: vine.enum(userRoles).optional(),
    status: vine.enum(userStatuses).optional(),
  })
)

/**
 * POST /admin/users
 */
export const createUserValidator = vine.create(
  vine.object({
    name: vine.string().trim().minLength(2).maxLength(120),
    email: email().unique(async (db, value) => {
      const row = await db.from('users').where('email', value).first()
      return !row
    }),
    password: password(),
    role: vine.enum(userRoles),
    status: vine.enum(userStatuses).optional(),
    phone: vine.string().trim().maxLength(32).optional(),
    locale: vine.enum(['id', 'en'] as const).optional(),
  })
)

/**
 * PATCH /admin/users/:id
 */
export const updateUserValidator = vine.create(
  vine.object({
    name: vine.string().trim().minLength(2).maxLength(120).optional(),
    email: email()
      .unique(async (db, value, field) => {
        const row = await db
          .from('users')
          .where('email', value)
          .whereNot('id', field.meta.userId)
          .first()
        return !row
      })
      .optional(),
    role: vine.enum(userRoles).optional(),
    status: vine.enum(userStatuses).optional(),
  })
)
