import { DateTime } from 'luxon'
import { transaction } from '#services/transaction'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainError from '#exceptions/domain_error'
import TrainingSession from '#models/training_session'
import type { SessionStatus } from '#models/training_session'
import TrainingSessionStatusChanged from '#events/training_session_status_changed'
import TrainingSessionCancelled from '#events/training_session_cancelled'
import type Booking from '#models/booking'
import {
  announceCancelledBookings,
  cancelSessionBookings,
} from '#actions/bookings/cancel_session_bookings'

/**
 * The session state machine, in one table:
 *
 *   scheduled → open → closed → ongoing → completed
 *   cancelled from any state before completed
 *
 * Anything else is 409 INVALID_STATE_TRANSITION.
 */
export const SESSION_TRANSITIONS = {
  open: { from: ['scheduled'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  start: { from: ['closed'], to: 'ongoing' },
  complete: { from: ['ongoing'], to: 'completed' },
  cancel: { from: ['scheduled', 'open', 'closed', 'ongoing'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly SessionStatus[]; to: SessionStatus }>

export type SessionAction = keyof typeof SESSION_TRANSITIONS
export const SESSION_ACTIONS = Object.keys(SESSION_TRANSITIONS) as SessionAction[]

/**
 * The status an action leads to from a status, or null when not allowed
 */
export function nextStatus(from: SessionStatus, action: SessionAction): SessionStatus | null {
  const transition = SESSION_TRANSITIONS[action]
  return (transition.from as readonly SessionStatus[]).includes(from) ? transition.to : null
}

export function invalidTransition(from: SessionStatus, action: SessionAction) {
  return new DomainError('INVALID_STATE_TRANSITION', { data: { from, action } })
}

export interface TransitionOptions {
  reason?: string | null
  actorId?: string | null
}

/**
 * What a committed transition has to announce
 */
export interface AppliedTransition {
  session: TrainingSession
  from: SessionStatus
  reason: string | null
  cancelledBookings: Booking[]
}

/**
 * Moves a locked session along the table inside the caller's transaction
 * (series cancellation uses it for every occurrence). Cancelling also
 * cancels the session's bookings in the same transaction: seats and
 * credits are released.
 */
export async function applyTransition(
  trx: TransactionClientContract,
  session: TrainingSession,
  action: SessionAction,
  options: TransitionOptions = {}
): Promise<AppliedTransition> {
  const from = session.status
  const to = nextStatus(from, action)
  if (!to) {
    throw invalidTransition(from, action)
  }
  const now = DateTime.now()
  const reason = options.reason ?? null
  session.status = to
  if (action === 'start') session.actualStartedAt = now
  if (action === 'complete') session.actualEndedAt = now
  if (action === 'cancel') {
    session.cancelledAt = now
    session.cancellationReason = reason
  }
  await session.useTransaction(trx).save()

  let cancelledBookings: Booking[] = []
  if (action === 'cancel') {
    cancelledBookings = await cancelSessionBookings(trx, {
      sessionId: session.id,
      actorId: options.actorId ?? null,
      reason,
    })
    session.bookedCount = 0
    session.$original.bookedCount = 0
  }
  return { session, from, reason, cancelledBookings }
}

/**
 * The events a committed transition announces: the status change, the
 * cancellation, and each booking it cancelled (the parents are told)
 */
export async function announceTransition(applied: AppliedTransition) {
  const { session, from, reason } = applied
  await TrainingSessionStatusChanged.dispatch(session, from, session.status)
  if (session.status === 'cancelled') {
    await TrainingSessionCancelled.dispatch(session, reason)
    await announceCancelledBookings(applied.cancelledBookings)
  }
}

/**
 * POST /training-sessions/:id/{open,close,start,complete,cancel}. The row
 * is locked, so two racing transitions run one after the other and the
 * second sees the first's result.
 */
export async function transitionTrainingSession(
  sessionId: string,
  action: SessionAction,
  options: TransitionOptions = {}
) {
  const applied = await transaction(async (trx) => {
    const locked = await TrainingSession.query({ client: trx })
      .where('id', sessionId)
      .forUpdate()
      .firstOrFail()
    return applyTransition(trx, locked, action, options)
  })
  await announceTransition(applied)
  return applied.session
}
