import type MemberRejected from '#events/member_rejected'
import MemberRejectedNotification from '#mails/member_rejected_notification'
import { notifyParent } from '#services/notify_parent'

/**
 * An admin rejected a sign-up: the parent finds it in their notifications
 * and hears it live and by mail
 */
export default class NotifyMemberRejected {
  async handle(event: MemberRejected) {
    const member = event.member
    await notifyParent(
      member.accountId,
      {
        type: 'member_rejected',
        params: { member: member.name },
        data: { member_id: member.id },
        extra: { member_id: member.id, member_name: member.name, status: member.status },
      },
      (parent) => new MemberRejectedNotification(parent, member)
    )
  }
}
