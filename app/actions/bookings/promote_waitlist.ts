import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import type TrainingSession from '#models/training_session'
import { takeCredit } from '#actions/bookings/credit'
import { takeSeat } from '#actions/bookings/seats'

/**
 * Statuses in which a freed seat goes to the waitlist
 */
const PROMOTING_STATUSES: TrainingSession['status'][] = ['scheduled', 'open', 'closed']

/**
 * Gives a free seat to the first waitlisted member who can still take it:
 * an active member whose package (for training sessions) still has a
 * credit. Those who cannot are passed over and keep their place.
 *
 * Runs inside the caller's transaction with the session row locked; a
 * failure rolls the whole cancellation back, so the waitlist is never left
 * half-changed.
 */
export async function promoteFromWaitlist(
  trx: TransactionClientContract,
  session: TrainingSession
): Promise<Booking | null> {
  if (!PROMOTING_STATUSES.includes(session.status) || session.startsAt <= DateTime.now()) {
    return null
  }
  if (session.bookedCount >= session.capacity) {
    return null
  }

  const waitlist = await Booking.query({ client: trx })
    .where('training_session_id', session.id)
    .where('status', 'waitlisted')
    .preload('member')
    .orderBy('waitlist_position')
    .forUpdate()

  for (const candidate of waitlist) {
    if (candidate.member.status !== 'active') {
      continue
    }
    let memberPackageId: string | null = null
    if (session.kind === 'training') {
      const credit = await takeCredit(trx, {
        memberId: candidate.memberId,
        session,
        prefer: candidate.memberPackageId,
        quiet: true,
      })
      if (!credit) {
        continue
      }
      memberPackageId = credit.memberPackage.id
    }
    if (!(await takeSeat(trx, session))) {
      return null
    }
    const now = DateTime.now()
    candidate.useTransaction(trx)
    candidate.merge({
      status: 'confirmed',
      waitlistPosition: null,
      memberPackageId,
      confirmedAt: now,
      promotedAt: now,
    })
    await candidate.save()
    candidate.$setRelated('trainingSession', session)
    return candidate
  }
  return null
}
