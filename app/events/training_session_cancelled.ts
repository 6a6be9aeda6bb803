import { BaseEvent } from '@adonisjs/core/events'
import type TrainingSession from '#models/training_session'

/**
 * training_session:cancelled — a session was cancelled (alone or with its
 * series); its coach and room are free again. Dispatched after the commit,
 * besides training_session:status_changed.
 */
export default class TrainingSessionCancelled extends BaseEvent {
  static readonly eventName = 'training_session:cancelled'

  constructor(
    public session: TrainingSession,
    public reason: string | null = null
  ) {
    super()
  }
}
