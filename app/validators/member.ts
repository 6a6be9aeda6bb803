import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import { listQuery } from '#services/pagination'

export const memberStatuses = ['pending', 'active', 'inactive', 'rejected'] as const
export const memberRelationships = ['self', 'child'] as const

const name = () => vine.string().trim().minLength(2).maxLength(120)
const phone = () =>
  vine
    .string()
    .trim()
    .maxLength(32)
    .regex(/^\+?[0-9][0-9 ()-]{5,30}$/)
/**
 * A calendar date (YYYY-MM-DD) in the past, handed on as that same string
 */
const birthDate = () =>
  vine
    .date({ formats: ['YYYY-MM-DD'] })
    .beforeOrEqual('today')
    .afterOrEqual('1900-01-01')
    .transform((value) => DateTime.fromJSDate(value).toISODate()!)

const profile = {
  date_of_birth: birthDate().nullable().optional(),
  phone: phone().nullable().optional(),
  school: vine.string().trim().maxLength(160).nullable().optional(),
  grade: vine.string().trim().maxLength(40).nullable().optional(),
  notes: vine.string().trim().maxLength(1000).nullable().optional(),
}

/**
 * POST /me/members — a parent adds a child, or themselves once
 */
export const createMyMemberValidator = vine.create(
  vine.object({
    name: name(),
    relationship: vine.enum(memberRelationships),
    ...profile,
  })
)

/**
 * PATCH /me/members/:id
 */
export const updateMyMemberValidator = vine.create(
  vine.object({
    name: name().optional(),
    relationship: vine.enum(memberRelationships).optional(),
    ...profile,
  })
)

/**
 * GET /admin/members
 */
export const listMembersValidator = vine.create(
  vine.object({
    ...listQuery,
    status: vine.enum(memberStatuses).optional(),
    relationship: vine.enum(memberRelationships).optional(),
    account_id: vine.string().uuid().optional(),
  })
)

const adminProfile = {
  ...profile,
  guardian_name: vine.string().trim().maxLength(120).nullable().optional(),
  guardian_phone: phone().nullable().optional(),
}

/**
 * POST /admin/members — staff register a member, optionally under an account
 */
export const adminCreateMemberValidator = vine.create(
  vine.object({
    account_id: vine
      .string()
      .uuid()
      .exists(async (db, value) => Boolean(await db.from('users').where('id', value).first()))
      .nullable()
      .optional(),
    name: name(),
    relationship: vine.enum(memberRelationships).optional(),
    status: vine.enum(['pending', 'active'] as const).optional(),
    ...adminProfile,
  })
)

/**
 * PATCH /admin/members/:id — profile fields; status moves through
 * approve/deactivate/restore only
 */
export const adminUpdateMemberValidator = vine.create(
  vine.object({
    name: name().optional(),
    relationship: vine.enum(memberRelationships).optional(),
    ...adminProfile,
  })
)

/**
 * POST /members/:id/erase: the person confirms (the checkbox on the page,
 * `confirm: true` in the API)
 */
export const eraseMemberValidator = vine.create(
  vine.object({
    confirm: vine.accepted(),
  })
)
