import User from '#models/user'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'

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
      const term = `%${filters.search!.replace(/[%_\\]/g, '\\$&')}%`
      query.where((inner) => inner.whereILike('name', term).orWhereILike('email', term))
    })
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)

  return { users: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * Counts by role and status for GET /admin/users/stats
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
  return { total, by_role: byRole, by_status: byStatus }
}
