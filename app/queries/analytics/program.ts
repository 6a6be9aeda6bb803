import db from '@adonisjs/lucid/services/db'
import type Program from '#models/program'
import type { AnalyticsPeriod } from '#queries/analytics/period'
import { monthsOf, periodBindings } from '#queries/analytics/period'
import type { AttendanceFigures, AttendanceWeek } from '#queries/analytics/trends'
import { periodTallies } from '#queries/analytics/trends'

export interface EnrollmentCounts {
  total: number
  pending: number
  approved: number
  rejected: number
  cancelled: number
}

export interface ProgramAnalytics {
  program: Program
  period: AnalyticsPeriod
  enrollments: EnrollmentCounts
  sessions: { scheduled: number; held: number; cancelled: number }
  attendance: AttendanceFigures
  revenue: number
  enrollmentTrend: { month: string; count: number }[]
  attendancePerWeek: AttendanceWeek[]
}

/**
 * Enrollments by status from rows of (status, total)
 */
export function enrollmentCounts(rows: { status: string; total: string }[]): EnrollmentCounts {
  const counts: EnrollmentCounts = { total: 0, pending: 0, approved: 0, rejected: 0, cancelled: 0 }
  for (const row of rows) {
    const count = Number(row.total)
    counts.total += count
    counts[row.status as Exclude<keyof EnrollmentCounts, 'total'>] += count
  }
  return counts
}

/**
 * GET /analytics/programs/:id: the program's enrollments made in the
 * period by their status now, its sessions, the attendance of its held
 * sessions (seat-weighted: attended records / all records), the revenue
 * of its attended seats and the enrollments made per local month
 */
export async function programAnalytics(
  program: Program,
  period: AnalyticsPeriod
): Promise<ProgramAnalytics> {
  const scope = { programId: program.id }
  const bindings = { ...periodBindings(period), programId: program.id }
  const [byStatus, perMonth, tallies] = await Promise.all([
    db.rawQuery(
      `SELECT status, count(*) AS total FROM enrollments
        WHERE program_id = :programId AND created_at >= :start AND created_at < :end
        GROUP BY status`,
      bindings
    ),
    db.rawQuery(
      `SELECT to_char(date_trunc('month', created_at AT TIME ZONE :zone), 'YYYY-MM') AS month,
              count(*) AS total
         FROM enrollments
        WHERE program_id = :programId AND created_at >= :start AND created_at < :end
        GROUP BY 1`,
      bindings
    ),
    periodTallies(period, scope),
  ])
  const { attendance: weekly, sessions } = tallies
  const months = new Map<string, number>(
    perMonth.rows.map((row: { month: string; total: string }) => [row.month, Number(row.total)])
  )
  return {
    program,
    period,
    enrollments: enrollmentCounts(byStatus.rows),
    sessions,
    attendance: weekly.total,
    revenue: weekly.seatRevenue,
    enrollmentTrend: monthsOf(period).map((month) => ({ month, count: months.get(month) ?? 0 })),
    attendancePerWeek: weekly.weeks,
  }
}
