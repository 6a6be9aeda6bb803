import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import BookingCancelled from '#events/booking_cancelled'

export interface CancelSessionBookingsInput {
  sessionId: string
  actorId?: string | null
  reason?: string | null
}

/**
 * For the schedule slice: when a training session is cancelled, call this
 * inside the same transaction (with the session row locked), then call
 * `announceCancelledBookings(result)` after the commit.
 *
 * Every live booking (confirmed or waitlisted) becomes cancelled, the
 * session's seat count returns to zero and the credits are released
 * (only confirmed bookings of sessions that are not cancelled reserve one).
 * Credits already consumed by attendance stay consumed.
 */
export async function cancelSessionBookings(
  trx: TransactionClientContract,
  input: CancelSessionBookingsInput
): Promise<Booking[]> {
  const live = await Booking.query({ client: trx })
    .where('training_session_id', input.sessionId)
    .whereNot('status', 'cancelled')
    .preload('member')
    .forUpdate()

  const now = DateTime.now()
  for (const booking of live) {
    booking.useTransaction(trx)
    booking.merge({
      status: 'cancelled',
      waitlistPosition: null,
      cancelledAt: now,
      cancelledBy: input.actorId ?? null,
      cancellationReason: input.reason ?? null,
      cancellationCode: 'session_cancelled',
    })
    await booking.save()
  }

  await trx
    .from('training_sessions')
    .where('id', input.sessionId)
    .update({ booked_count: 0, updated_at: now.toJSDate() })

  return live
}

/**
 * After the session's cancellation is committed: one BookingCancelled
 * event per booking (the parents are told)
 */
export async function announceCancelledBookings(bookings: Booking[]) {
  for (const booking of bookings) {
    await BookingCancelled.dispatch(booking)
  }
}
