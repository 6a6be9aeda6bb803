import { transaction } from '#services/transaction'
import DomainError from '#exceptions/domain_error'
import Room from '#models/room'
import SessionSeries from '#models/session_series'
import type TrainingSession from '#models/training_session'
import type { SessionAudience, SessionDelivery } from '#models/training_session'
import TrainingSessionUpdated from '#events/training_session_updated'
import { assertFitsRoom } from '#actions/schedule/create_training_session'
import { futureOccurrences } from '#actions/schedule/create_session_series'
import type { ConflictReason, ScheduleCandidate } from '#actions/schedule/schedule_rules'
import {
  assertSessionShape,
  conflictReason,
  localDateTime,
  lockSchedule,
  scheduleConflict,
} from '#actions/schedule/schedule_rules'
import { assertCurrent, type Precondition } from '#services/preconditions'

export interface UpdateSessionSeriesInput {
  title?: string
  coach_id?: string
  room_id?: string | null
  start_time?: string
  end_time?: string
  capacity?: number
  description?: string | null
  delivery?: SessionDelivery
  location?: string | null
  meeting_url?: string | null
  meeting_platform?: string | null
  meeting_password?: string | null
  audience?: SessionAudience
  waitlist_enabled?: boolean
}

export function seriesNotEditable(series: SessionSeries) {
  return new DomainError('SCHEDULE_NOT_EDITABLE', {
    data: {
      status: series.status,
    },
  })
}

/**
 * PATCH /training-sessions/series/:id: changes the rule and every future
 * occurrence still scheduled, open or closed, in one transaction. Past,
 * running, completed and cancelled occurrences keep what they were. A
 * clash of any occurrence refuses the whole edit with 409 SCHEDULE_CONFLICT;
 * a stale `expected` version with 409 RESOURCE_CHANGED.
 */
export async function updateSessionSeries(
  seriesId: string,
  input: UpdateSessionSeriesInput,
  expected?: Precondition
) {
  let clash: { candidate: ScheduleCandidate; reason: ConflictReason; date: string } | null = null

  try {
    const { series, updated } = await transaction(async (trx) => {
      const current = await SessionSeries.query({ client: trx })
        .where('id', seriesId)
        .forUpdate()
        .firstOrFail()
      await assertCurrent(current, expected)
      if (current.status === 'cancelled') {
        throw seriesNotEditable(current)
      }

      const startTime = input.start_time ?? current.startTime.slice(0, 5)
      const endTime = input.end_time ?? current.endTime.slice(0, 5)
      if (endTime <= startTime) {
        throw DomainError.invalid('end_time', 'end_after_start')
      }
      const timesChanged =
        startTime !== current.startTime.slice(0, 5) || endTime !== current.endTime.slice(0, 5)

      const shared = {
        ...(input.title !== undefined && { title: input.title }),
        ...(input.coach_id !== undefined && { coachId: input.coach_id }),
        ...(input.room_id !== undefined && { roomId: input.room_id }),
        ...(input.capacity !== undefined && { capacity: input.capacity }),
        ...(input.delivery !== undefined && { delivery: input.delivery }),
        ...(input.location !== undefined && { location: input.location }),
        ...(input.meeting_url !== undefined && { meetingUrl: input.meeting_url }),
        ...(input.meeting_platform !== undefined && { meetingPlatform: input.meeting_platform }),
        ...(input.meeting_password !== undefined && { meetingPassword: input.meeting_password }),
        ...(input.audience !== undefined && { audience: input.audience }),
        ...(input.waitlist_enabled !== undefined && { waitlistEnabled: input.waitlist_enabled }),
      }
      current.merge({ ...shared, startTime, endTime })
      if (current.delivery === 'online' && !current.meetingUrl) {
        throw DomainError.invalid('meeting_url', 'meeting_url_required')
      }
      const room = current.roomId ? await Room.find(current.roomId, { client: trx }) : null
      assertFitsRoom(current.capacity, room)
      await current.useTransaction(trx).save()

      const occurrences = await futureOccurrences(current, trx)
      await lockSchedule(trx, current)
      const changed: TrainingSession[] = []
      for (const occurrence of occurrences) {
        const date = occurrence.startsAt.setZone(current.timezone).toISODate()!
        occurrence.merge({
          ...shared,
          ...(input.description !== undefined && { description: input.description }),
        })
        if (timesChanged) {
          occurrence.merge({
            startsAt: localDateTime(date, startTime, current.timezone),
            endsAt: localDateTime(date, endTime, current.timezone),
          })
        }
        if (!occurrence.$isDirty) continue
        assertSessionShape(occurrence, { timesChanged })

        clash = null
        try {
          await occurrence.useTransaction(trx).save()
        } catch (error) {
          const reason = conflictReason(error)
          if (reason) {
            clash = {
              reason,
              date,
              candidate: {
                id: occurrence.id,
                coachId: occurrence.coachId,
                roomId: occurrence.roomId,
                sessionTimeId: occurrence.sessionTimeId,
                startsAt: occurrence.startsAt,
                endsAt: occurrence.endsAt,
              },
            }
          }
          throw error
        }
        changed.push(occurrence)
      }
      return { series: current, updated: changed }
    })

    for (const session of updated) {
      await TrainingSessionUpdated.dispatch(session, ['series'])
    }
    return { series, updated }
  } catch (error) {
    if (clash) {
      const { candidate, reason, date } = clash as {
        candidate: ScheduleCandidate
        reason: ConflictReason
        date: string
      }
      throw await scheduleConflict(
        candidate,
        reason,
        {
          occurrence: {
            date,
            starts_at: candidate.startsAt.toUTC().toISO(),
            ends_at: candidate.endsAt.toUTC().toISO(),
          },
        },
        undefined,
        { timeField: 'start_time' }
      )
    }
    throw error
  }
}
