import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { AttendanceSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Member from '#models/member'
import Booking from '#models/booking'
import TrainingSession from '#models/training_session'

export type AttendanceStatus = AttendanceSchema['status']

/**
 * Whether a member attended a session. Statuses that use a credit
 * (present, late, absent as a no-show) consume it once, on the booking.
 */
export default class Attendance extends compose(AttendanceSchema, Auditable) {
  @belongsTo(() => TrainingSession)
  declare trainingSession: BelongsTo<typeof TrainingSession>

  @belongsTo(() => Member)
  declare member: BelongsTo<typeof Member>

  @belongsTo(() => Booking)
  declare booking: BelongsTo<typeof Booking>

  @belongsTo(() => User, { foreignKey: 'validatedBy' })
  declare validator: BelongsTo<typeof User>
}
