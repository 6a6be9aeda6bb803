import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { SessionSerySchema } from '#database/schema'
import User from '#models/user'
import Program from '#models/program'
import Room from '#models/room'
import TrainingSession from '#models/training_session'

export const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type WeekdayName = (typeof WEEKDAY_NAMES)[number]

/**
 * ISO weekday number (1 = Monday … 7 = Sunday) of a weekday name
 */
export function weekdayNumber(name: WeekdayName) {
  return WEEKDAY_NAMES.indexOf(name) + 1
}

export function weekdayName(isoNumber: number): WeekdayName {
  return WEEKDAY_NAMES[isoNumber - 1]
}

/**
 * The rule a recurring batch of sessions came from: weekdays, a local
 * start/end time in an IANA zone, and a date range.
 */
export default class SessionSeries extends compose(SessionSerySchema, Auditable) {
  static table = 'session_series'

  @belongsTo(() => User, { foreignKey: 'coachId' })
  declare coach: BelongsTo<typeof User>

  @belongsTo(() => Program)
  declare program: BelongsTo<typeof Program>

  @belongsTo(() => Room)
  declare room: BelongsTo<typeof Room>

  @hasMany(() => TrainingSession, { foreignKey: 'seriesId' })
  declare occurrences: HasMany<typeof TrainingSession>

  get weekdayNames() {
    return [...this.weekdays].sort().map(weekdayName)
  }
}
