import { BaseEvent } from '@adonisjs/core/events'
import type Booking from '#models/booking'

/**
 * A member booked a seat (confirmed) or joined a session's waitlist: the session's seats left change (training-sessions/:id) and the parent is told (users/:id).
 * The booking comes with its member and training session loaded.
 */
export default class BookingCreated extends BaseEvent {
  constructor(public booking: Booking) {
    super()
  }
}
