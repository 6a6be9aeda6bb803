import { BaseEvent } from '@adonisjs/core/events'
import type Booking from '#models/booking'

/**
 * A waitlisted booking got the seat a cancellation freed: the parent is told they are in.
 * The booking comes with its member and training session loaded.
 */
export default class BookingPromoted extends BaseEvent {
  constructor(public booking: Booking) {
    super()
  }
}
