import { op, s } from '../helpers.js'
import type { ApiArea } from '../types.js'

const tag = ['accounts']
const roles = ['admin', 'coach', 'member'] as const
const statuses = ['active', 'inactive', 'suspended'] as const

export const tags: ApiArea['tags'] = [
  { name: 'accounts', description: 'Accounts managed by admins (seed 003 admin users).' },
]

export const schemas: ApiArea['schemas'] = {
  UserStats: s.object({
    total: s.integer(),
    by_role: s.object({ admin: s.integer(), coach: s.integer(), member: s.integer() }),
    by_status: s.object({ active: s.integer(), inactive: s.integer(), suspended: s.integer() }),
  }),
  AdminUserInput: s.object(
    {
      name: s.text(120),
      email: s.email(),
      password: s.string({ minLength: 8, maxLength: 72 }),
      role: s.enum(roles),
      status: s.optional(s.enum(statuses)),
      phone: s.optional(s.text(32)),
      locale: s.optional(s.enum(['id', 'en'])),
    },
    { required: ['name', 'email', 'password', 'role'] }
  ),
  AdminUserPatch: s.object({
    name: s.optional(s.text(120)),
    email: s.optional(s.email()),
    role: s.optional(s.enum(roles)),
    status: s.optional(s.enum(statuses)),
  }),
}

export const paths: ApiArea['paths'] = {
  '/admin/users': {
    get: op({
      summary: 'List accounts',
      description: 'Filter by role and status; search matches name or email.',
      tags: tag,
      roles: ['admin'],
      list: true,
      query: { role: s.enum(roles), status: s.enum(statuses) },
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
      description: 'Leaving the active status revokes every token of the account.',
      tags: tag,
      roles: ['admin'],
      body: s.ref('AdminUserPatch'),
      response: s.ref('User'),
      errors: [{ status: 404, codes: ['USER_NOT_FOUND'] }],
    }),
    delete: op({
      summary: 'Deactivate an account',
      description:
        'The account stays (its history is kept), becomes inactive and is signed out everywhere.',
      tags: tag,
      roles: ['admin'],
      response: s.ref('User'),
      errors: [{ status: 404, codes: ['USER_NOT_FOUND'] }],
    }),
  },
}
