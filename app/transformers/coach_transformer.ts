import { BaseTransformer } from '@adonisjs/core/transformers'
import type CoachProfile from '#models/coach_profile'
import type User from '#models/user'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

/**
 * A coach is an account and its profile (every coach has one; a session's
 * summary needs only the account)
 */
export interface CoachRow {
  user: User
  profile: CoachProfile | null
}

/**
 * The row of a profile loaded with its `user`
 */
export function coachRow(profile: CoachProfile & { user: User }): CoachRow {
  return { user: profile.user, profile }
}

const coach = s.object({
  id: s.uuid({ description: 'The coach account id' }),
  name: s.string(),
  bio: s.nullable(s.string()),
  specialization: s.nullable(s.string({ description: "A mentor's field", example: 'Recurve' })),
})

const account = {
  email: s.email(),
  phone: s.nullable(s.string()),
  status: s.enum(['active', 'inactive', 'suspended']),
  created_at: s.dateTime(),
  updated_at: s.dateTime(),
}

/**
 * A coach: the public profile (never contact details), the account for
 * admins, the coach themselves, and a summary inside a session
 */
export default class CoachTransformer extends BaseTransformer<CoachRow> {
  static shapes: TransformerShapes<'toObject' | 'forAdmin' | 'forSelf' | 'forSummary'> = {
    toObject: { name: 'Coach', schema: coach },
    forAdmin: { name: 'CoachAccount', schema: s.extend(coach, account) },
    forSelf: {
      name: 'CoachSelf',
      schema: s.extend(coach, { email: s.email(), phone: s.nullable(s.string()) }),
    },
    forSummary: {
      name: 'CoachSummary',
      schema: s.object({ id: s.uuid(), name: s.string() }),
    },
  }

  toObject() {
    const { user, profile } = this.resource
    return {
      id: user.id,
      name: user.name,
      bio: profile?.bio ?? null,
      specialization: profile?.specialization ?? null,
    }
  }

  forAdmin() {
    const { user } = this.resource
    return {
      ...this.toObject(),
      email: user.email,
      phone: user.phone,
      status: user.status,
      created_at: iso(user.createdAt),
      updated_at: iso(user.updatedAt),
    }
  }

  forSelf() {
    const { user } = this.resource
    return { ...this.toObject(), email: user.email, phone: user.phone }
  }

  forSummary() {
    const { user } = this.resource
    return { id: user.id, name: user.name }
  }
}
