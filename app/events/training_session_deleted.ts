import { BaseEvent } from '@adonisjs/core/events'

/**
 * training_session:deleted — an admin removed a session that had no
 * bookings. Only its id, title and audience remain. Dispatched after the commit.
 */
export default class TrainingSessionDeleted extends BaseEvent {
  static readonly eventName = 'training_session:deleted'

  constructor(
    public sessionId: string,
    public title: string,
    /**
     * Who could see it: only a public session's removal goes on the public channel
     */
    public audience: string = 'public'
  ) {
    super()
  }
}
