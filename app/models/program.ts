import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import { ProgramSchema } from '#database/schema'
import TrainingSession from '#models/training_session'

export const PROGRAM_LEVELS = ['beginner', 'intermediate', 'advanced'] as const
export const PROGRAM_STATUSES = ['active', 'inactive'] as const

export type ProgramLevel = (typeof PROGRAM_LEVELS)[number]
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number]

/**
 * What the club teaches (seeds: course, program). Members enroll in a
 * program; its training sessions are where they train.
 */
export default class Program extends compose(ProgramSchema, Auditable) {
  @hasMany(() => TrainingSession)
  declare trainingSessions: HasMany<typeof TrainingSession>

  get isActive() {
    return this.status === 'active'
  }
}
