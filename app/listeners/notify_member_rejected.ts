import type MemberRejected from '#events/member_rejected'
import MemberRejectedNotification from '#mails/member_rejected_notification'
import { notifyParent } from '#services/notify_parent'

/**
 * An admin rejected a sign-up: the parent hears it live and by mail
 */
export default class NotifyMemberRejected {
  async handle(event: MemberRejected) {
    const member = event.member
    await notifyParent(
      member.accountId,
      'member_rejected',
      { member: member.name },
      (parent) => new MemberRejectedNotification(parent, member),
      { member_id: member.id, member_name: member.name, status: member.status }
    )
  }
}
