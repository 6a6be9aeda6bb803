import { BaseTransformer } from '@adonisjs/core/transformers'
import type Booking from '#models/booking'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

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
}

/**
 * A booking with what a parent needs to see: the session, the member,
 * the place on the waitlist and the credits left. The seed 002 mentoring
 * fields (scheduled_at, mentor_name, field) are always there, null unless
 * the session is a mentoring one. Expects `trainingSession` (with `coach`)
 * and `member` preloaded (#queries/bookings/booking_details
 * withBookingRelations) and the extras from `bookingExtras()` as the second
 * argument of transform().
 */
export default class BookingTransformer extends BaseTransformer<Booking> {
  static shapes: TransformerShapes<'toObject'> = {
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
        training_session: s.object({
          id: s.uuid(),
          kind: s.enum(['training', 'coaching', 'mentoring']),
          title: s.string(),
          status: s.string(),
          delivery: s.enum(['onsite', 'online']),
          location: s.nullable(s.string()),
          starts_at: s.dateTime(),
          ends_at: s.dateTime(),
          coach: s.nullable(s.object({ id: s.uuid(), name: s.string() })),
        }),
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
      training_session: {
        id: session.id,
        kind: session.kind,
        title: session.title,
        status: session.status,
        delivery: session.delivery,
        location: session.location,
        starts_at: iso(session.startsAt),
        ends_at: iso(session.endsAt),
        coach: coach ? { id: coach.id, name: coach.name } : null,
      },
      scheduled_at: mentoring ? iso(session.startsAt) : null,
      mentor_name: mentoring ? (coach?.name ?? null) : null,
      field: mentoring ? (extras?.coachField ?? null) : null,
    }
  }
}
