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
 * Attendances recorded per session, for the sessions that have started
 * (the ones whose attendance can be taken); others are absent
 */
export async function markedCounts(
  sessions: TrainingSession[],
  now = DateTime.now()
): Promise<Map<string, number>> {
  const started = sessions.filter((session) => session.startsAt <= now).map((row) => row.id)
  if (!started.length) return new Map()
  const rows: { training_session_id: string; total: string | number }[] = await db
    .from('attendances')
    .whereIn('training_session_id', started)
    .groupBy('training_session_id')
    .select('training_session_id')
    .count('* as total')
  const counts = new Map(started.map((id) => [id, 0]))
  for (const row of rows) counts.set(row.training_session_id, Number(row.total))
  return counts
}

/**
 * The coach's dashboard: their sessions of today and tomorrow (club time,
 * cancelled ones left out), in start order, with the waitlist of each and,
 * once started, how many attendances are recorded.
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
    marked: await markedCounts(sessions, now),
  }
}
