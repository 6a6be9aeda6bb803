import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import type { AnalyticsPeriod } from '#queries/analytics/period'
import { monthsOf, periodBindings, rate, weeksOf } from '#queries/analytics/period'

/**
 * Whose sessions a figure counts: every session, one coach's or one
 * program's
 */
export interface SessionScope {
  coachId?: string
  programId?: string
}

/**
 * The SQL condition and bindings of a scope, for sessions (or their
 * session_tallies rows) aliased `alias`
 */
export function scopeSql(scope: SessionScope, alias = 's') {
  const clauses: string[] = []
  const bindings: Record<string, string> = {}
  if (scope.coachId) {
    clauses.push(`${alias}.coach_id = :coachId`)
    bindings.coachId = scope.coachId
  }
  if (scope.programId) {
    clauses.push(`${alias}.program_id = :programId`)
    bindings.programId = scope.programId
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), bindings }
}

/**
 * The counters of a session_tallies row `t` (migration 0770: the database
 * keeps them equal to the session's bookings and attendance records)
 */
export const RECORDED =
  '(t.attendances_present + t.attendances_late + t.attendances_absent + t.attendances_excused)'
export const ATTENDED = '(t.attendances_present + t.attendances_late)'
const BOOKED = '(t.bookings_confirmed + t.bookings_waitlisted + t.bookings_cancelled)'

/**
 * Attendance records and how many of them came (present or late)
 */
export interface AttendanceFigures {
  recorded: number
  attended: number
  /**
   * attended / recorded, 0–1; null without any record
   */
  rate: number | null
}

export const attendanceFigures = (attended: number, recorded: number): AttendanceFigures => ({
  recorded,
  attended,
  rate: rate(attended, recorded),
})

export interface AttendanceWeek extends AttendanceFigures {
  /**
   * The week's Monday, a club date
   */
  weekStart: string
}

export interface ProgramBookings {
  programId: string | null
  programName: string | null
  programCode: string | null
  confirmed: number
  waitlisted: number
  cancelled: number
  total: number
}

export interface MembersMonth {
  /**
   * YYYY-MM, a month of the club's calendar
   */
  month: string
  /**
   * Members who joined in it
   */
  joined: number
  /**
   * Members at its end (joined up to then)
   */
  total: number
}

export interface ActiveMembersMonth {
  month: string
  /**
   * Distinct members with a confirmed booking in a session of the month
   */
  members: number
}

export interface AttendanceWeeks {
  weeks: AttendanceWeek[]
  /**
   * The whole period (the sum of its weeks)
   */
  total: AttendanceFigures
  /**
   * Attended seats × their program's price per session (revenue's seat part)
   */
  seatRevenue: number
}

/**
 * Attendance per local week of the period: the records of non-cancelled
 * sessions that started in it (every week of the period is there, empty
 * ones with rate null), with the period's total and the revenue of its
 * attended seats, in one pass over the attendances
 */
export async function attendanceWeeks(
  period: AnalyticsPeriod,
  scope: SessionScope = {}
): Promise<AttendanceWeeks> {
  const where = scopeSql(scope, 't')
  const { rows } = await db.rawQuery(
    `SELECT week, recorded, attended, revenue FROM (
       SELECT width_bucket(t.starts_at, :weekStarts::timestamptz[]) AS week,
              sum(${RECORDED}) AS recorded,
              sum(${ATTENDED}) AS attended,
              coalesce(sum(${ATTENDED} * p.price_per_session), 0) AS revenue
         FROM session_tallies t
         LEFT JOIN programs p ON p.id = t.program_id
        WHERE t.starts_at >= :start AND t.starts_at < :end
          AND t.status <> 'cancelled'${where.sql}
        GROUP BY 1
     ) weeks`,
    { ...periodBindings(period), weekStarts: weekStarts(period), ...where.bindings }
  )
  return weeksFrom(period, rows)
}

/**
 * The instants the period's local weeks start at, as a PostgreSQL array:
 * `width_bucket(starts_at, …)` is then the week's number (1 for the first
 * of weeksOf), a binary search instead of a time zone conversion per row
 */
function weekStarts(period: AnalyticsPeriod) {
  const starts = weeksOf(period).map((week) =>
    DateTime.fromISO(week, { zone: timezone }).toUTC().toISO()
  )
  return `{${starts.join(',')}}`
}

interface WeekRow {
  /**
   * The week's number in weeksOf(period), from 1
   */
  week: string | number
  recorded: string | number
  attended: string | number
  revenue: string | number
}

/**
 * Every week of the period from the rows of the weeks that had records
 */
function weeksFrom(period: AnalyticsPeriod, rows: WeekRow[]): AttendanceWeeks {
  const byWeek = new Map<number, WeekRow>(rows.map((row) => [Number(row.week), row]))
  let recorded = 0
  let attended = 0
  let seatRevenue = 0
  const weeks = weeksOf(period).map((weekStart, index) => {
    const row = byWeek.get(index + 1)
    recorded += Number(row?.recorded ?? 0)
    attended += Number(row?.attended ?? 0)
    seatRevenue += Number(row?.revenue ?? 0)
    return {
      weekStart,
      ...attendanceFigures(Number(row?.attended ?? 0), Number(row?.recorded ?? 0)),
    }
  })
  return { weeks, total: attendanceFigures(attended, recorded), seatRevenue }
}

export interface PeriodTallies {
  attendance: AttendanceWeeks
  sessions: { scheduled: number; held: number; cancelled: number }
  bookingsPerProgram: ProgramBookings[]
}

/**
 * The scope's figures of the period in one pass over its session_tallies
 * rows, grouped by week and, separately, by program: the attendance per
 * week (as attendanceWeeks), the sessions scheduled (not cancelled), held
 * (not cancelled and ended by `now`) and cancelled, and the bookings per
 * program (as bookingsPerProgram)
 */
export async function periodTallies(
  period: AnalyticsPeriod,
  scope: SessionScope = {},
  now = new Date()
): Promise<PeriodTallies> {
  const where = scopeSql(scope, 't')
  // one narrow aggregate per (week, program); names and prices joined to
  // its few rows, the two groupings summed here
  const { rows } = await db.rawQuery(
    `SELECT g.week, g.program_id,
            p.name AS program_name, p.code AS program_code, p.price_per_session,
            g.recorded, g.attended, g.scheduled, g.held, g.cancelled_sessions,
            g.confirmed, g.waitlisted, g.cancelled
       FROM (
         SELECT width_bucket(t.starts_at, :weekStarts::timestamptz[]) AS week, t.program_id,
                coalesce(sum(${RECORDED}) FILTER (WHERE t.status <> 'cancelled'), 0) AS recorded,
                coalesce(sum(${ATTENDED}) FILTER (WHERE t.status <> 'cancelled'), 0) AS attended,
                count(*) FILTER (WHERE t.status <> 'cancelled') AS scheduled,
                count(*) FILTER (WHERE t.status <> 'cancelled' AND t.ends_at <= :now) AS held,
                count(*) FILTER (WHERE t.status = 'cancelled') AS cancelled_sessions,
                sum(t.bookings_confirmed) AS confirmed,
                sum(t.bookings_waitlisted) AS waitlisted,
                sum(t.bookings_cancelled) AS cancelled
           FROM session_tallies t
          WHERE t.starts_at >= :start AND t.starts_at < :end${where.sql}
          GROUP BY 1, 2
       ) g
       LEFT JOIN programs p ON p.id = g.program_id`,
    { ...periodBindings(period), weekStarts: weekStarts(period), now, ...where.bindings }
  )
  const sessions = { scheduled: 0, held: 0, cancelled: 0 }
  const weekRows = new Map<number, { recorded: number; attended: number; revenue: number }>()
  const programs = new Map<string | null, ProgramBookings>()
  for (const row of rows as Record<string, string | null>[]) {
    const attended = Number(row.attended)
    sessions.scheduled += Number(row.scheduled)
    sessions.held += Number(row.held)
    sessions.cancelled += Number(row.cancelled_sessions)
    const week = weekRows.get(Number(row.week)) ?? { recorded: 0, attended: 0, revenue: 0 }
    week.recorded += Number(row.recorded)
    week.attended += attended
    week.revenue += attended * Number(row.price_per_session ?? 0)
    weekRows.set(Number(row.week), week)
    const counted = programBookingsOf(row)
    const program = programs.get(row.program_id)
    if (program) {
      program.confirmed += counted.confirmed
      program.waitlisted += counted.waitlisted
      program.cancelled += counted.cancelled
      program.total += counted.total
    } else {
      programs.set(row.program_id, counted)
    }
  }
  const held = (row: ProgramBookings) => row.confirmed + row.waitlisted
  const name = (row: ProgramBookings) => row.programName ?? '\uffff'
  return {
    attendance: weeksFrom(
      period,
      [...weekRows].map(([week, figures]) => ({ week, ...figures }))
    ),
    sessions,
    // as bookingsPerProgram has them: the most held first, then by name
    // (no program last)
    bookingsPerProgram: [...programs.values()]
      .filter((row) => row.total > 0)
      .sort((a, b) => held(b) - held(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)),
  }
}

function programBookingsOf(row: Record<string, string | null>): ProgramBookings {
  const confirmed = Number(row.confirmed)
  const waitlisted = Number(row.waitlisted)
  const cancelled = Number(row.cancelled)
  return {
    programId: row.program_id,
    programName: row.program_name,
    programCode: row.program_code,
    confirmed,
    waitlisted,
    cancelled,
    total: confirmed + waitlisted + cancelled,
  }
}

/**
 * Attendance per local week of the period (the weeks of attendanceWeeks)
 */
export async function attendancePerWeek(
  period: AnalyticsPeriod,
  scope: SessionScope = {}
): Promise<AttendanceWeek[]> {
  const { weeks } = await attendanceWeeks(period, scope)
  return weeks
}

/**
 * Bookings of the period's sessions per program, by status, the most
 * held (confirmed + waitlisted) first; sessions without a program under
 * programId null
 */
export async function bookingsPerProgram(
  period: AnalyticsPeriod,
  scope: SessionScope = {}
): Promise<ProgramBookings[]> {
  const where = scopeSql(scope, 't')
  const { rows } = await db.rawQuery(
    `SELECT g.program_id, p.name AS program_name, p.code AS program_code,
            g.confirmed, g.waitlisted, g.cancelled
       FROM (
         SELECT t.program_id,
                sum(t.bookings_confirmed) AS confirmed,
                sum(t.bookings_waitlisted) AS waitlisted,
                sum(t.bookings_cancelled) AS cancelled
           FROM session_tallies t
          WHERE t.starts_at >= :start AND t.starts_at < :end${where.sql}
          GROUP BY t.program_id
         HAVING sum(${BOOKED}) > 0
       ) g
       LEFT JOIN programs p ON p.id = g.program_id
      ORDER BY g.confirmed + g.waitlisted DESC, p.name NULLS LAST`,
    { ...periodBindings(period), ...where.bindings }
  )
  return rows.map(programBookingsOf)
}

/**
 * The club's members month by month: who joined (created) in each local
 * month of the period and how many there were at its end. Rejected and
 * erased members are not counted.
 */
export async function membersPerMonth(period: AnalyticsPeriod): Promise<MembersMonth[]> {
  const { rows } = await db.rawQuery(
    `SELECT CASE WHEN created_at < :start THEN 'before'
                 ELSE to_char(date_trunc('month', created_at AT TIME ZONE :zone), 'YYYY-MM') END AS month,
            count(*) AS joined
       FROM members
      WHERE created_at < :end AND status <> 'rejected' AND erased_at IS NULL
      GROUP BY 1`,
    periodBindings(period)
  )
  const byMonth = new Map<string, number>(
    rows.map((row: { month: string; joined: string }) => [row.month, Number(row.joined)])
  )
  let total = byMonth.get('before') ?? 0
  return monthsOf(period).map((month) => {
    const joined = byMonth.get(month) ?? 0
    total += joined
    return { month, joined, total }
  })
}

/**
 * Distinct members with a confirmed booking in the scope's sessions, per
 * local month of the period (a coach's "members over time")
 */
export async function activeMembersPerMonth(
  period: AnalyticsPeriod,
  scope: SessionScope = {}
): Promise<ActiveMembersMonth[]> {
  const where = scopeSql(scope)
  const { rows } = await db.rawQuery(
    `SELECT to_char(date_trunc('month', s.starts_at AT TIME ZONE :zone), 'YYYY-MM') AS month,
            count(DISTINCT b.member_id) AS members
       FROM bookings b
       JOIN training_sessions s ON s.id = b.training_session_id
      WHERE b.status = 'confirmed' AND s.status <> 'cancelled'
        AND s.starts_at >= :start AND s.starts_at < :end${where.sql}
      GROUP BY 1`,
    { ...periodBindings(period), ...where.bindings }
  )
  const byMonth = new Map<string, number>(
    rows.map((row: { month: string; members: string }) => [row.month, Number(row.members)])
  )
  return monthsOf(period).map((month) => ({ month, members: byMonth.get(month) ?? 0 }))
}

/**
 * Package sales at their price: member packages assigned in the period,
 * cancelled ones left out, at their package's price (revenue's package
 * part, DESIGN.md §6, docs/api.md "Analytics")
 */
export async function packageSales(period: AnalyticsPeriod) {
  const { rows } = await db.rawQuery(
    `SELECT coalesce(sum(pk.price), 0) AS total
       FROM member_packages mp
       JOIN packages pk ON pk.id = mp.package_id
      WHERE mp.status <> 'cancelled'
        AND mp.created_at >= :start AND mp.created_at < :end`,
    periodBindings(period)
  )
  return Number(rows[0].total)
}

/**
 * Revenue of the period (docs/api.md "Analytics"): package sales at their
 * price plus the program's price per session for each attended seat
 * (present or late) of a non-cancelled session that started in the period
 */
export async function revenue(period: AnalyticsPeriod) {
  const [packages, seats] = await Promise.all([packageSales(period), attendanceWeeks(period)])
  return { total: packages + seats.seatRevenue, packages, sessions: seats.seatRevenue }
}

/**
 * Attendance records of the scope's non-cancelled sessions in [start, end)
 */
export async function attendanceBetween(
  start: Date,
  end: Date,
  scope: SessionScope = {}
): Promise<AttendanceFigures> {
  const where = scopeSql(scope, 't')
  const { rows } = await db.rawQuery(
    `SELECT coalesce(sum(${RECORDED}), 0) AS recorded,
            coalesce(sum(${ATTENDED}), 0) AS attended
       FROM session_tallies t
      WHERE t.starts_at >= :start AND t.starts_at < :end
        AND t.status <> 'cancelled'${where.sql}`,
    { start, end, ...where.bindings }
  )
  return attendanceFigures(Number(rows[0].attended), Number(rows[0].recorded))
}
