import { BaseTransformer } from '@adonisjs/core/transformers'
import { timezone } from '#config/app'
import type TrainingSession from '#models/training_session'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'
import ProgramTransformer from '#transformers/program_transformer'
import SessionTimeTransformer from '#transformers/session_time_transformer'
import CoachTransformer from '#transformers/coach_transformer'
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
  program: s.nullable(s.ref('ProgramSummary')),
  coach: s.ref('Coach'),
  room: s.nullable(s.ref('RoomSummary')),
  session_time: s.nullable(s.ref('SessionTimeSummary')),
})

const meeting = {
  meeting_url: s.nullable(s.string({ description: 'Staff and participants only' })),
  meeting_password: s.nullable(s.string({ description: 'Staff and participants only' })),
}

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
  static shapes: TransformerShapes<'toObject' | 'forInsider' | 'forSummary'> = {
    toObject: { name: 'TrainingSession', schema: sessionShape },
    forInsider: { name: 'TrainingSessionWithMeeting', schema: s.extend(sessionShape, meeting) },
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

  forInsider() {
    return {
      ...this.toObject(),
      meeting_url: this.resource.meetingUrl,
      meeting_password: this.resource.meetingPassword,
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

/**
 * The variant a viewer gets: the meeting details only when allowed
 */
export function sessionVariant(withMeeting: boolean) {
  return withMeeting ? ('forInsider' as const) : ('toObject' as const)
}
