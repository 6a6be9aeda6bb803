import { transaction } from '#services/transaction'
import { DateTime } from 'luxon'
import Member from '#models/member'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'
import MemberApproved from '#events/member_approved'
import MemberRejected from '#events/member_rejected'
import {
  announceCancellation,
  cancelUpcomingBookingsIn,
  type CancelOutcome,
} from '#actions/bookings/cancel_booking'

type Transition = 'approve' | 'reject' | 'deactivate' | 'restore'

/**
 * The member state machine (DESIGN.md §4 rule 5):
 *   pending  → active (approve) | rejected (reject) | inactive (deactivate)
 *   active   → inactive (deactivate)
 *   inactive → active when once approved, else pending (restore)
 *   rejected → pending (restore: the sign-up goes back to the queue)
 */
const allowedFrom: Record<Transition, Member['status'][]> = {
  approve: ['pending'],
  reject: ['pending'],
  deactivate: ['pending', 'active'],
  restore: ['inactive', 'rejected'],
}

/**
 * Moves a member along one transition, with the row locked so two admins
 * clicking at once cannot both apply it. Deactivating also cancels the
 * member's upcoming bookings (seats and credits go back, waitlists move
 * up), in the same transaction.
 */
async function transition(memberId: string, action: Transition, actor: User) {
  const cancelled: CancelOutcome[] = []
  const changed = await transaction(async (trx) => {
    // a retried attempt starts the list over
    cancelled.length = 0
    const member = await Member.query({ client: trx })
      .where('id', memberId)
      .forUpdate()
      .firstOrFail()

    if (!allowedFrom[action].includes(member.status)) {
      throw new DomainError('INVALID_STATE_TRANSITION', { data: { from: member.status, action } })
    }

    if (action === 'approve') {
      member.merge({ status: 'active', approvedBy: actor.id, approvedAt: DateTime.now() })
    } else if (action === 'reject') {
      member.merge({ status: 'rejected' })
    } else if (action === 'deactivate') {
      member.merge({ status: 'inactive', deactivatedAt: DateTime.now() })
      await member.save()
      cancelled.push(...(await cancelUpcomingBookingsIn(trx, member.id, actor)))
    } else {
      member.merge({
        status: member.approvedAt ? 'active' : 'pending',
        deactivatedAt: null,
      })
    }
    await member.save()
    return member
  })
  await announceCancellation(cancelled)
  return changed
}

export async function approveMember(memberId: string, admin: User) {
  const member = await transition(memberId, 'approve', admin)
  await MemberApproved.dispatch(member, admin)
  return member
}

/**
 * A pending sign-up turned down: it leaves the queue and cannot book; restore
 * puts it back in the queue. The parent is told.
 */
export async function rejectMember(memberId: string, admin: User) {
  const member = await transition(memberId, 'reject', admin)
  await MemberRejected.dispatch(member, admin)
  return member
}

/**
 * Soft delete: the member and their history stay, they just cannot book
 */
export async function deactivateMember(memberId: string, admin: User) {
  return transition(memberId, 'deactivate', admin)
}

export async function restoreMember(memberId: string, admin: User) {
  return transition(memberId, 'restore', admin)
}
