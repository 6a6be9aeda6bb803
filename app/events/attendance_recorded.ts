import { BaseEvent } from '@adonisjs/core/events'
import type Attendance from '#models/attendance'
import type TrainingSession from '#models/training_session'

/**
 * The coach (or an admin) marked attendance for one or more members of a
 * session: its roster changed (training-sessions/:id)
 */
export default class AttendanceRecorded extends BaseEvent {
  constructor(
    public session: TrainingSession,
    public attendances: Attendance[]
  ) {
    super()
  }
}
