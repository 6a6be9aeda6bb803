import Room from '#models/room'
import SessionTime from '#models/session_time'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import TrainingSession from '#models/training_session'
import { likeTerm, withSummaries } from '#queries/schedule/list_training_sessions'

interface ListFilters {
  page?: number
  limit?: number
  search?: string
}

/**
 * GET /rooms (staff)
 */
export async function listRooms(filters: ListFilters) {
  const paginator = await Room.query()
    .if(filters.search, (q) => q.whereILike('name', likeTerm(filters.search!)))
    .orderBy('name')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { rooms: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * GET /session-times (signed in), in the order of the day
 */
export async function listSessionTimes(filters: ListFilters) {
  const paginator = await SessionTime.query()
    .if(filters.search, (q) => q.whereILike('label', likeTerm(filters.search!)))
    .orderBy('start_time')
    .orderBy('label')
    .paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { sessionTimes: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * GET /rooms/:id: the room's next sessions (not cancelled, starting after
 * now), soonest first, with what every session view shows
 */
export function roomUpcomingSessions(roomId: string, limit = 20) {
  return withSummaries(TrainingSession.query())
    .where('room_id', roomId)
    .whereNot('status', 'cancelled')
    .where('starts_at', '>', new Date())
    .orderBy('starts_at')
    .orderBy('id')
    .limit(limit)
}
