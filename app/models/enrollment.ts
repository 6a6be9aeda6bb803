import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { Auditable } from '#models/mixins/auditable'
import { EnrollmentSchema } from '#database/schema'
import Program from '#models/program'
import Member from '#models/member'
import User from '#models/user'

export const ENROLLMENT_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const
export const EXPERIENCE_LEVELS = ['beginner', 'intermediate', 'advanced'] as const
export const PREFERRED_DAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const

export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number]
export type EnrollmentTransition = 'approve' | 'reject' | 'cancel'

/**
 * The enrollment state machine (DESIGN.md §4 rule 5):
 *   pending  → approved (approve) | rejected (reject) | cancelled (cancel)
 *   approved → cancelled (cancel)
 * Anything else is 409 INVALID_STATE_TRANSITION.
 */
export const ENROLLMENT_TRANSITIONS: Record<EnrollmentTransition, EnrollmentStatus[]> = {
  approve: ['pending'],
  reject: ['pending'],
  cancel: ['pending', 'approved'],
}

/**
 * An application from the public form (seed 004 §5.1): a guardian asks a
 * place in a program for a child. Approval creates or links the guardian's
 * account and the child's member.
 */
export default class Enrollment extends compose(EnrollmentSchema, Auditable) {
  @belongsTo(() => Program)
  declare program: BelongsTo<typeof Program>

  @belongsTo(() => Member)
  declare member: BelongsTo<typeof Member>

  @belongsTo(() => User, { foreignKey: 'accountId' })
  declare account: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'decidedBy' })
  declare decider: BelongsTo<typeof User>

  /**
   * Whether `action` may move this enrollment on from its current status
   */
  can(action: EnrollmentTransition) {
    return ENROLLMENT_TRANSITIONS[action].includes(this.status)
  }

  isOwnedBy(user: { id: string } | null | undefined) {
    return Boolean(user && this.accountId && this.accountId === user.id)
  }
}
