import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { AnalyticsPeriod } from '#queries/analytics/period'
import { calendarNow, periodBindings } from '#queries/analytics/period'
import type {
  AttendanceFigures,
  AttendanceWeek,
  MembersMonth,
  ProgramBookings,
} from '#queries/analytics/trends'
import {
  attendanceBetween,
  membersPerMonth,
  packageSales,
  periodTallies,
  revenue,
} from '#queries/analytics/trends'

export interface DashboardAnalytics {
  period: AnalyticsPeriod
  members: {
    total: number
    active: number
    pending: number
    newThisMonth: number
    newInPeriod: number
  }
  coaches: { total: number; active: number }
  programs: { total: number; active: number }
  enrollments: {
    total: number
    pending: number
    approvedThisMonth: number
  }
  sessions: { upcoming: number; today: number; held: number; cancelled: number }
  attendance: { overall: AttendanceFigures; today: AttendanceFigures }
  revenue: { total: number; packages: number; sessions: number; thisMonth: number }
  trends: {
    attendancePerWeek: AttendanceWeek[]
    bookingsPerProgram: ProgramBookings[]
    membersPerMonth: MembersMonth[]
  }
}

const one = async (sql: string, bindings: Record<string, unknown>) => {
  const { rows } = await db.rawQuery(sql, bindings)
  return rows[0] as Record<string, string>
}

/**
 * GET /analytics/dashboard and the admin's analytics page. Headcounts
 * (members, coaches, programs, pending) are as of now; "this month" and
 * "today" are the club's calendar; everything else belongs to the period
 * (docs/api.md "Analytics" defines each figure).
 */
export async function dashboardAnalytics(
  period: AnalyticsPeriod,
  at = DateTime.now()
): Promise<DashboardAnalytics> {
  const clock = calendarNow(at)
  const bindings = { ...periodBindings(period), ...clock, now: clock.now.toJSDate() }
  const month = clock.now.startOf('month')
  const [
    members,
    coaches,
    programs,
    enrollments,
    tallies,
    upcoming,
    today,
    packages,
    thisMonth,
    memberMonths,
  ] = await Promise.all([
    one(
      `SELECT count(*) AS total,
                count(*) FILTER (WHERE status = 'active') AS active,
                count(*) FILTER (WHERE status = 'pending') AS pending,
                count(*) FILTER (WHERE created_at >= :monthStart AND created_at < :monthEnd) AS this_month,
                count(*) FILTER (WHERE created_at >= :start AND created_at < :end) AS in_period
           FROM members
          WHERE status <> 'rejected' AND erased_at IS NULL`,
      bindings
    ),
    one(
      `SELECT count(*) AS total, count(*) FILTER (WHERE status = 'active') AS active
           FROM users WHERE role = 'coach'`,
      bindings
    ),
    one(
      `SELECT count(*) AS total, count(*) FILTER (WHERE status = 'active') AS active
           FROM programs`,
      bindings
    ),
    one(
      `SELECT count(*) FILTER (WHERE created_at >= :start AND created_at < :end) AS total,
                count(*) FILTER (WHERE status = 'pending') AS pending,
                count(*) FILTER (WHERE status = 'approved'
                                   AND decided_at >= :monthStart AND decided_at < :monthEnd) AS approved_this_month
           FROM enrollments`,
      bindings
    ),
    periodTallies(period, {}, clock.now.toJSDate()),
    one(
      `SELECT count(*) FILTER (WHERE starts_at > :now) AS upcoming,
                count(*) FILTER (WHERE starts_at >= :dayStart AND starts_at < :dayEnd) AS today
           FROM training_sessions
          WHERE status <> 'cancelled' AND (starts_at > :now OR starts_at >= :dayStart)`,
      bindings
    ),
    attendanceBetween(clock.dayStart, clock.dayEnd),
    packageSales(period),
    revenue({
      from: month.toISODate()!,
      to: clock.now.endOf('month').toISODate()!,
      start: month,
      end: month.plus({ months: 1 }),
    }),
    membersPerMonth(period),
  ])
  const { attendance: weekly, sessions, bookingsPerProgram: programBookings } = tallies

  return {
    period,
    members: {
      total: Number(members.total),
      active: Number(members.active),
      pending: Number(members.pending),
      newThisMonth: Number(members.this_month),
      newInPeriod: Number(members.in_period),
    },
    coaches: { total: Number(coaches.total), active: Number(coaches.active) },
    programs: { total: Number(programs.total), active: Number(programs.active) },
    enrollments: {
      total: Number(enrollments.total),
      pending: Number(enrollments.pending),
      approvedThisMonth: Number(enrollments.approved_this_month),
    },
    sessions: {
      upcoming: Number(upcoming.upcoming),
      today: Number(upcoming.today),
      held: sessions.held,
      cancelled: sessions.cancelled,
    },
    attendance: { overall: weekly.total, today },
    revenue: {
      total: packages + weekly.seatRevenue,
      packages,
      sessions: weekly.seatRevenue,
      thisMonth: thisMonth.total,
    },
    trends: {
      attendancePerWeek: weekly.weeks,
      bookingsPerProgram: programBookings,
      membersPerMonth: memberMonths,
    },
  }
}
