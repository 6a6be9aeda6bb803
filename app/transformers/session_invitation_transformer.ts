import { BaseTransformer } from '@adonisjs/core/transformers'
import type SessionInvitation from '#models/session_invitation'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'
import MemberTransformer from '#transformers/member_transformer'

/**
 * A member invited to a session, for its coach and admins
 */
export default class SessionInvitationTransformer extends BaseTransformer<SessionInvitation> {
  static shapes: TransformerShapes<'toObject'> = {
    toObject: {
      name: 'SessionInvitation',
      schema: s.object({
        member: s.ref('MemberSummary'),
        invited_by: s.nullable(s.uuid()),
        invited_at: s.dateTime(),
      }),
    },
  }

  toObject() {
    const invitation = this.resource
    return {
      member: MemberTransformer.transform(invitation.member).useVariant('forSummary'),
      invited_by: invitation.invitedBy,
      invited_at: iso(invitation.createdAt),
    }
  }
}
