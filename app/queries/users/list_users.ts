import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { timezone } from '#config/app'
import User from '#models/user'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { likeTerm } from '#queries/schedule/list_training_sessions'

export interface ListUsersFilters {
  page?: number
  limit?: number
  search?: string
  role?: User['role']
  status?: User['status']
}

/**
 * Accounts for the admin screens: filter by role and status, search name
 * or email, newest first.
 */
export async function listUsers(filters: ListUsersFilters) {
  const paginator = await User.query()
    .if(filters.role, (query) => query.where('role', filters.role!))
    .if(filters.status, (query) => query.where('status', filters.status!))
    .if(filters.search, (query) => {
      const term = likeTerm(filters.search!)
      query.where((inner) => inner.whereILike('name', term).orWhereILike('email', term))
    })
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)

  return { users: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * Counts by role and status for GET /admin/users/stats, the members
 * waiting for approval, and the accounts created since the first of this
 * month (club time)
 */
export async function userStats() {
  const rows = await User.query()
    .select('role', 'status')
    .count('* as total')
    .groupBy('role', 'status')
  const byRole: Record<string, number> = { admin: 0, coach: 0, member: 0 }
  const byStatus: Record<string, number> = { active: 0, inactive: 0, suspended: 0 }
  let total = 0
  for (const row of rows) {
    const count = Number(row.$extras.total)
    byRole[row.role] += count
    byStatus[row.status] += count
    total += count
  }
  const monthStart = DateTime.now().setZone(timezone).startOf('month').toJSDate()
  const [pending, registered] = await Promise.all([
    db.from('members').where('status', 'pending').count('* as n').first(),
    db.from('users').where('created_at', '>=', monthStart).count('* as n').first(),
  ])
  return {
    total,
    by_role: byRole,
    by_status: byStatus,
    pending_approvals: Number(pending?.n ?? 0),
    new_registrations_this_month: Number(registered?.n ?? 0),
  }
}
