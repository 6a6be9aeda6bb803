import { BaseEvent } from '@adonisjs/core/events'
import type TrainingSession from '#models/training_session'
import type { SessionStatus } from '#models/training_session'

/**
 * training_session:status_changed — the session moved along its state
 * machine (open, close, start, complete, cancel). Dispatched after the commit.
 */
export default class TrainingSessionStatusChanged extends BaseEvent {
  static readonly eventName = 'training_session:status_changed'

  constructor(
    public session: TrainingSession,
    public from: SessionStatus,
    public to: SessionStatus
  ) {
    super()
  }
}
