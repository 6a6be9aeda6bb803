import Enrollment, { type EnrollmentStatus } from '#models/enrollment'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { likeTerm, parseBound } from '#queries/schedule/list_training_sessions'

export interface ListEnrollmentsFilters {
  page?: number
  limit?: number
  search?: string
  status?: EnrollmentStatus
  program_id?: string
  /**
   * Local calendar days (club time zone) of the application, inclusive
   */
  from?: string
  to?: string
  /**
   * Only this account's applications (a guardian's own list)
   */
  accountId?: string
}

/**
 * Applications for the staff screens and a guardian's list. `pending`
 * lists the oldest first (the longest waiting on top), others newest first.
 */
export async function listEnrollments(filters: ListEnrollmentsFilters) {
  const paginator = await Enrollment.query()
    .preload('program')
    .if(filters.accountId, (query) => query.where('account_id', filters.accountId!))
    .if(filters.status, (query) => query.where('status', filters.status!))
    .if(filters.program_id, (query) => query.where('program_id', filters.program_id!))
    .if(filters.from, (query) =>
      query.where('created_at', '>=', parseBound(filters.from!, 'start').toJSDate())
    )
    .if(filters.to, (query) =>
      query.where('created_at', '<=', parseBound(filters.to!, 'end').toJSDate())
    )
    .if(filters.search, (query) => {
      const term = likeTerm(filters.search!)
      query.where((inner) =>
        inner
          .whereILike('child_name', term)
          .orWhereILike('guardian_name', term)
          .orWhereILike('guardian_email', term)
          .orWhereILike('guardian_phone', term)
          .orWhereILike('registration_number', term)
      )
    })
    .orderBy('created_at', filters.status === 'pending' ? 'asc' : 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)

  return { enrollments: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * How many applications wait for a decision (the admin dashboard)
 */
export async function countPendingEnrollments() {
  const [row] = await Enrollment.query().where('status', 'pending').count('* as total')
  return Number(row.$extras.total)
}
