import type { DateTime } from 'luxon'
import { timezone } from '#config/app'
import Achievement, { type AchievementType } from '#models/achievement'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { likeTerm } from '#queries/schedule/list_training_sessions'
import { clock } from '#services/clock'

export interface ListAchievementsFilters {
  page?: number
  limit?: number
  search?: string
  type?: AchievementType
}

/**
 * The club's local date of "now": an achievement is public from its day on
 */
export function todayOf(now: DateTime = clock.now()) {
  return now.setZone(timezone).toISODate()!
}

/**
 * Public achievements (date reached), newest first, optionally one type
 */
export async function listPublicAchievements(
  filters: ListAchievementsFilters,
  now: DateTime = clock.now()
) {
  const paginator = await Achievement.query()
    .where('achieved_on', '<=', todayOf(now))
    .if(filters.type, (query) => query.where('type', filters.type!))
    .if(filters.search, (query) => query.whereILike('title', likeTerm(filters.search!)))
    .preload('member')
    .orderBy('achieved_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { achievements: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * One public achievement; before its date it is a 404
 */
export async function findPublicAchievement(id: string, now: DateTime = clock.now()) {
  return Achievement.query()
    .where('id', id)
    .where('achieved_on', '<=', todayOf(now))
    .preload('member')
    .firstOrFail()
}

/**
 * Every achievement, for the admin
 */
export async function listAdminAchievements(filters: ListAchievementsFilters) {
  const paginator = await Achievement.query()
    .if(filters.type, (query) => query.where('type', filters.type!))
    .if(filters.search, (query) => query.whereILike('title', likeTerm(filters.search!)))
    .preload('member')
    .orderBy('achieved_on', 'desc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { achievements: paginator.all(), meta: paginatorMeta(paginator) }
}

export async function findAchievement(id: string) {
  return Achievement.query().where('id', id).preload('member').firstOrFail()
}

/**
 * The reached achievements of some members (a parent's dashboard)
 */
export async function achievementsOfMembers(memberIds: string[], now: DateTime = clock.now()) {
  if (!memberIds.length) return []
  return Achievement.query()
    .whereIn('member_id', memberIds)
    .where('achieved_on', '<=', todayOf(now))
    .preload('member')
    .orderBy('achieved_on', 'desc')
    .limit(20)
}
