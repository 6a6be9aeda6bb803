import { BaseEvent } from '@adonisjs/core/events'
import type Member from '#models/member'
import type User from '#models/user'

/**
 * An admin approved a member: their parent is told (users/:id, mail)
 */
export default class MemberApproved extends BaseEvent {
  constructor(
    public member: Member,
    public approvedBy: User | null
  ) {
    super()
  }
}
