import { op, s } from '../helpers.js'
import type { ApiArea } from '../types.js'
import { bodyOf, queryOf } from '../validators.js'
import { createUserValidator, listUsersValidator, updateUserValidator } from '#validators/user'
import { listAuditLogsValidator } from '#validators/audit_log'

const tag = ['accounts']

export const tags: ApiArea['tags'] = [
  { name: 'accounts', description: 'Accounts managed by admins (seed 003 admin users).' },
  { name: 'audit', description: 'The audit trail of staff writes.' },
]

export const schemas: ApiArea['schemas'] = {
  UserStats: s.object({
    total: s.integer(),
    by_role: s.object({ admin: s.integer(), coach: s.integer(), member: s.integer() }),
    by_status: s.object({ active: s.integer(), inactive: s.integer(), suspended: s.integer() }),
    pending_approvals: s.integer({ description: 'Members waiting for an admin’s approval' }),
    new_registrations_this_month: s.integer({
      description: 'Accounts created since the first of this month, club time',
    }),
  }),
  AdminUserInput: bodyOf(createUserValidator),
  AdminUserPatch: bodyOf(updateUserValidator),
}

export const paths: ApiArea['paths'] = {
  '/admin/audit-logs': {
    get: op({
      summary: 'The audit trail',
      description:
        'Every create, update and delete by staff (portal, API) and by ace commands, newest first: the actor, the changed fields before and after (secrets redacted), ip and request id. Filter by actor, subject, action, source and local dates; search matches the actor name or the subject id. Append-only.',
      tags: ['audit'],
      roles: ['admin'],
      list: true,
      query: queryOf(listAuditLogsValidator, { list: true }),
      response: s.ref('AuditLog'),
    }),
  },
  '/admin/users': {
    get: op({
      summary: 'List accounts',
      description: 'Filter by role and status; search matches name or email.',
      tags: tag,
      roles: ['admin'],
      list: true,
      query: queryOf(listUsersValidator, { list: true }),
      response: s.ref('User'),
    }),
    post: op({
      summary: 'Create an account of any role',
      tags: tag,
      roles: ['admin'],
      body: s.ref('AdminUserInput'),
      response: s.ref('User'),
      status: 201,
    }),
  },
  '/admin/users/stats': {
    get: op({
      summary: 'Account counts by role and status',
      tags: tag,
      roles: ['admin'],
      response: s.ref('UserStats'),
    }),
  },
  '/admin/users/{id}': {
    patch: op({
      versioned: 'write',
      summary: 'Change name, email, role or status',
      description:
        'Leaving the active status revokes every token of the account. The last active admin keeps the role and the status, and an admin cannot take either from themselves.',
      tags: tag,
      roles: ['admin'],
      body: s.ref('AdminUserPatch'),
      response: s.ref('User'),
      errors: [
        { status: 404, codes: ['USER_NOT_FOUND'] },
        { status: 409, codes: ['USER_LAST_ADMIN'] },
        { status: 422, codes: ['USER_SELF_LOCKOUT'] },
      ],
    }),
    delete: op({
      summary: 'Deactivate an account',
      description:
        'The account stays (its history is kept), becomes inactive and is signed out everywhere. Not the last active admin, nor your own account.',
      tags: tag,
      roles: ['admin'],
      response: s.ref('User'),
      errors: [
        { status: 404, codes: ['USER_NOT_FOUND'] },
        { status: 409, codes: ['USER_LAST_ADMIN'] },
        { status: 422, codes: ['USER_SELF_LOCKOUT'] },
      ],
    }),
  },
}
