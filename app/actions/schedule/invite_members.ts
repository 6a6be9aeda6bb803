import type User from '#models/user'
import type TrainingSession from '#models/training_session'
import Member from '#models/member'
import SessionInvitation from '#models/session_invitation'
import DomainError from '#exceptions/domain_error'
import { transaction } from '#services/transaction'

/**
 * Invites members to a session (an invited audience): each once, active
 * members only. Inviting someone already invited changes nothing.
 */
export async function inviteMembers(input: {
  session: TrainingSession
  memberIds: string[]
  actor: User
}) {
  const ids = [...new Set(input.memberIds)]
  return transaction(async (trx) => {
    const members = await Member.query({ client: trx }).whereIn('id', ids)
    const found = new Map(members.map((member) => [member.id, member]))
    for (const [index, id] of ids.entries()) {
      const member = found.get(id)
      if (!member) {
        throw DomainError.invalid(`member_ids.${index}`, 'exists')
      }
      if (member.status !== 'active') {
        throw DomainError.invalid(`member_ids.${index}`, 'member_not_active', {
          status: member.status,
        })
      }
    }
    const existing = await SessionInvitation.query({ client: trx })
      .where('training_session_id', input.session.id)
      .whereIn('member_id', ids)
    const already = new Set(existing.map((invitation) => invitation.memberId))
    for (const id of ids.filter((memberId) => !already.has(memberId))) {
      await SessionInvitation.create(
        { trainingSessionId: input.session.id, memberId: id, invitedBy: input.actor.id },
        { client: trx }
      )
    }
    return SessionInvitation.query({ client: trx })
      .where('training_session_id', input.session.id)
      .preload('member')
      .orderBy('created_at')
  })
}

/**
 * Withdraws a member's invitation; their live booking, if any, stays (the
 * coach cancels it separately)
 */
export async function uninviteMember(session: TrainingSession, memberId: string) {
  const invitation = await SessionInvitation.query()
    .where('training_session_id', session.id)
    .where('member_id', memberId)
    .first()
  if (!invitation) {
    throw DomainError.notFound('invitation')
  }
  await transaction((trx) => invitation.useTransaction(trx).delete())
}

/**
 * The invited audience of a session, with their members
 */
export function sessionInvitations(session: TrainingSession) {
  return SessionInvitation.query()
    .where('training_session_id', session.id)
    .preload('member')
    .orderBy('created_at')
}
