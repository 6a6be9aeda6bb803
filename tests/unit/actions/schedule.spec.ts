import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import emitter from '@adonisjs/core/services/emitter'
import testUtils from '@adonisjs/core/services/test_utils'
import SessionSeries from '#models/session_series'
import TrainingSession from '#models/training_session'
import TrainingSessionCreated from '#events/training_session_created'
import { createTrainingSession } from '#actions/schedule/create_training_session'
import type { SessionSeriesInput } from '#actions/schedule/create_session_series'
import { createSessionSeries } from '#actions/schedule/create_session_series'
import {
  at,
  createCoach,
  createRoom,
  createSession,
  createSlot,
  localDate,
  refusalCode,
} from '#tests/fixtures'

const sessionsOf = (coachId: string) =>
  TrainingSession.query().where('coach_id', coachId).orderBy('starts_at')

test.group('Actions | createTrainingSession', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    emitter.fake()
    return () => emitter.restore()
  })

  test('stores a future session and announces it', async ({ assert }) => {
    const events = emitter.fake([TrainingSessionCreated])
    const coach = await createCoach()

    const session = await createTrainingSession({
      coach_id: coach.id,
      starts_at: at(2, '16:00'),
      ends_at: at(2, '17:30'),
      capacity: 8,
    })

    assert.equal(session.status, 'scheduled')
    assert.equal(session.capacity, 8)
    assert.lengthOf(await sessionsOf(coach.id), 1)
    events.assertEmitted(TrainingSessionCreated)
  })

  test('a start in the past is SCHEDULE_PAST_TIME', async ({ assert }) => {
    const coach = await createCoach()
    const startsAt = DateTime.now().minus({ hours: 1 })

    assert.equal(
      await refusalCode(
        createTrainingSession({
          coach_id: coach.id,
          starts_at: startsAt,
          ends_at: startsAt.plus({ hours: 2 }),
        })
      ),
      'SCHEDULE_PAST_TIME'
    )
    assert.lengthOf(await sessionsOf(coach.id), 0)
  })

  test('an overlap with the coach’s other session is SCHEDULE_CONFLICT', async ({ assert }) => {
    const coach = await createCoach()
    await createSession({ coach, startsAt: at(2, '16:00'), minutes: 90 })

    assert.equal(
      await refusalCode(
        createTrainingSession({
          coach_id: coach.id,
          starts_at: at(2, '17:00'),
          ends_at: at(2, '18:00'),
        })
      ),
      'SCHEDULE_CONFLICT'
    )
    assert.lengthOf(await sessionsOf(coach.id), 1)

    // back to back is not a clash
    await createTrainingSession({
      coach_id: coach.id,
      starts_at: at(2, '17:30'),
      ends_at: at(2, '18:30'),
    })
    assert.lengthOf(await sessionsOf(coach.id), 2)
  })

  test('an overlap in the same room, by another coach, is SCHEDULE_CONFLICT', async ({
    assert,
  }) => {
    const room = await createRoom()
    await createSession({ startsAt: at(3, '09:00'), roomId: room.id })
    const other = await createCoach()

    assert.equal(
      await refusalCode(
        createTrainingSession({
          coach_id: other.id,
          room_id: room.id,
          starts_at: at(3, '09:30'),
          ends_at: at(3, '10:30'),
          capacity: 5,
        })
      ),
      'SCHEDULE_CONFLICT'
    )
    assert.lengthOf(await sessionsOf(other.id), 0)
  })

  test('a named slot on a date the coach already uses is SCHEDULE_CONFLICT', async ({ assert }) => {
    const coach = await createCoach()
    const slot = await createSlot('07:00', '09:00')
    const input = { coach_id: coach.id, session_time_id: slot.id, date: localDate(4) }
    await createTrainingSession(input)

    assert.equal(await refusalCode(createTrainingSession(input)), 'SCHEDULE_CONFLICT')
    assert.lengthOf(await sessionsOf(coach.id), 1)
  })
})

test.group('Actions | createSessionSeries', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    emitter.fake()
    return () => emitter.restore()
  })

  /**
   * Every day from tomorrow for three days, 16:00–17:00, with the coach
   * already busy on the second day
   */
  async function clashingSeries() {
    const coach = await createCoach()
    const blocker = await createSession({ coach, startsAt: at(2, '16:30'), minutes: 60 })
    const input: SessionSeriesInput = {
      coach_id: coach.id,
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start_time: '16:00',
      end_time: '17:00',
      starts_on: localDate(1),
      ends_on: localDate(3),
      capacity: 6,
    }
    return { coach, blocker, input }
  }

  test('creates one session per matching date', async ({ assert }) => {
    const coach = await createCoach()

    const outcome = await createSessionSeries({
      coach_id: coach.id,
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start_time: '07:00',
      end_time: '08:00',
      starts_on: localDate(1),
      ends_on: localDate(7),
    })

    assert.lengthOf(outcome.created, 7)
    assert.lengthOf(outcome.skipped, 0)
    const stored = await sessionsOf(coach.id)
    assert.lengthOf(stored, 7)
    assert.isTrue(stored.every((session) => session.seriesId === outcome.series.id))
  })

  test('fail mode: one clash refuses the batch with SCHEDULE_CONFLICT, nothing written', async ({
    assert,
  }) => {
    const { coach, blocker, input } = await clashingSeries()

    assert.equal(
      await refusalCode(createSessionSeries({ ...input, on_conflict: 'fail' })),
      'SCHEDULE_CONFLICT'
    )
    assert.equal(await refusalCode(createSessionSeries(input)), 'SCHEDULE_CONFLICT')
    const stored = await sessionsOf(coach.id)
    assert.deepEqual(
      stored.map((session) => session.id),
      [blocker.id]
    )
    assert.isNull(await SessionSeries.findBy('coach_id', coach.id))
  })

  test('skip mode: the clash is left out and named, the rest is created', async ({ assert }) => {
    const { coach, blocker, input } = await clashingSeries()

    const outcome = await createSessionSeries({ ...input, on_conflict: 'skip' })

    assert.lengthOf(outcome.created, 2)
    assert.lengthOf(outcome.skipped, 1)
    assert.equal(outcome.skipped[0].date, localDate(2))
    assert.equal(outcome.skipped[0].reason, 'coach_conflict')
    assert.equal(outcome.skipped[0].conflict?.id, blocker.id)
    assert.lengthOf(await sessionsOf(coach.id), 3)
  })

  test('past occurrences: SCHEDULE_PAST_TIME in fail mode, skipped as past in skip mode', async ({
    assert,
  }) => {
    const coach = await createCoach()
    const input: SessionSeriesInput = {
      coach_id: coach.id,
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start_time: '00:00',
      end_time: '00:30',
      starts_on: localDate(0),
      ends_on: localDate(1),
    }

    assert.equal(await refusalCode(createSessionSeries(input)), 'SCHEDULE_PAST_TIME')
    assert.equal(
      await refusalCode(createSessionSeries({ ...input, starts_on: localDate(-1) })),
      'SCHEDULE_PAST_TIME'
    )
    assert.lengthOf(await sessionsOf(coach.id), 0)

    const outcome = await createSessionSeries({ ...input, on_conflict: 'skip' })
    assert.deepEqual(
      outcome.skipped.map((skip) => [skip.date, skip.reason]),
      [[localDate(0), 'past']]
    )
    assert.lengthOf(outcome.created, 1)
  })
})
