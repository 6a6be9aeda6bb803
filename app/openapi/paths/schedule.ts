import { op, s } from '../helpers.js'
import { bodyOf, queryOf } from '../validators.js'
import type { ApiArea } from '../types.js'
import {
  createProgramValidator,
  listProgramsValidator,
  updateProgramValidator,
} from '#validators/program'
import { createSessionTimeValidator, updateSessionTimeValidator } from '#validators/session_time'
import {
  coachSlotsValidator,
  createCoachValidator,
  listCoachesValidator,
  updateCoachValidator,
} from '#validators/coach'
import {
  cancelTrainingSessionValidator,
  createTrainingSessionValidator,
  listTrainingSessionsValidator,
  updateTrainingSessionValidator,
} from '#validators/training_session'
import {
  cancelSessionSeriesValidator,
  createSessionSeriesValidator,
  updateSessionSeriesValidator,
} from '#validators/session_series'

/**
 * The schedule: programs, rooms, named slots, coaches, training sessions
 * and recurring series
 */

const programs = ['programs']
const rooms = ['rooms']
const slots = ['session-times']
const coaches = ['coaches']
const sessions = ['training-sessions']

const INSTANT = "ISO 8601; without an offset it is read in the club's time zone"
const BOUND = 'a date YYYY-MM-DD (the whole local day) or an ISO 8601 instant'

const PROGRAM_NOTES = {
  code: 'Unique regardless of case',
  price_per_session: 'Whole rupiah',
}
const SLOT_NOTES = { start_time: 'HH:mm, club time', end_time: 'HH:mm, club time, after the start' }
const COACH_NOTES = {
  password: 'A letter and a digit at least',
  specialization: "A mentor's field",
}
const SESSION_QUERY_NOTES = {
  from: `Sessions ending after: ${BOUND}`,
  to: `Sessions starting until: ${BOUND}`,
  cursor: 'meta.next_cursor of the previous answer: the rows after it (not with page)',
}
const SESSION_NOTES = {
  title: 'Default: the program name',
  program_id: 'An active program',
  coach_id: 'An active coach; a coach may leave it out (themselves), an admin must name one',
  room_id: 'An existing room',
  session_time_id: 'A named slot; with `date` instead of starts_at/ends_at',
  date: 'Local date of the slot (required with session_time_id)',
  starts_at: `Start (required without session_time_id); must be in the future. ${INSTANT}`,
  ends_at: `End, after the start, at most 24 hours later. ${INSTANT}`,
  capacity:
    'Seats (a mentoring slot’s quota); at most the room’s capacity. Default: the program’s max_students, else the room’s capacity, else 1',
  delivery: 'online needs meeting_url',
  status: 'open publishes it for booking',
}
const SERIES_NOTES = {
  coach_id: SESSION_NOTES.coach_id,
  session_time_id: 'Takes its times when start_time/end_time are left out',
  start_time: 'HH:mm in `timezone`; required without session_time_id (on edit: with end_time)',
  end_time: 'HH:mm in `timezone`; required without session_time_id (on edit: with start_time)',
  starts_on: 'Not before today',
  ends_on: 'At most 366 days after starts_on',
  timezone: "An IANA time zone; default: the club's",
  delivery: SESSION_NOTES.delivery,
}

/**
 * A session as the viewer may see it: with the meeting link and password
 * for staff (and a session's participants), without for everyone else
 */
const sessionForViewer = {
  anyOf: [s.ref('TrainingSessionWithMeeting'), s.ref('TrainingSession')],
}

const conflictError = {
  status: 409,
  codes: ['SCHEDULE_CONFLICT'],
  description:
    'The coach or the room already holds an overlapping session (or the coach already has this slot on this date). `data` names it: `{ reason: coach|room|slot, conflict: { id, title, starts_at, ends_at } }`',
}

export const tags: ApiArea['tags'] = [
  { name: 'programs', description: 'The catalogue (seeds: course, program)' },
  { name: 'rooms', description: 'Places sessions happen in' },
  { name: 'session-times', description: 'Named daily slots coaches create sessions from' },
  { name: 'coaches', description: 'Coach profiles, mentoring slots, coach accounts and dashboard' },
  {
    name: 'training-sessions',
    description:
      'The schedule (seeds: session, schedule, coaching, mentor slot). Live updates on the Transmit channels `training-sessions` and `training-sessions/{id}`.',
  },
]

export const schemas: ApiArea['schemas'] = {
  ProgramStats: s.object({
    total_programs: s.integer(),
    active_programs: s.integer(),
    inactive_programs: s.integer(),
    programs_by_level: s.object({
      beginner: s.integer(),
      intermediate: s.integer(),
      advanced: s.integer(),
    }),
    total_sessions: s.integer({ description: 'Non-cancelled sessions of any program' }),
    upcoming_sessions: s.integer(),
    seats_booked: s.integer(),
    total_enrollments: s.integer({
      description: 'Applications in the enrollments table, any status',
    }),
    enrollments_by_status: s.object({
      pending: s.integer(),
      approved: s.integer(),
      rejected: s.integer(),
      cancelled: s.integer(),
    }),
    most_popular_programs: s.array(
      s.object({
        program_id: s.uuid(),
        name: s.string(),
        code: s.string(),
        session_count: s.integer(),
        seats_booked: s.integer(),
        enrollment_count: s.integer({ description: 'Applications to the program, any status' }),
      })
    ),
  }),
  SkippedOccurrence: s.object({
    date: s.date(),
    starts_at: s.dateTime(),
    ends_at: s.dateTime(),
    reason: s.enum(['past', 'coach_conflict', 'room_conflict', 'slot_conflict']),
    conflict: s.nullable(
      s.object({
        id: s.uuid(),
        title: s.string(),
        starts_at: s.dateTime(),
        ends_at: s.dateTime(),
        coach_id: s.uuid(),
        room_id: s.nullable(s.uuid()),
      })
    ),
  }),
}

const transition = (action: string, from: string, to: string) =>
  op({
    summary: `${action[0].toUpperCase()}${action.slice(1)} a session (${from} → ${to})`,
    tags: sessions,
    roles: ['coach (own)', 'admin'],
    ...(action === 'cancel' ? { body: bodyOf(cancelTrainingSessionValidator) } : {}),
    response: sessionForViewer,
    errors: [404, { status: 409, codes: ['INVALID_STATE_TRANSITION'] }],
  })

export const paths: ApiArea['paths'] = {
  '/programs': {
    get: op({
      summary: 'List programs (the public sees active ones)',
      tags: programs,
      auth: 'optional',
      list: true,
      query: queryOf(listProgramsValidator, {
        list: true,
        notes: { status: 'Admins only see inactive ones' },
      }),
      response: s.ref('Program'),
    }),
    post: op({
      summary: 'Create a program',
      tags: programs,
      roles: ['admin'],
      body: bodyOf(createProgramValidator, {}, PROGRAM_NOTES),
      response: s.ref('Program'),
      status: 201,
    }),
  },
  '/programs/stats': {
    get: op({
      summary: 'Program statistics',
      tags: programs,
      roles: ['admin'],
      response: s.ref('ProgramStats'),
    }),
  },
  '/programs/{id}': {
    get: op({
      versioned: 'read',
      summary: 'A program with its upcoming sessions and seats left',
      tags: programs,
      auth: 'optional',
      response: s.ref('ProgramDetail'),
      errors: [404],
    }),
    put: op({
      versioned: 'write',
      summary: 'Update a program (every field optional)',
      tags: programs,
      roles: ['admin'],
      body: bodyOf(updateProgramValidator, {}, PROGRAM_NOTES),
      response: s.ref('Program'),
      errors: [404],
    }),
    delete: op({
      summary: 'Delete a program nothing refers to',
      tags: programs,
      roles: ['admin'],
      errors: [404, { status: 409, codes: ['PROGRAM_IN_USE'] }],
    }),
  },

  '/rooms': {
    get: op({
      summary: 'List rooms',
      tags: rooms,
      roles: ['coach', 'admin'],
      list: true,
      response: s.ref('Room'),
    }),
    post: op({
      summary: 'Create a room',
      tags: rooms,
      roles: ['admin'],
      body: s.object({
        name: s.string({ maxLength: 120, description: 'Unique regardless of case' }),
        capacity: s.optional(s.nullable(s.integer({ minimum: 1, maximum: 1000 }))),
        description: s.optional(s.nullable(s.string({ maxLength: 2000 }))),
      }),
      response: s.ref('Room'),
      status: 201,
    }),
  },
  '/rooms/{id}': {
    get: op({
      versioned: 'read',
      summary: 'A room with its upcoming sessions',
      tags: rooms,
      roles: ['coach', 'admin'],
      response: s.ref('RoomDetail'),
      errors: [404],
    }),
    put: op({
      versioned: 'write',
      summary: 'Update a room',
      tags: rooms,
      roles: ['admin'],
      body: s.object({
        name: s.optional(s.string({ maxLength: 120 })),
        capacity: s.optional(s.nullable(s.integer({ minimum: 1, maximum: 1000 }))),
        description: s.optional(s.nullable(s.string({ maxLength: 2000 }))),
      }),
      response: s.ref('Room'),
      errors: [404],
    }),
    delete: op({
      summary: 'Delete a room no session uses',
      tags: rooms,
      roles: ['admin'],
      errors: [404, { status: 409, codes: ['ROOM_IN_USE'] }],
    }),
  },

  '/session-times': {
    get: op({
      summary: 'List named slots',
      tags: slots,
      list: true,
      response: s.ref('SessionTime'),
    }),
    post: op({
      summary: 'Create a named slot',
      tags: slots,
      roles: ['admin'],
      body: bodyOf(createSessionTimeValidator, {}, SLOT_NOTES),
      response: s.ref('SessionTime'),
      status: 201,
    }),
  },
  '/session-times/{id}': {
    get: op({
      versioned: 'read',
      summary: 'A named slot',
      tags: slots,
      response: s.ref('SessionTime'),
      errors: [404],
    }),
    put: op({
      versioned: 'write',
      summary: 'Update a named slot (sessions made from it keep their times)',
      tags: slots,
      roles: ['admin'],
      body: bodyOf(updateSessionTimeValidator, {}, SLOT_NOTES),
      response: s.ref('SessionTime'),
      errors: [404],
    }),
    delete: op({ summary: 'Delete a named slot', tags: slots, roles: ['admin'], errors: [404] }),
  },

  '/coaches': {
    get: op({
      summary: 'Public coach profiles',
      tags: coaches,
      auth: false,
      list: true,
      response: s.ref('Coach'),
    }),
  },
  '/coaches/{id}': {
    get: op({
      summary: 'A coach profile',
      tags: coaches,
      auth: false,
      response: s.ref('Coach'),
      errors: [404],
    }),
  },
  '/coaches/{id}/slots': {
    get: op({
      summary: "A coach's future open mentoring slots (seed 002: a mentor's available sessions)",
      tags: coaches,
      auth: false,
      list: true,
      query: queryOf(coachSlotsValidator, {
        list: true,
        notes: {
          from: 'Not before: a date YYYY-MM-DD or an ISO 8601 instant',
          to: 'Not after: a date YYYY-MM-DD or an ISO 8601 instant',
        },
      }),
      response: s.ref('TrainingSession'),
      errors: [404],
    }),
  },
  '/coach/dashboard': {
    get: op({
      summary: "A coach's sessions today, what comes next, and totals",
      tags: coaches,
      roles: ['coach'],
      response: s.object({
        coach: s.ref('CoachSelf'),
        statistics: s.object({
          today_sessions: s.integer(),
          upcoming_sessions: s.integer(),
          total_sessions: s.integer(),
        }),
        today_sessions: s.array(s.ref('TrainingSessionWithMeeting')),
        upcoming_sessions: s.array(s.ref('TrainingSessionWithMeeting')),
      }),
    }),
  },
  '/admin/coaches': {
    get: op({
      summary: 'Coach accounts',
      tags: coaches,
      roles: ['admin'],
      list: true,
      query: queryOf(listCoachesValidator, { list: true }),
      response: s.ref('CoachAccount'),
    }),
    post: op({
      summary: 'Create a coach account and profile',
      tags: coaches,
      roles: ['admin'],
      body: bodyOf(createCoachValidator, {}, COACH_NOTES),
      response: s.ref('CoachAccount'),
      status: 201,
    }),
  },
  '/admin/coaches/{id}': {
    get: op({
      versioned: 'read',
      summary: 'A coach account',
      tags: coaches,
      roles: ['admin'],
      response: s.ref('CoachAccount'),
      errors: [404],
    }),
    put: op({
      versioned: 'write',
      summary: 'Update a coach (a new password or leaving active signs them out)',
      tags: coaches,
      roles: ['admin'],
      body: bodyOf(updateCoachValidator, {}, COACH_NOTES),
      response: s.ref('CoachAccount'),
      errors: [404],
    }),
    delete: op({
      summary: 'Deactivate a coach and revoke their tokens',
      tags: coaches,
      roles: ['admin'],
      response: s.ref('CoachAccount'),
      errors: [404],
    }),
  },

  '/training-sessions': {
    get: op({
      summary: 'The schedule, ordered by start',
      description:
        'Visitors see public sessions that are scheduled or open and have not ended; members also members-only ones; staff everything. Meeting link and password only for staff. Page by number (the count stops at 10,000: see `total_items_is_lower_bound`) or by `cursor` (from `meta.next_cursor`; the answer then carries CursorMeta and no count).',
      tags: sessions,
      auth: 'optional',
      list: true,
      cursor: true,
      query: queryOf(listTrainingSessionsValidator, { list: true, notes: SESSION_QUERY_NOTES }),
      response: sessionForViewer,
    }),
    post: op({
      summary: 'Create a training session (a coach for themselves, an admin for any coach)',
      tags: sessions,
      roles: ['coach', 'admin'],
      body: bodyOf(createTrainingSessionValidator, {}, SESSION_NOTES),
      response: sessionForViewer,
      status: 201,
      errors: [
        conflictError,
        { status: 422, codes: ['SCHEDULE_PAST_TIME', 'SCHEDULE_ROOM_TOO_SMALL'] },
      ],
    }),
  },
  '/training-sessions/{id}': {
    get: op({
      versioned: 'read',
      summary: 'A training session',
      tags: sessions,
      auth: 'optional',
      response: sessionForViewer,
      errors: [404],
    }),
    patch: op({
      versioned: 'write',
      summary: 'Edit a scheduled, open or closed session',
      tags: sessions,
      roles: ['coach (own)', 'admin'],
      body: bodyOf(updateTrainingSessionValidator, {}, SESSION_NOTES),
      response: sessionForViewer,
      errors: [
        404,
        conflictError,
        { status: 409, codes: ['SCHEDULE_NOT_EDITABLE'] },
        { status: 422, codes: ['SCHEDULE_PAST_TIME', 'SCHEDULE_CAPACITY_BELOW_BOOKED'] },
      ],
    }),
    delete: op({
      summary: 'Delete a session nobody booked (otherwise cancel it)',
      description: [
        'Admins delete any session nobody booked; a coach deletes their own mentoring slots',
        '(kind `mentoring`) the same way. Training and coaching sessions are for admins to delete;',
        'a coach cancels them. A booked session is 409 `SCHEDULE_CANNOT_DELETE` for everyone.',
      ].join(' '),
      tags: sessions,
      roles: ['coach (own mentoring slot)', 'admin'],
      errors: [404, { status: 409, codes: ['SCHEDULE_CANNOT_DELETE'] }],
    }),
  },
  '/training-sessions/{id}/open': { post: transition('open', 'scheduled', 'open') },
  '/training-sessions/{id}/close': { post: transition('close', 'open', 'closed') },
  '/training-sessions/{id}/start': { post: transition('start', 'closed', 'ongoing') },
  '/training-sessions/{id}/complete': { post: transition('complete', 'ongoing', 'completed') },
  '/training-sessions/{id}/cancel': {
    post: transition('cancel', 'scheduled|open|closed|ongoing', 'cancelled'),
  },
  '/training-sessions/series': {
    post: op({
      summary: 'Create a recurring series and its occurrences',
      description:
        'Local times in `timezone` (default: the club’s) stay the same on every date. With on_conflict=fail (default) a clash or a past occurrence refuses the whole batch; with skip those dates are left out and listed in `skipped`.',
      tags: sessions,
      roles: ['coach', 'admin'],
      body: bodyOf(createSessionSeriesValidator, {}, SERIES_NOTES),
      response: s.object({
        series: s.ref('SessionSeriesWithMeeting'),
        created: s.array(s.ref('TrainingSessionWithMeeting')),
        skipped: s.array(s.ref('SkippedOccurrence')),
      }),
      status: 201,
      errors: [conflictError, { status: 422, codes: ['SCHEDULE_PAST_TIME'] }],
    }),
  },
  '/training-sessions/series/{id}': {
    get: op({
      versioned: 'read',
      summary: 'A series: its rule and its occurrences by status',
      tags: sessions,
      roles: ['coach (own)', 'admin'],
      response: s.ref('SessionSeriesDetail'),
      errors: [404],
    }),
    patch: op({
      versioned: 'write',
      summary: 'Edit a series: every future occurrence changes, past ones stay',
      tags: sessions,
      roles: ['coach (own)', 'admin'],
      body: bodyOf(updateSessionSeriesValidator, {}, SERIES_NOTES),
      response: s.object({
        series: s.ref('SessionSeriesWithMeeting'),
        updated: s.array(s.ref('TrainingSessionWithMeeting')),
      }),
      errors: [
        404,
        conflictError,
        { status: 409, codes: ['SCHEDULE_NOT_EDITABLE'] },
        { status: 422, codes: ['SCHEDULE_PAST_TIME', 'SCHEDULE_CAPACITY_BELOW_BOOKED'] },
      ],
    }),
  },
  '/training-sessions/series/{id}/cancel': {
    post: op({
      summary: 'Cancel a series and its future occurrences',
      tags: sessions,
      roles: ['coach (own)', 'admin'],
      body: bodyOf(cancelSessionSeriesValidator),
      response: s.object({
        series: s.ref('SessionSeriesWithMeeting'),
        cancelled: s.array(s.ref('TrainingSessionWithMeeting')),
      }),
      errors: [404, { status: 409, codes: ['SCHEDULE_NOT_EDITABLE'] }],
    }),
  },
}
