import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import BookingPolicy from '#policies/booking_policy'
import TrainingSession from '#models/training_session'
import DomainError from '#exceptions/domain_error'
import { createBooking } from '#actions/bookings/create_booking'
import { cancelBooking } from '#actions/bookings/cancel_booking'
import { listAccountMembers } from '#queries/members/list_members'
import { listMyBookings } from '#queries/bookings/list_my_bookings'
import { bookingExtras, findBooking } from '#queries/bookings/booking_details'
import BookingTransformer from '#transformers/booking_transformer'
import { serialize } from '#services/serialize'
import { listTrainingSessions } from '#queries/schedule/list_training_sessions'
import { groupByDay } from '#services/schedule_pages'
import { cancelBookingValidator, createBookingValidator } from '#validators/booking'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'

/**
 * A parent books seats for their children and sees, cancels their
 * bookings. The rules are the booking actions'; refusals come back as a
 * flash message on the page.
 */
export default class ParentBookingsController {
  /**
   * Open sessions ahead with their seats left, and the active children
   * who can take them
   */
  async create({ auth, view, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const accountMembers = await listAccountMembers(user.id)
    const members = accountMembers.filter((member) => member.isActive)
    const { sessions } = await listTrainingSessions(
      { status: 'open', from: DateTime.now().toISO()!, limit: 100 },
      user
    )
    const ahead = sessions.filter((session) => session.startsAt > DateTime.now())
    return view.render('pages/parent/bookings/create', {
      days: await groupByDay(ahead, i18n.locale),
      members: members.map((member) => ({ value: member.id, label: member.name })),
    })
  }

  async store({ auth, request, response, bouncer, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const input = await request.validateUsing(createBookingValidator)
    const member = input.member_id ? await Member.find(input.member_id) : null
    if (
      !member ||
      (await bouncer
        .with(BookingPolicy)
        .denies('create', member, await TrainingSession.find(input.training_session_id)))
    ) {
      throw DomainError.notFound('member')
    }
    const { booking, remainingSessions } = await createBooking({
      actor: user,
      trainingSessionId: input.training_session_id,
      memberId: member.id,
      notes: input.notes,
    })
    const found = (await findBooking(booking.id))!
    const fresh = await serialize(BookingTransformer.transform(found, await bookingExtras([found])))
    session.flash(
      'success',
      booking.status === 'waitlisted'
        ? i18n.t('club.flash.waitlisted', {
            name: member.name,
            position: Number(fresh.waitlist_position ?? booking.waitlistPosition ?? 0),
          })
        : i18n.t('club.flash.booked', { name: member.name, remaining: remainingSessions ?? '–' })
    )
    return response.redirect().toRoute('parent.bookings.index')
  }

  async index({ auth, request, view, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const page = Math.max(1, Number.parseInt(String(request.input('page', 1)), 10) || 1)
    const { rows, extras, meta } = await listMyBookings(user.id, { page, limit: 25 })
    const data = await serialize<Record<string, any>[]>(BookingTransformer.transform(rows, extras))
    const now = DateTime.now()
    const bookings = data.map((row) => {
      const startsAt = DateTime.fromISO(row.training_session.starts_at)
        .setZone(timezone)
        .setLocale(i18n.locale)
      return {
        ...row,
        when: startsAt.toFormat('ccc d LLL yyyy, HH:mm'),
        cancellable: row.status !== 'cancelled' && startsAt > now,
      }
    })
    return view.render('pages/parent/bookings/index', { bookings, meta })
  }

  async cancel({ auth, params, request, response, bouncer, session, i18n }: HttpContext) {
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
    session.flash('success', i18n.t('club.flash.cancelled', { name: booking.member.name }))
    return response.redirect().toRoute('parent.bookings.index')
  }
}
