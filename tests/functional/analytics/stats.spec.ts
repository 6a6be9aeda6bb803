import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { DateTime } from 'luxon'
import {
  createAdmin,
  createCoach,
  createMember,
  createParent,
  createProgram,
  createRoom,
  createSession,
} from '#tests/fixtures'
import { enroll } from './fixtures.js'

test.group('Statistics gaps of seed 004', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('GET /programs/stats counts the enrollments table, in all and per program', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const parent = await createParent()
    const popular = await createProgram({ name: 'Populer' })
    const other = await createProgram({ name: 'Lain' })
    await createSession({ programId: popular.id, bookedCount: 3 })
    const kids = [
      await createMember(parent),
      await createMember(parent),
      await createMember(parent),
    ]
    const now = DateTime.now()
    await enroll(kids[0], popular.id, 'approved', now, now)
    await enroll(kids[1], popular.id, 'pending', now)
    await enroll(kids[2], other.id, 'rejected', now, now)

    const response = await client
      .get(urlFor('api.v1.programs.stats'))
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)
    const data = response.body().data
    assert.equal(data.total_enrollments, 3)
    assert.deepEqual(data.enrollments_by_status, {
      pending: 1,
      approved: 1,
      rejected: 1,
      cancelled: 0,
    })
    assert.deepInclude(data.most_popular_programs[0], {
      program_id: popular.id,
      seats_booked: 3,
      enrollment_count: 2,
    })
  })

  test('GET /rooms/:id lists its upcoming sessions, soonest first, not the past nor the cancelled', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach({ name: 'Pelatih Ruang' })
    const room = await createRoom()
    const later = await createSession({
      coach,
      roomId: room.id,
      startsAt: DateTime.now().plus({ days: 3 }),
    })
    const soon = await createSession({
      coach,
      roomId: room.id,
      startsAt: DateTime.now().plus({ days: 1 }),
    })
    await createSession({
      coach,
      roomId: room.id,
      startsAt: DateTime.now().plus({ days: 2 }),
      status: 'cancelled',
    })
    await createSession({
      coach,
      roomId: room.id,
      startsAt: DateTime.now().minus({ days: 2 }),
      status: 'completed',
    })
    await createSession({ coach, startsAt: DateTime.now().plus({ days: 4 }) })

    const response = await client
      .get(urlFor('api.v1.rooms.show', { id: room.id }))
      .withGuard('api')
      .loginAs(coach)
    response.assertStatus(200)
    const sessions = response.body().data.upcoming_sessions
    assert.deepEqual(
      sessions.map((session: { id: string }) => session.id),
      [soon.id, later.id]
    )
    assert.equal(sessions[0].coach.name, 'Pelatih Ruang')
  })
})
