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
import Booking from '#models/booking'
import MemberPackage from '#models/member_package'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'

/**
 * A parent books seats for their children and sees, cancels their
 * bookings. The rules are the booking actions'; refusals come back as a
 * flash message on the page.
 */
export default class ParentBookingsController {
  /**
   * Open sessions ahead with their seats left, a week at a time (from
   * `?week=YYYY-MM-DD`, never before today), the active children who can
   * take them and which of them already hold a seat
   */
  async create({ auth, request, view, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const accountMembers = await listAccountMembers(user.id)
    const members = accountMembers.filter((member) => member.isActive)
    const today = DateTime.now().setZone(timezone).startOf('day')
    const asked = DateTime.fromISO(String(request.input('week', '')), { zone: timezone })
    const start = asked.isValid && asked > today ? asked.startOf('day') : today
    const end = start.plus({ days: 6 })
    const { sessions } = await listTrainingSessions(
      {
        status: 'open',
        from: (start.equals(today) ? DateTime.now() : start).toISO()!,
        to: end.toISODate()!,
        limit: 100,
      },
      user
    )
    const ahead = sessions.filter((session) => session.startsAt > DateTime.now())
    const earlier = start.minus({ days: 7 })
    return view.render('pages/parent/bookings/create', {
      days: await groupByDay(ahead, i18n.locale),
      members: members.map((member) => ({ value: member.id, label: member.name })),
      held: await heldSeats(
        members.map((member) => member.id),
        ahead.map((session) => session.id)
      ),
      withPackage: await withActivePackage(members.map((member) => member.id)),
      week: {
        label: `${start.setLocale(i18n.locale).toLocaleString({ day: 'numeric', month: 'short' })} – ${end.setLocale(i18n.locale).toLocaleString(DateTime.DATE_MED)}`,
        previous: start > today ? (earlier < today ? today : earlier).toISODate() : null,
        next: start.plus({ days: 7 }).toISODate(),
      },
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
        : remainingSessions === null
          ? i18n.t('club.flash.booked_without_credit', { name: member.name })
          : i18n.t('club.flash.booked', { name: member.name, remaining: remainingSessions })
    )
    return response.redirect().toRoute('parent.bookings.index')
  }

  /**
   * The account's bookings in three tabs: upcoming (the default), past and
   * cancelled, a page at a time
   */
  async index({ auth, request, view, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const page = Math.max(1, Number.parseInt(String(request.input('page', 1)), 10) || 1)
    const tab = BOOKING_TABS.find((name) => name === request.input('show')) ?? 'upcoming'
    const now = DateTime.now()
    const { rows, extras, meta } = await listMyBookings(user.id, {
      page,
      limit: 20,
      ...(tab === 'cancelled'
        ? { status: 'cancelled' }
        : { live: true, ...(tab === 'upcoming' ? { from: now.toISO()! } : { to: now.toISO()! }) }),
    })
    const data = await serialize<Record<string, any>[]>(BookingTransformer.transform(rows, extras))
    const bookings = data.map((row) => ({
      ...row,
      when: whenOf(row.training_session.starts_at, i18n.locale),
      cancellable:
        row.status !== 'cancelled' && DateTime.fromISO(row.training_session.starts_at) > now,
    }))
    return view.render('pages/parent/bookings/index', { bookings, meta, tab, tabs: BOOKING_TABS })
  }

  /**
   * "Cancel this booking?" — the second, explicit step before a cancel
   */
  async confirmCancel({ params, view, bouncer, i18n }: HttpContext) {
    const booking = await findBooking(params.id)
    if (!booking || (await bouncer.with(BookingPolicy).denies('cancel', booking))) {
      throw DomainError.notFound('booking')
    }
    const [row] = await serialize<Record<string, any>[]>(
      BookingTransformer.transform([booking], await bookingExtras([booking]))
    )
    return view.render('pages/parent/bookings/cancel', {
      booking: { ...row, when: whenOf(row.training_session.starts_at, i18n.locale) },
    })
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

const BOOKING_TABS = ['upcoming', 'past', 'cancelled'] as const

/**
 * "Sel, 8 Des 2026, 13.00" in the club's time zone and the viewer's language
 */
function whenOf(startsAt: string, locale: string) {
  return DateTime.fromISO(startsAt)
    .setZone(timezone)
    .setLocale(locale)
    .toLocaleString({ ...DateTime.DATETIME_MED_WITH_WEEKDAY, timeZoneName: undefined })
}

/**
 * Which of these members already hold (or wait for) a seat in which of
 * these sessions: session id → [{ memberId, status }]
 */
async function heldSeats(memberIds: string[], sessionIds: string[]) {
  const held: Record<string, { memberId: string; status: Booking['status'] }[]> = {}
  if (memberIds.length === 0 || sessionIds.length === 0) return held
  const bookings = await Booking.query()
    .whereIn('member_id', memberIds)
    .whereIn('training_session_id', sessionIds)
    .whereNot('status', 'cancelled')
  for (const booking of bookings) {
    ;(held[booking.trainingSessionId] ??= []).push({
      memberId: booking.memberId,
      status: booking.status,
    })
  }
  return held
}

/**
 * The members holding an active package: a training session needs one,
 * so the others are not offered "Book" on a training session
 */
async function withActivePackage(memberIds: string[]) {
  if (memberIds.length === 0) return []
  const rows = await MemberPackage.query()
    .whereIn('member_id', memberIds)
    .where('status', 'active')
    .select('member_id')
  return [...new Set(rows.map((row) => row.memberId))]
}
