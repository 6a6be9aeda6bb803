import { op, rawResponse, s } from '../helpers.js'
import type { ApiArea } from '../types.js'
import { bodyOf, queryOf } from '../validators.js'
import { inviteMembersValidator } from '#validators/session_invitation'
import {
  adminCreateMemberValidator,
  adminUpdateMemberValidator,
  createMyMemberValidator,
  listMembersValidator,
  updateMyMemberValidator,
  eraseMemberValidator,
} from '#validators/member'
import {
  assignPackageValidator,
  createPackageValidator,
  listMemberPackagesValidator,
  listPackagesValidator,
  updatePackageValidator,
} from '#validators/package'
import {
  cancelBookingValidator,
  createBookingValidator,
  listMyBookingsValidator,
} from '#validators/booking'
import {
  memberAttendanceValidator,
  recordAttendanceValidator,
  recordBulkAttendanceValidator,
} from '#validators/attendance'

/**
 * The club's daily loop: members, packages and credits, bookings,
 * attendance and the dashboards
 */

const members = ['members']
const packages = ['packages']
const bookings = ['bookings']
const attendance = ['attendance']
const dashboards = ['dashboards']
const attendanceErrors = [
  404,
  { status: 409, codes: ['ATTENDANCE_SESSION_CANCELLED'] },
  { status: 422, codes: ['ATTENDANCE_INVALID_TIME', 'ATTENDANCE_NOT_BOOKED'] },
]
const attendanceSummary = () =>
  s.object({
    total: s.integer(),
    present: s.integer(),
    late: s.integer(),
    absent: s.integer(),
    excused: s.integer(),
    total_attended: s.integer({ description: 'present + late' }),
    total_absent: s.integer(),
    rate: s.nullable(
      s.number({ description: 'Attended / validated, percent with one decimal', example: 87.5 })
    ),
  })
const transition = (summary: string, description: string) =>
  op({
    summary,
    description,
    tags: members,
    roles: ['admin'],
    response: s.ref('AdminMember'),
    errors: [404, { status: 409, codes: ['INVALID_STATE_TRANSITION'] }],
  })

export const tags: ApiArea['tags'] = [
  {
    name: 'members',
    description:
      'The people who train. A parent account adds its children (and at most one `self` member); admins approve, reject, deactivate and restore them.',
  },
  {
    name: 'packages',
    description:
      'Bundles of session credits, and the packages assigned to members with used, reserved and remaining credits.',
  },
  {
    name: 'attendance',
    description:
      "Rosters and attendance, taken by the session's coach or an admin once the session has started. Present, late or absent uses the booking's credit exactly once, however often the status changes.",
  },
  {
    name: 'dashboards',
    description: "A parent's and an admin's overview.",
  },
  {
    name: 'bookings',
    description:
      'Seats in training sessions. Capacity is never exceeded; a full session queues members on its waitlist when it has one; a cancellation promotes the first waitlisted member who still has a credit.',
  },
]

export const schemas: ApiArea['schemas'] = {
  AttendanceRecord: s.object({
    attendance: s.ref('Attendance'),
    credit_consumed: s.boolean({ description: 'This call used the booking\u2019s credit' }),
    remaining_sessions: s.nullable(s.integer()),
  }),
}

export const paths: ApiArea['paths'] = {
  '/me/members': {
    get: op({
      summary: 'My members',
      description:
        'The members this account manages: `self` first, then children. Takes no query parameters.',
      tags: members,
      response: s.array(s.ref('Member')),
      errors: [422],
    }),
    post: op({
      summary: 'Add a member (a child, or myself)',
      description: 'New members are `pending` until an admin approves them.',
      tags: members,
      roles: ['member'],
      body: bodyOf(createMyMemberValidator, {
        date_of_birth: s.optional(s.nullable(s.date({ description: 'Not in the future' }))),
      }),
      status: 201,
      response: s.ref('Member'),
      errors: [{ status: 409, codes: ['MEMBER_SELF_EXISTS'] }],
    }),
  },
  '/me/members/{id}': {
    patch: op({
      versioned: 'write',
      summary: 'Edit one of my members',
      description: "Another account's member is a 404.",
      tags: members,
      body: bodyOf(updateMyMemberValidator, {
        date_of_birth: s.optional(s.nullable(s.date({ description: 'Not in the future' }))),
      }),
      response: s.ref('Member'),
      errors: [404, { status: 409, codes: ['MEMBER_SELF_EXISTS'] }],
    }),
  },
  '/me/packages': {
    get: op({
      summary: "My members' packages and credits",
      tags: packages,
      list: true,
      query: queryOf(listMemberPackagesValidator, { list: true }),
      response: s.ref('MemberPackage'),
    }),
  },
  '/me/bookings': {
    get: op({
      summary: "My members' bookings",
      description: 'Upcoming sessions first (soonest on top), then past ones.',
      tags: bookings,
      list: true,
      query: queryOf(listMyBookingsValidator, { list: true }),
      response: s.ref('Booking'),
    }),
  },
  '/packages': {
    get: op({
      summary: 'Package catalogue',
      description: 'Active packages, cheapest first. Takes no query parameters.',
      tags: packages,
      auth: false,
      response: s.array(s.ref('Package')),
      errors: [422],
    }),
  },
  '/bookings': {
    post: op({
      summary: 'Book a seat',
      description: [
        'The session must be open and in the future; the member active and',
        "this account's own (staff may book for anyone). Training sessions",
        'need a package valid on the session day with a free credit. When the',
        'session is full the member joins its waitlist (status `waitlisted`,',
        'with a position) if it has one. `member_id` may be left out when',
        '`member_package_id` says who it is for, or the account has a single',
        'active member.',
      ].join(' '),
      tags: bookings,
      idempotent: true,
      body: bodyOf(createBookingValidator, {
        idempotency_key: s.string({
          maxLength: 255,
          description: 'Instead of the Idempotency-Key header',
        }),
      }),
      status: 201,
      response: s.ref('Booking'),
      errors: [
        404,
        {
          status: 409,
          codes: [
            'BOOKING_SESSION_FULL',
            'BOOKING_DUPLICATE',
            'BOOKING_SESSION_NOT_OPEN',
            'IDEMPOTENCY_IN_PROGRESS',
          ],
        },
        {
          status: 422,
          codes: [
            'BOOKING_SESSION_PAST',
            'MEMBER_NOT_ACTIVE',
            'PACKAGE_REQUIRED',
            'PACKAGE_NOT_USABLE',
            'PACKAGE_QUOTA_EXHAUSTED',
            'IDEMPOTENCY_KEY_REUSED',
          ],
        },
      ],
    }),
  },
  '/bookings/{id}': {
    get: op({
      summary: 'One booking',
      description: "The member's account, the session's coach or an admin; others get a 404.",
      tags: bookings,
      response: s.ref('Booking'),
      errors: [404],
    }),
  },
  '/bookings/{id}/cancel': {
    post: op({
      summary: 'Cancel a booking',
      description:
        'Before the session starts. Frees the seat and the credit, and gives the seat to the first waitlisted member who still has a credit.',
      tags: bookings,
      roles: ['owner', 'admin'],
      body: bodyOf(cancelBookingValidator),
      response: s.ref('Booking'),
      errors: [
        404,
        { status: 409, codes: ['INVALID_STATE_TRANSITION'] },
        { status: 422, codes: ['BOOKING_CANCEL_TOO_LATE'] },
      ],
    }),
  },
  '/admin/members': {
    get: op({
      summary: 'Members',
      description: '`status=pending` is the approvals queue, oldest first.',
      tags: members,
      roles: ['admin'],
      list: true,
      query: queryOf(listMembersValidator, { list: true }),
      response: s.ref('AdminMember'),
    }),
    post: op({
      summary: 'Register a member',
      tags: members,
      roles: ['admin'],
      body: bodyOf(adminCreateMemberValidator, {
        date_of_birth: s.optional(s.nullable(s.date({ description: 'Not in the future' }))),
      }),
      status: 201,
      response: s.ref('AdminMember'),
      errors: [{ status: 409, codes: ['MEMBER_SELF_EXISTS'] }],
    }),
  },
  '/admin/members/{id}': {
    get: op({
      versioned: 'read',
      summary: 'One member',
      tags: members,
      roles: ['admin'],
      response: s.ref('AdminMember'),
      errors: [404],
    }),
    patch: op({
      versioned: 'write',
      summary: "Edit a member's profile",
      tags: members,
      roles: ['admin'],
      body: bodyOf(adminUpdateMemberValidator, {
        date_of_birth: s.optional(s.nullable(s.date({ description: 'Not in the future' }))),
      }),
      response: s.ref('AdminMember'),
      errors: [404, { status: 409, codes: ['MEMBER_SELF_EXISTS'] }],
    }),
    delete: transition('Deactivate a member', 'Soft delete: pending or active → inactive.'),
  },
  '/admin/members/{id}/approve': {
    post: transition('Approve a member', 'pending → active; the parent is notified.'),
  },
  '/admin/members/{id}/reject': {
    post: transition(
      'Reject a member',
      'pending → rejected: the sign-up leaves the queue and the parent is notified; restore puts it back.'
    ),
  },
  '/admin/members/{id}/deactivate': {
    post: transition('Deactivate a member', 'Same as DELETE /admin/members/{id}.'),
  },
  '/admin/members/{id}/restore': {
    post: transition(
      'Restore a member',
      'inactive → active (or pending when never approved); rejected → pending.'
    ),
  },
  '/admin/members/{id}/packages': {
    get: op({
      summary: "A member's packages",
      description: 'Takes no query parameters.',
      tags: packages,
      roles: ['admin'],
      response: s.array(s.ref('MemberPackage')),
      errors: [404, 422],
    }),
    post: op({
      summary: 'Assign a package',
      description:
        'Credits from the package\u2019s `session_count`; valid from `start_date` (default: today) for `duration_days` days.',
      tags: packages,
      roles: ['admin'],
      body: bodyOf(assignPackageValidator, {
        start_date: s.date({ description: 'Default: today (club time)' }),
      }),
      status: 201,
      response: s.ref('MemberPackage'),
      errors: [
        404,
        { status: 422, codes: ['MEMBER_NOT_ACTIVE', 'PACKAGE_INACTIVE', 'PACKAGE_ALREADY_ENDED'] },
      ],
    }),
  },
  '/admin/packages': {
    get: op({
      summary: 'Packages',
      tags: packages,
      roles: ['admin'],
      list: true,
      query: queryOf(listPackagesValidator, { list: true }),
      response: s.ref('AdminPackage'),
    }),
    post: op({
      summary: 'Create a package',
      tags: packages,
      roles: ['admin'],
      body: bodyOf(createPackageValidator),
      status: 201,
      response: s.ref('AdminPackage'),
    }),
  },
  '/admin/packages/{id}': {
    get: op({
      versioned: 'read',
      summary: 'One package',
      tags: packages,
      roles: ['admin'],
      response: s.ref('AdminPackage'),
      errors: [404],
    }),
    put: op({
      versioned: 'write',
      summary: 'Edit a package',
      description: 'Only future assignments change; assigned packages keep their credits.',
      tags: packages,
      roles: ['admin'],
      body: bodyOf(updatePackageValidator),
      response: s.ref('AdminPackage'),
      errors: [404],
    }),
    delete: op({
      summary: 'Delete a package',
      description: 'Deleted when nobody ever held it, otherwise archived (inactive).',
      tags: packages,
      roles: ['admin'],
      response: s.object({
        id: s.uuid(),
        outcome: s.enum(['deleted', 'archived']),
        package: s.nullable(s.ref('AdminPackage')),
      }),
      errors: [404],
    }),
  },
  '/admin/member-packages': {
    get: op({
      summary: 'Member packages',
      tags: packages,
      roles: ['admin'],
      list: true,
      query: queryOf(listMemberPackagesValidator, { list: true }),
      response: s.ref('MemberPackage'),
    }),
  },
  '/admin/member-packages/{id}': {
    get: op({
      summary: 'One member package',
      tags: packages,
      roles: ['admin'],
      response: s.ref('MemberPackage'),
      errors: [404],
    }),
  },
  '/training-sessions/{id}/invitations': {
    get: op({
      summary: "A session's invited audience",
      description:
        'For sessions whose audience is `invited`: only these members see the session and may be booked into it.',
      tags: attendance,
      roles: ['coach (own)', 'admin'],
      response: s.array(s.ref('SessionInvitation')),
      errors: [404],
    }),
    post: op({
      summary: 'Invite members',
      description:
        'Adds active members to the invited audience; inviting someone already invited changes nothing. Answers the whole list.',
      tags: attendance,
      roles: ['coach (own)', 'admin'],
      body: bodyOf(inviteMembersValidator),
      response: s.array(s.ref('SessionInvitation')),
      errors: [404, 422],
    }),
  },
  '/training-sessions/{id}/invitations/{member_id}': {
    delete: op({
      summary: 'Withdraw an invitation',
      description: 'A live booking of the member stays; cancel it separately.',
      tags: attendance,
      roles: ['coach (own)', 'admin'],
      response: s.object({ training_session_id: s.uuid(), member_id: s.uuid() }),
      errors: [404],
    }),
  },
  '/training-sessions/{id}/roster': {
    get: op({
      summary: "A session's roster",
      description:
        'Confirmed bookings with their attendance, the waitlist, and the totals attended / absent / not validated.',
      tags: attendance,
      roles: ['coach (own)', 'admin'],
      response: s.object({
        session: s.object({
          id: s.uuid(),
          title: s.string(),
          kind: s.string(),
          status: s.string(),
          date: s.date(),
          session_time: s.string(),
          starts_at: s.dateTime(),
          ends_at: s.dateTime(),
          capacity: s.integer(),
          booked_count: s.integer(),
          coach_id: s.uuid(),
        }),
        bookings: s.array(s.ref('RosterBooking')),
        waitlist: s.array(s.ref('WaitlistBooking')),
        total_bookings: s.integer(),
        attended: s.integer({ description: 'present + late' }),
        absent: s.integer(),
        excused: s.integer(),
        late: s.integer(),
        not_validated: s.integer(),
      }),
      errors: [404],
    }),
  },
  '/training-sessions/{id}/attendance/{member_id}': {
    put: op({
      summary: "Record one member's attendance",
      tags: attendance,
      roles: ['coach (own)', 'admin'],
      body: bodyOf(recordAttendanceValidator),
      response: s.ref('AttendanceRecord'),
      errors: attendanceErrors,
    }),
  },
  '/training-sessions/{id}/attendance': {
    put: op({
      summary: 'Record attendance for several members',
      description: 'All or nothing: one refused entry leaves nothing written.',
      tags: attendance,
      roles: ['coach (own)', 'admin'],
      body: bodyOf(recordBulkAttendanceValidator),
      response: s.array(s.ref('AttendanceRecord')),
      errors: attendanceErrors,
    }),
  },
  '/members/{id}/export': {
    get: op({
      summary: 'Everything the club holds about a member (data access right)',
      description:
        'UU PDP / GDPR: the member record, bookings with their sessions, attendance with notes and feedback, packages, invitations and the notifications about them, as one JSON document. Their parent and admins; others get a 404.',
      tags: members,
      roles: ['member (own)', 'admin'],
      response: s.object({
        exported_at: s.dateTime(),
        member: s.object(
          {},
          { additionalProperties: true, description: 'The member record with every field' }
        ),
        bookings: s.array(s.object({}, { additionalProperties: true })),
        attendances: s.array(s.object({}, { additionalProperties: true })),
        packages: s.array(s.object({}, { additionalProperties: true })),
        invitations: s.array(s.object({}, { additionalProperties: true })),
        notifications: s.array(s.object({}, { additionalProperties: true })),
      }),
      errors: [404],
    }),
  },
  '/members/{id}/erase': {
    post: op({
      summary: "Erase a member's personal data",
      description:
        "UU PDP / GDPR erasure, in one transaction: upcoming bookings are cancelled (credits and seats go back), invitations removed, and the record anonymised (name, birth date, school, contact, notes, coach notes and feedback, the names in notifications) while the rows stay for the club's counts. Needs `confirm: true`. Their parent and admins; a second erase is 409.",
      tags: members,
      roles: ['member (own)', 'admin'],
      body: bodyOf(eraseMemberValidator),
      response: s.ref('Member'),
      errors: [404, { status: 409, codes: ['INVALID_STATE_TRANSITION'] }, 422],
    }),
  },
  '/members/{id}/attendance': {
    get: (() => {
      const data = s.object({
        member: s.ref('MemberSummary'),
        summary: attendanceSummary(),
        history: s.array(s.ref('AttendanceHistoryEntry')),
      })
      const operation = op({
        summary: "A member's attendance history",
        description:
          "The member's account, coaches and admins; others get a 404. `meta` pages the history.",
        tags: attendance,
        query: queryOf(memberAttendanceValidator),
        response: data,
        errors: [404],
      })
      operation.responses['200'] = {
        description: 'OK',
        content: {
          'application/json': {
            schema: s.extend(s.envelope(data), { meta: s.ref('PageMeta') }),
          },
        },
      }
      return operation
    })(),
  },
  '/me/dashboard': {
    get: op({
      summary: "A parent's dashboard",
      description:
        'Every member with their quota (the active package in use) and credits left, the upcoming bookings, recent attendance and its statistics.',
      tags: dashboards,
      response: s.object({
        members: s.array(s.ref('MemberOverview')),
        upcoming_bookings: s.array(s.ref('Booking')),
        attendance: s.object({
          history: s.array(s.ref('AttendanceHistoryEntry')),
          statistics: attendanceSummary(),
        }),
        achievements: s.array(s.ref('Achievement'), {
          description: "The members' achievements whose date has come, newest first (seed 001)",
        }),
      }),
    }),
  },
  '/admin/dashboard': {
    get: op({
      summary: 'The admin dashboard',
      tags: dashboards,
      roles: ['admin'],
      response: s.object({
        statistics: s.object({
          pending_members: s.integer(),
          active_members: s.integer(),
          inactive_members: s.integer(),
          total_members: s.integer(),
          total_coaches: s.integer(),
          total_packages: s.integer(),
          active_member_packages: s.integer(),
          today_sessions: s.integer(),
          upcoming_bookings: s.integer(),
          waitlisted_bookings: s.integer(),
          total_news: s.integer({ description: 'News items in any state' }),
          total_achievements: s.integer(),
          active_chats: s.integer({ description: 'Open live chats' }),
        }),
        recent: s.object({
          pending_members: s.array(s.ref('AdminMember')),
        }),
        today_sessions: s.array(s.ref('TrainingSession')),
      }),
    }),
  },
  '/training-sessions/{id}/presences': {
    get: op({
      summary: 'Who is in an online session',
      description:
        "The whole audience (members with a confirmed booking), each `absent` until they join or are marked. For the session's coach, admins and its participants.",
      tags: attendance,
      roles: ['coach (own)', 'admin', 'participant'],
      list: true,
      response: s.ref('Presence'),
      errors: [404],
    }),
  },
  '/training-sessions/{id}/join': {
    post: op({
      summary: 'Join an online session',
      description:
        'Records the participant as present (the first join time is kept; the booking\u2019s credit is used once) and redirects to the meeting, from 15 minutes before the start to the end. `member_id` (query or body) picks the member when the account has several booked.',
      tags: attendance,
      roles: ['participant', 'admin'],
      query: { member_id: s.uuid() },
      responses: { 302: rawResponse('Redirect to the meeting URL (Location header)') },
      errors: [
        404,
        { status: 409, codes: ['JOIN_NOT_ONLINE'] },
        { status: 422, codes: ['JOIN_OUTSIDE_WINDOW'] },
      ],
    }),
  },
}
