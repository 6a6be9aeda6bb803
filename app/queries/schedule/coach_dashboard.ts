import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { timezone } from '#config/app'
import CoachProfile from '#models/coach_profile'
import TrainingSession from '#models/training_session'
import type User from '#models/user'
import { withSummaries } from '#queries/schedule/list_training_sessions'

/**
 * GET /coach/dashboard: the coach's sessions today (club time), what comes
 * next, and totals. Cancelled sessions are left out.
 */
export async function coachDashboard(coach: User, options: { upcomingLimit?: number } = {}) {
  const now = DateTime.now().setZone(timezone)
  const dayStart = now.startOf('day').toJSDate()
  const dayEnd = now.endOf('day').toJSDate()
  const live = () =>
    TrainingSession.query().where('coach_id', coach.id).whereNot('status', 'cancelled')

  const profile = await CoachProfile.findBy('user_id', coach.id)
  const today = await withSummaries(
    live().where('starts_at', '>=', dayStart).where('starts_at', '<=', dayEnd)
  )
    .orderBy('starts_at')
    .orderBy('id')
  const upcoming = await withSummaries(live().where('starts_at', '>', dayEnd))
    .orderBy('starts_at')
    .orderBy('id')
    .limit(options.upcomingLimit ?? 10)
  const counts = await live()
    .count('* as total')
    .select(db.raw('count(*) filter (where starts_at > ?) as upcoming', [dayEnd]))
    .first()

  return {
    coach,
    profile,
    today,
    upcoming,
    statistics: {
      today_sessions: today.length,
      upcoming_sessions: Number(counts?.$extras.upcoming ?? 0),
      total_sessions: Number(counts?.$extras.total ?? 0),
    },
  }
}
