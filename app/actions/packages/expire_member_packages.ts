import db from '@adonisjs/lucid/services/db'
import { clubToday } from '#queries/members/member_package_credits'

/**
 * Marks active member packages whose last valid day is before `today` as
 * expired. Idempotent: a second run finds nothing to do.
 */
export async function expireMemberPackages(today: string = clubToday()) {
  const rows = await db
    .from('member_packages')
    .where('status', 'active')
    .where('end_date', '<', today)
    .update({ status: 'expired', updated_at: new Date() }, ['id'])
  return { expired: rows.length, ids: rows.map((row: { id: string }) => row.id) }
}
