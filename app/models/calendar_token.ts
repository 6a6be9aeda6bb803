import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { CalendarTokenSchema } from '#database/schema'
import User from '#models/user'

/**
 * The secret behind a person's iCalendar feed: a nonce the token is
 * derived from and the token's sha256 (#actions/calendar/calendar_token)
 */
export default class CalendarToken extends CalendarTokenSchema {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
