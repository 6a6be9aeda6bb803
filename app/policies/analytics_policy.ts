import type Member from '#models/member'
import type User from '#models/user'
import AppPolicy from '#policies/base_policy'

/**
 * Who reads which report (DESIGN.md §6): the club's dashboard and the
 * bookings are for admins (through `before`); a program's figures for
 * coaches too; a member's for their own parent and coaches; a coach's for
 * that coach. Controllers answer 404 when `viewMember` denies, so another
 * family's members stay invisible.
 */
export default class AnalyticsPolicy extends AppPolicy {
  viewClub(_user: User) {
    return false
  }

  viewProgram(user: User) {
    return this.isCoach(user) && user.isActive
  }

  viewMember(user: User, member: Member) {
    return member.isOwnedBy(user) || (this.isCoach(user) && user.isActive)
  }

  viewCoach(user: User, coach: User) {
    return this.isCoach(user) && user.isActive && user.id === coach.id
  }
}
