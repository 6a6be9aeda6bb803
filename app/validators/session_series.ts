import vine from '@vinejs/vine'
import { IANAZone } from 'luxon'
import { WEEKDAY_NAMES } from '#models/session_series'
import { SESSION_KINDS } from '#models/training_session'
import { localTime } from '#validators/session_time'
import {
  activeCoach,
  activeProgram,
  capacity,
  existing,
  isoDate,
  sessionDetails,
} from '#validators/training_session'

/**
 * An IANA time zone name such as "Asia/Jakarta"
 */
const ianaZone = vine.createRule((value, _, field) => {
  if (typeof value === 'string' && !IANAZone.isValidZone(value)) {
    field.report('The {{ field }} field must be an IANA time zone', 'timezone', field)
  }
})

/**
 * POST /training-sessions/series. Times are local wall-clock times in
 * `timezone` (default: the club's).
 */
export const createSessionSeriesValidator = vine.create(
  vine.object({
    kind: vine.enum(SESSION_KINDS).optional(),
    title: vine.string().trim().minLength(2).maxLength(160).optional(),
    program_id: activeProgram().nullable().optional(),
    coach_id: activeCoach().optional(),
    room_id: existing('rooms').nullable().optional(),
    session_time_id: existing('session_times').optional(),
    weekdays: vine.array(vine.enum(WEEKDAY_NAMES)).minLength(1).maxLength(7).distinct(),
    start_time: localTime().optional().requiredIfMissing('session_time_id'),
    end_time: localTime().optional().requiredIfMissing('session_time_id'),
    starts_on: isoDate(),
    ends_on: isoDate(),
    timezone: vine.string().trim().maxLength(64).use(ianaZone()).optional(),
    capacity: capacity().optional(),
    status: vine.enum(['scheduled', 'open'] as const).optional(),
    on_conflict: vine.enum(['fail', 'skip'] as const).optional(),
    ...sessionDetails(),
  })
)

/**
 * PATCH /training-sessions/series/:id: changes every future occurrence.
 * The weekdays and the date range stay as generated.
 */
export const updateSessionSeriesValidator = vine.create(
  vine.object({
    title: vine.string().trim().minLength(2).maxLength(160).optional(),
    coach_id: activeCoach().optional(),
    room_id: existing('rooms').nullable().optional(),
    start_time: localTime().optional().requiredIfExists('end_time'),
    end_time: localTime().optional().requiredIfExists('start_time'),
    capacity: capacity().optional(),
    ...sessionDetails(),
  })
)

/**
 * POST /training-sessions/series/:id/cancel
 */
export const cancelSessionSeriesValidator = vine.create(
  vine.object({
    reason: vine.string().trim().maxLength(500).optional(),
  })
)
