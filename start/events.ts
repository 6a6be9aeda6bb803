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

/**
 * The club's daily loop: parents hear of approvals and rejections,
 * bookings, promotions and cancelled sessions (users/:id and mail); seats
 * and rosters go live on training-sessions/:id
 */
emitter.on(events.MemberApproved, [listeners.NotifyMemberApproved])
emitter.on(events.MemberRejected, [listeners.NotifyMemberRejected])
emitter.on(events.BookingCreated, [listeners.NotifyBooking, 'created'])
emitter.on(events.BookingPromoted, [listeners.NotifyBooking, 'promoted'])
emitter.on(events.BookingCancelled, [listeners.NotifyBooking, 'cancelled'])
emitter.on(events.AttendanceRecorded, [listeners.NotifyAttendance])

/**
 * The public front door: guardians hear of their enrollments (mail, and
 * users/:id when they have an account)
 */
emitter.on(events.EnrollmentCreated, [listeners.NotifyEnrollment, 'created'])
emitter.on(events.EnrollmentApproved, [listeners.NotifyEnrollment, 'approved'])
emitter.on(events.EnrollmentRejected, [listeners.NotifyEnrollment, 'rejected'])
emitter.on(events.EnrollmentCancelled, [listeners.NotifyEnrollment, 'cancelled'])

/**
 * The live chat: messages and changes go out on chat/<id> and chat/inbox;
 * a closed chat's transcript is mailed to the visitor
 */
emitter.on(events.ChatMessageSent, [listeners.BroadcastChat, 'messageSent'])
emitter.on(events.ChatSessionChanged, [listeners.BroadcastChat, 'sessionChanged'])
emitter.on(events.ChatSessionClosed, [listeners.NotifyChat, 'closed'])
