import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { DateTime } from 'luxon'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { TrainingSessionSchema } from '#database/schema'
import User from '#models/user'
import Program from '#models/program'
import Room from '#models/room'
import SessionTime from '#models/session_time'
import SessionSeries from '#models/session_series'
import CoachProfile from '#models/coach_profile'

export const SESSION_KINDS = ['training', 'coaching', 'mentoring'] as const
export const SESSION_STATUSES = [
  'scheduled',
  'open',
  'closed',
  'ongoing',
  'completed',
  'cancelled',
] as const
export const SESSION_DELIVERIES = ['onsite', 'online'] as const
export const SESSION_AUDIENCES = ['public', 'members', 'invited'] as const

export type SessionKind = (typeof SESSION_KINDS)[number]
export type SessionStatus = (typeof SESSION_STATUSES)[number]
export type SessionDelivery = (typeof SESSION_DELIVERIES)[number]
export type SessionAudience = (typeof SESSION_AUDIENCES)[number]

/**
 * Statuses in which a session still holds its coach, room and seats, and
 * can still be edited
 */
export const EDITABLE_STATUSES: SessionStatus[] = ['scheduled', 'open', 'closed']

/**
 * A training session of any kind (seeds: session, schedule, coaching,
 * mentor slot). Status changes go through the transitions table in
 * app/actions/schedule/transition_training_session.ts.
 */
export default class TrainingSession extends compose(TrainingSessionSchema, Auditable) {
  @belongsTo(() => User, { foreignKey: 'coachId' })
  declare coach: BelongsTo<typeof User>

  /**
   * The coach's public profile (bio, specialization), for the transformers
   */
  @belongsTo(() => CoachProfile, { foreignKey: 'coachId', localKey: 'userId' })
  declare coachProfile: BelongsTo<typeof CoachProfile>

  @belongsTo(() => Program)
  declare program: BelongsTo<typeof Program>

  @belongsTo(() => Room)
  declare room: BelongsTo<typeof Room>

  @belongsTo(() => SessionTime)
  declare sessionTime: BelongsTo<typeof SessionTime>

  @belongsTo(() => SessionSeries, { foreignKey: 'seriesId' })
  declare series: BelongsTo<typeof SessionSeries>

  get seatsLeft() {
    return Math.max(0, this.capacity - this.bookedCount)
  }

  get isCancelled() {
    return this.status === 'cancelled'
  }

  get isEditable() {
    return EDITABLE_STATUSES.includes(this.status)
  }

  get hasStarted() {
    return this.startsAt <= DateTime.now()
  }
}
