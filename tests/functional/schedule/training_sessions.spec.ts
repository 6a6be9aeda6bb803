import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import emitter from '@adonisjs/core/services/emitter'
import TrainingSession from '#models/training_session'
import TrainingSessionCreated from '#events/training_session_created'
import TrainingSessionUpdated from '#events/training_session_updated'
import { ProgramFactory } from '#database/factories/program_factory'
import { RoomFactory } from '#database/factories/room_factory'
import { SessionTimeFactory } from '#database/factories/session_time_factory'
import { UserFactory } from '#database/factories/user_factory'
import { admin, at, coach, iso, localDate, member, rowCount, sessionOf } from './helpers.js'

const sessionCount = () => rowCount('training_sessions')

test.group('Training sessions · create', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a coach creates their own session with explicit times', async ({ client, assert }) => {
    const rina = await coach()
    const program = await ProgramFactory.create()
    const room = await RoomFactory.create()
    const events = emitter.fake([TrainingSessionCreated])

    const response = await client
      .post('/api/v1/training-sessions')
      .json({
        program_id: program.id,
        room_id: room.id,
        starts_at: iso(at(2, '09:00')),
        ends_at: iso(at(2, '10:30')),
        capacity: 8,
      })
      .withGuard('api')
      .loginAs(rina)

    response.assertStatus(201)
    const data = response.body().data
    assert.equal(data.coach_id, rina.id)
    assert.equal(data.title, program.name)
    assert.equal(data.status, 'scheduled')
    assert.equal(data.seats_left, 8)
    assert.equal(data.date, localDate(2))
    assert.equal(data.starts_at, iso(at(2, '09:00')))
    assert.deepInclude(data.room, { id: room.id, name: room.name })
    events.assertEmitted(TrainingSessionCreated)
    emitter.restore()
  })

  test('a coach creates a session from a named slot and a date', async ({ client, assert }) => {
    const rina = await coach()
    const slot = await SessionTimeFactory.merge({ startTime: '16:00', endTime: '17:30' }).create()

    const response = await client
      .post('/api/v1/training-sessions')
      .json({ session_time_id: slot.id, date: localDate(3), capacity: 10 })
      .withGuard('api')
      .loginAs(rina)

    response.assertStatus(201)
    const data = response.body().data
    assert.equal(data.starts_at, iso(at(3, '16:00')))
    assert.equal(data.ends_at, iso(at(3, '17:30')))
    assert.equal(data.session_time_id, slot.id)
  })

  test('a local time without offset is read in the club time zone', async ({ client, assert }) => {
    const rina = await coach()
    const response = await client
      .post('/api/v1/training-sessions')
      .json({ starts_at: `${localDate(2)}T07:00`, ends_at: `${localDate(2)}T08:00`, capacity: 4 })
      .withGuard('api')
      .loginAs(rina)
    response.assertStatus(201)
    assert.equal(response.body().data.starts_at, iso(at(2, '07:00')))
  })

  test('an admin creates a session for a coach, and must name the coach', async ({
    client,
    assert,
  }) => {
    const boss = await admin()
    const rina = await coach()
    const payload = { starts_at: iso(at(2, '09:00')), ends_at: iso(at(2, '10:00')), capacity: 5 }

    const missing = await client
      .post('/api/v1/training-sessions')
      .json(payload)
      .withGuard('api')
      .loginAs(boss)
    missing.assertStatus(422)
    missing.assertBodyContains({ errors: { coach_id: [] } })

    const created = await client
      .post('/api/v1/training-sessions')
      .json({ ...payload, coach_id: rina.id })
      .withGuard('api')
      .loginAs(boss)
    created.assertStatus(201)
    assert.equal(created.body().data.coach_id, rina.id)
  })

  test('refusals: another coach, a member, a visitor; nothing is written', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const dewi = await coach()
    const parent = await member()
    const payload = {
      coach_id: dewi.id,
      starts_at: iso(at(2, '09:00')),
      ends_at: iso(at(2, '10:00')),
      capacity: 5,
    }

    const forOther = await client
      .post('/api/v1/training-sessions')
      .json(payload)
      .withGuard('api')
      .loginAs(rina)
    forOther.assertStatus(403)
    forOther.assertBodyContains({ code: 'AUTH_FORBIDDEN' })

    const byMember = await client
      .post('/api/v1/training-sessions')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    byMember.assertStatus(403)

    const anonymous = await client.post('/api/v1/training-sessions').json(payload)
    anonymous.assertStatus(401)
    anonymous.assertBodyContains({ code: 'AUTH_UNAUTHORIZED' })

    assert.equal(await sessionCount(), 0)
  })

  test('bad input is a 422 naming the field, and nothing is written', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const inactive = await ProgramFactory.apply('inactive').create()
    const smallRoom = await RoomFactory.merge({ capacity: 4 }).create()
    const start = iso(at(2, '09:00'))
    const end = iso(at(2, '10:00'))
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { starts_at: iso(at(-1, '09:00')), ends_at: iso(at(-1, '10:00')) },
        'starts_at',
        'SCHEDULE_PAST_TIME',
      ],
      [{ starts_at: end, ends_at: start }, 'ends_at', 'VALIDATION_FAILED'],
      [{ starts_at: start, ends_at: start }, 'ends_at', 'VALIDATION_FAILED'],
      [{ starts_at: start, ends_at: end, capacity: 0 }, 'capacity', 'VALIDATION_FAILED'],
      [{ starts_at: start, ends_at: end, capacity: 501 }, 'capacity', 'VALIDATION_FAILED'],
      [{ starts_at: start, ends_at: end, capacity: 'many' }, 'capacity', 'VALIDATION_FAILED'],
      [{ starts_at: start, ends_at: end, kind: 'party' }, 'kind', 'VALIDATION_FAILED'],
      [{ starts_at: start, ends_at: end, delivery: 'online' }, 'meeting_url', 'VALIDATION_FAILED'],
      [{ starts_at: '2026-13-45T09:00', ends_at: end }, 'starts_at', 'VALIDATION_FAILED'],
      [{ starts_at: 'tomorrow', ends_at: end }, 'starts_at', 'VALIDATION_FAILED'],
      [{ ends_at: end }, 'starts_at', 'VALIDATION_FAILED'],
      [
        { starts_at: start, ends_at: end, program_id: inactive.id },
        'program_id',
        'VALIDATION_FAILED',
      ],
      [{ starts_at: start, ends_at: end, program_id: 'abc' }, 'program_id', 'VALIDATION_FAILED'],
      [
        { starts_at: start, ends_at: end, room_id: '7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f' },
        'room_id',
        'VALIDATION_FAILED',
      ],
      [
        { starts_at: start, ends_at: end, room_id: smallRoom.id, capacity: 10 },
        'capacity',
        'SCHEDULE_ROOM_TOO_SMALL',
      ],
      [
        { session_time_id: '7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f', date: localDate(2) },
        'session_time_id',
        'VALIDATION_FAILED',
      ],
      [{ starts_at: start, ends_at: iso(at(3, '12:00')) }, 'ends_at', 'VALIDATION_FAILED'],
    ]
    for (const [payload, field, code] of cases) {
      const response = await client
        .post('/api/v1/training-sessions')
        .json(payload)
        .withGuard('api')
        .loginAs(rina)
      assert.equal(response.status(), 422, `${JSON.stringify(payload)} → ${response.status()}`)
      response.assertBodyContains({ success: false, code, errors: { [field]: [] } })
    }

    const slot = await SessionTimeFactory.create()
    const pastSlot = await client
      .post('/api/v1/training-sessions')
      .json({ session_time_id: slot.id, date: localDate(-1) })
      .withGuard('api')
      .loginAs(rina)
    pastSlot.assertStatus(422)
    pastSlot.assertBodyContains({ code: 'SCHEDULE_PAST_TIME', errors: { date: [] } })

    assert.equal(await sessionCount(), 0)
  })
})

test.group('Training sessions · no double-booking', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a coach cannot hold two overlapping sessions: 409 names the clash', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const existing = await sessionOf(rina, at(2, '09:00'), 120, { title: 'Latihan Pagi' })

    const response = await client
      .post('/api/v1/training-sessions')
      .json({ starts_at: iso(at(2, '10:00')), ends_at: iso(at(2, '11:30')), capacity: 5 })
      .withGuard('api')
      .loginAs(rina)

    response.assertStatus(409)
    response.assertBodyContains({
      success: false,
      code: 'SCHEDULE_CONFLICT',
      data: {
        reason: 'coach',
        conflict: {
          id: existing.id,
          title: 'Latihan Pagi',
          starts_at: iso(at(2, '09:00')),
          ends_at: iso(at(2, '11:00')),
        },
      },
    })
    assert.include(response.body().message, 'Latihan Pagi')
    assert.equal(await sessionCount(), 1)
  })

  test('a room cannot hold two overlapping sessions, whoever coaches', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const dewi = await UserFactory.apply('coach').merge({ locale: 'en' }).create()
    const room = await RoomFactory.create()
    const existing = await sessionOf(rina, at(2, '09:00'), 120, { roomId: room.id })

    const response = await client
      .post('/api/v1/training-sessions')
      .json({ room_id: room.id, starts_at: iso(at(2, '10:59')), ends_at: iso(at(2, '12:00')) })
      .withGuard('api')
      .loginAs(dewi)

    response.assertStatus(409)
    response.assertBodyContains({
      code: 'SCHEDULE_CONFLICT',
      data: { reason: 'room', conflict: { id: existing.id } },
    })
    assert.match(response.body().message, /^The room already has/)
  })

  test('back-to-back sessions and cancelled ones do not clash', async ({ client }) => {
    const rina = await coach()
    const room = await RoomFactory.create()
    await sessionOf(rina, at(2, '09:00'), 60, { roomId: room.id })
    await sessionOf(rina, at(2, '10:00'), 60, { roomId: room.id, status: 'cancelled' })

    const response = await client
      .post('/api/v1/training-sessions')
      .json({ room_id: room.id, starts_at: iso(at(2, '10:00')), ends_at: iso(at(2, '11:00')) })
      .withGuard('api')
      .loginAs(rina)
    response.assertStatus(201)
  })

  test('a coach has one session per named slot and date, even if the slot moved', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const slot = await SessionTimeFactory.merge({ startTime: '07:00', endTime: '09:00' }).create()
    const first = await client
      .post('/api/v1/training-sessions')
      .json({ session_time_id: slot.id, date: localDate(4) })
      .withGuard('api')
      .loginAs(rina)
    first.assertStatus(201)

    slot.merge({ startTime: '13:00', endTime: '15:00' })
    await slot.save()

    const second = await client
      .post('/api/v1/training-sessions')
      .json({ session_time_id: slot.id, date: localDate(4) })
      .withGuard('api')
      .loginAs(rina)
    second.assertStatus(409)
    second.assertBodyContains({
      code: 'SCHEDULE_CONFLICT',
      data: { reason: 'slot', conflict: { id: first.body().data.id } },
    })
    assert.equal(await sessionCount(), 1)
  })

  test('an edit into a clash is refused and changes nothing', async ({ client, assert }) => {
    const rina = await coach()
    const morning = await sessionOf(rina, at(2, '09:00'), 60)
    const noon = await sessionOf(rina, at(2, '12:00'), 60)

    const response = await client
      .patch(`/api/v1/training-sessions/${noon.id}`)
      .json({ starts_at: iso(at(2, '09:30')), ends_at: iso(at(2, '10:30')) })
      .withGuard('api')
      .loginAs(rina)
    response.assertStatus(409)
    response.assertBodyContains({
      code: 'SCHEDULE_CONFLICT',
      data: { conflict: { id: morning.id } },
    })

    await noon.refresh()
    assert.equal(iso(noon.startsAt), iso(at(2, '12:00')))
  })
})

test.group('Training sessions · edit and delete', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the coach edits their session; the event carries the changes', async ({ client }) => {
    const rina = await coach()
    const session = await sessionOf(rina, at(2, '09:00'))
    const events = emitter.fake([TrainingSessionUpdated])

    const response = await client
      .patch(`/api/v1/training-sessions/${session.id}`)
      .json({
        title: 'Latihan Sore',
        capacity: 12,
        starts_at: iso(at(2, '15:00')),
        ends_at: iso(at(2, '16:00')),
      })
      .withGuard('api')
      .loginAs(rina)

    response.assertStatus(200)
    response.assertBodyContains({
      data: { title: 'Latihan Sore', capacity: 12, starts_at: iso(at(2, '15:00')) },
    })
    events.assertEmitted(TrainingSessionUpdated, ({ data }) => data.changes.includes('startsAt'))
    emitter.restore()
  })

  test('another coach gets 403 and nothing changes; an admin may edit', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const dewi = await coach()
    const boss = await admin()
    const session = await sessionOf(rina, at(2, '09:00'))

    const foreign = await client
      .patch(`/api/v1/training-sessions/${session.id}`)
      .json({ title: 'Punya Dewi' })
      .withGuard('api')
      .loginAs(dewi)
    foreign.assertStatus(403)
    foreign.assertBodyContains({ code: 'AUTH_FORBIDDEN' })
    await session.refresh()
    assert.notEqual(session.title, 'Punya Dewi')

    const handOver = await client
      .patch(`/api/v1/training-sessions/${session.id}`)
      .json({ coach_id: dewi.id })
      .withGuard('api')
      .loginAs(rina)
    handOver.assertStatus(403)

    const byAdmin = await client
      .patch(`/api/v1/training-sessions/${session.id}`)
      .json({ coach_id: dewi.id })
      .withGuard('api')
      .loginAs(boss)
    byAdmin.assertStatus(200)
    assert.equal(byAdmin.body().data.coach_id, dewi.id)
  })

  test('a finished or cancelled session is not editable; capacity stays above bookings', async ({
    client,
  }) => {
    const rina = await coach()
    const done = await sessionOf(rina, at(2, '09:00'), 60, { status: 'completed' })
    const booked = await sessionOf(rina, at(3, '09:00'), 60, { bookedCount: 6 })

    const edit = await client
      .patch(`/api/v1/training-sessions/${done.id}`)
      .json({ title: 'Baru' })
      .withGuard('api')
      .loginAs(rina)
    edit.assertStatus(409)
    edit.assertBodyContains({ code: 'SCHEDULE_NOT_EDITABLE' })

    const shrink = await client
      .patch(`/api/v1/training-sessions/${booked.id}`)
      .json({ capacity: 5 })
      .withGuard('api')
      .loginAs(rina)
    shrink.assertStatus(422)
    shrink.assertBodyContains({ code: 'SCHEDULE_CAPACITY_BELOW_BOOKED', errors: { capacity: [] } })
  })

  test('only admins delete training sessions, and only without bookings', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const boss = await admin()
    const free = await sessionOf(rina, at(2, '09:00'))
    const booked = await sessionOf(rina, at(3, '09:00'), 60, { bookedCount: 1 })

    const byCoach = await client
      .delete(`/api/v1/training-sessions/${free.id}`)
      .withGuard('api')
      .loginAs(rina)
    byCoach.assertStatus(403)

    const refused = await client
      .delete(`/api/v1/training-sessions/${booked.id}`)
      .withGuard('api')
      .loginAs(boss)
    refused.assertStatus(409)
    refused.assertBodyContains({ code: 'SCHEDULE_CANNOT_DELETE' })
    assert.isNotNull(await TrainingSession.find(booked.id))

    const deleted = await client
      .delete(`/api/v1/training-sessions/${free.id}`)
      .withGuard('api')
      .loginAs(boss)
    deleted.assertStatus(200)
    assert.isNull(await TrainingSession.find(free.id))
  })

  test('a coach deletes their own unbooked mentoring slot (seed 002 deleteSession)', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const dewi = await coach()
    const slot = await sessionOf(rina, at(2, '09:00'), 60, { kind: 'mentoring', capacity: 1 })
    const bookedSlot = await sessionOf(rina, at(3, '09:00'), 60, {
      kind: 'mentoring',
      capacity: 1,
      bookedCount: 1,
    })
    const coaching = await sessionOf(rina, at(4, '09:00'), 60, { kind: 'coaching' })

    const otherCoach = await client
      .delete(`/api/v1/training-sessions/${slot.id}`)
      .withGuard('api')
      .loginAs(dewi)
    otherCoach.assertStatus(403)
    otherCoach.assertBodyContains({ code: 'AUTH_FORBIDDEN' })

    const notMentoring = await client
      .delete(`/api/v1/training-sessions/${coaching.id}`)
      .withGuard('api')
      .loginAs(rina)
    notMentoring.assertStatus(403)

    const booked = await client
      .delete(`/api/v1/training-sessions/${bookedSlot.id}`)
      .withGuard('api')
      .loginAs(rina)
    booked.assertStatus(409)
    booked.assertBodyContains({ code: 'SCHEDULE_CANNOT_DELETE' })
    assert.isNotNull(await TrainingSession.find(bookedSlot.id))

    const deleted = await client
      .delete(`/api/v1/training-sessions/${slot.id}`)
      .withGuard('api')
      .loginAs(rina)
    deleted.assertStatus(200)
    assert.isNull(await TrainingSession.find(slot.id))
    assert.isNotNull(await TrainingSession.find(coaching.id))
  })

  test('unknown ids are 404 TRAINING_SESSION_NOT_FOUND', async ({ client }) => {
    const boss = await admin()
    const unknown = '7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f'
    for (const request of [
      client.get(`/api/v1/training-sessions/${unknown}`),
      client
        .patch(`/api/v1/training-sessions/${unknown}`)
        .json({ title: 'x' })
        .withGuard('api')
        .loginAs(boss),
      client.post(`/api/v1/training-sessions/${unknown}/open`).withGuard('api').loginAs(boss),
      client.delete(`/api/v1/training-sessions/${unknown}`).withGuard('api').loginAs(boss),
    ]) {
      const response = await request
      response.assertStatus(404)
      response.assertBodyContains({ code: 'TRAINING_SESSION_NOT_FOUND' })
    }
    const malformed = await client.get('/api/v1/training-sessions/123')
    malformed.assertStatus(404)
  })
})
