import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { ENROLLMENT_STATUSES, EXPERIENCE_LEVELS, PREFERRED_DAYS } from '#models/enrollment'
import { listQuery } from '#services/pagination'

/**
 * An Indonesian mobile number in any usual spelling ("0812 3456 7890",
 * "812…", "+62 812-…"), handed on as E.164 ("+6281234567890").
 * libphonenumber's full metadata decides what a plausible mobile number is.
 */
export function indonesianMobile(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value, 'ID')
  if (!parsed || parsed.country !== 'ID' || !parsed.isValid()) {
    return null
  }
  const type = parsed.getType()
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? parsed.number : null
}

const mobileRule = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  const normalised = indonesianMobile(value)
  if (!normalised) {
    field.report(
      'The {{ field }} field must be an Indonesian mobile number',
      'indonesian_mobile',
      field
    )
    return
  }
  field.mutate(normalised, field)
})

const mobile = () => vine.string().trim().maxLength(32).use(mobileRule())
const text = (max: number) => vine.string().trim().maxLength(max)
const localTime = () => vine.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
const asIso = (value: Date) => DateTime.fromJSDate(value).toISODate()!
const isoDate = () => vine.date({ formats: ['YYYY-MM-DD'] }).transform(asIso)

/**
 * POST /enrollments — the public form (seed 004 §5.1). Refusals the
 * validator cannot see (an inactive program, a second live application)
 * come from the action.
 */
export const createEnrollmentValidator = vine.create(
  vine.object({
    program_id: vine.string().uuid(),
    child_name: vine.string().trim().minLength(2).maxLength(120),
    date_of_birth: vine
      .date({ formats: ['YYYY-MM-DD'] })
      .beforeOrEqual('today')
      .afterOrEqual('1900-01-01')
      .transform(asIso)
      .optional(),
    school: text(160).optional(),
    grade: text(40).optional(),
    guardian_name: vine.string().trim().minLength(2).maxLength(120),
    email: vine.string().trim().maxLength(254).email().normalizeEmail({ all_lowercase: true }),
    wa_number: mobile(),
    experience_level: vine.enum(EXPERIENCE_LEVELS).optional(),
    preferred_days: vine.array(vine.enum(PREFERRED_DAYS)).maxLength(7).distinct().optional(),
    preferred_time_range: vine.object({ start: localTime(), end: localTime() }).optional(),
    start_date_target: vine
      .date({ formats: ['YYYY-MM-DD'] })
      .afterOrEqual('today')
      .transform(asIso)
      .optional(),
    instrument_owned: vine.boolean().optional(),
    referral_source: text(60).optional(),
    notes: text(2000).optional(),
    consent: vine.accepted(),
    captcha_token: text(4096).optional(),
  })
)

/**
 * GET /enrollments/status — both must match
 */
export const enrollmentStatusValidator = vine.create(
  vine.object({
    email: vine.string().trim().maxLength(254).email().normalizeEmail({ all_lowercase: true }),
    registration_number: vine.string().trim().toUpperCase().maxLength(32),
  })
)

/**
 * GET /enrollments (staff)
 */
export const listEnrollmentsValidator = vine.create(
  vine.object({
    ...listQuery,
    status: vine.enum(ENROLLMENT_STATUSES).optional(),
    program_id: vine.string().uuid().optional(),
    from: isoDate().optional(),
    to: isoDate().optional(),
  })
)

/**
 * POST /enrollments/:id/reject
 */
export const rejectEnrollmentValidator = vine.create(
  vine.object({
    reason: vine.string().trim().minLength(3).maxLength(500),
  })
)

/**
 * GET /me/enrollments
 */
export const listMyEnrollmentsValidator = vine.create(
  vine.object({
    ...listQuery,
    status: vine.enum(ENROLLMENT_STATUSES).optional(),
  })
)

/**
 * POST /enrollments/:id/cancel
 */
export const cancelEnrollmentValidator = vine.create(
  vine.object({
    reason: vine.string().trim().maxLength(500).optional(),
  })
)
