import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import { listQuery } from '#services/pagination'

/**
 * A day (YYYY-MM-DD, the start of that day in the club's time zone) or an
 * ISO-8601 instant, handed on as a UTC ISO string
 */
const parseInstant = (value: string) =>
  DateTime.fromISO(value.replace(' ', 'T'), { zone: timezone })

const validInstant = vine.createRule((value, _options, field) => {
  if (typeof value === 'string' && !parseInstant(value).isValid) {
    field.report('The {{ field }} field must be a valid date', 'date', field)
  }
})

const instant = () =>
  vine
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/)
    .use(validInstant())
    .transform((value) => parseInstant(value).toUTC().toISO()!)

export const bookingStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const

/**
 * POST /bookings — member_id may be left out when the package tells who it
 * is for, or when the account has a single active member
 */
export const createBookingValidator = vine.create(
  vine.object({
    training_session_id: vine.string().uuid(),
    member_id: vine.string().uuid().optional(),
    member_package_id: vine.string().uuid().nullable().optional(),
    notes: vine.string().trim().maxLength(500).nullable().optional(),
  })
)

/**
 * POST /bookings/:id/cancel
 */
export const cancelBookingValidator = vine.create(
  vine.object({
    reason: vine.string().trim().maxLength(500).nullable().optional(),
  })
)

/**
 * GET /me/bookings
 */
export const listMyBookingsValidator = vine.create(
  vine.object({
    ...listQuery,
    status: vine.enum(bookingStatuses).optional(),
    member_id: vine.string().uuid().optional(),
    from: instant().optional(),
    to: instant().optional(),
  })
)
