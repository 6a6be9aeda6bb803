import { BaseEvent } from '@adonisjs/core/events'
import type Member from '#models/member'
import type User from '#models/user'

/**
 * An admin turned a pending sign-up down: their parent is told (users/:id, mail)
 */
export default class MemberRejected extends BaseEvent {
  constructor(
    public member: Member,
    public rejectedBy: User | null
  ) {
    super()
  }
}
