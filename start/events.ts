/*
|--------------------------------------------------------------------------
| Events
|--------------------------------------------------------------------------
|
| Domain events and who listens. Actions dispatch events after their
| transaction commits; listeners fan them out (Transmit, mail, audit).
|
*/

import emitter from '@adonisjs/core/services/emitter'
import { events } from '#generated/events'
import { listeners } from '#generated/listeners'

/**
 * The schedule: live updates of the public schedule and session pages
 */
emitter.on(events.TrainingSessionCreated, [listeners.BroadcastTrainingSession, 'created'])
emitter.on(events.TrainingSessionUpdated, [listeners.BroadcastTrainingSession, 'updated'])
emitter.on(events.TrainingSessionStatusChanged, [
  listeners.BroadcastTrainingSession,
  'statusChanged',
])
emitter.on(events.TrainingSessionCancelled, [listeners.BroadcastTrainingSession, 'cancelled'])
emitter.on(events.TrainingSessionDeleted, [listeners.BroadcastTrainingSession, 'deleted'])
