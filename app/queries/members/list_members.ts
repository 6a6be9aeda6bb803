import Member from '#models/member'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { likeTerm } from '#queries/schedule/list_training_sessions'

export interface ListMembersFilters {
  page?: number
  limit?: number
  search?: string
  status?: Member['status']
  relationship?: Member['relationship']
  account_id?: string
}

/**
 * Members for the admin screens; `status=pending` is the approvals queue
 * (oldest first, so the longest waiting come first).
 */
export async function listMembers(filters: ListMembersFilters) {
  const paginator = await Member.query()
    .preload('account')
    .if(filters.status, (query) => query.where('status', filters.status!))
    .if(filters.relationship, (query) => query.where('relationship', filters.relationship!))
    .if(filters.account_id, (query) => query.where('account_id', filters.account_id!))
    .if(filters.search, (query) => {
      const term = likeTerm(filters.search!)
      query.where((inner) =>
        inner
          .whereILike('name', term)
          .orWhereILike('phone', term)
          .orWhereHas('account', (account) =>
            account.whereILike('name', term).orWhereILike('email', term)
          )
      )
    })
    .orderBy('created_at', filters.status === 'pending' ? 'asc' : 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)

  return { members: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * The members one account manages: `self` first, then children by name
 */
export async function listAccountMembers(accountId: string) {
  return Member.query()
    .where('account_id', accountId)
    .whereNull('erased_at')
    .orderByRaw(`CASE relationship WHEN 'self' THEN 0 ELSE 1 END`)
    .orderBy('name')
    .orderBy('id')
}
