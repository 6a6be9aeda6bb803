import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { timezone } from '#config/app'
import TrainingSession from '#models/training_session'
import { withSummaries } from '#queries/schedule/list_training_sessions'
import { markedCounts, waitlistCounts } from '#queries/dashboard/coach_day'
import { activeChatCount } from '#queries/chat/list_chat_sessions'

/**
 * One week of the attendance chart: the attendances recorded for sessions
 * that started in it, and how many of them came (present or late)
 */
export interface AttendanceWeek {
  /**
   * The week's Monday, a local ISO date
   */
  weekStart: string
  recorded: number
  attended: number
  /**
   * attended / recorded in whole percent, null without any record
   */
  rate: number | null
}

/**
 * Bookings held (confirmed or waitlisted) in a program's sessions this month
 */
export interface ProgramBookings {
  programId: string | null
  programName: string | null
  bookings: number
}

const count = async (query: ReturnType<typeof db.from>) => {
  const [row] = await query.count('* as total')
  return Number(row.total)
}

/**
 * Attendance per local week, for the `weeks` weeks up to this one (oldest
 * first; weeks without records are there, with rate null)
 */
export async function attendanceWeeks(now: DateTime, weeks = 8): Promise<AttendanceWeek[]> {
  const thisWeek = now.setZone(timezone).startOf('week')
  const first = thisWeek.minus({ weeks: weeks - 1 })
  const rows: { week: string; recorded: string; attended: string }[] = await db
    .from('attendances')
    .join('training_sessions', 'training_sessions.id', 'attendances.training_session_id')
    .where('training_sessions.starts_at', '>=', first.toJSDate())
    .where('training_sessions.starts_at', '<', thisWeek.plus({ weeks: 1 }).toJSDate())
    .select(
      db.raw(
        `to_char(date_trunc('week', training_sessions.starts_at at time zone ?), 'YYYY-MM-DD') as week`,
        [timezone]
      )
    )
    .count('* as recorded')
    .select(db.raw(`count(*) filter (where attendances.status in ('present', 'late')) as attended`))
    .groupBy('week')
  const byWeek = new Map(rows.map((row) => [row.week, row]))

  return Array.from({ length: weeks }, (_, index) => {
    const weekStart = first.plus({ weeks: index }).toISODate()!
    const row = byWeek.get(weekStart)
    const recorded = Number(row?.recorded ?? 0)
    const attended = Number(row?.attended ?? 0)
    return {
      weekStart,
      recorded,
      attended,
      rate: recorded ? Math.round((attended / recorded) * 100) : null,
    }
  })
}

/**
 * Bookings per program for the sessions of this local month, most booked
 * first (sessions without a program under programId null)
 */
export async function bookingsPerProgram(now: DateTime): Promise<ProgramBookings[]> {
  const month = now.setZone(timezone).startOf('month')
  const rows: { program_id: string | null; program_name: string | null; total: string }[] = await db
    .from('bookings')
    .join('training_sessions', 'training_sessions.id', 'bookings.training_session_id')
    .leftJoin('programs', 'programs.id', 'training_sessions.program_id')
    .whereIn('bookings.status', ['confirmed', 'waitlisted'])
    .where('training_sessions.starts_at', '>=', month.toJSDate())
    .where('training_sessions.starts_at', '<', month.plus({ months: 1 }).toJSDate())
    .groupBy('programs.id', 'programs.name')
    .select('programs.id as program_id', 'programs.name as program_name')
    .count('* as total')
    .orderBy('total', 'desc')
    .orderBy('programs.name')
  return rows.map((row) => ({
    programId: row.program_id,
    programName: row.program_name,
    bookings: Number(row.total),
  }))
}

/**
 * The admin's dashboard: what waits (members and enrollments to approve), today's
 * sessions (models, for TrainingSessionTransformer), the active members,
 * the credits sold (in packages assigned) and used (by attendance) this
 * local month, and the two charts
 */
export async function adminOverview(now = DateTime.now()) {
  const local = now.setZone(timezone)
  const day = local.startOf('day')
  const month = local.startOf('month')

  const [pendingMembers, pendingEnrollments, activeMembers, creditsSold, creditsUsed] =
    await Promise.all([
      count(db.from('members').where('status', 'pending')),
      count(db.from('enrollments').where('status', 'pending')),
      count(db.from('members').where('status', 'active')),
      db
        .from('member_packages')
        .whereNot('status', 'cancelled')
        .where('created_at', '>=', month.toJSDate())
        .sum('total_sessions as total')
        .first()
        .then((row) => Number(row?.total ?? 0)),
      count(
        db
          .from('bookings')
          .whereNotNull('credit_used_at')
          .where('credit_used_at', '>=', month.toJSDate())
      ),
    ])

  const todaySessions = await withSummaries(
    TrainingSession.query()
      .where('starts_at', '>=', day.toJSDate())
      .where('starts_at', '<', day.plus({ days: 1 }).toJSDate())
      .whereNot('status', 'cancelled')
  )
    .orderBy('starts_at')
    .orderBy('id')

  return {
    pendingMembers,
    pendingEnrollments,
    activeMembers,
    creditsSold,
    creditsUsed,
    todaySessions,
    waitlist: await waitlistCounts(todaySessions.map((session) => session.id)),
    marked: await markedCounts(todaySessions, now),
    attendanceWeeks: await attendanceWeeks(now),
    bookingsPerProgram: await bookingsPerProgram(now),
    activeChats: await activeChatCount(),
  }
}
