import vine from '@vinejs/vine'
import { listQuery } from '#services/pagination'

const name = () => vine.string().trim().minLength(1).maxLength(120)
const capacity = () => vine.number().withoutDecimals().min(1).max(1000)
const description = () => vine.string().trim().maxLength(2000)

/**
 * GET /rooms
 */
export const listRoomsValidator = vine.create(vine.object({ ...listQuery }))

/**
 * POST /rooms
 */
export const createRoomValidator = vine.create(
  vine.object({
    name: name().unique(async (db, value) => {
      return !(await db.from('rooms').where('name', value).first())
    }),
    capacity: capacity().nullable().optional(),
    description: description().nullable().optional(),
  })
)

/**
 * PUT /rooms/:id (every field optional)
 */
export const updateRoomValidator = vine.create(
  vine.object({
    name: name()
      .unique(async (db, value, field) => {
        const row = await db
          .from('rooms')
          .where('name', value)
          .whereNot('id', field.meta.roomId)
          .first()
        return !row
      })
      .optional(),
    capacity: capacity().nullable().optional(),
    description: description().nullable().optional(),
  })
)
