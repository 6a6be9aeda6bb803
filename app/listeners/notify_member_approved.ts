import type MemberApproved from '#events/member_approved'
import MemberApprovedNotification from '#mails/member_approved_notification'
import { notifyParent } from '#services/notify_parent'

/**
 * An admin approved a member: the parent finds it in their notifications
 * and hears it live and by mail
 */
export default class NotifyMemberApproved {
  async handle(event: MemberApproved) {
    const member = event.member
    await notifyParent(
      member.accountId,
      {
        type: 'member_approved',
        params: { member: member.name },
        data: { member_id: member.id },
        extra: { member_id: member.id, member_name: member.name, status: member.status },
      },
      (parent) => new MemberApprovedNotification(parent, member)
    )
  }
}
