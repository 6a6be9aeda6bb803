import { transaction } from '#services/transaction'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'
import BookingCancelled from '#events/booking_cancelled'
import BookingPromoted from '#events/booking_promoted'
import { lockSession, releaseSeat } from '#actions/bookings/seats'
import { promoteFromWaitlist } from '#actions/bookings/promote_waitlist'

export type BookingCancellationCode = 'session_cancelled' | 'member_deactivated'

export interface CancelBookingInput {
  bookingId: string
  actor: User
  /**
   * What the person cancelling wrote
   */
  reason?: string | null
  /**
   * Why the system cancelled it, when it was not a person's choice
   */
  code?: BookingCancellationCode
}

export interface CancelOutcome {
  booking: Booking
  promoted: Booking | null
}

/**
 * Cancels one booking inside the caller's transaction: the session row is
 * locked first (like every booking write), the seat given back (the credit
 * is released with it: only confirmed bookings reserve one) and the first
 * waitlisted member who can take it promoted. Call `announceCancellation`
 * after the commit.
 */
export async function cancelBookingIn(
  trx: TransactionClientContract,
  input: CancelBookingInput
): Promise<CancelOutcome> {
  const found = await Booking.query({ client: trx }).where('id', input.bookingId).first()
  if (!found) {
    throw DomainError.notFound('booking')
  }
  const session = await lockSession(trx, found.trainingSessionId)
  const booking = await Booking.query({ client: trx })
    .where('id', input.bookingId)
    .preload('member')
    .forUpdate()
    .firstOrFail()

  if (booking.status === 'cancelled') {
    throw new DomainError('INVALID_STATE_TRANSITION', {
      data: {
        from: booking.status,
        action: 'cancel',
      },
    })
  }
  if (!session || session.startsAt <= DateTime.now()) {
    throw new DomainError('BOOKING_CANCEL_TOO_LATE')
  }

  const wasConfirmed = booking.status === 'confirmed'
  booking.useTransaction(trx)
  booking.merge({
    status: 'cancelled',
    waitlistPosition: null,
    cancelledAt: DateTime.now(),
    cancelledBy: input.actor.id,
    cancellationReason: input.reason ?? null,
    cancellationCode: input.code ?? null,
  })
  await booking.save()
  booking.$setRelated('trainingSession', session)

  let promoted: Booking | null = null
  if (wasConfirmed) {
    await releaseSeat(trx, session)
    promoted = await promoteFromWaitlist(trx, session)
  }
  return { booking, promoted }
}

/**
 * Cancels every live booking of a member in a session yet to start, inside
 * the caller's transaction (a member deactivated or erased): seats and
 * credits go back and waitlists move up. Call `announceCancellation` after
 * the commit.
 */
export async function cancelUpcomingBookingsIn(
  trx: TransactionClientContract,
  memberId: string,
  actor: User
): Promise<CancelOutcome[]> {
  const upcoming = await Booking.query({ client: trx })
    .where('member_id', memberId)
    .whereNot('status', 'cancelled')
    .whereHas('trainingSession', (session) =>
      session.where('starts_at', '>', DateTime.now().toJSDate())
    )
  const outcomes: CancelOutcome[] = []
  for (const booking of upcoming) {
    outcomes.push(
      await cancelBookingIn(trx, { bookingId: booking.id, actor, code: 'member_deactivated' })
    )
  }
  return outcomes
}

/**
 * The events of committed cancellations: the parents are told, and the
 * promoted members learn they are in
 */
export async function announceCancellation(outcomes: CancelOutcome[]) {
  for (const outcome of outcomes) {
    await BookingCancelled.dispatch(outcome.booking)
    if (outcome.promoted) {
      await BookingPromoted.dispatch(outcome.promoted)
    }
  }
}

/**
 * POST /bookings/:id/cancel: cancels a confirmed or waitlisted booking
 * before its session starts, in one transaction with the promotion.
 */
export async function cancelBooking(input: CancelBookingInput): Promise<CancelOutcome> {
  const outcome = await transaction((trx) => cancelBookingIn(trx, input))
  await announceCancellation([outcome])
  return outcome
}
