import db from '@adonisjs/lucid/services/db'
import type Member from '#models/member'
import type { AnalyticsPeriod } from '#queries/analytics/period'
import { periodBindings, rate } from '#queries/analytics/period'
import type { EnrollmentCounts } from '#queries/analytics/program'
import { enrollmentCounts } from '#queries/analytics/program'

export interface MemberAttendance {
  /**
   * Every attendance record (present, late, absent, excused)
   */
  recorded: number
  present: number
  late: number
  absent: number
  excused: number
  /**
   * present + late
   */
  attended: number
  rate: number | null
}

export interface MemberProgramRow extends MemberAttendance {
  programId: string | null
  programName: string | null
  programCode: string | null
  /**
   * The status of the member's latest enrollment in the program, if any
   */
  enrollmentStatus: string | null
}

export interface MemberAnalytics {
  member: Member
  period: AnalyticsPeriod
  enrollments: EnrollmentCounts
  attendance: MemberAttendance
  programs: MemberProgramRow[]
}

function figures(row: Record<string, string | null>): MemberAttendance {
  const present = Number(row.present ?? 0)
  const late = Number(row.late ?? 0)
  const absent = Number(row.absent ?? 0)
  const excused = Number(row.excused ?? 0)
  const recorded = present + late + absent + excused
  return {
    recorded,
    present,
    late,
    absent,
    excused,
    attended: present + late,
    rate: rate(present + late, recorded),
  }
}

/**
 * GET /analytics/members/:id: the member's enrollments made in the period
 * (by status now), the attendance recorded for them in sessions of the
 * period, and the same per program (programs they are enrolled in appear
 * even without a record; sessions without a program under null)
 */
export async function memberAnalytics(
  member: Member,
  period: AnalyticsPeriod
): Promise<MemberAnalytics> {
  const bindings = { ...periodBindings(period), memberId: member.id }
  const [byStatus, perProgram] = await Promise.all([
    db.rawQuery(
      `SELECT status, count(*) AS total FROM enrollments
        WHERE member_id = :memberId AND created_at >= :start AND created_at < :end
        GROUP BY status`,
      bindings
    ),
    db.rawQuery(
      `WITH records AS (
         SELECT s.program_id,
                count(*) FILTER (WHERE a.status = 'present') AS present,
                count(*) FILTER (WHERE a.status = 'late') AS late,
                count(*) FILTER (WHERE a.status = 'absent') AS absent,
                count(*) FILTER (WHERE a.status = 'excused') AS excused
           FROM attendances a
           JOIN training_sessions s ON s.id = a.training_session_id
          WHERE a.member_id = :memberId AND s.status <> 'cancelled'
            AND s.starts_at >= :start AND s.starts_at < :end
          GROUP BY s.program_id
       ),
       enrolled AS (
         SELECT DISTINCT ON (program_id) program_id, status
           FROM enrollments
          WHERE member_id = :memberId
          ORDER BY program_id, created_at DESC
       )
       SELECT coalesce(r.program_id, e.program_id) AS program_id,
              p.name AS program_name, p.code AS program_code, e.status AS enrollment_status,
              r.present, r.late, r.absent, r.excused
         FROM records r
         FULL JOIN enrolled e ON e.program_id = r.program_id
         LEFT JOIN programs p ON p.id = coalesce(r.program_id, e.program_id)
        ORDER BY p.name NULLS LAST`,
      bindings
    ),
  ])
  const programs: MemberProgramRow[] = perProgram.rows.map(
    (row: Record<string, string | null>) => ({
      programId: row.program_id,
      programName: row.program_name,
      programCode: row.program_code,
      enrollmentStatus: row.enrollment_status,
      ...figures(row),
    })
  )
  const total = programs.reduce(
    (sum, row) => ({
      present: sum.present + row.present,
      late: sum.late + row.late,
      absent: sum.absent + row.absent,
      excused: sum.excused + row.excused,
    }),
    { present: 0, late: 0, absent: 0, excused: 0 }
  )
  return {
    member,
    period,
    enrollments: enrollmentCounts(byStatus.rows),
    attendance: figures({
      present: String(total.present),
      late: String(total.late),
      absent: String(total.absent),
      excused: String(total.excused),
    }),
    programs,
  }
}
