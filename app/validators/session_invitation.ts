import vine from '@vinejs/vine'

/**
 * POST /training-sessions/:id/invitations
 */
export const inviteMembersValidator = vine.create(
  vine.object({
    member_ids: vine.array(vine.string().uuid()).minLength(1).maxLength(100),
  })
)
