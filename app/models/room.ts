import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import { RoomSchema } from '#database/schema'
import TrainingSession from '#models/training_session'

/**
 * A place sessions happen in; the database refuses two overlapping
 * non-cancelled sessions in one room.
 */
export default class Room extends compose(RoomSchema, Auditable) {
  @hasMany(() => TrainingSession)
  declare trainingSessions: HasMany<typeof TrainingSession>
}
