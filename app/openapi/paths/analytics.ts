import { op } from '../helpers.js'
import type { ApiArea } from '../types.js'
import { queryOf } from '../validators.js'
import { s } from '../helpers.js'
import { analyticsPeriodValidator } from '#validators/analytics'

const tag = ['analytics']

/**
 * Where every figure is defined (docs/api.md keeps the same text)
 */
const DEFINITIONS = [
  'Every report covers a period of club dates (`from`/`to`, YYYY-MM-DD in the club time zone APP_TIMEZONE, both included; default: the twelve calendar months up to the end of this one; at most ten years; `to` before `from` is a 422).',
  'A session belongs to the period by its start; cancelled sessions count only as cancelled. Attended means an attendance record present or late; a rate is attended / recorded (every record: present, late, absent, excused) as a fraction 0–1, null when nothing was recorded.',
  'Revenue (whole rupiah) = package sales at their price (member packages assigned in the period, not cancelled, at their package’s price) + per-session program prices of attended sessions (each attended seat of a non-cancelled session of the period at its program’s price_per_session; sessions without a program add nothing). The two parts are also given apart: a seat paid with a package credit appears in both, as defined.',
].join('\n\n')

const period = queryOf(analyticsPeriodValidator, {
  notes: {
    from: 'First club date of the period (default: the first of the month eleven months ago)',
    to: 'Last club date of the period (default: the last day of this month)',
  },
})

export const tags: ApiArea['tags'] = [
  {
    name: 'analytics',
    description: `Figures for dashboards and reports (seed 004 §7).\n\n${DEFINITIONS}`,
  },
]

export const schemas: ApiArea['schemas'] = {}

export const paths: ApiArea['paths'] = {
  '/analytics/dashboard': {
    get: op({
      summary: 'The club at a glance',
      description: `Members, coaches and programs now; enrollments, sessions, attendance and revenue of the period, this month and today; and the trends the admin's analytics page draws (attendance per week, bookings per program, members per month).\n\n${DEFINITIONS}`,
      tags: tag,
      roles: ['admin'],
      query: period,
      response: s.ref('DashboardAnalytics'),
    }),
  },
  '/analytics/programs/{id}': {
    get: op({
      summary: 'A program’s figures',
      description: `Enrollments made in the period by their status now, sessions scheduled/held/cancelled, the average attendance rate (attended / recorded over its sessions), the revenue of its attended seats and the enrollments per month.\n\n${DEFINITIONS}`,
      tags: tag,
      roles: ['coach', 'admin'],
      query: period,
      response: s.ref('ProgramAnalytics'),
      errors: [{ status: 404, codes: ['PROGRAM_NOT_FOUND'] }],
    }),
  },
  '/analytics/members/{id}': {
    get: op({
      summary: 'A member’s figures',
      description: `Enrollments, attendance and attendance per program of one member. Their own parent, coaches and admins; another family's member is a 404.\n\n${DEFINITIONS}`,
      tags: tag,
      roles: ['member (own)', 'coach', 'admin'],
      query: period,
      response: s.ref('MemberAnalytics'),
      errors: [{ status: 404, codes: ['MEMBER_NOT_FOUND'] }],
    }),
  },
  '/analytics/coaches/{id}': {
    get: op({
      summary: 'A coach’s figures',
      description: `Programs taught, members, sessions held and attendance of one coach's sessions, per program, with their trends. The coach themselves and admins.\n\n${DEFINITIONS}`,
      tags: tag,
      roles: ['coach (self)', 'admin'],
      query: period,
      response: s.ref('CoachAnalytics'),
      errors: [{ status: 404, codes: ['COACH_NOT_FOUND'] }],
    }),
  },
  '/analytics/bookings': {
    get: op({
      summary: 'Booking statistics',
      description: `Bookings of the period's sessions by status and per program, and the bookings made this month (seed 004 §5.8).\n\n${DEFINITIONS}`,
      tags: tag,
      roles: ['admin'],
      query: period,
      response: s.ref('BookingAnalytics'),
    }),
  },
}
