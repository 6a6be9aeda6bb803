import vine from '@vinejs/vine'
import { listQuery } from '#services/pagination'

/**
 * GET /notifications (and the page): `unread=true` only the unread ones
 */
export const listNotificationsValidator = vine.create(
  vine.object({
    ...listQuery,
    unread: vine.boolean().optional(),
  })
)

/**
 * POST /notifications/read: these ids, or every unread one without `ids`
 */
export const markNotificationsReadValidator = vine.create(
  vine.object({
    ids: vine.array(vine.string().uuid()).minLength(1).maxLength(100).distinct().optional(),
  })
)
