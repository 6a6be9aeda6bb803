import type MemberApproved from '#events/member_approved'
import MemberApprovedNotification from '#mails/member_approved_notification'
import { notifyParent } from '#services/notify_parent'

/**
 * An admin approved a member: the parent hears it live and by mail
 */
export default class NotifyMemberApproved {
  async handle(event: MemberApproved) {
    const member = event.member
    await notifyParent(
      member.accountId,
      'member_approved',
      { member: member.name },
      (parent) => new MemberApprovedNotification(parent, member),
      { member_id: member.id, member_name: member.name, status: member.status }
    )
  }
}
