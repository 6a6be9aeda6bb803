import type { HttpContext } from '@adonisjs/core/http'
import { listMyBookings } from '#queries/bookings/list_my_bookings'
import { listMyBookingsValidator } from '#validators/booking'
import { validateListQuery } from '#services/pagination'

/**
 * GET /api/v1/me/bookings — the bookings of the signed-in account's members
 */
export default class MeBookingsController {
  async index({ auth, request, response }: HttpContext) {
    const filters = await validateListQuery(request, listMyBookingsValidator)
    const { data, meta } = await listMyBookings(auth.getUserOrFail().id, filters)
    return response.success(data, { meta })
  }
}
