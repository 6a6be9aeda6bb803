import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { RoomFactory } from '#database/factories/room_factory'
import { UserFactory } from '#database/factories/user_factory'
import { at, bearer, iso } from './helpers.js'
import { truncateAfterRace } from '../race_database.js'

/**
 * Real parallel HTTP requests against the real database: no global
 * transaction here (it would put every request on one connection); the
 * tables are truncated after each test instead, once the requests settled.
 */

const PARALLEL = 20

function statuses(responses: { status(): number }[]) {
  const counts: Record<number, number> = {}
  for (const response of responses) {
    counts[response.status()] = (counts[response.status()] ?? 0) + 1
  }
  return counts
}

test.group('Training sessions · racing creates (parallel requests)', (group) => {
  group.each.setup(truncateAfterRace)

  test('20 overlapping creates for one coach: one 201, nineteen 409, one row', async ({
    client,
    assert,
  }) => {
    const coach = await UserFactory.apply('coach').create()
    const token = await bearer(coach)

    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, index) =>
        client
          .post('/api/v1/training-sessions')
          .header('authorization', `Bearer ${token}`)
          .json({
            title: `Race ${index}`,
            starts_at: iso(at(2, '09:00').plus({ minutes: index })),
            ends_at: iso(at(2, '10:30').plus({ minutes: index })),
            capacity: 5,
          })
      )
    )

    assert.deepEqual(statuses(responses), { 201: 1, 409: PARALLEL - 1 })
    const winner = responses.find((response) => response.status() === 201)!.body().data
    for (const response of responses.filter((r) => r.status() === 409)) {
      response.assertBodyContains({ code: 'SCHEDULE_CONFLICT', data: { reason: 'coach' } })
      assert.equal(response.body().data.conflict.id, winner.id)
    }
    const rows = await db.from('training_sessions').where('coach_id', coach.id)
    assert.lengthOf(rows, 1)
  })

  test('20 overlapping creates in one room by different coaches: one 201, one row', async ({
    client,
    assert,
  }) => {
    const room = await RoomFactory.create()
    const admin = await UserFactory.apply('admin').create()
    const token = await bearer(admin)
    const coaches = await UserFactory.apply('coach').createMany(PARALLEL)

    const responses = await Promise.all(
      coaches.map((coach, index) =>
        client
          .post('/api/v1/training-sessions')
          .header('authorization', `Bearer ${token}`)
          .json({
            coach_id: coach.id,
            room_id: room.id,
            starts_at: iso(at(3, '15:00').plus({ minutes: index * 2 })),
            ends_at: iso(at(3, '16:30')),
            capacity: 5,
          })
      )
    )

    assert.deepEqual(statuses(responses), { 201: 1, 409: PARALLEL - 1 })
    for (const response of responses.filter((r) => r.status() === 409)) {
      response.assertBodyContains({ code: 'SCHEDULE_CONFLICT', data: { reason: 'room' } })
    }
    const rows = await db.from('training_sessions').where('room_id', room.id)
    assert.lengthOf(rows, 1)
  })
})

test.group('Training sessions · coach and room racing together (parallel requests)', (group) => {
  group.each.setup(truncateAfterRace)

  test('four coaches alternating on one room and hour, 12 rounds: never a 5xx', async ({
    client,
    assert,
  }) => {
    const ROUNDS = 12
    const room = await RoomFactory.create()
    const coaches = await UserFactory.apply('coach').createMany(4)
    const tokens = await Promise.all(coaches.map((coach) => bearer(coach)))

    for (let round = 0; round < ROUNDS; round++) {
      const startsAt = at(2, '06:00').plus({ hours: round })
      const responses = await Promise.all(
        Array.from({ length: PARALLEL }, (_, index) =>
          client
            .post('/api/v1/training-sessions')
            .header('authorization', `Bearer ${tokens[index % tokens.length]}`)
            .json({
              title: `Round ${round} · ${index}`,
              room_id: room.id,
              starts_at: iso(startsAt),
              ends_at: iso(startsAt.plus({ minutes: 45 })),
              capacity: 5,
            })
        )
      )

      assert.deepEqual(statuses(responses), { 201: 1, 409: PARALLEL - 1 }, `round ${round}`)
      for (const response of responses.filter((r) => r.status() === 409)) {
        response.assertBodyContains({ code: 'SCHEDULE_CONFLICT' })
      }
      const rows = await db
        .from('training_sessions')
        .where('room_id', room.id)
        .where('starts_at', startsAt.toJSDate())
      assert.lengthOf(rows, 1, `round ${round}`)
    }
  })
})
