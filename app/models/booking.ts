import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { BookingSchema } from '#database/schema'
import { belongsTo, hasOne } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasOne } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import Member from '#models/member'
import MemberPackage from '#models/member_package'
import TrainingSession from '#models/training_session'
import Attendance from '#models/attendance'

export type BookingStatus = BookingSchema['status']

/**
 * A member's seat in a training session, or their place on its waitlist.
 * Status changes go through app/actions/bookings.
 */
export default class Booking extends compose(BookingSchema, Auditable) {
  @belongsTo(() => TrainingSession)
  declare trainingSession: BelongsTo<typeof TrainingSession>

  @belongsTo(() => Member)
  declare member: BelongsTo<typeof Member>

  @belongsTo(() => MemberPackage)
  declare memberPackage: BelongsTo<typeof MemberPackage>

  @belongsTo(() => User, { foreignKey: 'bookedBy' })
  declare booker: BelongsTo<typeof User>

  @hasOne(() => Attendance)
  declare attendance: HasOne<typeof Attendance>

  get isLive() {
    return this.status !== 'cancelled'
  }
}
