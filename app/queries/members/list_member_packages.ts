import MemberPackage from '#models/member_package'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { creditsFor } from '#queries/members/member_package_credits'
import { likeTerm } from '#queries/schedule/list_training_sessions'

export interface ListMemberPackagesFilters {
  page?: number
  limit?: number
  search?: string
  member_id?: string
  package_id?: string
  status?: MemberPackage['status']
  /**
   * Restricts to the members of one account (a parent's own view)
   */
  account_id?: string
}

/**
 * Member packages (with `package` and `member`) and their credits, newest first
 */
export async function listMemberPackages(filters: ListMemberPackagesFilters) {
  const paginator = await MemberPackage.query()
    .preload('package')
    .preload('member')
    .if(filters.account_id, (query) =>
      query.whereHas('member', (member) => member.where('account_id', filters.account_id!))
    )
    .if(filters.member_id, (query) => query.where('member_id', filters.member_id!))
    .if(filters.package_id, (query) => query.where('package_id', filters.package_id!))
    .if(filters.status, (query) => query.where('status', filters.status!))
    .if(filters.search, (query) => {
      const term = likeTerm(filters.search!)
      query.where((inner) =>
        inner
          .whereHas('member', (member) => member.whereILike('name', term))
          .orWhereHas('package', (pkg) => pkg.whereILike('name', term))
      )
    })
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)

  const rows = paginator.all()
  return { rows, credits: await creditsFor(rows), meta: paginatorMeta(paginator) }
}
