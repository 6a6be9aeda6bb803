import { transaction } from '#services/transaction'
import DomainError from '#exceptions/domain_error'
import Room from '#models/room'
import TrainingSession from '#models/training_session'
import TrainingSessionUpdated from '#events/training_session_updated'
import type { TrainingSessionInput } from '#actions/schedule/create_training_session'
import { assertFitsRoom, slotTimes } from '#actions/schedule/create_training_session'
import {
  assertSessionShape,
  conflictReason,
  lockSchedule,
  scheduleConflict,
} from '#actions/schedule/schedule_rules'
import { assertCurrent, type Precondition } from '#services/preconditions'

export type UpdateTrainingSessionInput = Partial<
  Omit<TrainingSessionInput, 'kind' | 'status' | 'created_by'>
>

/**
 * 409 SCHEDULE_NOT_EDITABLE: a session that is under way, over or
 * cancelled keeps what it was
 */
export function notEditable(session: TrainingSession) {
  return new DomainError('SCHEDULE_NOT_EDITABLE', { data: { status: session.status } })
}

/**
 * Edits a scheduled, open or closed session. New times must be in the
 * future; the database refuses a clash exactly as on creation. A stale
 * `expected` version is a 409 RESOURCE_CHANGED.
 */
export async function updateTrainingSession(
  sessionId: string,
  input: UpdateTrainingSessionInput,
  expected?: Precondition
) {
  let candidate: TrainingSession | null = null
  const changes: string[] = []

  try {
    const session = await transaction(async (trx) => {
      const current = await TrainingSession.query({ client: trx })
        .where('id', sessionId)
        .forUpdate()
        .firstOrFail()
      await assertCurrent(current, expected)
      if (!current.isEditable) {
        throw notEditable(current)
      }

      let startsAt = current.startsAt
      let endsAt = current.endsAt
      let sessionTimeId = current.sessionTimeId
      let startField = 'starts_at'
      if (input.session_time_id && input.date) {
        ;({ startsAt, endsAt } = await slotTimes(input.session_time_id, input.date))
        sessionTimeId = input.session_time_id
        startField = 'date'
      } else if (input.starts_at && input.ends_at) {
        startsAt = input.starts_at
        endsAt = input.ends_at
        sessionTimeId = null
      }
      const timesChanged = !startsAt.equals(current.startsAt) || !endsAt.equals(current.endsAt)

      current.merge({
        startsAt,
        endsAt,
        sessionTimeId,
        ...(input.title !== undefined && { title: input.title }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.program_id !== undefined && { programId: input.program_id }),
        ...(input.coach_id !== undefined && { coachId: input.coach_id }),
        ...(input.room_id !== undefined && { roomId: input.room_id }),
        ...(input.capacity !== undefined && { capacity: input.capacity }),
        ...(input.delivery !== undefined && { delivery: input.delivery }),
        ...(input.location !== undefined && { location: input.location }),
        ...(input.meeting_url !== undefined && { meetingUrl: input.meeting_url }),
        ...(input.meeting_platform !== undefined && { meetingPlatform: input.meeting_platform }),
        ...(input.meeting_password !== undefined && { meetingPassword: input.meeting_password }),
        ...(input.audience !== undefined && { audience: input.audience }),
        ...(input.classification !== undefined && { classification: input.classification }),
        ...(input.stage !== undefined && { stage: input.stage }),
        ...(input.region !== undefined && { region: input.region }),
        ...(input.waitlist_enabled !== undefined && { waitlistEnabled: input.waitlist_enabled }),
      })

      assertSessionShape(current, { timesChanged, startField })
      const room = current.roomId ? await Room.find(current.roomId, { client: trx }) : null
      if (current.$dirty.roomId !== undefined || current.$dirty.capacity !== undefined) {
        assertFitsRoom(current.capacity, room)
      }

      // a retried attempt starts the list over
      changes.splice(0, changes.length, ...Object.keys(current.$dirty))
      candidate = current
      await lockSchedule(trx, current)
      await current.useTransaction(trx).save()
      return current
    })

    if (changes.length > 0) {
      await TrainingSessionUpdated.dispatch(session, changes)
    }
    return session
  } catch (error) {
    const reason = conflictReason(error)
    if (!reason || !candidate) throw error
    const clashing = candidate as TrainingSession
    throw await scheduleConflict(
      {
        id: clashing.id,
        coachId: clashing.coachId,
        roomId: clashing.roomId,
        sessionTimeId: clashing.sessionTimeId,
        startsAt: clashing.startsAt,
        endsAt: clashing.endsAt,
      },
      reason,
      {},
      undefined,
      { timeField: input.session_time_id && input.date ? 'date' : 'starts_at' }
    )
  }
}
