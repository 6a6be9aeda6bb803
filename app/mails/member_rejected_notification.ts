import ClubNotification from '#mails/club_notification'
import type Member from '#models/member'
import type User from '#models/user'

/**
 * To the parent: the club did not approve the sign-up of their child (or
 * of themselves)
 */
export default class MemberRejectedNotification extends ClubNotification {
  readonly view = 'member_rejected'
  readonly key = 'member_rejected'

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
    return '/parent/children'
  }
}
