import { BaseEvent } from '@adonisjs/core/events'

/**
 * training_session:deleted — an admin removed a session that had no
 * bookings. Only its id and title remain. Dispatched after the commit.
 */
export default class TrainingSessionDeleted extends BaseEvent {
  static readonly eventName = 'training_session:deleted'

  constructor(
    public sessionId: string,
    public title: string
  ) {
    super()
  }
}
