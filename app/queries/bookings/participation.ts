import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'

/**
 * Of these sessions, the ones where a member of the user's account holds a
 * confirmed booking: the user takes part in them
 */
export async function participatingSessionIds(user: User | null, sessionIds: string[]) {
  if (!user || sessionIds.length === 0) return new Set<string>()
  const rows = await db
    .from('bookings')
    .join('members', 'members.id', 'bookings.member_id')
    .where('members.account_id', user.id)
    .where('bookings.status', 'confirmed')
    .whereIn('bookings.training_session_id', sessionIds)
    .distinct('bookings.training_session_id as id')
  return new Set(rows.map((row) => row.id as string))
}
