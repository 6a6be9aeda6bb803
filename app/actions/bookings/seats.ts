import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import TrainingSession from '#models/training_session'

/**
 * Reads the session with its row locked (SELECT … FOR UPDATE) for the rest
 * of the transaction. Every booking, cancellation and promotion of a
 * session takes this lock first, so they run one after another: the seat
 * count, the duplicate check and the waitlist order cannot race.
 */
export async function lockSession(trx: TransactionClientContract, sessionId: string) {
  return TrainingSession.query({ client: trx }).where('id', sessionId).forUpdate().first()
}

/**
 * Takes one seat with a guarded counter: the UPDATE only matches while a
 * seat is free (and the CHECK booked_count <= capacity backs it). Answers
 * false when the session is full. Keeps the model in step.
 */
export async function takeSeat(trx: TransactionClientContract, session: TrainingSession) {
  const { rows } = await trx.rawQuery(
    `UPDATE training_sessions
        SET booked_count = booked_count + 1, updated_at = now()
      WHERE id = ? AND booked_count < capacity
      RETURNING booked_count`,
    [session.id]
  )
  if (rows.length === 0) {
    return false
  }
  session.bookedCount = Number(rows[0].booked_count)
  session.$original.bookedCount = session.bookedCount
  return true
}

/**
 * Gives a seat back (a confirmed booking was cancelled)
 */
export async function releaseSeat(trx: TransactionClientContract, session: TrainingSession) {
  const { rows } = await trx.rawQuery(
    `UPDATE training_sessions
        SET booked_count = booked_count - 1, updated_at = now()
      WHERE id = ? AND booked_count > 0
      RETURNING booked_count`,
    [session.id]
  )
  if (rows.length > 0) {
    session.bookedCount = Number(rows[0].booked_count)
    session.$original.bookedCount = session.bookedCount
  }
}
