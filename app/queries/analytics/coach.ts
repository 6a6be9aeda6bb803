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
import {
  activeMembersPerMonth,
  attendanceWeeks,
  bookingsPerProgram,
  sessionCounts,
} from '#queries/analytics/trends'

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
  const [perProgram, distinct, sessions, weekly, bookings, months] = await Promise.all([
    db.rawQuery(
      `WITH sessions AS (
         SELECT s.id, s.program_id, s.ends_at FROM training_sessions s
          WHERE s.coach_id = :coachId AND s.status <> 'cancelled'
            AND s.starts_at >= :start AND s.starts_at < :end
       ),
       seats AS (
         SELECT b.training_session_id, b.member_id FROM bookings b
           JOIN sessions ON sessions.id = b.training_session_id
          WHERE b.status = 'confirmed'
         UNION
         SELECT a.training_session_id, a.member_id FROM attendances a
           JOIN sessions ON sessions.id = a.training_session_id
       ),
       records AS (
         SELECT sessions.program_id, count(*) AS recorded,
                count(*) FILTER (WHERE a.status IN ('present', 'late')) AS attended
           FROM attendances a JOIN sessions ON sessions.id = a.training_session_id
          GROUP BY sessions.program_id
       )
       SELECT sessions.program_id, p.name AS program_name, p.code AS program_code,
              count(DISTINCT sessions.id) FILTER (WHERE sessions.ends_at <= :now) AS held,
              count(DISTINCT seats.member_id) AS members,
              max(records.recorded) AS recorded, max(records.attended) AS attended
         FROM sessions
         LEFT JOIN seats ON seats.training_session_id = sessions.id
         LEFT JOIN programs p ON p.id = sessions.program_id
         LEFT JOIN records ON records.program_id IS NOT DISTINCT FROM sessions.program_id
        GROUP BY sessions.program_id, p.name, p.code
        ORDER BY p.name NULLS LAST`,
      bindings
    ),
    db.rawQuery(
      `WITH sessions AS (
         SELECT s.id FROM training_sessions s
          WHERE s.coach_id = :coachId AND s.status <> 'cancelled'
            AND s.starts_at >= :start AND s.starts_at < :end
       )
       SELECT count(DISTINCT member_id) AS members FROM (
         SELECT b.member_id FROM bookings b JOIN sessions ON sessions.id = b.training_session_id
          WHERE b.status = 'confirmed'
         UNION
         SELECT a.member_id FROM attendances a JOIN sessions ON sessions.id = a.training_session_id
       ) seats`,
      bindings
    ),
    sessionCounts(period, scope, now),
    attendanceWeeks(period, scope),
    bookingsPerProgram(period, scope),
    activeMembersPerMonth(period, scope),
  ])
  const programs: CoachProgramRow[] = perProgram.rows.map((row: Record<string, string | null>) => {
    const recorded = Number(row.recorded ?? 0)
    const attended = Number(row.attended ?? 0)
    return {
      programId: row.program_id,
      programName: row.program_name,
      programCode: row.program_code,
      sessionsHeld: Number(row.held),
      members: Number(row.members),
      attendance: { recorded, attended, rate: rate(attended, recorded) },
    }
  })
  return {
    coach,
    period,
    programsTaught: programs.filter((row) => row.programId !== null).length,
    members: Number(distinct.rows[0].members),
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
