import type { HttpContext } from '@adonisjs/core/http'
import TrainingSession from '#models/training_session'
import TrainingSessionPolicy from '#policies/training_session_policy'
import { inviteMembers, sessionInvitations, uninviteMember } from '#actions/schedule/invite_members'
import SessionInvitationTransformer from '#transformers/session_invitation_transformer'
import { inviteMembersValidator } from '#validators/session_invitation'

/**
 * /api/v1/training-sessions/:id/invitations — the invited audience of a
 * session, managed by its coach or an admin
 */
export default class SessionInvitationsController {
  async index({ params, response, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('invite', session)
    const invitations = await sessionInvitations(session)
    return response.success(SessionInvitationTransformer.transform(invitations))
  }

  async store({ params, request, response, auth, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('invite', session)
    const input = await request.validateUsing(inviteMembersValidator)
    const invitations = await inviteMembers({
      session,
      memberIds: input.member_ids,
      actor: auth.getUserOrFail(),
    })
    return response.success(SessionInvitationTransformer.transform(invitations), {
      message: 'api.members_invited',
    })
  }

  async destroy({ params, response, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('invite', session)
    await uninviteMember(session, params.member_id)
    return response.success(
      { training_session_id: session.id, member_id: params.member_id },
      { message: 'api.invitation_withdrawn' }
    )
  }
}
