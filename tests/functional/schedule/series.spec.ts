import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import TrainingSession from '#models/training_session'
import SessionSeries from '#models/session_series'
import { RoomFactory } from '#database/factories/room_factory'
import { admin, at, coach, iso, localDate, member, rowCount, sessionOf } from './helpers.js'

/**
 * The next `count` dates (from tomorrow) that fall on a Monday or a Wednesday
 */
function mondaysAndWednesdays(from: number, to: number) {
  const dates: string[] = []
  for (let day = from; day <= to; day++) {
    const date = DateTime.now().setZone(timezone).plus({ days: day })
    if (date.weekday === 1 || date.weekday === 3) dates.push(date.toISODate()!)
  }
  return dates
}

const count = rowCount

test.group('Training sessions · series', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('creates the occurrences of a weekly rule at the same local time', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const room = await RoomFactory.create()
    const response = await client
      .post('/api/v1/training-sessions/series')
      .json({
        title: 'Latihan Rutin',
        room_id: room.id,
        weekdays: ['mon', 'wed'],
        start_time: '16:00',
        end_time: '17:30',
        starts_on: localDate(1),
        ends_on: localDate(28),
        capacity: 10,
      })
      .withGuard('api')
      .loginAs(rina)

    response.assertStatus(201)
    const body = response.body().data
    const expected = mondaysAndWednesdays(1, 28)
    assert.deepEqual(
      body.created.map((session: { date: string }) => session.date),
      expected
    )
    assert.deepEqual(body.skipped, [])
    assert.deepInclude(body.series, {
      weekdays: ['mon', 'wed'],
      start_time: '16:00',
      end_time: '17:30',
      timezone,
      status: 'active',
    })
    for (const session of body.created) {
      assert.equal(DateTime.fromISO(session.starts_at).setZone(timezone).toFormat('HH:mm'), '16:00')
      assert.equal(session.series_id, body.series.id)
    }
    assert.equal(await count('training_sessions'), expected.length)
  })

  test('on_conflict=fail: one clash refuses the batch, names it, writes nothing', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const [, second] = mondaysAndWednesdays(1, 28)
    const clash = await sessionOf(
      rina,
      DateTime.fromISO(`${second}T17:00`, { zone: timezone }),
      60,
      { title: 'Private lesson' }
    )

    const response = await client
      .post('/api/v1/training-sessions/series')
      .json({
        weekdays: ['mon', 'wed'],
        start_time: '16:00',
        end_time: '17:30',
        starts_on: localDate(1),
        ends_on: localDate(28),
      })
      .withGuard('api')
      .loginAs(rina)

    response.assertStatus(409)
    response.assertBodyContains({
      code: 'SCHEDULE_CONFLICT',
      data: {
        reason: 'coach',
        conflict: { id: clash.id, title: 'Private lesson' },
        occurrence: { date: second },
      },
    })
    assert.equal(await count('training_sessions'), 1)
    assert.equal(await count('session_series'), 0)
  })

  test('on_conflict=skip: creates the rest and lists what was skipped and why', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const dewi = await coach()
    const room = await RoomFactory.create()
    const [first, second] = mondaysAndWednesdays(1, 28)
    const coachClash = await sessionOf(
      rina,
      DateTime.fromISO(`${first}T16:30`, { zone: timezone }),
      60
    )
    const roomClash = await sessionOf(
      dewi,
      DateTime.fromISO(`${second}T15:00`, { zone: timezone }),
      90,
      {
        roomId: room.id,
      }
    )

    const response = await client
      .post('/api/v1/training-sessions/series')
      .json({
        room_id: room.id,
        weekdays: ['mon', 'wed'],
        start_time: '16:00',
        end_time: '17:30',
        starts_on: localDate(1),
        ends_on: localDate(28),
        on_conflict: 'skip',
      })
      .withGuard('api')
      .loginAs(rina)

    response.assertStatus(201)
    const body = response.body().data
    const all = mondaysAndWednesdays(1, 28)
    assert.lengthOf(body.created, all.length - 2)
    assert.deepEqual(
      body.skipped.map((entry: any) => [entry.date, entry.reason, entry.conflict.id]),
      [
        [first, 'coach_conflict', coachClash.id],
        [second, 'room_conflict', roomClash.id],
      ]
    )
    assert.equal(await count('training_sessions'), all.length)
  })

  test('bad rules are a 422 naming the field', async ({ client, assert }) => {
    const rina = await coach()
    const base = {
      weekdays: ['mon'],
      start_time: '16:00',
      end_time: '17:00',
      starts_on: localDate(1),
      ends_on: localDate(30),
    }
    for (const [patch, field, code] of [
      [{ weekdays: [] }, 'weekdays', 'VALIDATION_FAILED'],
      [{ weekdays: ['monday'] }, 'weekdays.0', 'VALIDATION_FAILED'],
      [{ weekdays: ['mon', 'mon'] }, 'weekdays', 'VALIDATION_FAILED'],
      [{ start_time: '25:00' }, 'start_time', 'VALIDATION_FAILED'],
      [{ end_time: '15:00' }, 'end_time', 'VALIDATION_FAILED'],
      [{ starts_on: localDate(-3) }, 'starts_on', 'SCHEDULE_PAST_TIME'],
      [{ ends_on: localDate(0) }, 'ends_on', 'VALIDATION_FAILED'],
      [{ ends_on: localDate(400) }, 'ends_on', 'VALIDATION_FAILED'],
      [{ timezone: 'Mars/Olympus' }, 'timezone', 'VALIDATION_FAILED'],
      [{ on_conflict: 'ignore' }, 'on_conflict', 'VALIDATION_FAILED'],
      [{ capacity: 0 }, 'capacity', 'VALIDATION_FAILED'],
    ] as const) {
      const response = await client
        .post('/api/v1/training-sessions/series')
        .json({ ...base, ...patch })
        .withGuard('api')
        .loginAs(rina)
      assert.equal(response.status(), 422, JSON.stringify(patch))
      response.assertBodyContains({ code, errors: { [field]: [] } })
    }
    assert.equal(await count('session_series'), 0)
  })

  test('a coach cannot make a series for another coach; members cannot at all', async ({
    client,
  }) => {
    const payload = {
      weekdays: ['tue'],
      start_time: '16:00',
      end_time: '17:00',
      starts_on: localDate(1),
      ends_on: localDate(14),
    }
    const dewi = await coach()
    const other = await client
      .post('/api/v1/training-sessions/series')
      .json({ ...payload, coach_id: dewi.id })
      .withGuard('api')
      .loginAs(await coach())
    other.assertStatus(403)
    const byMember = await client
      .post('/api/v1/training-sessions/series')
      .json(payload)
      .withGuard('api')
      .loginAs(await member())
    byMember.assertStatus(403)
  })

  test('editing a series changes future occurrences only', async ({ client, assert }) => {
    const rina = await coach()
    const created = await client
      .post('/api/v1/training-sessions/series')
      .json({
        title: 'Rutin',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        start_time: '16:00',
        end_time: '17:00',
        starts_on: localDate(1),
        ends_on: localDate(5),
      })
      .withGuard('api')
      .loginAs(rina)
    created.assertStatus(201)
    const seriesId = created.body().data.series.id
    const [firstId] = created.body().data.created.map((session: { id: string }) => session.id)

    // The first occurrence has already happened
    await db
      .from('training_sessions')
      .where('id', firstId)
      .update({
        starts_at: at(-1, '16:00').toJSDate(),
        ends_at: at(-1, '17:00').toJSDate(),
        status: 'completed',
      })

    const response = await client
      .patch(`/api/v1/training-sessions/series/${seriesId}`)
      .json({ title: 'Rutin Sore', start_time: '18:00', end_time: '19:30', capacity: 6 })
      .withGuard('api')
      .loginAs(rina)
    response.assertStatus(200)
    assert.lengthOf(response.body().data.updated, 4)

    const past = await TrainingSession.findOrFail(firstId)
    assert.equal(past.title, 'Rutin')
    assert.equal(iso(past.startsAt), iso(at(-1, '16:00')))

    const future = await TrainingSession.query()
      .where('series_id', seriesId)
      .whereNot('id', firstId)
      .orderBy('starts_at')
    assert.lengthOf(future, 4)
    for (const [index, session] of future.entries()) {
      assert.equal(session.title, 'Rutin Sore')
      assert.equal(session.capacity, 6)
      assert.equal(iso(session.startsAt), iso(at(index + 2, '18:00')))
      assert.equal(iso(session.endsAt), iso(at(index + 2, '19:30')))
    }
  })

  test('an edit that would clash refuses the whole edit', async ({ client, assert }) => {
    const rina = await coach()
    const created = await client
      .post('/api/v1/training-sessions/series')
      .json({
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        start_time: '16:00',
        end_time: '17:00',
        starts_on: localDate(1),
        ends_on: localDate(3),
      })
      .withGuard('api')
      .loginAs(rina)
    const seriesId = created.body().data.series.id
    const blocker = await sessionOf(rina, at(3, '18:00'), 60, { title: 'Blocker' })

    const response = await client
      .patch(`/api/v1/training-sessions/series/${seriesId}`)
      .json({ start_time: '18:00', end_time: '19:00' })
      .withGuard('api')
      .loginAs(rina)
    response.assertStatus(409)
    response.assertBodyContains({
      code: 'SCHEDULE_CONFLICT',
      data: { conflict: { id: blocker.id }, occurrence: { date: localDate(3) } },
    })
    const series = await SessionSeries.findOrFail(seriesId)
    assert.equal(series.startTime.slice(0, 5), '16:00')
    const moved = await TrainingSession.query()
      .where('series_id', seriesId)
      .whereRaw("to_char(starts_at AT TIME ZONE ?, 'HH24:MI') = '18:00'", [timezone])
    assert.lengthOf(moved, 0)
  })

  test('cancelling a series cancels future occurrences only', async ({ client, assert }) => {
    const rina = await coach()
    const boss = await admin()
    const created = await client
      .post('/api/v1/training-sessions/series')
      .json({
        coach_id: rina.id,
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        start_time: '08:00',
        end_time: '09:00',
        starts_on: localDate(1),
        ends_on: localDate(4),
      })
      .withGuard('api')
      .loginAs(boss)
    created.assertStatus(201)
    const seriesId = created.body().data.series.id
    const [firstId] = created.body().data.created.map((session: { id: string }) => session.id)
    await db
      .from('training_sessions')
      .where('id', firstId)
      .update({
        starts_at: at(0, '00:00').minus({ hours: 3 }).toJSDate(),
        ends_at: at(0, '00:00').minus({ hours: 2 }).toJSDate(),
      })

    const foreign = await client
      .post(`/api/v1/training-sessions/series/${seriesId}/cancel`)
      .withGuard('api')
      .loginAs(await coach())
    foreign.assertStatus(403)

    const response = await client
      .post(`/api/v1/training-sessions/series/${seriesId}/cancel`)
      .json({ reason: 'Libur' })
      .withGuard('api')
      .loginAs(rina)
    response.assertStatus(200)
    assert.lengthOf(response.body().data.cancelled, 3)
    assert.equal(response.body().data.series.status, 'cancelled')

    const statuses = await TrainingSession.query().where('series_id', seriesId).orderBy('starts_at')
    assert.deepEqual(
      statuses.map((session) => session.status),
      ['scheduled', 'cancelled', 'cancelled', 'cancelled']
    )

    const again = await client
      .post(`/api/v1/training-sessions/series/${seriesId}/cancel`)
      .withGuard('api')
      .loginAs(rina)
    again.assertStatus(409)
  })

  test('unknown series ids are 404 SESSION_SERIES_NOT_FOUND', async ({ client }) => {
    const response = await client
      .patch('/api/v1/training-sessions/series/7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f')
      .json({ title: 'x' })
      .withGuard('api')
      .loginAs(await admin())
    response.assertStatus(404)
    response.assertBodyContains({ code: 'SESSION_SERIES_NOT_FOUND' })
  })
})
