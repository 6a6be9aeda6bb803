import { DateTime } from 'luxon'
import Booking from '#models/booking'
import { parentDashboard } from '#queries/members/dashboards'
import { bookingExtras, withBookingRelations } from '#queries/bookings/booking_details'

/**
 * Each member's next booking (confirmed or waitlisted, in a session that
 * has not started yet), one per member at most
 */
export async function nextBookings(memberIds: string[], now = DateTime.now()) {
  if (!memberIds.length) return []
  const rows = await Booking.query()
    .join('training_sessions', 'training_sessions.id', 'bookings.training_session_id')
    .whereIn('bookings.member_id', memberIds)
    .whereIn('bookings.status', ['confirmed', 'waitlisted'])
    .whereNot('training_sessions.status', 'cancelled')
    .where('training_sessions.starts_at', '>', now.toJSDate())
    .distinctOn('bookings.member_id')
    .select('bookings.*')
    .orderBy('bookings.member_id')
    .orderBy('training_sessions.starts_at', 'asc')
  if (!rows.length) return []
  return withBookingRelations(
    Booking.query().whereIn(
      'id',
      rows.map((row) => row.id)
    )
  )
}

/**
 * The parent's dashboard page: the account's members with their credits
 * (the /me/dashboard read), each one's next session, and who still waits
 * for the club's approval
 */
export async function parentHome(accountId: string) {
  const dashboard = await parentDashboard(accountId)
  const next = await nextBookings(
    dashboard.members.filter((member) => member.status === 'active').map((member) => member.id)
  )
  return {
    dashboard,
    next,
    nextExtras: await bookingExtras(next),
    pending: dashboard.members.filter((member) => member.status === 'pending'),
  }
}
