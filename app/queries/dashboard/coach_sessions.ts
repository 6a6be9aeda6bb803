import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import TrainingSession from '#models/training_session'
import type User from '#models/user'
import { withSummaries } from '#queries/schedule/list_training_sessions'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'

export const COACH_SESSION_PERIODS = ['upcoming', 'past'] as const
export type CoachSessionPeriod = (typeof COACH_SESSION_PERIODS)[number]

/**
 * A coach's own sessions, a page at a time: `upcoming` from today on
 * (club time; today's finished ones stay, their attendance may still be
 * open) soonest first, `past` those that ended before today, latest first
 */
export async function listCoachSessions(
  coach: User,
  filters: { period?: CoachSessionPeriod; page?: number; limit?: number },
  now = DateTime.now()
) {
  const today = now.setZone(timezone).startOf('day').toJSDate()
  const past = filters.period === 'past'
  const paginator = await withSummaries(
    TrainingSession.query()
      .where('coach_id', coach.id)
      .if(
        past,
        (query) => query.where('ends_at', '<=', today),
        (query) => query.where('ends_at', '>', today)
      )
  )
    .orderBy('starts_at', past ? 'desc' : 'asc')
    .orderBy('id')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { sessions: paginator.all(), meta: paginatorMeta(paginator) }
}
