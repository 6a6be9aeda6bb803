import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import Booking from '#models/booking'
import { requestHashOf } from '#services/idempotency'
import {
  bearer,
  givePackage,
  makeMember,
  makeSession,
  makeUser,
} from '#tests/functional/club/fixtures'

/**
 * The idempotency middleware (`middleware.idempotent()`), seen through
 * POST /api/v1/bookings, its first user
 */
async function family() {
  const parent = await makeUser()
  const member = await makeMember(parent)
  await givePackage(member, 4)
  return { parent, member }
}

test.group('Idempotency middleware · keys and replays', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the key may come in an idempotency_key body field', async ({ client, assert }) => {
    const { parent, member } = await family()
    const session = await makeSession()
    const payload = {
      training_session_id: session.id,
      member_id: member.id,
      idempotency_key: 'badan-1',
    }

    const first = await client
      .post('/api/v1/bookings')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    first.assertStatus(201)
    assert.isUndefined(first.header('idempotent-replayed'))

    const replay = await client
      .post('/api/v1/bookings')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    replay.assertStatus(201)
    assert.equal(replay.header('idempotent-replayed'), 'true')
    assert.equal(replay.body().data.id, first.body().data.id)

    const viaHeader = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'badan-1')
      .json({ training_session_id: session.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    viaHeader.assertStatus(201)
    assert.equal(viaHeader.header('idempotent-replayed'), 'true')
    assert.lengthOf(await Booking.query().where('member_id', member.id), 1)
  })

  test('bad keys are refused with 422 naming the field', async ({ client }) => {
    const { parent, member } = await family()
    const session = await makeSession()
    const payload = { training_session_id: session.id, member_id: member.id }

    const long = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'k'.repeat(256))
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    long.assertStatus(422)
    long.assertBodyContains({ code: 'VALIDATION_FAILED' })
    long.assertBodyContains({ errors: { 'Idempotency-Key': [] } })

    const spaced = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'dua kata')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    spaced.assertStatus(422)

    for (const bad of ['', 42]) {
      const response = await client
        .post('/api/v1/bookings')
        .json({ ...payload, idempotency_key: bad })
        .withGuard('api')
        .loginAs(parent)
      response.assertStatus(422)
      response.assertBodyContains({ code: 'VALIDATION_FAILED', errors: { idempotency_key: [] } })
    }

    const mismatch = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'satu')
      .json({ ...payload, idempotency_key: 'dua' })
      .withGuard('api')
      .loginAs(parent)
    mismatch.assertStatus(422)
    mismatch.assertBodyContains({ errors: { idempotency_key: [] } })
  })

  test('a request refused by validation releases its key', async ({ client }) => {
    const { parent, member } = await family()
    const session = await makeSession()
    const invalid = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'setelah-salah')
      .json({ training_session_id: 'bukan-uuid' })
      .withGuard('api')
      .loginAs(parent)
    invalid.assertStatus(422)

    const fixed = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'setelah-salah')
      .json({ training_session_id: session.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    fixed.assertStatus(201)
  })

  test('an in-progress key whose lease has ended is taken over', async ({ client, assert }) => {
    const { parent, member } = await family()
    const session = await makeSession()
    const payload = { training_session_id: session.id, member_id: member.id }
    const stuck = {
      scope: 'api.v1.bookings.store',
      owner: parent.id,
      request_hash: requestHashOf({ params: {}, body: payload }),
      expires_at: new Date(Date.now() + 24 * 3600 * 1000),
    }

    /**
     * A process killed mid-request 10 minutes ago: no answer, lease over
     */
    await db.table('idempotency_keys').insert({
      ...stuck,
      key: 'terputus',
      locked_until: new Date(Date.now() - 10 * 60 * 1000),
    })
    const takenOver = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'terputus')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    takenOver.assertStatus(201)
    const row = await db.from('idempotency_keys').where('key', 'terputus').firstOrFail()
    assert.equal(row.response_status, 201)

    /**
     * Still within its lease: in progress
     */
    await db.table('idempotency_keys').insert({
      ...stuck,
      key: 'masih-jalan',
      locked_until: new Date(Date.now() + 30 * 1000),
    })
    const running = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'masih-jalan')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    running.assertStatus(409)
    running.assertBodyContains({ code: 'IDEMPOTENCY_IN_PROGRESS' })

    /**
     * A lapsed lease is not a way to reuse the key for another body
     */
    await db.table('idempotency_keys').insert({
      ...stuck,
      key: 'terputus-lain',
      locked_until: new Date(Date.now() - 10 * 60 * 1000),
    })
    const reused = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'terputus-lain')
      .json({ ...payload, notes: 'lain' })
      .withGuard('api')
      .loginAs(parent)
    reused.assertStatus(422)
    reused.assertBodyContains({ code: 'IDEMPOTENCY_KEY_REUSED' })
  })

  test('replays are in the request language and keep the stored answer', async ({
    client,
    assert,
  }) => {
    const { parent, member } = await family()
    const session = await makeSession()
    const payload = { training_session_id: session.id, member_id: member.id }
    await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'bahasa')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    const reused = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'bahasa')
      .header('accept-language', 'id')
      .json({ ...payload, notes: 'beda' })
      .withGuard('api')
      .loginAs(parent)
    reused.assertStatus(422)
    assert.equal(reused.body().message, 'Idempotency-Key ini sudah dipakai untuk permintaan lain')
  })
})

test.group('Idempotency middleware · parallel requests', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('the same key while the first request runs is 409, then replays', async ({
    client,
    assert,
  }) => {
    const parent = await makeUser()
    const member = await makeMember(parent)
    await givePackage(member, 4)
    const token = await bearer(parent)
    const session = await makeSession()
    const send = () =>
      client
        .post('/api/v1/bookings')
        .header('authorization', token)
        .header('idempotency-key', 'paralel')
        .json({ training_session_id: session.id, member_id: member.id })

    /**
     * Hold the session row so that the first booking waits inside its
     * transaction, with its key claimed
     */
    const hold = await db.transaction()
    await hold.from('training_sessions').where('id', session.id).forUpdate().first()
    const first = (async () => await send())()
    let claimed = null
    for (let attempt = 0; attempt < 100 && !claimed; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      claimed = await db.from('idempotency_keys').where('key', 'paralel').first()
    }
    assert.isNotNull(claimed)

    const second = await send()
    second.assertStatus(409)
    second.assertBodyContains({ code: 'IDEMPOTENCY_IN_PROGRESS' })

    await hold.rollback()
    const firstResponse = await first
    firstResponse.assertStatus(201)

    const third = await send()
    third.assertStatus(201)
    assert.equal(third.header('idempotent-replayed'), 'true')
    assert.equal(third.body().data.id, firstResponse.body().data.id)
    const bookings = await db.from('bookings').where('training_session_id', session.id)
    assert.lengthOf(bookings, 1)
  })
})
