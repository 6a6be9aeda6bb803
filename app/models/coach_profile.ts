import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { CoachProfileSchema } from '#database/schema'
import User from '#models/user'

/**
 * The public side of a coach account: bio and specialization (a mentor's
 * "field"). A database trigger creates it whenever an account becomes a
 * coach, so every coach has exactly one.
 */
export default class CoachProfile extends compose(CoachProfileSchema, Auditable) {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
