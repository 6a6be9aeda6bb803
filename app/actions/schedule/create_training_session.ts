import type { DateTime } from 'luxon'
import { transaction } from '#services/transaction'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Program from '#models/program'
import Room from '#models/room'
import SessionTime from '#models/session_time'
import TrainingSession from '#models/training_session'
import type {
  SessionAudience,
  SessionDelivery,
  SessionKind,
  SessionStatus,
} from '#models/training_session'
import User from '#models/user'
import TrainingSessionCreated from '#events/training_session_created'
import DomainError from '#exceptions/domain_error'
import {
  assertSessionShape,
  conflictReason,
  localDateTime,
  lockSchedule,
  scheduleConflict,
} from '#actions/schedule/schedule_rules'

/**
 * What a session is made of (the API's field names). Times come either
 * from a named slot and a local date, or as explicit instants.
 */
export interface TrainingSessionInput {
  kind?: SessionKind
  title?: string
  description?: string | null
  program_id?: string | null
  coach_id: string
  room_id?: string | null
  session_time_id?: string
  date?: string
  starts_at?: DateTime
  ends_at?: DateTime
  capacity?: number
  status?: Extract<SessionStatus, 'scheduled' | 'open'>
  delivery?: SessionDelivery
  location?: string | null
  meeting_url?: string | null
  meeting_platform?: string | null
  meeting_password?: string | null
  audience?: SessionAudience
  classification?: string | null
  stage?: string | null
  region?: string | null
  waitlist_enabled?: boolean
  created_by?: string | null
}

const KIND_TITLES: Record<SessionKind, string> = {
  training: 'Training',
  coaching: 'Coaching',
  mentoring: 'Mentoring',
}

/**
 * Start and end of a session made from a named slot on a local date
 */
export async function slotTimes(sessionTimeId: string, date: string) {
  const slot = await SessionTime.findOrFail(sessionTimeId)
  return {
    slot,
    startsAt: localDateTime(date, slot.startTime),
    endsAt: localDateTime(date, slot.endTime),
  }
}

/**
 * Capacity within the room's: a room for 8 cannot seat 10
 */
export function assertFitsRoom(capacity: number, room: Room | null) {
  if (room?.capacity && capacity > room.capacity) {
    throw new DomainError('SCHEDULE_ROOM_TOO_SMALL', {
      field: 'capacity',
      rule: 'room_too_small',
      params: { room: room.name, capacity: room.capacity },
      data: { room_id: room.id, room_capacity: room.capacity },
    })
  }
}

/**
 * Inserts a prepared session. Database refusals are left to the caller,
 * which knows how to answer them.
 */
export async function insertTrainingSession(
  attributes: Partial<TrainingSession>,
  client?: TransactionClientContract
) {
  if (client && attributes.coachId) {
    await lockSchedule(client, { coachId: attributes.coachId, roomId: attributes.roomId ?? null })
  }
  return TrainingSession.create(
    {
      seriesId: null,
      bookedCount: 0,
      actualStartedAt: null,
      actualEndedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      ...attributes,
    },
    client ? { client } : undefined
  )
}

/**
 * A coach (for themselves) or an admin (for any coach) puts a session on
 * the schedule. The database refuses a clash with the coach's or the
 * room's other sessions, also when requests race; the refusal becomes a
 * 409 SCHEDULE_CONFLICT that names the session it clashed with.
 */
export async function createTrainingSession(input: TrainingSessionInput) {
  const kind = input.kind ?? 'training'
  let startsAt = input.starts_at!
  let endsAt = input.ends_at!
  const fromSlot = Boolean(input.session_time_id && input.date)
  if (fromSlot) {
    ;({ startsAt, endsAt } = await slotTimes(input.session_time_id!, input.date!))
  }

  const program = input.program_id ? await Program.find(input.program_id) : null
  const room = input.room_id ? await Room.find(input.room_id) : null
  const coach = await User.findOrFail(input.coach_id)

  const capacity = input.capacity ?? program?.maxStudents ?? room?.capacity ?? 1
  const delivery = input.delivery ?? 'onsite'
  const meetingUrl = input.meeting_url ?? null
  assertSessionShape(
    { startsAt, endsAt, delivery, meetingUrl, capacity },
    { timesChanged: true, startField: fromSlot ? 'date' : 'starts_at' }
  )
  assertFitsRoom(capacity, room)

  const attributes: Partial<TrainingSession> = {
    kind,
    title: input.title ?? program?.name ?? `${KIND_TITLES[kind]} — ${coach.name}`,
    description: input.description ?? null,
    programId: program?.id ?? null,
    coachId: coach.id,
    roomId: room?.id ?? null,
    sessionTimeId: fromSlot ? input.session_time_id! : null,
    startsAt,
    endsAt,
    capacity,
    status: input.status ?? 'scheduled',
    delivery,
    location: input.location ?? room?.name ?? null,
    meetingUrl,
    meetingPlatform: input.meeting_platform ?? null,
    meetingPassword: input.meeting_password ?? null,
    audience: input.audience ?? 'public',
    classification: input.classification ?? null,
    stage: input.stage ?? null,
    region: input.region ?? null,
    waitlistEnabled: input.waitlist_enabled ?? false,
    createdBy: input.created_by ?? null,
  }

  /**
   * The insert runs in its own transaction so that a refusal leaves the
   * connection usable for naming the clash
   */
  let session: TrainingSession
  try {
    session = await transaction((trx) => insertTrainingSession(attributes, trx))
  } catch (error) {
    const reason = conflictReason(error)
    if (!reason) throw error
    throw await scheduleConflict(
      {
        coachId: coach.id,
        roomId: attributes.roomId ?? null,
        sessionTimeId: attributes.sessionTimeId ?? null,
        startsAt,
        endsAt,
      },
      reason,
      {},
      undefined,
      { timeField: fromSlot ? 'date' : 'starts_at' }
    )
  }

  await TrainingSessionCreated.dispatch(session)
  return session
}
