import { BaseTransformer } from '@adonisjs/core/transformers'
import { timezone } from '#config/app'
import type TrainingSession from '#models/training_session'
import type SessionSeries from '#models/session_series'
import type CoachProfile from '#models/coach_profile'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'
import ProgramTransformer, { serializeProgramSummary } from '#transformers/program_transformer'
import SessionTimeTransformer, {
  serializeSessionTimeSummary,
} from '#transformers/session_time_transformer'
import CoachTransformer, { serializeCoachSummary } from '#transformers/coach_transformer'
import RoomTransformer from '#transformers/room_transformer'

const KINDS = ['training', 'coaching', 'mentoring'] as const
const STATUSES = ['scheduled', 'open', 'closed', 'ongoing', 'completed', 'cancelled'] as const
const DELIVERIES = ['onsite', 'online'] as const
const AUDIENCES = ['public', 'members', 'invited'] as const

const summary = s.object({
  id: s.uuid(),
  kind: s.enum(KINDS),
  title: s.string(),
  status: s.enum(STATUSES),
  delivery: s.enum(DELIVERIES),
  location: s.nullable(s.string()),
  starts_at: s.dateTime(),
  ends_at: s.dateTime(),
  coach: s.ref('CoachSummary'),
})

const legacySummaryOf = {
  program: s.object({
    id: s.uuid(),
    name: s.string(),
    code: s.string(),
    level: s.enum(['beginner', 'intermediate', 'advanced']),
    category: s.nullable(s.string()),
  }),
  coach: s.object({
    id: s.uuid(),
    name: s.string(),
    specialization: s.optional(s.nullable(s.string())),
    bio: s.optional(s.nullable(s.string())),
  }),
  room: s.object({ id: s.uuid(), name: s.string(), capacity: s.nullable(s.integer()) }),
  slot: s.object({ id: s.uuid(), label: s.string(), start_time: s.time(), end_time: s.time() }),
}

const sessionShape = s.object({
  id: s.uuid(),
  kind: s.enum(KINDS),
  title: s.string(),
  description: s.nullable(s.string()),
  status: s.enum(STATUSES),
  date: s.date({ description: 'Local date of the start (club time zone)' }),
  starts_at: s.dateTime(),
  ends_at: s.dateTime(),
  capacity: s.integer(),
  booked_count: s.integer(),
  seats_left: s.integer(),
  waitlist_enabled: s.boolean(),
  delivery: s.enum(DELIVERIES),
  location: s.nullable(s.string()),
  meeting_platform: s.nullable(s.string()),
  meeting_url: s.optional(s.nullable(s.url({ description: 'Staff only' }))),
  meeting_password: s.optional(s.nullable(s.string({ description: 'Staff only' }))),
  audience: s.enum(AUDIENCES),
  classification: s.nullable(s.string()),
  stage: s.nullable(s.string()),
  region: s.nullable(s.string()),
  program_id: s.nullable(s.uuid()),
  coach_id: s.uuid(),
  room_id: s.nullable(s.uuid()),
  session_time_id: s.nullable(s.uuid()),
  series_id: s.nullable(s.uuid()),
  actual_started_at: s.nullable(s.dateTime()),
  actual_ended_at: s.nullable(s.dateTime()),
  cancelled_at: s.nullable(s.dateTime()),
  cancellation_reason: s.nullable(s.string()),
  created_at: s.dateTime(),
  updated_at: s.dateTime(),
  program: s.optional(s.nullable(legacySummaryOf.program)),
  coach: s.optional(legacySummaryOf.coach),
  room: s.optional(s.nullable(legacySummaryOf.room)),
  session_time: s.optional(s.nullable(legacySummaryOf.slot)),
})

/**
 * A training session of any kind.
 *
 * - `forSummary`: what another resource (a booking) shows about its
 *   session. Needs `coach` preloaded.
 * - `toObject`: the public record with its program, coach profile, room
 *   and slot. Needs `program`, `coach`, `coachProfile`, `room` and
 *   `sessionTime` preloaded (`withSessionRelations` in
 *   app/queries/schedule/session_relations.ts).
 * - `forInsider`: the same plus the meeting link and password, for staff
 *   and the session's participants.
 */
export default class TrainingSessionTransformer extends BaseTransformer<TrainingSession> {
  static shapes: TransformerShapes<'toObject' | 'forSummary'> = {
    toObject: { name: 'TrainingSession', schema: sessionShape },
    forSummary: { name: 'TrainingSessionSummary', schema: summary },
  }

  toObject() {
    const row = this.resource
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      description: row.description,
      status: row.status,
      date: row.startsAt.setZone(timezone).toISODate()!,
      starts_at: iso(row.startsAt),
      ends_at: iso(row.endsAt),
      capacity: row.capacity,
      booked_count: row.bookedCount,
      seats_left: row.seatsLeft,
      waitlist_enabled: row.waitlistEnabled,
      delivery: row.delivery,
      location: row.location,
      meeting_platform: row.meetingPlatform,
      audience: row.audience,
      classification: row.classification,
      stage: row.stage,
      region: row.region,
      program_id: row.programId,
      coach_id: row.coachId,
      room_id: row.roomId,
      session_time_id: row.sessionTimeId,
      series_id: row.seriesId,
      actual_started_at: iso(row.actualStartedAt),
      actual_ended_at: iso(row.actualEndedAt),
      cancelled_at: iso(row.cancelledAt),
      cancellation_reason: row.cancellationReason,
      created_at: iso(row.createdAt),
      updated_at: iso(row.updatedAt),
      program: ProgramTransformer.transform(row.program ?? null)?.useVariant('forSummary') ?? null,
      coach: CoachTransformer.transform({ user: row.coach, profile: row.coachProfile ?? null }),
      room: RoomTransformer.transform(row.room ?? null)?.useVariant('forSummary') ?? null,
      session_time:
        SessionTimeTransformer.transform(row.sessionTime ?? null)?.useVariant('forSummary') ?? null,
    }
  }

  forSummary() {
    const row = this.resource
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      status: row.status,
      delivery: row.delivery,
      location: row.location,
      starts_at: iso(row.startsAt),
      ends_at: iso(row.endsAt),
      coach: CoachTransformer.transform({ user: row.coach, profile: null }).useVariant(
        'forSummary'
      ),
    }
  }
}

export interface SessionViewOptions {
  /**
   * Meeting link and password: staff (and, with bookings, participants) only
   */
  withMeeting?: boolean
  /**
   * Coach profiles by user id, to describe the coach beyond the name
   */
  profiles?: Map<string, CoachProfile>
}

/**
 * A training session. Relations appear when they were loaded; the meeting
 * link and password only when the caller may see them.
 */
export function serializeTrainingSession(
  session: TrainingSession,
  options: SessionViewOptions = {}
) {
  const preloaded = session.$preloaded as Record<string, unknown>
  const data: Record<string, unknown> = {
    id: session.id,
    kind: session.kind,
    title: session.title,
    description: session.description,
    status: session.status,
    date: session.startsAt.setZone(timezone).toISODate(),
    starts_at: iso(session.startsAt),
    ends_at: iso(session.endsAt),
    capacity: session.capacity,
    booked_count: session.bookedCount,
    seats_left: session.seatsLeft,
    waitlist_enabled: session.waitlistEnabled,
    delivery: session.delivery,
    location: session.location,
    meeting_platform: session.meetingPlatform,
    audience: session.audience,
    classification: session.classification,
    stage: session.stage,
    region: session.region,
    program_id: session.programId,
    coach_id: session.coachId,
    room_id: session.roomId,
    session_time_id: session.sessionTimeId,
    series_id: session.seriesId,
    actual_started_at: iso(session.actualStartedAt),
    actual_ended_at: iso(session.actualEndedAt),
    cancelled_at: iso(session.cancelledAt),
    cancellation_reason: session.cancellationReason,
    created_at: iso(session.createdAt),
    updated_at: iso(session.updatedAt),
  }

  if (options.withMeeting) {
    data.meeting_url = session.meetingUrl
    data.meeting_password = session.meetingPassword
  }
  if ('program' in preloaded) {
    data.program = session.program ? serializeProgramSummary(session.program) : null
  }
  if ('coach' in preloaded && session.coach) {
    const profile = options.profiles ? (options.profiles.get(session.coachId) ?? null) : undefined
    data.coach = serializeCoachSummary(session.coach, profile)
  }
  if ('room' in preloaded) {
    data.room = session.room
      ? { id: session.room.id, name: session.room.name, capacity: session.room.capacity }
      : null
  }
  if ('sessionTime' in preloaded) {
    data.session_time = session.sessionTime
      ? serializeSessionTimeSummary(session.sessionTime)
      : null
  }
  return data
}

/**
 * A recurring series: its rule, as stored
 */
export function serializeSessionSeries(series: SessionSeries, options: SessionViewOptions = {}) {
  const data: Record<string, unknown> = {
    id: series.id,
    kind: series.kind,
    title: series.title,
    status: series.status,
    program_id: series.programId,
    coach_id: series.coachId,
    room_id: series.roomId,
    session_time_id: series.sessionTimeId,
    weekdays: series.weekdayNames,
    start_time: series.startTime.slice(0, 5),
    end_time: series.endTime.slice(0, 5),
    starts_on: series.startsOn.toISODate(),
    ends_on: series.endsOn.toISODate(),
    timezone: series.timezone,
    capacity: series.capacity,
    delivery: series.delivery,
    location: series.location,
    meeting_platform: series.meetingPlatform,
    audience: series.audience,
    waitlist_enabled: series.waitlistEnabled,
    cancelled_at: iso(series.cancelledAt),
    created_at: iso(series.createdAt),
    updated_at: iso(series.updatedAt),
  }
  if (options.withMeeting) {
    data.meeting_url = series.meetingUrl
    data.meeting_password = series.meetingPassword
  }
  return data
}
