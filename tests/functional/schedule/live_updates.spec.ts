import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import Booking from '#models/booking'
import { UserFactory } from '#database/factories/user_factory'
import { makeMember } from '../club/fixtures.js'
import { admin, at, coach, iso, sessionOf } from './helpers.js'

interface Broadcast {
  channel: string
  payload: any
}

/**
 * Records what would go out on Transmit while the test runs
 */
function recordBroadcasts() {
  const sent: Broadcast[] = []
  const original = transmit.broadcast.bind(transmit)
  transmit.broadcast = ((channel: string, payload: any) => {
    sent.push({ channel, payload })
  }) as typeof transmit.broadcast
  return {
    sent,
    restore: () => {
      transmit.broadcast = original
    },
  }
}

test.group('Training sessions · live updates', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a new session goes out on training-sessions and its own channel, without meeting details', async ({
    client,
    assert,
    cleanup,
  }) => {
    const recorder = recordBroadcasts()
    cleanup(recorder.restore)
    const rina = await coach()

    const response = await client
      .post('/api/v1/training-sessions')
      .json({
        kind: 'coaching',
        delivery: 'online',
        meeting_url: 'https://zoom.example.test/j/1',
        meeting_password: 'Coaching123',
        starts_at: iso(at(2, '09:00')),
        ends_at: iso(at(2, '11:00')),
      })
      .withGuard('api')
      .loginAs(rina)
    response.assertStatus(201)
    const id = response.body().data.id
    assert.equal(response.body().data.meeting_url, 'https://zoom.example.test/j/1')

    assert.deepEqual(
      recorder.sent.map((entry) => entry.channel),
      ['training-sessions', `training-sessions/${id}`]
    )
    for (const { payload } of recorder.sent) {
      assert.equal(payload.event, 'created')
      assert.equal(payload.session.id, id)
      assert.notProperty(payload.session, 'meeting_url')
      assert.notInclude(JSON.stringify(payload), 'Coaching123')
    }
  })

  test('status changes, edits, cancellations and deletions are announced', async ({
    client,
    assert,
    cleanup,
  }) => {
    const rina = await coach()
    const session = await sessionOf(rina, at(2, '09:00'))
    const other = await sessionOf(rina, at(3, '09:00'))
    const recorder = recordBroadcasts()
    cleanup(recorder.restore)
    const as = (request: any) => request.withGuard('api').loginAs(rina)

    await as(client.post(`/api/v1/training-sessions/${session.id}/open`))
    await as(client.patch(`/api/v1/training-sessions/${session.id}`).json({ capacity: 3 }))
    await as(
      client.post(`/api/v1/training-sessions/${session.id}/cancel`).json({ reason: 'Hujan' })
    )
    await client
      .delete(`/api/v1/training-sessions/${other.id}`)
      .withGuard('api')
      .loginAs(await admin())

    const events = recorder.sent
      .filter((entry) => entry.channel === 'training-sessions')
      .map((entry) => [entry.payload.event, entry.payload.session.id, entry.payload.session.status])
    assert.deepEqual(events, [
      ['status_changed', session.id, 'open'],
      ['updated', session.id, 'open'],
      ['status_changed', session.id, 'cancelled'],
      ['cancelled', session.id, 'cancelled'],
      ['deleted', other.id, undefined],
    ])
  })

  test('a refused write announces nothing', async ({ client, assert, cleanup }) => {
    const rina = await coach()
    await sessionOf(rina, at(2, '09:00'))
    const recorder = recordBroadcasts()
    cleanup(recorder.restore)

    const response = await client
      .post('/api/v1/training-sessions')
      .json({ starts_at: iso(at(2, '09:30')), ends_at: iso(at(2, '10:00')) })
      .withGuard('api')
      .loginAs(rina)
    response.assertStatus(409)
    assert.lengthOf(recorder.sent, 0)
  })
})

test.group('Training sessions · live updates stay with who may see the session', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('members-only and invited sessions never go on the public channel', async ({
    client,
    assert,
    cleanup,
  }) => {
    const recorder = recordBroadcasts()
    cleanup(recorder.restore)
    const rina = await coach()
    for (const [index, audience] of (['members', 'invited'] as const).entries()) {
      const response = await client
        .post('/api/v1/training-sessions')
        .json({
          title: `Kelas ${audience}`,
          audience,
          starts_at: iso(at(3, `0${index + 7}:00`)),
          ends_at: iso(at(3, `0${index + 7}:45`)),
        })
        .withGuard('api')
        .loginAs(rina)
      response.assertStatus(201)
    }
    assert.lengthOf(recorder.sent, 2)
    assert.notInclude(
      recorder.sent.map((entry) => entry.channel),
      'training-sessions'
    )
    assert.isTrue(recorder.sent.every((entry) => entry.channel.startsWith('training-sessions/')))
  })

  test("a session's own channel is authorized by its audience", async ({ assert }) => {
    const manager = transmit.getManager()
    const ctx = (user: unknown) => ({ auth: { user } }) as never
    const rina = await coach()
    const parent = await UserFactory.create()
    const stranger = await UserFactory.create()
    const child = await makeMember(parent)
    const members = await sessionOf(rina, at(4, '09:00'), 60, { audience: 'members' })
    const invited = await sessionOf(rina, at(4, '11:00'), 60, { audience: 'invited' })
    await Booking.create({
      trainingSessionId: invited.id,
      memberId: child.id,
      status: 'confirmed',
      bookedBy: parent.id,
    })

    assert.isFalse(await manager.verifyAccess(`training-sessions/${members.id}`, ctx(null)))
    assert.isTrue(await manager.verifyAccess(`training-sessions/${members.id}`, ctx(stranger)))
    assert.isFalse(await manager.verifyAccess(`training-sessions/${invited.id}`, ctx(null)))
    assert.isFalse(await manager.verifyAccess(`training-sessions/${invited.id}`, ctx(stranger)))
    assert.isTrue(await manager.verifyAccess(`training-sessions/${invited.id}`, ctx(parent)))
    assert.isTrue(await manager.verifyAccess(`training-sessions/${invited.id}`, ctx(rina)))
  })
})
