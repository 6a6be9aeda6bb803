import { DateTime } from 'luxon'
import DomainError from '#exceptions/domain_error'
import CoachProfile from '#models/coach_profile'
import TrainingSession from '#models/training_session'
import { USER_COLUMNS_WITHOUT_PASSWORD, type UserStatus } from '#models/user'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { withSummaries, likeTerm, timeWindow } from '#queries/schedule/list_training_sessions'

export interface ListCoachesFilters {
  page?: number
  limit?: number
  search?: string
  status?: UserStatus
}

/**
 * Coaches with their profiles. The public sees active coaches only;
 * admins every coach account (filterable by status). Search covers name,
 * specialization and, for admins, email.
 */
export async function listCoaches(filters: ListCoachesFilters, options: { admin: boolean }) {
  const paginator = await CoachProfile.query()
    .join('users', 'users.id', 'coach_profiles.user_id')
    .where('users.role', 'coach')
    .if(!options.admin, (q) => q.where('users.status', 'active'))
    .if(options.admin && filters.status, (q) => q.where('users.status', filters.status!))
    .if(filters.search, (q) => {
      const term = likeTerm(filters.search!)
      q.where((inner) => {
        inner.whereILike('users.name', term).orWhereILike('coach_profiles.specialization', term)
        if (options.admin) inner.orWhereILike('users.email', term)
      })
    })
    .select('coach_profiles.*')
    .preload('user', (user) => user.select(USER_COLUMNS_WITHOUT_PASSWORD))
    .orderBy('users.name')
    .orderBy('users.id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { profiles: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * One coach by account id (null when not a coach, or not visible)
 */
export async function findCoach(userId: string, options: { admin: boolean }) {
  return CoachProfile.query()
    .join('users', 'users.id', 'coach_profiles.user_id')
    .where('users.id', userId)
    .where('users.role', 'coach')
    .if(!options.admin, (q) => q.where('users.status', 'active'))
    .select('coach_profiles.*')
    .preload('user', (user) => user.select(USER_COLUMNS_WITHOUT_PASSWORD))
    .first()
}

/**
 * One coach, or 404 COACH_NOT_FOUND (an account that is not a coach is
 * not one)
 */
export async function findCoachOrFail(userId: string, options: { admin: boolean }) {
  const profile = await findCoach(userId, options)
  if (!profile) {
    throw DomainError.notFound('coach')
  }
  return profile
}

/**
 * GET /coaches/:id/slots: a coach's future open mentoring slots, public
 * ones only, soonest first
 */
export async function coachSlots(
  coachId: string,
  filters: { page?: number; limit?: number; from?: string; to?: string }
) {
  const { from, to } = timeWindow(filters)
  const now = DateTime.now()
  const paginator = await withSummaries(TrainingSession.query())
    .where('coach_id', coachId)
    .where('kind', 'mentoring')
    .where('status', 'open')
    .where('audience', 'public')
    .where('starts_at', '>', (from && from > now ? from : now).toJSDate())
    .if(to, (q) => q.where('starts_at', '<=', to!.toJSDate()))
    .orderBy('starts_at')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { slots: paginator.all(), meta: paginatorMeta(paginator) }
}
