import type { HttpContext } from '@adonisjs/core/http'
import BookingPolicy from '#policies/booking_policy'
import TrainingSession from '#models/training_session'
import DomainError from '#exceptions/domain_error'
import { createBooking } from '#actions/bookings/create_booking'
import { cancelBooking } from '#actions/bookings/cancel_booking'
import { resolveBookingMember } from '#actions/bookings/resolve_member'
import { bookingExtras, findBooking } from '#queries/bookings/booking_details'
import BookingTransformer from '#transformers/booking_transformer'
import { cancelBookingValidator, createBookingValidator } from '#validators/booking'

/**
 * /api/v1/bookings — book a seat, read one booking, cancel it
 */
export default class BookingsController {
  /**
   * POST /bookings. Idempotent (the route's `middleware.idempotent()`): a
   * replay with the same Idempotency-Key within 24 hours answers the first
   * response again and books nothing.
   */
  async store({ auth, request, response, bouncer }: HttpContext) {
    const user = auth.getUserOrFail()
    const input = await request.validateUsing(createBookingValidator)
    const member = await resolveBookingMember(user, input)
    if (!member) {
      throw DomainError.notFound('member')
    }
    const session = await TrainingSession.find(input.training_session_id)
    if (await bouncer.with(BookingPolicy).denies('create', member, session)) {
      // another family's child stays unknown to a parent; staff are told they may not
      throw user.isStaff ? new DomainError('AUTH_FORBIDDEN') : DomainError.notFound('member')
    }
    const { booking } = await createBooking({
      actor: user,
      trainingSessionId: input.training_session_id,
      memberId: member.id,
      memberPackageId: input.member_package_id,
      notes: input.notes,
    })
    const fresh = (await findBooking(booking.id))!
    return response.success(BookingTransformer.transform(fresh, await bookingExtras([fresh])), {
      status: 201,
      message: booking.status === 'waitlisted' ? 'api.booking_waitlisted' : 'api.booking_created',
    })
  }

  async show({ params, response, bouncer }: HttpContext) {
    const booking = await findBooking(params.id)
    if (!booking || (await bouncer.with(BookingPolicy).denies('view', booking))) {
      throw DomainError.notFound('booking')
    }
    return response.success(BookingTransformer.transform(booking, await bookingExtras([booking])))
  }

  async cancel({ auth, params, request, response, bouncer }: HttpContext) {
    const booking = await findBooking(params.id)
    if (!booking || (await bouncer.with(BookingPolicy).denies('cancel', booking))) {
      throw DomainError.notFound('booking')
    }
    const input = await request.validateUsing(cancelBookingValidator)
    await cancelBooking({
      bookingId: booking.id,
      actor: auth.getUserOrFail(),
      reason: input.reason,
    })
    const fresh = (await findBooking(booking.id))!
    return response.success(BookingTransformer.transform(fresh, await bookingExtras([fresh])), {
      message: 'api.booking_cancelled',
    })
  }
}
