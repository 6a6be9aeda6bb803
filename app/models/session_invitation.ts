import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { SessionInvitationSchema } from '#database/schema'
import { Auditable } from '#models/mixins/auditable'
import Member from '#models/member'

/**
 * A member invited to a session whose audience is 'invited': they see it
 * and may be booked into it; nobody else
 */
export default class SessionInvitation extends compose(SessionInvitationSchema, Auditable) {
  @belongsTo(() => Member)
  declare member: BelongsTo<typeof Member>
}
