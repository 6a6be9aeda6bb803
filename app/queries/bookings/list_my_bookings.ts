import Booking from '#models/booking'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import { bookingExtras, withBookingRelations } from '#queries/bookings/booking_details'
import { likeTerm } from '#queries/schedule/list_training_sessions'

export interface ListMyBookingsFilters {
  page?: number
  limit?: number
  search?: string
  status?: Booking['status']
  /**
   * Only bookings that still hold or wait for a seat (not cancelled)
   */
  live?: boolean
  member_id?: string
  /**
   * Sessions starting on or after / before these instants (ISO strings)
   */
  from?: string
  to?: string
}

/**
 * The bookings of one account's members: upcoming ones first
 */
export async function listMyBookings(accountId: string, filters: ListMyBookingsFilters) {
  const query = Booking.query()
    .join('training_sessions', 'training_sessions.id', 'bookings.training_session_id')
    .join('members', 'members.id', 'bookings.member_id')
    .where('members.account_id', accountId)
    .if(filters.status, (q) => q.where('bookings.status', filters.status!))
    .if(filters.live, (q) => q.whereNot('bookings.status', 'cancelled'))
    .if(filters.member_id, (q) => q.where('bookings.member_id', filters.member_id!))
    .if(filters.from, (q) => q.where('training_sessions.starts_at', '>=', filters.from!))
    .if(filters.to, (q) => q.where('training_sessions.starts_at', '<', filters.to!))
    .if(filters.search, (q) => {
      const term = likeTerm(filters.search!)
      q.where((inner) =>
        inner.whereILike('training_sessions.title', term).orWhereILike('members.name', term)
      )
    })
    .select('bookings.*')
    // upcoming sessions first (soonest on top), then the past (latest on top)
    .orderByRaw('(training_sessions.starts_at < now()) ASC')
    .orderByRaw(
      'CASE WHEN training_sessions.starts_at >= now() THEN training_sessions.starts_at END ASC'
    )
    .orderBy('training_sessions.starts_at', 'desc')
    .orderBy('bookings.id')

  const paginator = await withBookingRelations(query).paginate(
    filters.page ?? 1,
    filters.limit ?? DEFAULT_LIMIT
  )
  return {
    rows: paginator.all(),
    extras: await bookingExtras(paginator.all()),
    meta: paginatorMeta(paginator),
  }
}
