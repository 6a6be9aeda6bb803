import type User from '#models/user'
import type Member from '#models/member'
import AppPolicy from '#policies/base_policy'

/**
 * A parent sees and acts only on the members of their own account;
 * admins on everyone (through `before`). Controllers answer 404 (not 403)
 * when `view`/`update` deny, so other families' members stay invisible.
 */
export default class MemberPolicy extends AppPolicy {
  /**
   * The admin list and status changes (approve, deactivate, restore)
   */
  viewAny(_user: User) {
    return false
  }

  manage(_user: User) {
    return false
  }

  /**
   * Parents add members to their own account
   */
  register(user: User) {
    return user.role === 'member'
  }

  view(user: User, member: Member) {
    return member.isOwnedBy(user) || this.isCoach(user)
  }

  update(user: User, member: Member) {
    return member.isOwnedBy(user) && !member.erasedAt
  }

  /**
   * Export or erase a member's data: their own parent (admins in before())
   */
  manageData(user: User, member: Member) {
    return member.isOwnedBy(user)
  }

  /**
   * Booking a seat for a member: their own account, or staff
   */
  book(user: User, member: Member) {
    return member.isOwnedBy(user) || this.isCoach(user)
  }
}
