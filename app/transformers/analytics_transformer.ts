import { BaseTransformer } from '@adonisjs/core/transformers'
import { timezone } from '#config/app'
import { s } from '#openapi/helpers'
import type { SchemaObject } from '#openapi/types'
import type { AnalyticsPeriod } from '#queries/analytics/period'
import type { DashboardAnalytics } from '#queries/analytics/dashboard'
import type { ProgramAnalytics, EnrollmentCounts } from '#queries/analytics/program'
import type { MemberAnalytics, MemberAttendance } from '#queries/analytics/member'
import type { CoachAnalytics } from '#queries/analytics/coach'
import type { BookingAnalytics } from '#queries/analytics/bookings'
import type {
  ActiveMembersMonth,
  AttendanceFigures,
  AttendanceWeek,
  MembersMonth,
  ProgramBookings,
} from '#queries/analytics/trends'
import MemberTransformer from '#transformers/member_transformer'
import ProgramTransformer from '#transformers/program_transformer'
import type { TransformerShapes } from '#transformers/shapes'

export type AnalyticsReport =
  DashboardAnalytics | ProgramAnalytics | MemberAnalytics | CoachAnalytics | BookingAnalytics

const count = (description?: string) =>
  s.integer({ minimum: 0, ...(description ? { description } : {}) })
const fraction = (description: string) =>
  s.nullable(s.number({ minimum: 0, maximum: 1, description }))
const money = (description: string) =>
  s.integer({ minimum: 0, description: `${description} (whole rupiah)` })

const period = s.object({
  from: s.date({ description: 'First club date of the period (included)' }),
  to: s.date({ description: 'Last club date of the period (included)' }),
  time_zone: s.string({
    example: 'Asia/Jakarta',
    description: 'The club time zone the dates are in',
  }),
})
const figures = s.object({
  recorded: count('Attendance records (present, late, absent, excused)'),
  attended: count('Records present or late'),
  rate: fraction('attended / recorded, 0–1; null without any record'),
})
const enrollments = s.object({
  total: count(),
  pending: count(),
  approved: count(),
  rejected: count(),
  cancelled: count(),
})
const week = s.object({
  week_start: s.date({ description: 'Monday of the club week' }),
  recorded: count(),
  attended: count(),
  rate: fraction('attended / recorded of the week'),
})
const programBookings = s.object({
  program: s.nullable(
    s.object(
      { id: s.uuid(), name: s.string(), code: s.string() },
      {
        description: 'null: sessions without a program',
      }
    )
  ),
  confirmed: count(),
  waitlisted: count(),
  cancelled: count(),
  total: count(),
})
const month = (fields: Record<string, SchemaObject>) =>
  s.object({ month: s.string({ pattern: '^\\d{4}-\\d{2}$', example: '2026-11' }), ...fields })
const sessions = s.object({
  scheduled: count('Sessions of the period not cancelled'),
  held: count('Of those, the ones that have ended'),
  cancelled: count(),
})

const periodOf = (value: AnalyticsPeriod) => ({
  from: value.from,
  to: value.to,
  time_zone: timezone,
})
const figuresOf = (value: AttendanceFigures) => ({
  recorded: value.recorded,
  attended: value.attended,
  rate: value.rate,
})
const weekOf = (value: AttendanceWeek) => ({ week_start: value.weekStart, ...figuresOf(value) })
const programBookingsOf = (value: ProgramBookings) => ({
  program: value.programId
    ? { id: value.programId, name: value.programName!, code: value.programCode! }
    : null,
  confirmed: value.confirmed,
  waitlisted: value.waitlisted,
  cancelled: value.cancelled,
  total: value.total,
})
const enrollmentsOf = (value: EnrollmentCounts) => ({ ...value })
const memberAttendanceOf = (value: MemberAttendance) => ({
  recorded: value.recorded,
  present: value.present,
  late: value.late,
  absent: value.absent,
  excused: value.excused,
  attended: value.attended,
  rate: value.rate,
})
const memberAttendance = s.object({
  recorded: count(),
  present: count(),
  late: count(),
  absent: count(),
  excused: count(),
  attended: count('present + late'),
  rate: fraction('attended / recorded, 0–1; null without any record'),
})

/**
 * The analytics reports (GET /analytics/…): every figure is defined in
 * docs/api.md "Analytics"; rates are fractions 0–1, money whole rupiah
 */
export default class AnalyticsTransformer extends BaseTransformer<AnalyticsReport> {
  static shapes: TransformerShapes<
    'forDashboard' | 'forProgram' | 'forMember' | 'forCoach' | 'forBookings'
  > = {
    forDashboard: {
      name: 'DashboardAnalytics',
      schema: s.object({
        period,
        members: s.object({
          total: count('Members now, not rejected nor erased'),
          active: count(),
          pending: count('Waiting for approval'),
          new_this_month: count('Joined since the first of this club month'),
          new_in_period: count('Joined in the period'),
        }),
        coaches: s.object({ total: count(), active: count() }),
        programs: s.object({ total: count(), active: count() }),
        enrollments: s.object({
          total: count('Applications made in the period'),
          pending: count('Waiting for a decision now'),
          approved_this_month: count('Approved since the first of this club month'),
        }),
        sessions: s.object({
          upcoming: count('Not cancelled, starting after now'),
          today: count('Not cancelled, starting on this club date'),
          held: count('Of the period, not cancelled and ended'),
          cancelled: count('Of the period'),
        }),
        attendance: s.object({
          overall_rate: fraction('Attendance of the period’s sessions, 0–1'),
          recorded: count(),
          attended: count(),
          today_rate: fraction('Attendance of today’s sessions, 0–1'),
          today_recorded: count(),
          today_attended: count(),
        }),
        revenue: s.object({
          total: money('Package sales + attended seats of the period'),
          packages: money('Member packages assigned in the period at their package’s price'),
          sessions: money('Attended seats × their program’s price per session'),
          this_month: money('The same total for this club month'),
        }),
        trends: s.object({
          attendance_per_week: s.array(week),
          bookings_per_program: s.array(programBookings),
          members_per_month: s.array(
            month({
              joined: count('Members who joined that month'),
              total: count('Members at its end'),
            })
          ),
        }),
      }),
    },
    forProgram: {
      name: 'ProgramAnalytics',
      schema: s.object({
        program: s.ref('ProgramSummary'),
        period,
        enrollments,
        sessions,
        average_attendance_rate: fraction('Attended / recorded over the program’s sessions, 0–1'),
        attendance: figures,
        revenue: money('Attended seats of the period × the price per session'),
        enrollment_trend: s.array(month({ count: count('Applications made that month') })),
        attendance_per_week: s.array(week),
      }),
    },
    forMember: {
      name: 'MemberAnalytics',
      schema: s.object({
        member: s.ref('MemberSummary'),
        period,
        enrollments,
        attendance: memberAttendance,
        programs: s.array(
          s.object({
            program: s.nullable(s.object({ id: s.uuid(), name: s.string(), code: s.string() })),
            enrollment_status: s.nullable(s.enum(['pending', 'approved', 'rejected', 'cancelled'])),
            attendance: memberAttendance,
          })
        ),
      }),
    },
    forCoach: {
      name: 'CoachAnalytics',
      schema: s.object({
        coach: s.object({ id: s.uuid(), name: s.string() }),
        period,
        programs_taught: count('Programs of their sessions in the period'),
        members: count('Members booked (confirmed) or recorded in those sessions'),
        sessions,
        attendance_rate: fraction('Attended / recorded over their sessions, 0–1'),
        attendance: figures,
        programs: s.array(
          s.object({
            program: s.nullable(s.object({ id: s.uuid(), name: s.string(), code: s.string() })),
            sessions_held: count(),
            members: count(),
            attendance: figures,
          })
        ),
        trends: s.object({
          attendance_per_week: s.array(week),
          bookings_per_program: s.array(programBookings),
          members_per_month: s.array(
            month({ members: count('Members with a confirmed booking in that month’s sessions') })
          ),
        }),
      }),
    },
    forBookings: {
      name: 'BookingAnalytics',
      schema: s.object({
        period,
        total_bookings: count('Bookings of the period’s sessions, any status'),
        confirmed_bookings: count(),
        waitlisted_bookings: count(),
        cancelled_bookings: count(),
        bookings_this_month: count('Bookings made since the first of this club month'),
        bookings_by_program: s.array(programBookings),
      }),
    },
  }

  forDashboard() {
    const r = this.resource as DashboardAnalytics
    return {
      period: periodOf(r.period),
      members: {
        total: r.members.total,
        active: r.members.active,
        pending: r.members.pending,
        new_this_month: r.members.newThisMonth,
        new_in_period: r.members.newInPeriod,
      },
      coaches: { ...r.coaches },
      programs: { ...r.programs },
      enrollments: {
        total: r.enrollments.total,
        pending: r.enrollments.pending,
        approved_this_month: r.enrollments.approvedThisMonth,
      },
      sessions: { ...r.sessions },
      attendance: {
        overall_rate: r.attendance.overall.rate,
        recorded: r.attendance.overall.recorded,
        attended: r.attendance.overall.attended,
        today_rate: r.attendance.today.rate,
        today_recorded: r.attendance.today.recorded,
        today_attended: r.attendance.today.attended,
      },
      revenue: {
        total: r.revenue.total,
        packages: r.revenue.packages,
        sessions: r.revenue.sessions,
        this_month: r.revenue.thisMonth,
      },
      trends: {
        attendance_per_week: r.trends.attendancePerWeek.map(weekOf),
        bookings_per_program: r.trends.bookingsPerProgram.map(programBookingsOf),
        members_per_month: r.trends.membersPerMonth.map((row: MembersMonth) => ({
          month: row.month,
          joined: row.joined,
          total: row.total,
        })),
      },
    }
  }

  forProgram() {
    const r = this.resource as ProgramAnalytics
    return {
      program: ProgramTransformer.transform(r.program).useVariant('forSummary'),
      period: periodOf(r.period),
      enrollments: enrollmentsOf(r.enrollments),
      sessions: { ...r.sessions },
      average_attendance_rate: r.attendance.rate,
      attendance: figuresOf(r.attendance),
      revenue: r.revenue,
      enrollment_trend: r.enrollmentTrend.map((row) => ({ month: row.month, count: row.count })),
      attendance_per_week: r.attendancePerWeek.map(weekOf),
    }
  }

  forMember() {
    const r = this.resource as MemberAnalytics
    return {
      member: MemberTransformer.transform(r.member).useVariant('forSummary'),
      period: periodOf(r.period),
      enrollments: enrollmentsOf(r.enrollments),
      attendance: memberAttendanceOf(r.attendance),
      programs: r.programs.map((row) => ({
        program: row.programId
          ? { id: row.programId, name: row.programName!, code: row.programCode! }
          : null,
        enrollment_status: row.enrollmentStatus,
        attendance: memberAttendanceOf(row),
      })),
    }
  }

  forCoach() {
    const r = this.resource as CoachAnalytics
    return {
      coach: { id: r.coach.id, name: r.coach.name },
      period: periodOf(r.period),
      programs_taught: r.programsTaught,
      members: r.members,
      sessions: { ...r.sessions },
      attendance_rate: r.attendance.rate,
      attendance: figuresOf(r.attendance),
      programs: r.programs.map((row) => ({
        program: row.programId
          ? { id: row.programId, name: row.programName!, code: row.programCode! }
          : null,
        sessions_held: row.sessionsHeld,
        members: row.members,
        attendance: figuresOf(row.attendance),
      })),
      trends: {
        attendance_per_week: r.trends.attendancePerWeek.map(weekOf),
        bookings_per_program: r.trends.bookingsPerProgram.map(programBookingsOf),
        members_per_month: r.trends.membersPerMonth.map((row: ActiveMembersMonth) => ({
          month: row.month,
          members: row.members,
        })),
      },
    }
  }

  forBookings() {
    const r = this.resource as BookingAnalytics
    return {
      period: periodOf(r.period),
      total_bookings: r.total,
      confirmed_bookings: r.byStatus.confirmed,
      waitlisted_bookings: r.byStatus.waitlisted,
      cancelled_bookings: r.byStatus.cancelled,
      bookings_this_month: r.thisMonth,
      bookings_by_program: r.byProgram.map(programBookingsOf),
    }
  }
}
