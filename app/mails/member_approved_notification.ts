import { appUrlFor } from '#services/app_url'
import ClubNotification from '#mails/club_notification'
import type Member from '#models/member'
import type User from '#models/user'

/**
 * To the parent: their child (or they themselves) can now book sessions
 */
export default class MemberApprovedNotification extends ClubNotification {
  readonly view = 'member_approved'
  readonly key = 'member_approved'

  constructor(
    parent: User,
    public member: Member
  ) {
    super(parent)
  }

  values() {
    return { member: this.member.name }
  }

  link() {
    return appUrlFor('parent.children.index')
  }
}
