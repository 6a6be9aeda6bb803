import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Room from '#models/room'
import SessionTime from '#models/session_time'
import TrainingSession from '#models/training_session'
import { RoomFactory } from '#database/factories/room_factory'
import { SessionTimeFactory } from '#database/factories/session_time_factory'
import { admin, at, coach, member, sessionOf } from './helpers.js'

test.group('Rooms', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('staff read rooms; members are refused, visitors must sign in', async ({
    client,
    assert,
  }) => {
    await RoomFactory.merge({ name: 'Lapangan B' }).create()
    await RoomFactory.merge({ name: 'Lapangan A' }).create()

    const staff = await client
      .get('/api/v1/rooms')
      .withGuard('api')
      .loginAs(await coach())
    staff.assertStatus(200)
    assert.deepEqual(
      staff.body().data.map((room: { name: string }) => room.name),
      ['Lapangan A', 'Lapangan B']
    )
    assert.equal(staff.body().meta.total_items, 2)

    const byMember = await client
      .get('/api/v1/rooms')
      .withGuard('api')
      .loginAs(await member())
    byMember.assertStatus(403)
    const anonymous = await client.get('/api/v1/rooms')
    anonymous.assertStatus(401)
  })

  test('admins create, update and delete rooms; names are unique', async ({ client, assert }) => {
    const boss = await admin()
    const created = await client
      .post('/api/v1/rooms')
      .json({ name: 'Studio 1', capacity: 8, description: 'Piano' })
      .withGuard('api')
      .loginAs(boss)
    created.assertStatus(201)
    const id = created.body().data.id

    const duplicate = await client
      .post('/api/v1/rooms')
      .json({ name: 'studio 1' })
      .withGuard('api')
      .loginAs(boss)
    duplicate.assertStatus(422)
    duplicate.assertBodyContains({ errors: { name: [] } })

    const badCapacity = await client
      .post('/api/v1/rooms')
      .json({ name: 'Studio 2', capacity: 0 })
      .withGuard('api')
      .loginAs(boss)
    badCapacity.assertStatus(422)
    badCapacity.assertBodyContains({ errors: { capacity: [] } })

    const updated = await client
      .put(`/api/v1/rooms/${id}`)
      .json({ capacity: 10 })
      .withGuard('api')
      .loginAs(boss)
    updated.assertBodyContains({ data: { name: 'Studio 1', capacity: 10 } })

    const byCoach = await client
      .delete(`/api/v1/rooms/${id}`)
      .withGuard('api')
      .loginAs(await coach())
    byCoach.assertStatus(403)

    const deleted = await client.delete(`/api/v1/rooms/${id}`).withGuard('api').loginAs(boss)
    deleted.assertStatus(200)
    assert.isNull(await Room.find(id))

    const missing = await client.get(`/api/v1/rooms/${id}`).withGuard('api').loginAs(boss)
    missing.assertStatus(404)
    missing.assertBodyContains({ code: 'ROOM_NOT_FOUND' })
  })

  test('a room with sessions is kept (409 ROOM_IN_USE)', async ({ client, assert }) => {
    const room = await RoomFactory.create()
    await sessionOf(await coach(), at(2, '09:00'), 60, { roomId: room.id })
    const response = await client
      .delete(`/api/v1/rooms/${room.id}`)
      .withGuard('api')
      .loginAs(await admin())
    response.assertStatus(409)
    response.assertBodyContains({ code: 'ROOM_IN_USE' })
    assert.isNotNull(await Room.find(room.id))
  })
})

test.group('Session times', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('anyone signed in reads the slots in the order of the day', async ({ client, assert }) => {
    await SessionTimeFactory.merge({ label: 'Sore', startTime: '15:00', endTime: '17:00' }).create()
    await SessionTimeFactory.merge({ label: 'Pagi', startTime: '07:00', endTime: '09:00' }).create()

    const response = await client
      .get('/api/v1/session-times')
      .withGuard('api')
      .loginAs(await member())
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((slot: any) => [slot.label, slot.start_time, slot.end_time]),
      [
        ['Pagi', '07:00', '09:00'],
        ['Sore', '15:00', '17:00'],
      ]
    )
    const anonymous = await client.get('/api/v1/session-times')
    anonymous.assertStatus(401)
  })

  test('admins manage slots; times are HH:mm and the end comes after the start', async ({
    client,
    assert,
  }) => {
    const boss = await admin()
    const created = await client
      .post('/api/v1/session-times')
      .json({ label: 'Siang', start_time: '12:00', end_time: '13:30' })
      .withGuard('api')
      .loginAs(boss)
    created.assertStatus(201)
    created.assertBodyContains({ data: { label: 'Siang', start_time: '12:00', end_time: '13:30' } })
    const id = created.body().data.id

    for (const [payload, field] of [
      [{ label: 'X', start_time: '9:00', end_time: '10:00' }, 'start_time'],
      [{ label: 'X', start_time: '09:00', end_time: '24:00' }, 'end_time'],
      [{ label: 'X', start_time: '10:00', end_time: '09:00' }, 'end_time'],
      [{ label: 'siang', start_time: '08:00', end_time: '09:00' }, 'label'],
    ] as const) {
      const response = await client
        .post('/api/v1/session-times')
        .json(payload)
        .withGuard('api')
        .loginAs(boss)
      response.assertStatus(422)
      response.assertBodyContains({ errors: { [field]: [] } })
    }

    const shifted = await client
      .put(`/api/v1/session-times/${id}`)
      .json({ end_time: '11:00' })
      .withGuard('api')
      .loginAs(boss)
    shifted.assertStatus(422)
    shifted.assertBodyContains({ errors: { end_time: [] } })

    const byCoach = await client
      .post('/api/v1/session-times')
      .json({ label: 'Malam', start_time: '19:00', end_time: '20:00' })
      .withGuard('api')
      .loginAs(await coach())
    byCoach.assertStatus(403)
    assert.lengthOf(await SessionTime.all(), 1)
  })

  test('deleting a slot keeps the sessions made from it', async ({ client, assert }) => {
    const slot = await SessionTimeFactory.create()
    const session = await sessionOf(await coach(), at(2, '07:00'), 120, { sessionTimeId: slot.id })
    const response = await client
      .delete(`/api/v1/session-times/${slot.id}`)
      .withGuard('api')
      .loginAs(await admin())
    response.assertStatus(200)
    const kept = await TrainingSession.findOrFail(session.id)
    assert.isNull(kept.sessionTimeId)
  })
})
