import { BaseEvent } from '@adonisjs/core/events'
import type Booking from '#models/booking'

/**
 * A booking was cancelled (by its parent, an admin, or because its session was cancelled): the seat and the credit are free again.
 * The booking comes with its member and training session loaded.
 */
export default class BookingCancelled extends BaseEvent {
  constructor(public booking: Booking) {
    super()
  }
}
