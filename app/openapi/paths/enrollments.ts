import { op, s } from '../helpers.js'
import type { ApiArea } from '../types.js'
import { bodyOf, queryOf } from '../validators.js'
import {
  cancelEnrollmentValidator,
  createEnrollmentValidator,
  listEnrollmentsValidator,
  listMyEnrollmentsValidator,
  rejectEnrollmentValidator,
} from '#validators/enrollment'

/**
 * The public front door (seed 004 §5): the enrollment form, its status
 * check, and the staff's approvals
 */

const enrollments = ['enrollments']
const transitionErrors = [404, { status: 409, codes: ['INVALID_STATE_TRANSITION'] }]

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
    get: op({
      summary: 'Enrollments (staff)',
      description:
        'Filters: status, program, application date range (`from`/`to`, club days), search (child, guardian, email, WhatsApp, registration number). `status=pending` lists the oldest first.',
      tags: enrollments,
      roles: ['coach', 'admin'],
      list: true,
      query: queryOf(listEnrollmentsValidator, {
        list: true,
        overrides: { from: s.date(), to: s.date() },
      }),
      response: s.ref('StaffEnrollment'),
    }),
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
  '/enrollments/{id}': {
    get: op({
      summary: 'One enrollment',
      description:
        'Staff (admins, coaches) see the whole application (`StaffEnrollment`); the guardian\u2019s own account sees `Enrollment`; anyone else 404.',
      tags: enrollments,
      roles: ['owner', 'coach', 'admin'],
      response: { oneOf: [s.ref('StaffEnrollment'), s.ref('Enrollment')] },
      errors: [404],
    }),
  },
  '/enrollments/{id}/approve': {
    post: op({
      summary: 'Approve an enrollment',
      description: [
        'Pending only. In one transaction: refuses beyond the program\u2019s `max_students`',
        '(approved enrollments counted; concurrent approvals are serialised on the program),',
        'finds the guardian\u2019s account by email or creates it (invited by mail to set a',
        'password), links or creates the child\u2019s member (active) and records who decided.',
      ].join(' '),
      tags: enrollments,
      roles: ['admin'],
      response: s.ref('StaffEnrollment'),
      errors: [404, { status: 409, codes: ['INVALID_STATE_TRANSITION', 'ENROLLMENT_COURSE_FULL'] }],
    }),
  },
  '/enrollments/{id}/reject': {
    post: op({
      summary: 'Reject an enrollment',
      description: 'Pending only, with a reason the guardian is told.',
      tags: enrollments,
      roles: ['admin'],
      body: bodyOf(rejectEnrollmentValidator),
      response: s.ref('StaffEnrollment'),
      errors: transitionErrors,
    }),
  },
  '/enrollments/{id}/cancel': {
    post: op({
      summary: 'Cancel an enrollment',
      description:
        'Pending or approved; by the guardian\u2019s own account or an admin. The member record an approval made stays.',
      tags: enrollments,
      roles: ['owner', 'admin'],
      body: bodyOf(cancelEnrollmentValidator),
      response: { oneOf: [s.ref('StaffEnrollment'), s.ref('Enrollment')] },
      errors: transitionErrors,
    }),
  },
  '/me/enrollments': {
    get: op({
      summary: 'My enrollments',
      description: 'The applications sent from this account or linked to it by an approval.',
      tags: enrollments,
      list: true,
      query: queryOf(listMyEnrollmentsValidator, { list: true }),
      response: s.ref('Enrollment'),
    }),
  },
}
