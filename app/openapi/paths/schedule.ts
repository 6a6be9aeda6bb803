import { op, s } from '../helpers.js'
import type { ApiArea } from '../types.js'

/**
 * The schedule: programs, rooms, named slots, coaches, training sessions
 * and recurring series
 */

const programs = ['programs']
const rooms = ['rooms']
const slots = ['session-times']
const coaches = ['coaches']
const sessions = ['training-sessions']

const KINDS = ['training', 'coaching', 'mentoring'] as const
const STATUSES = ['scheduled', 'open', 'closed', 'ongoing', 'completed', 'cancelled'] as const
const LEVELS = ['beginner', 'intermediate', 'advanced'] as const
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

const instant = (description: string) =>
  s.string({
    description: `${description}. ISO 8601; without an offset it is read in the club's time zone.`,
    example: '2030-03-10T09:00:00+07:00',
  })
const bound = (description: string) =>
  s.string({
    description: `${description}: a date YYYY-MM-DD (the whole local day) or an ISO 8601 instant`,
    example: '2030-03-10',
  })

const conflictError = {
  status: 409,
  codes: ['SCHEDULE_CONFLICT'],
  description:
    'The coach or the room already holds an overlapping session (or the coach already has this slot on this date). `data` names it: `{ reason: coach|room|slot, conflict: { id, title, starts_at, ends_at } }`',
}

const programFields = {
  description: s.optional(s.nullable(s.string({ maxLength: 5000 }))),
  category: s.optional(s.nullable(s.string({ maxLength: 100, example: 'Archery' }))),
  level: s.optional(s.enum(LEVELS)),
  session_minutes: s.optional(s.nullable(s.integer({ minimum: 5, maximum: 1440 }))),
  duration_hours: s.optional(s.nullable(s.integer({ minimum: 1 }))),
  price_per_session: s.optional(
    s.integer({ minimum: 0, description: 'Whole rupiah', example: 150000 })
  ),
  max_students: s.optional(s.nullable(s.integer({ minimum: 1, maximum: 1000 }))),
  image_url: s.optional(s.nullable(s.url({ maxLength: 2048 }))),
  status: s.optional(s.enum(['active', 'inactive'])),
}

const sessionDetails = {
  description: s.optional(s.nullable(s.string({ maxLength: 5000 }))),
  delivery: s.optional(s.enum(['onsite', 'online'], { description: 'online needs meeting_url' })),
  location: s.optional(s.nullable(s.string({ maxLength: 255 }))),
  meeting_url: s.optional(s.nullable(s.url({ maxLength: 2048 }))),
  meeting_platform: s.optional(s.nullable(s.string({ maxLength: 40, example: 'zoom' }))),
  meeting_password: s.optional(s.nullable(s.string({ maxLength: 120 }))),
  audience: s.optional(s.enum(['public', 'members', 'invited'])),
  waitlist_enabled: s.optional(s.boolean()),
}

const coachingDetails = {
  classification: s.optional(s.nullable(s.string({ maxLength: 80, example: 'go_digital' }))),
  stage: s.optional(s.nullable(s.string({ maxLength: 80, example: 'regional' }))),
  region: s.optional(s.nullable(s.string({ maxLength: 120 }))),
}

const sessionFields = {
  title: s.optional(
    s.string({ minLength: 2, maxLength: 160, description: 'Default: the program name' })
  ),
  program_id: s.optional(s.nullable(s.uuid({ description: 'An active program' }))),
  coach_id: s.optional(
    s.uuid({
      description: 'An active coach; a coach may leave it out (themselves), an admin must name one',
    })
  ),
  room_id: s.optional(s.nullable(s.uuid())),
  session_time_id: s.optional(
    s.uuid({ description: 'A named slot; with `date` instead of starts_at/ends_at' })
  ),
  date: s.optional(
    s.date({ description: 'Local date of the slot (required with session_time_id)' })
  ),
  starts_at: s.optional(instant('Start (required without session_time_id); must be in the future')),
  ends_at: s.optional(instant('End, after the start, at most 24 hours later')),
  capacity: s.optional(
    s.integer({
      minimum: 1,
      maximum: 500,
      description:
        'Seats (a mentoring slot’s quota); at most the room’s capacity. Default: the program’s max_students, else the room’s capacity, else 1',
    })
  ),
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
  ProgramDetail: {
    allOf: [s.ref('Program'), s.object({ upcoming_sessions: s.array(s.ref('TrainingSession')) })],
  },
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
    most_popular_programs: s.array(
      s.object({
        program_id: s.uuid(),
        name: s.string(),
        code: s.string(),
        session_count: s.integer(),
        seats_booked: s.integer(),
      })
    ),
  }),
  SessionSeries: s.object({
    id: s.uuid(),
    kind: s.enum(KINDS),
    title: s.string(),
    status: s.enum(['active', 'cancelled']),
    program_id: s.nullable(s.uuid()),
    coach_id: s.uuid(),
    room_id: s.nullable(s.uuid()),
    session_time_id: s.nullable(s.uuid()),
    weekdays: s.array(s.enum(WEEKDAYS)),
    start_time: s.time(),
    end_time: s.time(),
    starts_on: s.date(),
    ends_on: s.date(),
    timezone: s.string({ example: 'Asia/Jakarta' }),
    capacity: s.integer(),
    delivery: s.enum(['onsite', 'online']),
    location: s.nullable(s.string()),
    meeting_platform: s.nullable(s.string()),
    meeting_url: s.optional(s.nullable(s.url())),
    meeting_password: s.optional(s.nullable(s.string())),
    audience: s.enum(['public', 'members', 'invited']),
    waitlist_enabled: s.boolean(),
    cancelled_at: s.nullable(s.dateTime()),
    created_at: s.dateTime(),
    updated_at: s.dateTime(),
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
    ...(action === 'cancel'
      ? { body: s.object({ reason: s.optional(s.string({ maxLength: 500 })) }) }
      : {}),
    response: s.ref('TrainingSession'),
    errors: [404, { status: 409, codes: ['INVALID_STATE_TRANSITION'] }],
  })

export const paths: ApiArea['paths'] = {
  '/programs': {
    get: op({
      summary: 'List programs (the public sees active ones)',
      tags: programs,
      auth: 'optional',
      list: true,
      query: {
        level: s.enum(LEVELS),
        category: s.string({ maxLength: 100 }),
        status: s.enum(['active', 'inactive'], { description: 'Admins only see inactive ones' }),
      },
      response: s.ref('Program'),
    }),
    post: op({
      summary: 'Create a program',
      tags: programs,
      roles: ['admin'],
      body: s.object({
        name: s.string({ minLength: 2, maxLength: 160 }),
        code: s.string({
          maxLength: 50,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
          description: 'Unique regardless of case',
        }),
        ...programFields,
      }),
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
      body: s.object({
        name: s.optional(s.string({ minLength: 2, maxLength: 160 })),
        code: s.optional(s.string({ maxLength: 50 })),
        ...programFields,
      }),
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
      summary: 'A room',
      tags: rooms,
      roles: ['coach', 'admin'],
      response: s.ref('Room'),
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
      body: s.object({
        label: s.string({ maxLength: 60, description: 'Unique regardless of case' }),
        start_time: s.time(),
        end_time: s.time({ description: 'After start_time' }),
      }),
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
      body: s.object({
        label: s.optional(s.string({ maxLength: 60 })),
        start_time: s.optional(s.time()),
        end_time: s.optional(s.time()),
      }),
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
      query: { from: bound('Not before'), to: bound('Not after') },
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
        coach: {
          allOf: [s.ref('Coach'), s.object({ phone: s.nullable(s.string()) })],
        },
        statistics: s.object({
          today_sessions: s.integer(),
          upcoming_sessions: s.integer(),
          total_sessions: s.integer(),
        }),
        today_sessions: s.array(s.ref('TrainingSession')),
        upcoming_sessions: s.array(s.ref('TrainingSession')),
      }),
    }),
  },
  '/admin/coaches': {
    get: op({
      summary: 'Coach accounts',
      tags: coaches,
      roles: ['admin'],
      list: true,
      query: { status: s.enum(['active', 'inactive', 'suspended']) },
      response: s.ref('CoachAccount'),
    }),
    post: op({
      summary: 'Create a coach account and profile',
      tags: coaches,
      roles: ['admin'],
      body: s.object({
        name: s.string({ minLength: 2, maxLength: 120 }),
        email: s.email(),
        password: s.string({
          minLength: 8,
          maxLength: 72,
          description: 'A letter and a digit at least',
        }),
        phone: s.optional(s.nullable(s.string({ maxLength: 32 }))),
        bio: s.optional(s.nullable(s.string({ maxLength: 5000 }))),
        specialization: s.optional(s.nullable(s.string({ maxLength: 160 }))),
      }),
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
      body: s.object({
        name: s.optional(s.string({ minLength: 2, maxLength: 120 })),
        email: s.optional(s.email()),
        password: s.optional(s.string({ minLength: 8, maxLength: 72 })),
        status: s.optional(s.enum(['active', 'inactive', 'suspended'])),
        phone: s.optional(s.nullable(s.string({ maxLength: 32 }))),
        bio: s.optional(s.nullable(s.string({ maxLength: 5000 }))),
        specialization: s.optional(s.nullable(s.string({ maxLength: 160 }))),
      }),
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
        'Visitors see public sessions that are scheduled or open; members also members-only ones; staff everything. Meeting link and password only for staff.',
      tags: sessions,
      auth: 'optional',
      list: true,
      query: {
        kind: s.enum(KINDS),
        status: s.enum(STATUSES),
        program_id: s.uuid(),
        coach_id: s.uuid(),
        room_id: s.uuid(),
        series_id: s.uuid(),
        from: bound('Sessions ending after'),
        to: bound('Sessions starting until'),
      },
      response: s.ref('TrainingSession'),
    }),
    post: op({
      summary: 'Create a training session (a coach for themselves, an admin for any coach)',
      tags: sessions,
      roles: ['coach', 'admin'],
      body: s.object({
        kind: s.optional(s.enum(KINDS)),
        status: s.optional(
          s.enum(['scheduled', 'open'], { description: 'open publishes it for booking' })
        ),
        ...sessionFields,
        ...sessionDetails,
        ...coachingDetails,
      }),
      response: s.ref('TrainingSession'),
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
      response: s.ref('TrainingSession'),
      errors: [404],
    }),
    patch: op({
      versioned: 'write',
      summary: 'Edit a scheduled, open or closed session',
      tags: sessions,
      roles: ['coach (own)', 'admin'],
      body: s.object({ ...sessionFields, ...sessionDetails, ...coachingDetails }),
      response: s.ref('TrainingSession'),
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
      body: s.object({
        kind: s.optional(s.enum(KINDS)),
        title: s.optional(s.string({ minLength: 2, maxLength: 160 })),
        program_id: s.optional(s.nullable(s.uuid())),
        coach_id: s.optional(s.uuid()),
        room_id: s.optional(s.nullable(s.uuid())),
        session_time_id: s.optional(
          s.uuid({ description: 'Takes its times when start_time/end_time are left out' })
        ),
        weekdays: s.array(s.enum(WEEKDAYS), { minItems: 1, maxItems: 7, uniqueItems: true }),
        start_time: s.optional(s.time()),
        end_time: s.optional(s.time()),
        starts_on: s.date({ description: 'Not before today' }),
        ends_on: s.date({ description: 'At most 366 days after starts_on' }),
        timezone: s.optional(s.string({ example: 'Asia/Jakarta' })),
        capacity: s.optional(s.integer({ minimum: 1, maximum: 500 })),
        status: s.optional(s.enum(['scheduled', 'open'])),
        on_conflict: s.optional(s.enum(['fail', 'skip'])),
        ...sessionDetails,
      }),
      response: s.object({
        series: s.ref('SessionSeries'),
        created: s.array(s.ref('TrainingSession')),
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
      response: {
        allOf: [
          s.ref('SessionSeries'),
          s.object({ occurrences: s.object({}, { additionalProperties: s.integer() }) }),
        ],
      },
      errors: [404],
    }),
    patch: op({
      versioned: 'write',
      summary: 'Edit a series: every future occurrence changes, past ones stay',
      tags: sessions,
      roles: ['coach (own)', 'admin'],
      body: s.object({
        title: s.optional(s.string({ minLength: 2, maxLength: 160 })),
        coach_id: s.optional(s.uuid()),
        room_id: s.optional(s.nullable(s.uuid())),
        start_time: s.optional(s.time({ description: 'With end_time' })),
        end_time: s.optional(s.time({ description: 'With start_time' })),
        capacity: s.optional(s.integer({ minimum: 1, maximum: 500 })),
        ...sessionDetails,
      }),
      response: s.object({
        series: s.ref('SessionSeries'),
        updated: s.array(s.ref('TrainingSession')),
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
      body: s.object({ reason: s.optional(s.string({ maxLength: 500 })) }),
      response: s.object({
        series: s.ref('SessionSeries'),
        cancelled: s.array(s.ref('TrainingSession')),
      }),
      errors: [404, { status: 409, codes: ['SCHEDULE_NOT_EDITABLE'] }],
    }),
  },
}
