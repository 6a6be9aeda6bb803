import { compose } from '@adonisjs/core/helpers'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import type { DateTime } from 'luxon'
import { Auditable } from '#models/mixins/auditable'
import { NewsSchema } from '#database/schema'
import User from '#models/user'

export type NewsState = 'draft' | 'scheduled' | 'published'

/**
 * A news item of the club: a draft without `publishAt`, scheduled before
 * it, published from it on
 */
export default class News extends compose(NewsSchema, Auditable) {
  static table = 'news'

  @belongsTo(() => User, { foreignKey: 'authorId' })
  declare author: BelongsTo<typeof User>

  stateAt(now: DateTime): NewsState {
    if (!this.publishAt) return 'draft'
    return this.publishAt > now ? 'scheduled' : 'published'
  }
}
