import Member from '#models/member'
import MemberPackage from '#models/member_package'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'

/**
 * Who a booking is for when the request leaves `member_id` out: the
 * member whose package pays, or the account's only active member.
 * Returns null when nothing matches (the caller answers 404).
 */
export async function resolveBookingMember(
  user: User,
  input: { member_id?: string; member_package_id?: string | null }
) {
  if (input.member_id) {
    return Member.find(input.member_id)
  }
  if (input.member_package_id) {
    const memberPackage = await MemberPackage.find(input.member_package_id)
    return memberPackage ? Member.find(memberPackage.memberId) : null
  }
  const active = await Member.query()
    .where('account_id', user.id)
    .where('status', 'active')
    .limit(2)
  if (active.length === 1) {
    return active[0]
  }
  throw DomainError.invalid('member_id', 'required')
}
