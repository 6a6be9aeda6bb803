import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import TrainingSession from '#models/training_session'
import BookingPolicy from '#policies/booking_policy'
import { recordAttendance } from '#actions/attendance/record_attendance'
import { markAllPresent } from '#actions/attendance/mark_all_present'
import { nextStatus } from '#actions/schedule/transition_training_session'
import { sessionRoster } from '#queries/bookings/session_roster'
import { rosterView } from '#transformers/roster_view'
import { recordAttendanceValidator } from '#validators/attendance'
import { serialize } from '#services/serialize'
import { isApiRequest } from '#services/api_request'

/**
 * The moves of a session the roster page offers: close its bookings, start
 * it, complete it (the rest live on the session list)
 */
const ROSTER_ACTIONS = ['close', 'start', 'complete'] as const

/**
 * The statuses' buttons, in the order a coach reaches for them
 */
const ROSTER_STATUSES = ['present', 'late', 'excused', 'absent'] as const

/**
 * The roster's state after a change, for resources/js/roster.js: every
 * booked member's status and note, and the counts
 */
async function rosterState(sessionId: string) {
  const roster = await sessionRoster(await TrainingSession.findOrFail(sessionId))
  return {
    attendance: roster.confirmed.map((booking) => {
      const attendance = roster.extras.get(booking.id)?.attendance ?? null
      return {
        member_id: booking.memberId,
        status: attendance?.status ?? null,
        notes: attendance?.notes ?? null,
      }
    }),
    totals: {
      attended: roster.totals.attended,
      absent: roster.totals.absent,
      excused: roster.totals.excused,
      not_validated: roster.totals.not_validated,
      total_bookings: roster.totals.total_bookings,
    },
  }
}

/**
 * The roster of one session on the coach's phone: who is booked, one tap
 * for present, late, excused or absent (with an optional note), "mark all
 * present", the live count, and start / complete for the session. Each
 * button is a form POST (works without JavaScript); resources/js/roster.js
 * sends the same request with fetch and updates the page in place.
 */
export default class CoachRosterController {
  async show({ params, view, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(BookingPolicy).authorize('roster', session)
    const roster = await serialize(rosterView(await sessionRoster(session)))
    return view.render('pages/roster/show', {
      roster,
      timezone,
      statuses: ROSTER_STATUSES,
      started: session.startsAt <= DateTime.now() && session.status !== 'cancelled',
      actions: ROSTER_ACTIONS.filter((action) => nextStatus(session.status, action) !== null),
    })
  }

  async mark(ctx: HttpContext) {
    const { params, request, response, auth, bouncer, session: flash, i18n } = ctx
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(BookingPolicy).authorize('takeAttendance', session)
    const { status, notes } = await request.validateUsing(recordAttendanceValidator)

    await recordAttendance({
      sessionId: session.id,
      entries: [{ member_id: params.member_id, status, notes: notes ?? null }],
      validator: auth.getUserOrFail(),
    })

    if (isApiRequest(ctx)) {
      const state = await rosterState(session.id)
      const mine = state.attendance.find((item) => item.member_id === params.member_id)
      return response.success({
        member_id: params.member_id,
        attendance_status: mine?.status ?? status,
        notes: mine?.notes ?? null,
        ...state,
      })
    }
    flash.flash('success', i18n.t(`club.roster.marked_${status}`))
    return response.redirect().toRoute('coach.roster.show', { id: session.id })
  }

  /**
   * POST /coach/sessions/:id/roster/all: every unmarked booked member present
   */
  async markAll(ctx: HttpContext) {
    const { params, response, auth, bouncer, session: flash, i18n } = ctx
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(BookingPolicy).authorize('takeAttendance', session)

    const { records } = await markAllPresent({
      sessionId: session.id,
      validator: auth.getUserOrFail(),
    })

    if (isApiRequest(ctx)) {
      return response.success({ marked: records.length, ...(await rosterState(session.id)) })
    }
    flash.flash('success', i18n.t('club.roster.marked_all', { count: records.length }))
    return response.redirect().toRoute('coach.roster.show', { id: session.id })
  }
}
