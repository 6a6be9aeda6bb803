import { type SchemaRules } from '@adonisjs/lucid/types/schema_generator'

/**
 * Types the generator cannot guess: citext is text, and enum columns get
 * their union of values.
 */
const oneOf = (...values: string[]) => ({
  tsType: values.map((value) => `'${value}'`).join(' | '),
  decorator: '@column()',
})

export default {
  types: {
    'citext': { tsType: 'string', decorator: '@column()' },
    'USER-DEFINED': { tsType: 'string', decorator: '@column()' },
  },
  tables: {
    achievements: {
      columns: {
        type: oneOf('member', 'club'),
      },
    },
    audit_logs: {
      columns: {
        source: oneOf('http', 'console', 'system'),
        action: oneOf('create', 'update', 'delete'),
        changes: {
          tsType: 'Record<string, { before?: unknown; after?: unknown }>',
          decorator: '@column()',
        },
      },
    },
    users: {
      columns: {
        role: oneOf('admin', 'coach', 'member'),
        status: oneOf('active', 'inactive', 'suspended'),
        locale: oneOf('id', 'en'),
      },
    },
    programs: {
      columns: {
        level: oneOf('beginner', 'intermediate', 'advanced'),
        status: oneOf('active', 'inactive'),
      },
    },
    session_series: {
      columns: {
        kind: oneOf('training', 'coaching', 'mentoring'),
        weekdays: { tsType: 'number[]', decorator: '@column()' },
        delivery: oneOf('onsite', 'online'),
        audience: oneOf('public', 'members', 'invited'),
        status: oneOf('active', 'cancelled'),
      },
    },
    training_sessions: {
      columns: {
        kind: oneOf('training', 'coaching', 'mentoring'),
        status: oneOf('scheduled', 'open', 'closed', 'ongoing', 'completed', 'cancelled'),
        delivery: oneOf('onsite', 'online'),
        audience: oneOf('public', 'members', 'invited'),
      },
    },
    members: {
      columns: {
        relationship: oneOf('self', 'child'),
        status: oneOf('pending', 'active', 'inactive', 'rejected'),
      },
    },
    packages: {
      columns: {
        status: oneOf('active', 'inactive'),
      },
    },
    member_packages: {
      columns: {
        status: oneOf('active', 'expired', 'exhausted', 'cancelled'),
      },
    },
    bookings: {
      columns: {
        status: oneOf('confirmed', 'waitlisted', 'cancelled'),
      },
    },
    attendances: {
      columns: {
        status: oneOf('present', 'absent', 'excused', 'late'),
      },
    },
    notifications: {
      columns: {
        type: oneOf(
          'member_approved',
          'member_rejected',
          'booking_confirmed',
          'booking_waitlisted',
          'waitlist_promoted',
          'session_cancelled',
          'session_reminder',
          'enrollment_created',
          'enrollment_approved',
          'enrollment_rejected',
          'enrollment_cancelled'
        ),
        params: { tsType: 'Record<string, string | number>', decorator: '@column()' },
        data: { tsType: 'Record<string, string | null>', decorator: '@column()' },
      },
    },
    enrollments: {
      columns: {
        status: oneOf('pending', 'approved', 'rejected', 'cancelled'),
        experience_level: oneOf('beginner', 'intermediate', 'advanced'),
        preferred_days: { tsType: 'string[]', decorator: '@column()' },
        locale: oneOf('id', 'en'),
      },
    },
    chat_sessions: {
      columns: {
        status: oneOf('open', 'closed'),
        tags: { tsType: 'string[]', decorator: '@column()' },
        locale: oneOf('id', 'en'),
      },
    },
    chat_messages: {
      columns: {
        role: oneOf('user', 'assistant', 'system'),
      },
    },
  },
} satisfies SchemaRules
