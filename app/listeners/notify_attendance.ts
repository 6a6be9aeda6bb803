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
        attendance: roster.bookings.map((row) => ({
          booking_id: row.booking_id,
          status: row.attendance_status,
        })),
        totals: {
          total_bookings: roster.total_bookings,
          attended: roster.attended,
          absent: roster.absent,
          excused: roster.excused,
          not_validated: roster.not_validated,
        },
      })
    } catch (error) {
      logger.error({ err: error, sessionId: event.session.id }, 'roster broadcast failed')
    }
  }
}
