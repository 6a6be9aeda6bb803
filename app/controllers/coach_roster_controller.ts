import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import TrainingSession from '#models/training_session'
import BookingPolicy from '#policies/booking_policy'
import { recordAttendance } from '#actions/attendance/record_attendance'
import { sessionRoster } from '#queries/bookings/session_roster'
import { rosterView } from '#transformers/roster_view'
import { serialize } from '#services/serialize'
import { isApiRequest } from '#services/api_request'

/**
 * One tap on the roster: present or absent (the page's buttons); the
 * attendance API takes the other statuses and notes
 */
const markValidator = vine.create(
  vine.object({
    status: vine.enum(['present', 'absent'] as const),
  })
)

/**
 * The roster of one session on the coach's phone: who is booked, one tap
 * for present or absent, and the live count. Each button is a form POST
 * (works without JavaScript); resources/js/roster.js sends the same request
 * with fetch and updates the page in place.
 */
export default class CoachRosterController {
  async show({ params, view, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(BookingPolicy).authorize('roster', session)
    const roster = await serialize(rosterView(await sessionRoster(session)))
    return view.render('pages/roster/show', { roster })
  }

  async mark(ctx: HttpContext) {
    const { params, request, response, auth, bouncer, session: flash, i18n } = ctx
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(BookingPolicy).authorize('takeAttendance', session)
    const { status } = await request.validateUsing(markValidator)

    await recordAttendance({
      sessionId: session.id,
      entries: [{ member_id: params.member_id, status }],
      validator: auth.getUserOrFail(),
    })

    if (isApiRequest(ctx)) {
      const roster = await sessionRoster(await TrainingSession.findOrFail(session.id))
      const booking = roster.confirmed.find((item) => item.memberId === params.member_id)
      const attendance = booking ? roster.extras.get(booking.id)?.attendance : null
      return response.success({
        member_id: params.member_id,
        attendance_status: attendance?.status ?? status,
        totals: {
          attended: roster.totals.attended,
          absent: roster.totals.absent,
          not_validated: roster.totals.not_validated,
          total_bookings: roster.totals.total_bookings,
        },
      })
    }
    flash.flash('success', i18n.t(`club.roster.marked_${status}`))
    return response.redirect().toRoute('coach.roster.show', { id: session.id })
  }
}
