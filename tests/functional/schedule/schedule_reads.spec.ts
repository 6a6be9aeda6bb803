import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { ProgramFactory } from '#database/factories/program_factory'
import { RoomFactory } from '#database/factories/room_factory'
import { TrainingSessionFactory } from '#database/factories/training_session_factory'
import Booking from '#models/booking'
import { givePackage, makeMember } from '../club/fixtures.js'
import { admin, at, coach, iso, localDate, member, sessionOf } from './helpers.js'

const titles = (body: any) => body.data.map((session: { title: string }) => session.title)

test.group('Training sessions · lists and visibility', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('visitors see only scheduled and open public sessions, ordered by start', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    for (const [title, status, day] of [
      ['Open', 'open', 3],
      ['Scheduled', 'scheduled', 2],
      ['Closed', 'closed', 4],
      ['Cancelled', 'cancelled', 5],
      ['Completed', 'completed', 6],
    ] as const) {
      await sessionOf(rina, at(day, '09:00'), 60, { title, status })
    }
    await sessionOf(rina, at(7, '09:00'), 60, { title: 'Members only', audience: 'members' })

    const visitor = await client.get('/api/v1/training-sessions')
    visitor.assertStatus(200)
    assert.deepEqual(titles(visitor.body()), ['Scheduled', 'Open'])

    const parent = await member()
    const asMember = await client.get('/api/v1/training-sessions').withGuard('api').loginAs(parent)
    assert.deepEqual(titles(asMember.body()), ['Scheduled', 'Open', 'Members only'])

    const staff = await client.get('/api/v1/training-sessions').withGuard('api').loginAs(rina)
    assert.lengthOf(staff.body().data, 6)
  })

  test('meeting link and password are never public', async ({ client, assert }) => {
    const rina = await coach()
    const session = await TrainingSessionFactory.apply('online')
      .merge({ coachId: rina.id, kind: 'coaching', status: 'open' })
      .create()

    for (const response of [
      await client.get('/api/v1/training-sessions'),
      await client.get(`/api/v1/training-sessions/${session.id}`),
      await client
        .get('/api/v1/training-sessions')
        .withGuard('api')
        .loginAs(await member()),
    ]) {
      response.assertStatus(200)
      const text = JSON.stringify(response.body())
      assert.notInclude(text, 'meet.example.test')
      assert.notInclude(text, 'rahasia')
    }

    const staff = await client
      .get(`/api/v1/training-sessions/${session.id}`)
      .withGuard('api')
      .loginAs(await admin())
    staff.assertBodyContains({
      data: { meeting_url: 'https://meet.example.test/latih', meeting_password: 'rahasia' },
    })
  })

  test("the link is for the session's coach and its participants, not every coach", async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const session = await TrainingSessionFactory.apply('online')
      .merge({ coachId: rina.id, kind: 'coaching', status: 'open' })
      .create()
    const parent = await member()
    const child = await makeMember(parent)
    await Booking.create({
      trainingSessionId: session.id,
      memberId: child.id,
      status: 'confirmed',
      bookedBy: parent.id,
    })

    const other = await coach()
    for (const response of [
      await client.get(`/api/v1/training-sessions/${session.id}`).withGuard('api').loginAs(other),
      await client.get('/api/v1/training-sessions').withGuard('api').loginAs(other),
    ]) {
      assert.notInclude(JSON.stringify(response.body()), 'rahasia', 'another coach')
    }

    for (const who of [rina, parent]) {
      const detail = await client
        .get(`/api/v1/training-sessions/${session.id}`)
        .withGuard('api')
        .loginAs(who)
      detail.assertBodyContains({ data: { meeting_password: 'rahasia' } })
      const list = await client.get('/api/v1/training-sessions').withGuard('api').loginAs(who)
      const row = list.body().data.find((item: { id: string }) => item.id === session.id)
      assert.equal(row?.meeting_url, 'https://meet.example.test/latih', who.email)
    }
  })

  test('a session visitors may not see is a 404 for them', async ({ client }) => {
    const rina = await coach()
    const closed = await sessionOf(rina, at(2, '09:00'), 60, { status: 'closed' })
    const response = await client.get(`/api/v1/training-sessions/${closed.id}`)
    response.assertStatus(404)
    response.assertBodyContains({ code: 'TRAINING_SESSION_NOT_FOUND' })
    const staff = await client
      .get(`/api/v1/training-sessions/${closed.id}`)
      .withGuard('api')
      .loginAs(rina)
    staff.assertStatus(200)
  })

  test('filters: kind, program, coach, room, status, date range and search', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const dewi = await coach()
    const program = await ProgramFactory.merge({ name: 'Panahan Dasar' }).create()
    const room = await RoomFactory.create()
    await sessionOf(rina, at(2, '09:00'), 60, { title: 'A', programId: program.id })
    await sessionOf(rina, at(3, '09:00'), 60, { title: 'B', kind: 'mentoring', status: 'open' })
    await sessionOf(dewi, at(4, '09:00'), 60, { title: 'C', roomId: room.id })
    await sessionOf(dewi, at(9, '09:00'), 60, { title: 'Digital coaching D' })

    const query = async (qs: Record<string, unknown>) => {
      const response = await client.get('/api/v1/training-sessions').qs(qs)
      return titles(response.body())
    }

    assert.deepEqual(await query({ kind: 'mentoring' }), ['B'])
    assert.deepEqual(await query({ program_id: program.id }), ['A'])
    assert.deepEqual(await query({ coach_id: dewi.id }), ['C', 'Digital coaching D'])
    assert.deepEqual(await query({ room_id: room.id }), ['C'])
    assert.deepEqual(await query({ status: 'open' }), ['B'])
    assert.deepEqual(await query({ from: localDate(3), to: localDate(4) }), ['B', 'C'])
    assert.deepEqual(await query({ from: iso(at(4, '09:30')) }), ['C', 'Digital coaching D'])
    assert.deepEqual(await query({ search: 'panahan' }), ['A'])
    assert.deepEqual(await query({ search: 'digital' }), ['Digital coaching D'])
    assert.deepEqual(await query({ search: dewi.name }), ['C', 'Digital coaching D'])

    const page = await client.get('/api/v1/training-sessions').qs({ page: 2, limit: 3 })
    assert.deepEqual(titles(page.body()), ['Digital coaching D'])
    assert.deepEqual(page.body().meta, {
      current_page: 2,
      per_page: 3,
      total_items: 4,
      total_pages: 2,
      next_page: null,
      prev_page: 1,
      total_items_is_lower_bound: false,
      next_cursor: null,
    })
  })

  test('bad list parameters are a 422 per field', async ({ client }) => {
    for (const [qs, field] of [
      [{ kind: 'party' }, 'kind'],
      [{ status: 'done' }, 'status'],
      [{ program_id: 'abc' }, 'program_id'],
      [{ coach_id: '12' }, 'coach_id'],
      [{ from: 'yesterday' }, 'from'],
      [{ to: '2026-02-30' }, 'to'],
      [{ from: localDate(5), to: localDate(2) }, 'to'],
      [{ page: 0 }, 'page'],
      [{ limit: 101 }, 'limit'],
    ] as const) {
      const response = await client.get('/api/v1/training-sessions').qs(qs)
      response.assertStatus(422)
      response.assertBodyContains({ errors: { [field]: [] } })
    }
  })
})

test.group('Training sessions · state machine over the API', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('open → close → start → complete, then nothing more', async ({ client, assert }) => {
    const rina = await coach()
    const session = await sessionOf(rina, at(2, '09:00'))
    const post = (action: string, body: Record<string, unknown> = {}) =>
      client
        .post(`/api/v1/training-sessions/${session.id}/${action}`)
        .json(body)
        .withGuard('api')
        .loginAs(rina)

    const start = await post('start')
    start.assertStatus(409)
    start.assertBodyContains({
      code: 'INVALID_STATE_TRANSITION',
      data: { from: 'scheduled', action: 'start' },
    })

    for (const [action, status] of [
      ['open', 'open'],
      ['close', 'closed'],
      ['start', 'ongoing'],
      ['complete', 'completed'],
    ]) {
      const response = await post(action)
      response.assertStatus(200)
      assert.equal(response.body().data.status, status)
    }
    await session.refresh()
    assert.isNotNull(session.actualStartedAt)
    assert.isNotNull(session.actualEndedAt)

    const cancel = await post('cancel')
    cancel.assertStatus(409)
    cancel.assertBodyContains({ code: 'INVALID_STATE_TRANSITION' })
  })

  test('cancel with a reason frees the coach for another session', async ({ client }) => {
    const rina = await coach()
    const session = await sessionOf(rina, at(2, '09:00'))
    const cancelled = await client
      .post(`/api/v1/training-sessions/${session.id}/cancel`)
      .json({ reason: 'Hujan' })
      .withGuard('api')
      .loginAs(rina)
    cancelled.assertStatus(200)
    cancelled.assertBodyContains({ data: { status: 'cancelled', cancellation_reason: 'Hujan' } })

    const again = await client
      .post('/api/v1/training-sessions')
      .json({ starts_at: iso(at(2, '09:00')), ends_at: iso(at(2, '10:30')) })
      .withGuard('api')
      .loginAs(rina)
    again.assertStatus(201)
  })

  test('cancelling releases the bookings; a session once booked cannot be deleted', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const session = await sessionOf(rina, at(2, '09:00'), 60, { status: 'open' })
    const parent = await member()
    const child = await makeMember(parent)
    await givePackage(child, 4)
    const booked = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: child.id })
      .withGuard('api')
      .loginAs(parent)
    booked.assertStatus(201)

    const cancelled = await client
      .post(`/api/v1/training-sessions/${session.id}/cancel`)
      .json({ reason: 'Lapangan banjir' })
      .withGuard('api')
      .loginAs(rina)
    cancelled.assertStatus(200)
    cancelled.assertBodyContains({ data: { status: 'cancelled', booked_count: 0 } })
    const bookings = await Booking.query().where('training_session_id', session.id)
    assert.deepEqual(
      bookings.map((booking) => [booking.status, booking.cancellationReason]),
      [['cancelled', 'Lapangan banjir']]
    )

    const deleted = await client
      .delete(`/api/v1/training-sessions/${session.id}`)
      .withGuard('api')
      .loginAs(await admin())
    deleted.assertStatus(409)
    deleted.assertBodyContains({ code: 'SCHEDULE_CANNOT_DELETE' })
  })

  test("another coach cannot move a session's status; an admin can", async ({ client }) => {
    const rina = await coach()
    const session = await sessionOf(rina, at(2, '09:00'))
    const foreign = await client
      .post(`/api/v1/training-sessions/${session.id}/open`)
      .withGuard('api')
      .loginAs(await coach())
    foreign.assertStatus(403)
    const byMember = await client
      .post(`/api/v1/training-sessions/${session.id}/open`)
      .withGuard('api')
      .loginAs(await member())
    byMember.assertStatus(403)
    const byAdmin = await client
      .post(`/api/v1/training-sessions/${session.id}/open`)
      .withGuard('api')
      .loginAs(await admin())
    byAdmin.assertStatus(200)
  })
})
