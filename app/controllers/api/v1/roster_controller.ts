import type { HttpContext } from '@adonisjs/core/http'
import TrainingSession from '#models/training_session'
import BookingPolicy from '#policies/booking_policy'
import { sessionRoster } from '#queries/bookings/session_roster'
import { rosterView } from '#transformers/roster_view'

/**
 * GET /api/v1/training-sessions/:id/roster — the session's coach or an admin
 */
export default class RosterController {
  async show({ params, response, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(BookingPolicy).authorize('roster', session)
    return response.success(rosterView(await sessionRoster(session)))
  }
}
