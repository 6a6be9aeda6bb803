import logger from '@adonisjs/core/services/logger'
import transmit from '@adonisjs/transmit/services/main'
import TrainingSession from '#models/training_session'
import type TrainingSessionCreated from '#events/training_session_created'
import type TrainingSessionUpdated from '#events/training_session_updated'
import type TrainingSessionStatusChanged from '#events/training_session_status_changed'
import type TrainingSessionCancelled from '#events/training_session_cancelled'
import type TrainingSessionDeleted from '#events/training_session_deleted'
import { withSummaries } from '#queries/schedule/list_training_sessions'
import TrainingSessionTransformer from '#transformers/training_session_transformer'
import { serialize } from '#services/serialize'

export const SESSIONS_CHANNEL = 'training-sessions'
export const sessionChannel = (id: string) => `training-sessions/${id}`

/**
 * Fans schedule events out to Transmit: `training-sessions` (the public
 * schedule and program pages) and `training-sessions/<id>` (one session's
 * page). The payload is the public view of the session: never a meeting
 * link or password. A failed broadcast is logged, never thrown: the change
 * it announces is already committed.
 */
export default class BroadcastTrainingSession {
  async created(event: TrainingSessionCreated) {
    await this.broadcast('created', event.session)
  }

  async updated(event: TrainingSessionUpdated) {
    await this.broadcast('updated', event.session, { changes: event.changes })
  }

  async statusChanged(event: TrainingSessionStatusChanged) {
    await this.broadcast('status_changed', event.session, { from: event.from, to: event.to })
  }

  async cancelled(event: TrainingSessionCancelled) {
    await this.broadcast('cancelled', event.session, { reason: event.reason })
  }

  async deleted(event: TrainingSessionDeleted) {
    this.send(
      event.sessionId,
      { event: 'deleted', session: { id: event.sessionId, title: event.title } },
      event.audience
    )
  }

  private async broadcast(
    name: string,
    session: TrainingSession,
    extra: Record<string, unknown> = {}
  ) {
    try {
      const fresh = await withSummaries(TrainingSession.query().where('id', session.id)).first()
      if (!fresh) return
      this.send(
        session.id,
        {
          event: name,
          ...extra,
          session: await serialize(TrainingSessionTransformer.transform(fresh)),
        },
        fresh.audience
      )
    } catch (error) {
      logger.error({ err: error, sessionId: session.id }, 'training session broadcast failed')
    }
  }

  /**
   * Public sessions go on the public channel; members-only and invited ones
   * only on their own channel, which start/transmit.ts authorizes
   */
  private send(sessionId: string, payload: Record<string, unknown>, audience: string) {
    try {
      const body = JSON.parse(JSON.stringify(payload))
      if (audience === 'public') {
        transmit.broadcast(SESSIONS_CHANNEL, body)
      }
      transmit.broadcast(sessionChannel(sessionId), body)
    } catch (error) {
      logger.error({ err: error, sessionId }, 'training session broadcast failed')
    }
  }
}
