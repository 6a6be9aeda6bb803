import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import { listQuery } from '#services/pagination'
import {
  SESSION_AUDIENCES,
  SESSION_DELIVERIES,
  SESSION_KINDS,
  SESSION_STATUSES,
} from '#models/training_session'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/
const ISO_DATE_OR_DATE_TIME = new RegExp(`(${ISO_DATE.source})|(${ISO_DATE_TIME.source})`)

/**
 * The calendar must know the date: 2026-02-30 is refused
 */
const realDate = vine.createRule((value, _, field) => {
  if (typeof value === 'string' && !DateTime.fromISO(value, { zone: timezone }).isValid) {
    field.report('The {{ field }} field must be a real date', 'date', field)
  }
})

/**
 * A calendar date "YYYY-MM-DD" (kept as a string: it is a local date)
 */
export const isoDate = () => vine.string().trim().regex(ISO_DATE).use(realDate())

/**
 * An instant in ISO 8601. Without an offset it is read as the club's local
 * time (what a datetime-local input sends).
 */
export const isoDateTime = () =>
  vine
    .string()
    .trim()
    .regex(ISO_DATE_TIME)
    .use(realDate())
    .transform((value) => DateTime.fromISO(value, { zone: timezone }))

/**
 * A list bound: a date (a whole local day) or an instant
 */
export const dateBound = () => vine.string().trim().regex(ISO_DATE_OR_DATE_TIME).use(realDate())

/**
 * A reference to an existing row (a malformed id is a 422, never a query)
 */
export const existing = (table: string) =>
  vine.string().trim().uuid().exists({ table, column: 'id' })

/**
 * An account that may hold sessions: an active coach
 */
export const activeCoach = () =>
  vine
    .string()
    .trim()
    .uuid()
    .exists(async (db, value) => {
      const row = await db
        .from('users')
        .where({ id: value, role: 'coach', status: 'active' })
        .first()
      return Boolean(row)
    })

/**
 * New sessions belong to active programs only
 */
export const activeProgram = () =>
  vine
    .string()
    .trim()
    .uuid()
    .exists(async (db, value) => {
      const row = await db.from('programs').where({ id: value, status: 'active' }).first()
      return Boolean(row)
    })

export const capacity = () => vine.number().withoutDecimals().min(1).max(500)

/**
 * Fields a session shares with the series that generates it
 */
export const sessionDetails = () => ({
  description: vine.string().trim().maxLength(5000).nullable().optional(),
  delivery: vine.enum(SESSION_DELIVERIES).optional(),
  location: vine.string().trim().maxLength(255).nullable().optional(),
  meeting_url: vine
    .string()
    .trim()
    .url({ require_protocol: true })
    .maxLength(2048)
    .nullable()
    .optional(),
  meeting_platform: vine.string().trim().maxLength(40).nullable().optional(),
  meeting_password: vine.string().trim().maxLength(120).nullable().optional(),
  audience: vine.enum(SESSION_AUDIENCES).optional(),
  waitlist_enabled: vine.boolean().optional(),
})

/**
 * Coaching details (seed 000)
 */
const coachingDetails = () => ({
  classification: vine.string().trim().maxLength(80).nullable().optional(),
  stage: vine.string().trim().maxLength(80).nullable().optional(),
  region: vine.string().trim().maxLength(120).nullable().optional(),
})

/**
 * GET /training-sessions. `from`/`to` take a date (a whole local day) or
 * an instant.
 */
export const listTrainingSessionsValidator = vine.create(
  vine.object({
    ...listQuery,
    cursor: vine.string().trim().maxLength(200).optional(),
    kind: vine.enum(SESSION_KINDS).optional(),
    status: vine.enum(SESSION_STATUSES).optional(),
    program_id: vine.string().trim().uuid().optional(),
    coach_id: vine.string().trim().uuid().optional(),
    room_id: vine.string().trim().uuid().optional(),
    series_id: vine.string().trim().uuid().optional(),
    from: dateBound().optional(),
    to: dateBound().optional(),
  })
)

/**
 * POST /training-sessions: either a named slot and a date, or explicit
 * start and end instants.
 */
export const createTrainingSessionValidator = vine.create(
  vine.object({
    kind: vine.enum(SESSION_KINDS).optional(),
    title: vine.string().trim().minLength(2).maxLength(160).optional(),
    program_id: activeProgram().nullable().optional(),
    coach_id: activeCoach().optional(),
    room_id: existing('rooms').nullable().optional(),
    session_time_id: existing('session_times').optional(),
    date: isoDate().optional().requiredIfExists('session_time_id'),
    starts_at: isoDateTime().optional().requiredIfMissing('session_time_id'),
    ends_at: isoDateTime().optional().requiredIfMissing('session_time_id'),
    capacity: capacity().optional(),
    status: vine.enum(['scheduled', 'open'] as const).optional(),
    ...sessionDetails(),
    ...coachingDetails(),
  })
)

/**
 * PATCH /training-sessions/:id (every field optional; status changes have
 * their own endpoints)
 */
export const updateTrainingSessionValidator = vine.create(
  vine.object({
    title: vine.string().trim().minLength(2).maxLength(160).optional(),
    program_id: activeProgram().nullable().optional(),
    coach_id: activeCoach().optional(),
    room_id: existing('rooms').nullable().optional(),
    session_time_id: existing('session_times').optional(),
    date: isoDate().optional().requiredIfExists('session_time_id'),
    starts_at: isoDateTime().optional().requiredIfExists('ends_at'),
    ends_at: isoDateTime().optional().requiredIfExists('starts_at'),
    capacity: capacity().optional(),
    ...sessionDetails(),
    ...coachingDetails(),
  })
)

/**
 * POST /training-sessions/:id/cancel
 */
export const cancelTrainingSessionValidator = vine.create(
  vine.object({
    reason: vine.string().trim().maxLength(500).optional(),
  })
)
