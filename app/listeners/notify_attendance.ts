import logger from '@adonisjs/core/services/logger'
import transmit from '@adonisjs/transmit/services/main'
import type AttendanceRecorded from '#events/attendance_recorded'
import { sessionRoster } from '#queries/bookings/session_roster'
import { sessionChannel } from '#listeners/broadcast_training_session'

/**
 * Attendance changed: the roster's counts go out on training-sessions/<id>
 * (statuses by booking id and totals; no names: the channel is public), so
 * a second device showing the roster stays in step.
 */
export default class NotifyAttendance {
  async handle(event: AttendanceRecorded) {
    try {
      const roster = await sessionRoster(event.session)
      transmit.broadcast(sessionChannel(event.session.id), {
        type: 'roster_changed',
        event: 'roster_changed',
        session_id: event.session.id,
        attendance: roster.confirmed.map((booking) => ({
          booking_id: booking.id,
          status: roster.extras.get(booking.id)?.attendance?.status ?? null,
        })),
        totals: {
          total_bookings: roster.totals.total_bookings,
          attended: roster.totals.attended,
          absent: roster.totals.absent,
          excused: roster.totals.excused,
          not_validated: roster.totals.not_validated,
        },
      })
    } catch (error) {
      logger.error({ err: error, sessionId: event.session.id }, 'roster broadcast failed')
    }
  }
}
