import { op, s } from '../helpers.js'
import type { ApiArea } from '../types.js'
import { bodyOf } from '../validators.js'
import { createEnrollmentValidator } from '#validators/enrollment'

/**
 * The public front door (seed 004 §5): the enrollment form, its status
 * check, and the staff's approvals
 */

const enrollments = ['enrollments']

export const tags: ApiArea['tags'] = [
  {
    name: 'enrollments',
    description:
      'Applications from the public enrollment form: no account needed. Each gets a registration number REG-YYYY-MM-NNN (sequential per month in the club time zone). Staff approve, reject or cancel them.',
  },
]

export const schemas: ApiArea['schemas'] = {}

export const paths: ApiArea['paths'] = {
  '/enrollments': {
    post: op({
      summary: 'Enroll a child (public form)',
      description: [
        'No account needed (a signed-in parent\u2019s application is linked to their account).',
        'WhatsApp numbers are normalised to E.164 and must be Indonesian mobile numbers;',
        '`consent` must be true (its text and time are recorded); the program must be active;',
        'the same child (guardian email + name) may hold one pending or approved enrollment',
        'per program. `captcha_token` is required when a captcha verifier is configured.',
      ].join(' '),
      tags: enrollments,
      auth: 'optional',
      idempotent: true,
      body: bodyOf(createEnrollmentValidator, {
        wa_number: s.string({
          maxLength: 32,
          description: 'Indonesian mobile: 0812…, 812… or +62 812-…; answered as +62812…',
          example: '081234567890',
        }),
        consent: s.boolean({ const: true }),
        date_of_birth: s.optional(s.date()),
        start_date_target: s.optional(s.date({ description: 'Today or later' })),
        idempotency_key: s.string({
          maxLength: 255,
          description: 'Instead of the Idempotency-Key header',
        }),
      }),
      status: 201,
      response: s.ref('Enrollment'),
      errors: [
        404,
        { status: 409, codes: ['ENROLLMENT_ALREADY_EXISTS', 'IDEMPOTENCY_IN_PROGRESS'] },
        {
          status: 422,
          codes: ['ENROLLMENT_COURSE_INACTIVE', 'CAPTCHA_INVALID', 'IDEMPOTENCY_KEY_REUSED'],
        },
      ],
    }),
  },
  '/enrollments/status': {
    get: op({
      summary: 'Check an enrollment\u2019s status',
      description:
        'Both the guardian\u2019s email and the registration number must match; otherwise the same 404 ENROLLMENT_NOT_FOUND whichever is wrong. Rate limited per IP.',
      tags: enrollments,
      auth: false,
      requiredQuery: {
        email: s.email(),
        registration_number: s.string({ example: 'REG-2026-12-001' }),
      },
      response: s.ref('Enrollment'),
      errors: [404, 429],
    }),
  },
}
