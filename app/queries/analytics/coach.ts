import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type { AnalyticsPeriod } from '#queries/analytics/period'
import { periodBindings, rate } from '#queries/analytics/period'
import type {
  ActiveMembersMonth,
  AttendanceFigures,
  AttendanceWeek,
  ProgramBookings,
} from '#queries/analytics/trends'
import { ATTENDED, RECORDED, activeMembersPerMonth, periodTallies } from '#queries/analytics/trends'

export interface CoachProgramRow {
  programId: string | null
  programName: string | null
  programCode: string | null
  sessionsHeld: number
  members: number
  attendance: AttendanceFigures
}

export interface CoachAnalytics {
  coach: User
  period: AnalyticsPeriod
  /**
   * Distinct programs of their non-cancelled sessions in the period
   */
  programsTaught: number
  /**
   * Distinct members with a confirmed booking or an attendance record in
   * those sessions
   */
  members: number
  sessions: { scheduled: number; held: number; cancelled: number }
  attendance: AttendanceFigures
  programs: CoachProgramRow[]
  trends: {
    attendancePerWeek: AttendanceWeek[]
    bookingsPerProgram: ProgramBookings[]
    membersPerMonth: ActiveMembersMonth[]
  }
}

/**
 * GET /analytics/coaches/:id and the coach's own analytics page: their
 * sessions of the period, the members who came to them, attendance per
 * program and the three trends
 */
export async function coachAnalytics(
  coach: User,
  period: AnalyticsPeriod,
  now = new Date()
): Promise<CoachAnalytics> {
  const scope = { coachId: coach.id }
  const bindings = { ...periodBindings(period), coachId: coach.id, now }
  const [perProgram, seats, tallies, months] = await Promise.all([
    db.rawQuery(
      `SELECT t.program_id, p.name AS program_name, p.code AS program_code,
              count(*) FILTER (WHERE t.ends_at <= :now) AS held,
              sum(${RECORDED}) AS recorded, sum(${ATTENDED}) AS attended
         FROM session_tallies t
         LEFT JOIN programs p ON p.id = t.program_id
        WHERE t.coach_id = :coachId AND t.status <> 'cancelled'
          AND t.starts_at >= :start AND t.starts_at < :end
        GROUP BY t.program_id, p.name, p.code
        ORDER BY p.name NULLS LAST`,
      bindings
    ),
    // distinct members per program and over all of them, in one pass
    db.rawQuery(
      `WITH sessions AS (
         SELECT t.training_session_id AS id, t.program_id FROM session_tallies t
          WHERE t.coach_id = :coachId AND t.status <> 'cancelled'
            AND t.starts_at >= :start AND t.starts_at < :end
       ),
       seats AS (
         SELECT b.training_session_id, b.member_id FROM bookings b
           JOIN sessions ON sessions.id = b.training_session_id
          WHERE b.status = 'confirmed'
         UNION
         SELECT a.training_session_id, a.member_id FROM attendances a
           JOIN sessions ON sessions.id = a.training_session_id
       )
       SELECT sessions.program_id, grouping(sessions.program_id) AS whole,
              count(DISTINCT seats.member_id) AS members
         FROM seats JOIN sessions ON sessions.id = seats.training_session_id
        GROUP BY GROUPING SETS ((sessions.program_id), ())`,
      bindings
    ),
    periodTallies(period, scope, now),
    activeMembersPerMonth(period, scope),
  ])
  const { attendance: weekly, sessions, bookingsPerProgram: bookings } = tallies
  let members = 0
  const membersOf = new Map<string | null, number>()
  for (const row of seats.rows as { program_id: string | null; whole: number; members: string }[]) {
    if (Number(row.whole) === 1) members = Number(row.members)
    else membersOf.set(row.program_id, Number(row.members))
  }
  const programs: CoachProgramRow[] = perProgram.rows.map((row: Record<string, string | null>) => {
    const recorded = Number(row.recorded ?? 0)
    const attended = Number(row.attended ?? 0)
    return {
      programId: row.program_id,
      programName: row.program_name,
      programCode: row.program_code,
      sessionsHeld: Number(row.held),
      members: membersOf.get(row.program_id) ?? 0,
      attendance: { recorded, attended, rate: rate(attended, recorded) },
    }
  })
  return {
    coach,
    period,
    programsTaught: programs.filter((row) => row.programId !== null).length,
    members,
    sessions,
    attendance: weekly.total,
    programs,
    trends: {
      attendancePerWeek: weekly.weeks,
      bookingsPerProgram: bookings,
      membersPerMonth: months,
    },
  }
}
