import { BaseTransformer } from '@adonisjs/core/transformers'
import type SessionSeries from '#models/session_series'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

const KINDS = ['training', 'coaching', 'mentoring'] as const
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

const seriesShape = s.object({
  id: s.uuid(),
  kind: s.enum(KINDS),
  title: s.string(),
  status: s.enum(['active', 'cancelled']),
  program_id: s.nullable(s.uuid()),
  coach_id: s.uuid(),
  room_id: s.nullable(s.uuid()),
  session_time_id: s.nullable(s.uuid()),
  weekdays: s.array(s.enum(WEEKDAYS)),
  start_time: s.time(),
  end_time: s.time(),
  starts_on: s.date(),
  ends_on: s.date(),
  timezone: s.string({ example: 'Asia/Jakarta' }),
  capacity: s.integer(),
  delivery: s.enum(['onsite', 'online']),
  location: s.nullable(s.string()),
  meeting_platform: s.nullable(s.string()),
  audience: s.enum(['public', 'members', 'invited']),
  waitlist_enabled: s.boolean(),
  cancelled_at: s.nullable(s.dateTime()),
  created_at: s.dateTime(),
  updated_at: s.dateTime(),
})

const withMeeting = s.extend(seriesShape, {
  meeting_url: s.nullable(s.string({ description: 'Staff only' })),
  meeting_password: s.nullable(s.string({ description: 'Staff only' })),
})

/**
 * Occurrences of a series by status (`{ open: 3, cancelled: 1 }`)
 */
export type OccurrenceCounts = Record<string, number>

/**
 * A recurring series: its rule as stored. The meeting details follow the
 * sessions' rule: only in `forInsider` (staff managing the series) and
 * `forDetail` (the same, with its occurrences by status).
 */
export default class SessionSeriesTransformer extends BaseTransformer<SessionSeries> {
  static shapes: TransformerShapes<'toObject' | 'forInsider' | 'forDetail'> = {
    toObject: { name: 'SessionSeries', schema: seriesShape },
    forInsider: { name: 'SessionSeriesWithMeeting', schema: withMeeting },
    forDetail: {
      name: 'SessionSeriesDetail',
      schema: s.extend(withMeeting, {
        occurrences: { type: 'object', additionalProperties: s.integer() },
      }),
    },
  }

  constructor(
    resource: SessionSeries,
    protected occurrences: OccurrenceCounts = {}
  ) {
    super(resource)
  }

  toObject() {
    const series = this.resource
    return {
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
      starts_on: series.startsOn.toISODate()!,
      ends_on: series.endsOn.toISODate()!,
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
  }

  forInsider() {
    return {
      ...this.toObject(),
      meeting_url: this.resource.meetingUrl,
      meeting_password: this.resource.meetingPassword,
    }
  }

  forDetail() {
    return { ...this.forInsider(), occurrences: this.occurrences }
  }
}
