import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { timezone } from '#config/app'
import TrainingSession from '#models/training_session'
import type User from '#models/user'
import { withSummaries } from '#queries/schedule/list_training_sessions'

/**
 * Waitlisted bookings per session (sessions without any are absent)
 */
export async function waitlistCounts(sessionIds: string[]): Promise<Map<string, number>> {
  if (!sessionIds.length) return new Map()
  const rows: { training_session_id: string; total: string | number }[] = await db
    .from('bookings')
    .whereIn('training_session_id', sessionIds)
    .where('status', 'waitlisted')
    .groupBy('training_session_id')
    .select('training_session_id')
    .count('* as total')
  return new Map(rows.map((row) => [row.training_session_id, Number(row.total)]))
}

/**
 * The coach's dashboard: their sessions of today and tomorrow (club time,
 * cancelled ones left out), in start order, with the waitlist of each.
 * Booked seats come with the session (booked_count).
 */
export async function coachDay(coach: User, now = DateTime.now()) {
  const today = now.setZone(timezone).startOf('day')
  const sessions = await withSummaries(
    TrainingSession.query()
      .where('coach_id', coach.id)
      .whereNot('status', 'cancelled')
      .where('starts_at', '>=', today.toJSDate())
      .where('starts_at', '<', today.plus({ days: 2 }).toJSDate())
  )
    .orderBy('starts_at')
    .orderBy('id')

  const isToday = (session: TrainingSession) =>
    session.startsAt.setZone(timezone).hasSame(today, 'day')
  return {
    today: sessions.filter(isToday),
    tomorrow: sessions.filter((session) => !isToday(session)),
    waitlist: await waitlistCounts(sessions.map((session) => session.id)),
  }
}
