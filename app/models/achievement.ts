import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { Auditable } from '#models/mixins/auditable'
import { AchievementSchema } from '#database/schema'
import Member from '#models/member'

export type AchievementType = AchievementSchema['type']

/**
 * An achievement of the club, or of one member; public from its date on
 */
export default class Achievement extends compose(AchievementSchema, Auditable) {
  @belongsTo(() => Member)
  declare member: BelongsTo<typeof Member>
}
