import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import type MemberPackage from '#models/member_package'

const iso = (value: DateTime | null | undefined) => (value ? value.toUTC().toISO() : null)

export interface Credits {
  reserved: number
  remaining: number
}

/**
 * A member's package with its credits: used (consumed by attendance),
 * reserved (held by upcoming confirmed bookings) and remaining.
 * `package` and `member` are included when preloaded.
 */
export function serializeMemberPackage(memberPackage: MemberPackage, credits: Credits) {
  const pkg = memberPackage.$preloaded.package as MemberPackage['package'] | undefined
  const member = memberPackage.$preloaded.member as MemberPackage['member'] | undefined
  const today = DateTime.now().setZone(timezone).startOf('day')
  const endDate = memberPackage.endDate
  const end = DateTime.fromISO(endDate.toISODate()!, { zone: timezone })
  return {
    id: memberPackage.id,
    member_id: memberPackage.memberId,
    member: member ? { id: member.id, name: member.name } : undefined,
    package_id: memberPackage.packageId,
    package_name: pkg?.name ?? null,
    status: memberPackage.status,
    start_date: memberPackage.startDate.toISODate(),
    end_date: endDate.toISODate(),
    days_remaining: Math.max(0, Math.floor(end.diff(today, 'days').days) + 1),
    total_sessions: memberPackage.totalSessions,
    used_sessions: memberPackage.usedSessions,
    reserved_sessions: credits.reserved,
    remaining_sessions: credits.remaining,
    created_at: iso(memberPackage.createdAt),
  }
}
