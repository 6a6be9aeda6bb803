import Package from '#models/package'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { likeTerm } from '#queries/schedule/list_training_sessions'

export interface ListPackagesFilters {
  page?: number
  limit?: number
  search?: string
  status?: Package['status']
}

/**
 * The package catalogue for the admin screens and GET /admin/packages:
 * filter by status, search the name, newest first
 */
export async function listPackages(filters: ListPackagesFilters) {
  const paginator = await Package.query()
    .if(filters.status, (query) => query.where('status', filters.status!))
    .if(filters.search, (query) => query.whereILike('name', likeTerm(filters.search!)))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)

  return { packages: paginator.all(), meta: paginatorMeta(paginator) }
}
