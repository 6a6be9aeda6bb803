import { BaseEvent } from '@adonisjs/core/events'
import type TrainingSession from '#models/training_session'

/**
 * training_session:updated — a session's details changed (times, room,
 * capacity, …), directly or through its series. Dispatched after the commit.
 */
export default class TrainingSessionUpdated extends BaseEvent {
  static readonly eventName = 'training_session:updated'

  constructor(
    public session: TrainingSession,
    public changes: string[] = []
  ) {
    super()
  }
}
