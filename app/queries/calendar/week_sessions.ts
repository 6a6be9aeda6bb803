import Booking from '#models/booking'
import TrainingSession from '#models/training_session'
import { withSummaries } from '#queries/schedule/list_training_sessions'
import type { CalendarWeek } from '#services/calendar_week'

export type CalendarWindow = Pick<CalendarWeek, 'from' | 'to'>

export interface StaffCalendarFilters {
  coach_id?: string
  room_id?: string
  program_id?: string
}

/**
 * A member's seat in a session of the parent's calendar
 */
export interface CalendarSeat {
  bookingId: string
  memberName: string
  status: 'confirmed' | 'waitlisted'
}

function inWindow(window: CalendarWindow) {
  return TrainingSession.query()
    .where('starts_at', '>=', window.from.toJSDate())
    .where('starts_at', '<', window.to.toJSDate())
}

/**
 * The sessions of the week in which a member of this account holds a seat
 * or waits for one, with those seats by session id. Other families'
 * children never appear.
 */
export async function parentWeek(accountId: string, window: CalendarWindow) {
  const bookings = await Booking.query()
    .join('members', 'members.id', 'bookings.member_id')
    .join('training_sessions', 'training_sessions.id', 'bookings.training_session_id')
    .where('members.account_id', accountId)
    .whereIn('bookings.status', ['confirmed', 'waitlisted'])
    .where('training_sessions.starts_at', '>=', window.from.toJSDate())
    .where('training_sessions.starts_at', '<', window.to.toJSDate())
    .select('bookings.*', 'members.name as member_name')
    .orderBy('members.name')

  const seats = new Map<string, CalendarSeat[]>()
  for (const booking of bookings) {
    const list = seats.get(booking.trainingSessionId) ?? []
    list.push({
      bookingId: booking.id,
      memberName: String(booking.$extras.member_name),
      status: booking.status as CalendarSeat['status'],
    })
    seats.set(booking.trainingSessionId, list)
  }

  const sessions = seats.size
    ? await withSummaries(inWindow(window).whereIn('id', [...seats.keys()]))
        .orderBy('starts_at')
        .orderBy('id')
    : []
  return { sessions, seats }
}

/**
 * A coach's own sessions of the week, cancelled ones included
 */
export async function coachWeek(coachId: string, window: CalendarWindow) {
  return withSummaries(inWindow(window).where('coach_id', coachId))
    .orderBy('starts_at')
    .orderBy('id')
}

/**
 * Every session of the week, optionally of one coach, room or program
 */
export async function staffWeek(window: CalendarWindow, filters: StaffCalendarFilters) {
  return withSummaries(
    inWindow(window)
      .if(filters.coach_id, (query) => query.where('coach_id', filters.coach_id!))
      .if(filters.room_id, (query) => query.where('room_id', filters.room_id!))
      .if(filters.program_id, (query) => query.where('program_id', filters.program_id!))
  )
    .orderBy('starts_at')
    .orderBy('id')
}
