import type { HttpContext } from '@adonisjs/core/http'
import { listMyBookings } from '#queries/bookings/list_my_bookings'
import { listMyBookingsValidator } from '#validators/booking'
import { validateListQuery } from '#services/pagination'
import BookingTransformer from '#transformers/booking_transformer'

/**
 * GET /api/v1/me/bookings — the bookings of the signed-in account's members
 */
export default class MeBookingsController {
  async index({ auth, request, response }: HttpContext) {
    const filters = await validateListQuery(request, listMyBookingsValidator)
    const { rows, extras, meta } = await listMyBookings(auth.getUserOrFail().id, filters)
    return response.success(BookingTransformer.transform(rows, extras), { meta })
  }
}
