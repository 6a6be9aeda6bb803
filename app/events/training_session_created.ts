import { BaseEvent } from '@adonisjs/core/events'
import type TrainingSession from '#models/training_session'

/**
 * training_session:created — a session was added to the schedule (alone or
 * as an occurrence of a series). Dispatched after the commit.
 */
export default class TrainingSessionCreated extends BaseEvent {
  static readonly eventName = 'training_session:created'

  constructor(public session: TrainingSession) {
    super()
  }
}
