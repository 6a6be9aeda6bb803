import Attendance from '#models/attendance'
import Booking from '#models/booking'
import type TrainingSession from '#models/training_session'
import { DEFAULT_LIMIT, pageMeta } from '#services/pagination'
import type { BookingExtras } from '#transformers/booking_transformer'
import { likeTerm } from '#queries/schedule/list_training_sessions'

/**
 * GET /training-sessions/:id/presences: the whole audience (members with a
 * confirmed booking, by name), each `absent` until they join or are marked
 * (seed 000's coaching presences). The bookings (with `member`) and their
 * attendance as extras, for BookingTransformer's `forPresence`.
 */
export async function sessionPresences(
  session: TrainingSession,
  filters: { page?: number; limit?: number; search?: string },
  /**
   * Only this account's members (a participant sees their own family, not
   * other people's children); all when undefined (staff)
   */
  accountId?: string
) {
  const page = filters.page ?? 1
  const perPage = filters.limit ?? DEFAULT_LIMIT
  const base = () =>
    Booking.query()
      .join('members', 'members.id', 'bookings.member_id')
      .where('bookings.training_session_id', session.id)
      .where('bookings.status', 'confirmed')
      .if(accountId, (query) => query.where('members.account_id', accountId!))
      .if(filters.search, (query) => query.whereILike('members.name', likeTerm(filters.search!)))
  const [{ $extras: counted }] = await base().count('* as total')
  const rows = await base()
    .select('bookings.*')
    .preload('member')
    .orderBy('members.name')
    .orderBy('members.id')
    .limit(perPage)
    .offset((page - 1) * perPage)

  const attendances = rows.length
    ? await Attendance.query()
        .where('training_session_id', session.id)
        .whereIn(
          'member_id',
          rows.map((row) => row.memberId)
        )
    : []
  const byMember = new Map(attendances.map((row) => [row.memberId, row]))
  const extras = new Map<string, BookingExtras>(
    rows.map((row) => [
      row.id,
      {
        remainingSessions: null,
        waitlistRank: null,
        coachField: null,
        attendance: byMember.get(row.memberId) ?? null,
      },
    ])
  )
  return { rows, extras, meta: pageMeta(Number(counted.total), page, perPage) }
}
