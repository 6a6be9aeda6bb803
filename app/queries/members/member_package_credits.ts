import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import type MemberPackage from '#models/member_package'
import type { Credits } from '#transformers/member_package_transformer'

/**
 * Credits held by confirmed bookings that attendance has not consumed yet,
 * for sessions that are not over (nor cancelled). Once a session ends
 * without attendance, its hold lapses.
 */
export async function reservedCounts(memberPackageIds: string[], trx?: TransactionClientContract) {
  const counts = new Map<string, number>()
  if (memberPackageIds.length === 0) {
    return counts
  }
  const rows = await (trx ?? db)
    .from('bookings')
    .join('training_sessions', 'training_sessions.id', 'bookings.training_session_id')
    .whereIn('bookings.member_package_id', memberPackageIds)
    .where('bookings.status', 'confirmed')
    .whereNull('bookings.credit_used_at')
    .whereNot('training_sessions.status', 'cancelled')
    .where('training_sessions.ends_at', '>', db.raw('now()'))
    .groupBy('bookings.member_package_id')
    .select('bookings.member_package_id')
    .count('* as reserved')
  for (const row of rows) {
    counts.set(row.member_package_id, Number(row.reserved))
  }
  return counts
}

/**
 * The club's today as YYYY-MM-DD
 */
export function clubToday() {
  return DateTime.now().setZone(timezone).toISODate()!
}

/**
 * remaining = total − used − reserved, and nothing once the package is
 * no longer active or past its end date
 */
export function remainingOf(memberPackage: MemberPackage, reserved: number, onDate = clubToday()) {
  const usable = memberPackage.status === 'active' && memberPackage.endDate.toISODate()! >= onDate
  if (!usable) {
    return 0
  }
  return Math.max(0, memberPackage.totalSessions - memberPackage.usedSessions - reserved)
}

/**
 * Credits for many packages in one query
 */
export async function creditsFor(
  memberPackages: MemberPackage[],
  trx?: TransactionClientContract
): Promise<Map<string, Credits>> {
  const reserved = await reservedCounts(
    memberPackages.map((memberPackage) => memberPackage.id),
    trx
  )
  const credits = new Map<string, Credits>()
  for (const memberPackage of memberPackages) {
    const held = reserved.get(memberPackage.id) ?? 0
    credits.set(memberPackage.id, {
      reserved: held,
      remaining: remainingOf(memberPackage, held),
    })
  }
  return credits
}
