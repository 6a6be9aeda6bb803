import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { timezone } from '#config/app'
import DomainError, { LocalWhen } from '#exceptions/domain_error'
import TrainingSession from '#models/training_session'
import type User from '#models/user'

/**
 * The scheduling rules every write path shares (single sessions, series,
 * edits): the checks that come before the database, and the translation
 * of the database's own refusals into answers that name the clash.
 */

export const MAX_SESSION_HOURS = 24

export type ConflictReason = 'coach' | 'room' | 'slot'

/**
 * Which database guarantee a Postgres error came from
 */
const CONSTRAINT_REASONS: Record<string, ConflictReason> = {
  training_sessions_coach_no_overlap: 'coach',
  training_sessions_room_no_overlap: 'room',
  training_sessions_coach_slot_date_unique: 'slot',
}

/**
 * The conflict reason of an exclusion (23P01) or unique (23505) violation
 * raised by one of the training_sessions guarantees, null for anything else
 */
export function conflictReason(error: unknown): ConflictReason | null {
  const pgError = error as { code?: string; constraint?: string } | null
  if (!pgError || (pgError.code !== '23P01' && pgError.code !== '23505')) {
    return null
  }
  return CONSTRAINT_REASONS[pgError.constraint ?? ''] ?? null
}

/**
 * Queues the writes that could clash: transaction-scoped advisory locks on
 * the coach and the room, always in that order, taken before a session is
 * inserted or moved. Without them, a request racing one rival on the coach
 * and another on the room can wait in both exclusion constraints on rows
 * not yet committed, and PostgreSQL answers a deadlock. The constraints
 * still decide who wins; the locks only make the contenders take turns.
 */
export async function lockSchedule(
  client: QueryClientContract,
  keys: { coachId: string; roomId: string | null }
) {
  const names = [`coach:${keys.coachId}`, ...(keys.roomId ? [`room:${keys.roomId}`] : [])]
  for (const name of names) {
    await client.rawQuery('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [name])
  }
}

/**
 * Whether a delete was refused because other rows still reference the row
 * (RESTRICT: 23001, NO ACTION: 23503)
 */
export function isStillReferenced(error: unknown) {
  const code = (error as { code?: string } | null)?.code
  return code === '23001' || code === '23503'
}

/**
 * The facts of a session that is being written and may clash
 */
export interface ScheduleCandidate {
  id?: string
  coachId: string
  roomId: string | null
  sessionTimeId: string | null
  startsAt: DateTime
  endsAt: DateTime
}

/**
 * Finds the non-cancelled session a candidate clashed with. Called after
 * the database refused the write, so it is the database that decided.
 */
export async function findConflictingSession(
  candidate: ScheduleCandidate,
  reason: ConflictReason,
  client: QueryClientContract = db.connection()
) {
  const query = TrainingSession.query({ client })
    .whereNot('status', 'cancelled')
    .if(candidate.id, (q) => q.whereNot('id', candidate.id!))
    .orderBy('starts_at')

  if (reason === 'slot') {
    query
      .where('coach_id', candidate.coachId)
      .where('session_time_id', candidate.sessionTimeId!)
      .whereRaw('(starts_at AT TIME ZONE ?)::date = ?::date', [
        timezone,
        candidate.startsAt.setZone(timezone).toISODate()!,
      ])
  } else {
    const [column, value] =
      reason === 'coach' ? ['coach_id', candidate.coachId] : ['room_id', candidate.roomId!]
    query
      .where(column, value)
      .whereRaw('tstzrange(starts_at, ends_at) && tstzrange(?::timestamptz, ?::timestamptz)', [
        candidate.startsAt.toUTC().toISO()!,
        candidate.endsAt.toUTC().toISO()!,
      ])
  }
  return query.first()
}

/**
 * What a 409 SCHEDULE_CONFLICT carries about the session it clashed with
 */
export function describeConflict(reason: ConflictReason, session: TrainingSession | null) {
  const local = (value: DateTime) => value.setZone(timezone)
  return {
    reason,
    conflict: session
      ? {
          id: session.id,
          title: session.title,
          starts_at: session.startsAt.toUTC().toISO(),
          ends_at: session.endsAt.toUTC().toISO(),
          coach_id: session.coachId,
          room_id: session.roomId,
        }
      : null,
    conflict_title: session?.title ?? '',
    conflict_when: session
      ? `${local(session.startsAt).toFormat('yyyy-MM-dd HH:mm')}–${local(session.endsAt).toFormat('HH:mm')}`
      : '',
  }
}

/**
 * Where a clash is shown: a room clash on `room_id`, anything else on the
 * field that carries the time (`starts_at`, `date` for a slot, or
 * `on_conflict` for a series, whose skip mode would avoid it)
 */
export interface ConflictPlace {
  timeField?: string
  /**
   * The occurrence's local date when a series clashed
   */
  seriesDate?: string
}

/**
 * 409 SCHEDULE_CONFLICT naming the session the candidate clashed with
 */
export async function scheduleConflict(
  candidate: ScheduleCandidate,
  reason: ConflictReason,
  extra: Record<string, unknown> = {},
  client?: QueryClientContract,
  place: ConflictPlace = {}
) {
  const session = await findConflictingSession(candidate, reason, client)
  const data = { ...describeConflict(reason, session), ...extra }
  const rule = place.seriesDate ? 'conflict_series' : session ? 'conflict' : 'conflict_unknown'
  const when = session
    ? new LocalWhen(session.startsAt.setZone(timezone), session.endsAt.setZone(timezone))
    : ''
  return new DomainError('SCHEDULE_CONFLICT', {
    field: reason === 'room' ? 'room_id' : (place.timeField ?? 'starts_at'),
    rule,
    params: {
      reason,
      title: data.conflict_title,
      when,
      conflict_title: data.conflict_title,
      conflict_when: when,
      date: place.seriesDate ? LocalWhen.day(place.seriesDate, timezone) : '',
    },
    data,
  })
}

/**
 * 422 SCHEDULE_PAST_TIME on the field that carries the start
 */
export function pastTime(field = 'starts_at') {
  return new DomainError('SCHEDULE_PAST_TIME', { field, rule: 'future_start' })
}

/**
 * 422 VALIDATION_FAILED for one field, with its reason (rules.json)
 */

/**
 * The checks on a session's shape that the validator cannot see because
 * they depend on stored values: a future start, an end after the start,
 * a sane length, a meeting URL when online, seats not below bookings.
 */
export function assertSessionShape(
  session: {
    startsAt: DateTime
    endsAt: DateTime
    delivery: string
    meetingUrl: string | null
    capacity: number
    bookedCount?: number
  },
  options: { timesChanged: boolean; startField?: string }
) {
  if (options.timesChanged && session.startsAt <= DateTime.now()) {
    throw pastTime(options.startField)
  }
  if (session.endsAt <= session.startsAt) {
    throw DomainError.invalid('ends_at', 'end_after_start')
  }
  if (session.endsAt.diff(session.startsAt, 'hours').hours > MAX_SESSION_HOURS) {
    throw DomainError.invalid('ends_at', 'too_long', { hours: MAX_SESSION_HOURS })
  }
  if (session.delivery === 'online' && !session.meetingUrl) {
    throw DomainError.invalid('meeting_url', 'meeting_url_required')
  }
  if (session.bookedCount !== undefined && session.capacity < session.bookedCount) {
    throw new DomainError('SCHEDULE_CAPACITY_BELOW_BOOKED', {
      field: 'capacity',
      rule: 'capacity_below_booked',
      params: { booked: session.bookedCount },
    })
  }
}

/**
 * A local date and wall-clock time in a zone, as an instant
 */
export function localDateTime(date: string, time: string, zone: string = timezone) {
  return DateTime.fromISO(`${date}T${time.slice(0, 5)}`, { zone })
}

/**
 * The coach a new session or series is for: an admin names one, a coach
 * may leave it out (themselves). Whether the user may act for that coach
 * is the policy's decision.
 */
export function resolveCoachId(user: User, coachId: string | undefined) {
  const resolved = coachId ?? (user.isCoach ? user.id : undefined)
  if (!resolved) {
    throw DomainError.invalid('coach_id', 'required')
  }
  return resolved
}
