import { transaction } from '#services/transaction'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainError from '#exceptions/domain_error'
import { isStillReferenced } from '#actions/schedule/schedule_rules'
import TrainingSession from '#models/training_session'
import TrainingSessionDeleted from '#events/training_session_deleted'

function cannotDelete(session: TrainingSession) {
  return new DomainError('SCHEDULE_CANNOT_DELETE', { data: { booked_count: session.bookedCount } })
}

/**
 * Whether anyone ever booked the session. Seats taken are counted in
 * booked_count; rows that reference the session (bookings, attendance)
 * also keep it, through their RESTRICT foreign keys.
 */
export async function hasBookings(_trx: TransactionClientContract, session: TrainingSession) {
  return session.bookedCount > 0
}

/**
 * DELETE /training-sessions/:id: only a session nobody booked disappears;
 * one with bookings must be cancelled (which releases the seats).
 */
export async function deleteTrainingSession(sessionId: string) {
  const session = await transaction(async (trx) => {
    const locked = await TrainingSession.query({ client: trx })
      .where('id', sessionId)
      .forUpdate()
      .firstOrFail()
    if (await hasBookings(trx, locked)) {
      throw cannotDelete(locked)
    }
    try {
      await locked.useTransaction(trx).delete()
    } catch (error) {
      if (isStillReferenced(error)) {
        throw cannotDelete(locked)
      }
      throw error
    }
    return locked
  })
  await TrainingSessionDeleted.dispatch(session.id, session.title, session.audience)
  return session
}
