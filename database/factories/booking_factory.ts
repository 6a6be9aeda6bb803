import { DateTime } from 'luxon'
import factory from '@adonisjs/lucid/factories'
import Booking from '#models/booking'
import { MemberFactory } from '#database/factories/member_factory'
import { TrainingSessionFactory } from '#database/factories/training_session_factory'

/**
 * Booking rows for tests, written as they are: the session's booked_count
 * and the package's credits are not touched. To book through the rules,
 * call createBooking (app/actions/bookings/create_booking.ts).
 */
export const BookingFactory = factory
  .define(Booking, () => {
    const now = DateTime.now()
    return {
      status: 'confirmed' as const,
      bookedAt: now,
      confirmedAt: now,
      memberPackageId: null,
      waitlistPosition: null,
      notes: null,
    }
  })
  .relation('member', () => MemberFactory)
  .relation('trainingSession', () => TrainingSessionFactory)
  .state('waitlisted', (booking) => {
    booking.status = 'waitlisted'
    booking.confirmedAt = null
    booking.waitlistPosition = booking.waitlistPosition ?? 1
  })
  .state('cancelled', (booking) => {
    booking.status = 'cancelled'
    booking.cancelledAt = DateTime.now()
  })
  .build()
