import type { DateTime } from 'luxon'
import { timezone } from '#config/app'
import type TrainingSession from '#models/training_session'
import type SessionSeries from '#models/session_series'
import type CoachProfile from '#models/coach_profile'
import { serializeProgramSummary } from '#transformers/program_transformer'
import { serializeSessionTimeSummary } from '#transformers/session_time_transformer'
import { serializeCoachSummary } from '#transformers/coach_transformer'

const iso = (value: DateTime | null) => (value ? value.toUTC().toISO() : null)

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
