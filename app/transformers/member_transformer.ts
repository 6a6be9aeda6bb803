import type { DateTime } from 'luxon'
import type Member from '#models/member'

const iso = (value: DateTime | null | undefined) => (value ? value.toUTC().toISO() : null)
const day = (value: DateTime | null | undefined) => (value ? value.toISODate() : null)

/**
 * A member as their own parent sees them
 */
export function serializeMember(member: Member) {
  return {
    id: member.id,
    name: member.name,
    relationship: member.relationship,
    status: member.status,
    date_of_birth: day(member.dateOfBirth),
    phone: member.phone,
    school: member.school,
    grade: member.grade,
    notes: member.notes,
    approved_at: iso(member.approvedAt),
    created_at: iso(member.createdAt),
    updated_at: iso(member.updatedAt),
  }
}

/**
 * A member on the admin screens: adds the account and the guardian fields
 * (the account relation is used when preloaded)
 */
export function serializeMemberForAdmin(member: Member) {
  const account = member.$preloaded.account as Member['account'] | null | undefined
  return {
    ...serializeMember(member),
    account_id: member.accountId,
    account: account ? { id: account.id, name: account.name, email: account.email } : null,
    guardian_name: member.guardianName,
    guardian_phone: member.guardianPhone,
    approved_by: member.approvedBy,
    deactivated_at: iso(member.deactivatedAt),
  }
}

/**
 * The few fields other resources embed (bookings, rosters)
 */
export function serializeMemberSummary(member: Pick<Member, 'id' | 'name' | 'status'>) {
  return { id: member.id, name: member.name, status: member.status }
}
