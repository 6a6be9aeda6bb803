import { BaseTransformer } from '@adonisjs/core/transformers'
import type Attendance from '#models/attendance'
import type Booking from '#models/booking'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'
import TrainingSessionTransformer from '#transformers/training_session_transformer'

export interface BookingExtras {
  /**
   * Credits left on the booking's package (null when it has none)
   */
  remainingSessions: number | null
  /**
   * 1-based place in the waitlist, for waitlisted bookings
   */
  waitlistRank: number | null
  /**
   * The coach's specialization, shown as a mentor's "field"
   */
  coachField: string | null
  /**
   * The member's attendance record in the session (rosters only)
   */
  attendance?: Attendance | null
}

/**
 * A booking with what a parent needs to see: the session, the member,
 * the place on the waitlist and the credits left. The seed 002 mentoring
 * fields (scheduled_at, mentor_name, field) are always there, null unless
 * the session is a mentoring one. Expects `trainingSession` (with `coach`)
 * and `member` preloaded (#queries/bookings/booking_details
 * withBookingRelations) and the extras from `bookingExtras()` as the second
 * argument of transform(). The session is TrainingSessionTransformer's
 * `forSummary`; its coach sits one level further down, so the nested item
 * carries `.depth(2)` itself: the serializer resolves the top item without a
 * limit and each nested item with its own maxDepth (default 1), so a depth
 * set on the outer item does not reach the coach.
 */
export default class BookingTransformer extends BaseTransformer<Booking> {
  static shapes: TransformerShapes<'toObject' | 'forRoster' | 'forWaitlist' | 'forPresence'> = {
    toObject: {
      name: 'Booking',
      schema: s.object({
        id: s.uuid(),
        status: s.enum(['confirmed', 'waitlisted', 'cancelled']),
        waitlist_position: s.nullable(
          s.integer({ minimum: 1, description: 'Place in the waitlist' })
        ),
        training_session_id: s.uuid(),
        member_id: s.uuid(),
        member_package_id: s.nullable(s.uuid()),
        member_name: s.string({ example: 'John Doe' }),
        notes: s.nullable(s.string()),
        booked_at: s.dateTime(),
        confirmed_at: s.nullable(s.dateTime()),
        promoted_at: s.nullable(s.dateTime({ description: 'When the waitlist gave it a seat' })),
        cancelled_at: s.nullable(s.dateTime()),
        cancellation_reason: s.nullable(
          s.string({ description: 'What the person cancelling wrote' })
        ),
        cancellation_code: s.nullable(
          s.enum(['session_cancelled', 'member_deactivated'], {
            description: 'Why the club cancelled it, when no person chose to',
          })
        ),
        credit_used: s.boolean({ description: 'Attendance consumed its credit' }),
        remaining_sessions: s.nullable(
          s.integer({ description: 'Credits left on the paying package (null: no package)' })
        ),
        training_session: s.ref('TrainingSessionSummary'),
        scheduled_at: s.nullable(s.dateTime({ description: 'Mentoring only' })),
        mentor_name: s.nullable(s.string({ description: 'Mentoring only', example: 'Jane Doe' })),
        field: s.nullable(
          s.string({
            description: "Mentoring only: the coach's specialization",
            example: 'Web Development',
          })
        ),
      }),
    },
    forRoster: {
      name: 'RosterBooking',
      schema: s.object({
        id: s.uuid(),
        booking_id: s.uuid(),
        member_id: s.uuid(),
        member_name: s.string(),
        has_attendance: s.boolean(),
        attendance_id: s.nullable(s.uuid()),
        attendance_status: s.nullable(s.enum(['present', 'absent', 'excused', 'late'])),
        validated_at: s.nullable(s.dateTime()),
        notes: s.nullable(s.string()),
        credit_used: s.boolean(),
        remaining_sessions: s.nullable(s.integer()),
      }),
    },
    forWaitlist: {
      name: 'WaitlistBooking',
      schema: s.object({
        booking_id: s.uuid(),
        member_id: s.uuid(),
        member_name: s.string(),
        waitlist_position: s.integer({ minimum: 1 }),
      }),
    },
    forPresence: {
      name: 'Presence',
      schema: s.object({
        id: s.nullable(s.uuid({ description: 'The attendance record, null before any' })),
        training_session_id: s.uuid(),
        member_id: s.uuid(),
        status: s.enum(['present', 'absent', 'excused', 'late']),
        joined_at: s.nullable(s.dateTime()),
        feedback_notes: s.nullable(s.string()),
        created_at: s.nullable(s.dateTime()),
        updated_at: s.nullable(s.dateTime()),
        member: s.object({ id: s.uuid(), name: s.string() }),
      }),
    },
  }

  constructor(
    resource: Booking,
    protected extras: Map<string, BookingExtras>
  ) {
    super(resource)
  }

  toObject() {
    const booking = this.resource
    const extras = this.extras.get(booking.id)
    const session = booking.trainingSession
    const coach = session.coach ?? null
    const mentoring = session.kind === 'mentoring'
    return {
      id: booking.id,
      status: booking.status,
      waitlist_position: booking.status === 'waitlisted' ? (extras?.waitlistRank ?? null) : null,
      training_session_id: booking.trainingSessionId,
      member_id: booking.memberId,
      member_package_id: booking.memberPackageId,
      member_name: booking.member.name,
      notes: booking.notes,
      booked_at: iso(booking.bookedAt),
      confirmed_at: iso(booking.confirmedAt),
      promoted_at: iso(booking.promotedAt),
      cancelled_at: iso(booking.cancelledAt),
      cancellation_reason: booking.cancellationReason,
      cancellation_code: booking.cancellationCode,
      credit_used: booking.creditUsedAt !== null,
      remaining_sessions: extras?.remainingSessions ?? null,
      training_session: TrainingSessionTransformer.transform(session)
        .useVariant('forSummary')
        .depth(2),
      scheduled_at: mentoring ? iso(session.startsAt) : null,
      mentor_name: mentoring ? (coach?.name ?? null) : null,
      field: mentoring ? (extras?.coachField ?? null) : null,
    }
  }

  /**
   * A confirmed booking on its session's roster, with the member's
   * attendance (the extras carry it)
   */
  forRoster() {
    const booking = this.resource
    const extras = this.extras.get(booking.id)
    const attendance = extras?.attendance ?? null
    return {
      id: booking.id,
      booking_id: booking.id,
      member_id: booking.memberId,
      member_name: booking.member.name,
      has_attendance: attendance !== null,
      attendance_id: attendance?.id ?? null,
      attendance_status: attendance?.status ?? null,
      validated_at: iso(attendance?.validatedAt),
      notes: attendance?.notes ?? null,
      credit_used: booking.creditUsedAt !== null,
      remaining_sessions: extras?.remainingSessions ?? null,
    }
  }

  /**
   * A waitlisted booking on its session's roster
   */
  forWaitlist() {
    const booking = this.resource
    return {
      booking_id: booking.id,
      member_id: booking.memberId,
      member_name: booking.member.name,
      waitlist_position: this.extras.get(booking.id)?.waitlistRank ?? 1,
    }
  }

  /**
   * A confirmed booking in an online session's audience: `absent` until
   * the member joins or is marked (the extras carry the attendance)
   */
  forPresence() {
    const booking = this.resource
    const attendance = this.extras.get(booking.id)?.attendance ?? null
    return {
      id: attendance?.id ?? null,
      training_session_id: booking.trainingSessionId,
      member_id: booking.memberId,
      status: attendance?.status ?? 'absent',
      joined_at: iso(attendance?.joinedAt),
      feedback_notes: attendance?.feedback ?? null,
      created_at: iso(attendance?.createdAt),
      updated_at: iso(attendance?.updatedAt),
      member: { id: booking.member.id, name: booking.member.name },
    }
  }
}
