import DomainError from '#exceptions/domain_error'
import { DateTime } from 'luxon'
import { transaction } from '#services/transaction'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { timezone as clubTimezone } from '#config/app'
import Program from '#models/program'
import Room from '#models/room'
import SessionSeries, { weekdayNumber } from '#models/session_series'
import type { WeekdayName } from '#models/session_series'
import SessionTime from '#models/session_time'
import TrainingSession from '#models/training_session'
import type {
  SessionAudience,
  SessionDelivery,
  SessionKind,
  SessionStatus,
} from '#models/training_session'
import User from '#models/user'
import TrainingSessionCreated from '#events/training_session_created'
import { assertFitsRoom, insertTrainingSession } from '#actions/schedule/create_training_session'
import type { ConflictReason, ScheduleCandidate } from '#actions/schedule/schedule_rules'
import {
  assertSessionShape,
  conflictReason,
  describeConflict,
  findConflictingSession,
  localDateTime,
  pastTime,
  scheduleConflict,
} from '#actions/schedule/schedule_rules'

export const MAX_SERIES_DAYS = 366
export const MAX_OCCURRENCES = 400

export interface SessionSeriesInput {
  kind?: SessionKind
  title?: string
  description?: string | null
  program_id?: string | null
  coach_id: string
  room_id?: string | null
  session_time_id?: string
  weekdays: WeekdayName[]
  start_time?: string
  end_time?: string
  starts_on: string
  ends_on: string
  timezone?: string
  capacity?: number
  status?: Extract<SessionStatus, 'scheduled' | 'open'>
  on_conflict?: 'fail' | 'skip'
  delivery?: SessionDelivery
  location?: string | null
  meeting_url?: string | null
  meeting_platform?: string | null
  meeting_password?: string | null
  audience?: SessionAudience
  waitlist_enabled?: boolean
  created_by?: string | null
}

export interface PlannedOccurrence {
  date: string
  startsAt: DateTime
  endsAt: DateTime
}

export interface SkippedOccurrence {
  date: string
  starts_at: string
  ends_at: string
  reason: 'past' | `${ConflictReason}_conflict`
  conflict: ReturnType<typeof describeConflict>['conflict']
}

export interface SeriesOutcome {
  series: SessionSeries
  created: TrainingSession[]
  skipped: SkippedOccurrence[]
}

/**
 * Every date of the range that falls on one of the weekdays, with the
 * local start and end times turned into instants in the rule's zone. The
 * wall-clock time stays the same on every date even when the zone's
 * offset changes in between (daylight saving, a government's new rule).
 */
export function planOccurrences(rule: {
  weekdays: number[]
  startTime: string
  endTime: string
  startsOn: string
  endsOn: string
  timezone: string
}): PlannedOccurrence[] {
  const first = DateTime.fromISO(rule.startsOn, { zone: rule.timezone })
  const last = DateTime.fromISO(rule.endsOn, { zone: rule.timezone })
  const occurrences: PlannedOccurrence[] = []
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    if (!rule.weekdays.includes(day.weekday)) continue
    const date = day.toISODate()!
    occurrences.push({
      date,
      startsAt: localDateTime(date, rule.startTime, rule.timezone),
      endsAt: localDateTime(date, rule.endTime, rule.timezone),
    })
  }
  return occurrences
}

/**
 * A refusal inside the transaction, answered once it is rolled back
 */
class OccurrenceClash extends Error {
  constructor(
    public candidate: ScheduleCandidate,
    public reason: ConflictReason,
    public date: string
  ) {
    super('occurrence clash')
  }
}

const iso = (value: DateTime) => value.toUTC().toISO()!

/**
 * POST /training-sessions/series and `node ace sessions:generate`: stores
 * the rule and creates its occurrences, each checked by the database for
 * clashes with the coach's and the room's other sessions.
 *
 * - on_conflict "fail" (default): one transaction; the first clash (or
 *   past occurrence) refuses the whole batch and nothing is written.
 * - on_conflict "skip": each occurrence gets a savepoint; clashing and
 *   past ones are left out and listed with the reason and the session they
 *   clashed with.
 */
export async function createSessionSeries(input: SessionSeriesInput): Promise<SeriesOutcome> {
  const zone = input.timezone ?? clubTimezone
  const mode = input.on_conflict ?? 'fail'
  const kind = input.kind ?? 'training'

  const slot = input.session_time_id ? await SessionTime.findOrFail(input.session_time_id) : null
  const startTime = input.start_time ?? slot!.startTime.slice(0, 5)
  const endTime = input.end_time ?? slot!.endTime.slice(0, 5)
  if (endTime <= startTime) {
    throw DomainError.invalid('end_time', 'end_after_start')
  }
  if (input.ends_on < input.starts_on) {
    throw DomainError.invalid('ends_on', 'last_before_first')
  }
  const today = DateTime.now().setZone(zone).toISODate()!
  if (input.starts_on < today) {
    throw pastTime('starts_on')
  }
  const days = DateTime.fromISO(input.ends_on).diff(DateTime.fromISO(input.starts_on), 'days').days
  if (days >= MAX_SERIES_DAYS) {
    throw DomainError.invalid('ends_on', 'series_too_long', { days: MAX_SERIES_DAYS })
  }

  const weekdays = input.weekdays.map(weekdayNumber).sort()
  const plan = planOccurrences({
    weekdays,
    startTime,
    endTime,
    startsOn: input.starts_on,
    endsOn: input.ends_on,
    timezone: zone,
  })
  if (plan.length === 0) {
    throw DomainError.invalid('weekdays', 'no_dates')
  }
  if (plan.length > MAX_OCCURRENCES) {
    throw DomainError.invalid('ends_on', 'series_too_many', { count: MAX_OCCURRENCES })
  }

  const program = input.program_id ? await Program.find(input.program_id) : null
  const room = input.room_id ? await Room.find(input.room_id) : null
  const coach = await User.findOrFail(input.coach_id)
  const capacity = input.capacity ?? program?.maxStudents ?? room?.capacity ?? 1
  const delivery = input.delivery ?? 'onsite'
  const meetingUrl = input.meeting_url ?? null
  assertSessionShape(
    { startsAt: plan[0].startsAt, endsAt: plan[0].endsAt, delivery, meetingUrl, capacity },
    { timesChanged: false }
  )
  assertFitsRoom(capacity, room)
  const title =
    input.title ?? program?.name ?? `${kind[0].toUpperCase()}${kind.slice(1)} — ${coach.name}`

  try {
    const outcome = await transaction(async (trx) => {
      const series = await SessionSeries.create(
        {
          kind,
          title,
          programId: program?.id ?? null,
          coachId: coach.id,
          roomId: room?.id ?? null,
          sessionTimeId: slot?.id ?? null,
          weekdays,
          startTime,
          endTime,
          startsOn: DateTime.fromISO(input.starts_on),
          endsOn: DateTime.fromISO(input.ends_on),
          timezone: zone,
          capacity,
          delivery,
          location: input.location ?? room?.name ?? null,
          meetingUrl,
          meetingPlatform: input.meeting_platform ?? null,
          meetingPassword: input.meeting_password ?? null,
          audience: input.audience ?? 'public',
          waitlistEnabled: input.waitlist_enabled ?? false,
          status: 'active',
          cancelledAt: null,
          createdBy: input.created_by ?? null,
        },
        { client: trx }
      )

      const created: TrainingSession[] = []
      const skipped: SkippedOccurrence[] = []
      const now = DateTime.now()

      for (const occurrence of plan) {
        const candidate: ScheduleCandidate = {
          coachId: coach.id,
          roomId: series.roomId,
          sessionTimeId: series.sessionTimeId,
          startsAt: occurrence.startsAt,
          endsAt: occurrence.endsAt,
        }
        if (occurrence.startsAt <= now) {
          if (mode === 'fail') throw pastTime('starts_on')
          skipped.push({
            date: occurrence.date,
            starts_at: iso(occurrence.startsAt),
            ends_at: iso(occurrence.endsAt),
            reason: 'past',
            conflict: null,
          })
          continue
        }

        const attributes: Partial<TrainingSession> = {
          kind,
          title,
          description: input.description ?? null,
          programId: series.programId,
          coachId: coach.id,
          roomId: series.roomId,
          sessionTimeId: series.sessionTimeId,
          seriesId: series.id,
          startsAt: occurrence.startsAt,
          endsAt: occurrence.endsAt,
          capacity,
          status: input.status ?? 'scheduled',
          delivery,
          location: series.location,
          meetingUrl,
          meetingPlatform: series.meetingPlatform,
          meetingPassword: series.meetingPassword,
          audience: series.audience,
          waitlistEnabled: series.waitlistEnabled,
          createdBy: series.createdBy,
        }

        if (mode === 'fail') {
          try {
            created.push(await insertTrainingSession(attributes, trx))
          } catch (error) {
            const reason = conflictReason(error)
            if (!reason) throw error
            throw new OccurrenceClash(candidate, reason, occurrence.date)
          }
          continue
        }

        try {
          created.push(
            await trx.transaction((savepoint) => insertTrainingSession(attributes, savepoint))
          )
        } catch (error) {
          const reason = conflictReason(error)
          if (!reason) throw error
          const clash = await findConflictingSession(candidate, reason, trx)
          skipped.push({
            date: occurrence.date,
            starts_at: iso(occurrence.startsAt),
            ends_at: iso(occurrence.endsAt),
            reason: `${reason}_conflict`,
            conflict: describeConflict(reason, clash).conflict,
          })
        }
      }
      return { series, created, skipped }
    })

    for (const session of outcome.created) {
      await TrainingSessionCreated.dispatch(session)
    }
    return outcome
  } catch (error) {
    if (error instanceof OccurrenceClash) {
      throw await scheduleConflict(
        error.candidate,
        error.reason,
        {
          occurrence: {
            date: error.date,
            starts_at: iso(error.candidate.startsAt),
            ends_at: iso(error.candidate.endsAt),
          },
        },
        undefined,
        { timeField: 'on_conflict', seriesDate: error.date }
      )
    }
    throw error
  }
}

/**
 * The future occurrences a series still governs: not yet started, and
 * still scheduled, open or closed
 */
export function futureOccurrences(series: SessionSeries, trx: TransactionClientContract) {
  return TrainingSession.query({ client: trx })
    .where('series_id', series.id)
    .whereIn('status', ['scheduled', 'open', 'closed'])
    .where('starts_at', '>', DateTime.now().toJSDate())
    .orderBy('starts_at')
    .forUpdate()
}
