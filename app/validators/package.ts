import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import { listQuery } from '#services/pagination'
import { money } from '#validators/money'

export const packageStatuses = ['active', 'inactive'] as const
export const memberPackageStatuses = ['active', 'expired', 'exhausted', 'cancelled'] as const

const packageFields = {
  name: vine.string().trim().minLength(2).maxLength(120),
  description: vine.string().trim().maxLength(2000).nullable().optional(),
  price: money(),
  duration_days: vine.number().withoutDecimals().min(1).max(3660),
  session_count: vine.number().withoutDecimals().min(1).max(1000),
  status: vine.enum(packageStatuses).optional(),
}

/**
 * GET /admin/packages
 */
export const listPackagesValidator = vine.create(
  vine.object({
    ...listQuery,
    status: vine.enum(packageStatuses).optional(),
  })
)

/**
 * POST /admin/packages
 */
export const createPackageValidator = vine.create(vine.object(packageFields))

/**
 * PUT /admin/packages/:id — every field optional, only what is sent changes
 */
export const updatePackageValidator = vine.create(
  vine.object({
    name: packageFields.name.clone().optional(),
    description: vine.string().trim().maxLength(2000).nullable().optional(),
    price: packageFields.price.clone().optional(),
    duration_days: packageFields.duration_days.clone().optional(),
    session_count: packageFields.session_count.clone().optional(),
    status: vine.enum(packageStatuses).optional(),
  })
)

/**
 * POST /admin/members/:id/packages — start date defaults to today
 */
export const assignPackageValidator = vine.create(
  vine.object({
    package_id: vine.string().uuid(),
    start_date: vine
      .date({ formats: ['YYYY-MM-DD'] })
      .transform((value) => DateTime.fromJSDate(value).toISODate()!)
      .optional(),
  })
)

/**
 * GET /admin/member-packages and GET /me/packages
 */
export const listMemberPackagesValidator = vine.create(
  vine.object({
    ...listQuery,
    member_id: vine.string().uuid().optional(),
    package_id: vine.string().uuid().optional(),
    status: vine.enum(memberPackageStatuses).optional(),
  })
)
