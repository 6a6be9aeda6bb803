import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import type Member from '#models/member'
import type TrainingSession from '#models/training_session'
import { bearer, givePackage, makeMember, makeSession, makeUser } from './fixtures.js'

/**
 * Real parallel HTTP requests against the real database: no global
 * transaction here (it would serialize everything on one connection);
 * tables are truncated after each test instead.
 */

interface Family {
  member: Member
  token: string
}

/**
 * `count` parents with one active member each (one credit package of
 * `credits`), and a bearer token per parent. Accounts copy one password
 * hash so that 100 of them take no time to create.
 */
async function families(count: number, credits = 4): Promise<Family[]> {
  const template = await makeUser()
  const created: Family[] = []
  for (let index = 0; index < count; index++) {
    const parent =
      index === 0
        ? template
        : await User.create({
            name: `Orang tua ${index}`,
            email: `race.${index}.${template.id.slice(0, 8)}@example.com`,
            password: 'unused',
            role: 'member',
            status: 'active',
            locale: 'id',
          })
    const member = await makeMember(parent)
    await givePackage(member, credits)
    created.push({ member, token: await bearer(parent) })
  }
  return created
}

async function seatCounts(session: TrainingSession) {
  const row = await db.from('training_sessions').where('id', session.id).first()
  const byStatus = await db
    .from('bookings')
    .where('training_session_id', session.id)
    .groupBy('status')
    .select('status')
    .count('* as total')
  const counts = { confirmed: 0, waitlisted: 0, cancelled: 0 }
  for (const entry of byStatus) counts[entry.status as keyof typeof counts] = Number(entry.total)
  return { bookedCount: Number(row.booked_count), capacity: Number(row.capacity), ...counts }
}

test.group('Club · booking races (parallel requests)', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('100 members racing for 10 seats with a waitlist: exactly 10 confirmed', async ({
    client,
    assert,
  }) => {
    const session = await makeSession({ capacity: 10, waitlistEnabled: true })
    const racers = await families(100)

    const responses = await Promise.all(
      racers.map(({ member, token }) =>
        client
          .post('/api/v1/bookings')
          .header('authorization', token)
          .json({ training_session_id: session.id, member_id: member.id })
      )
    )

    const statuses = responses.map((response) => response.status())
    assert.deepEqual([...new Set(statuses)], [201])
    const confirmed = responses.filter((r) => r.body().data.status === 'confirmed')
    const waitlisted = responses.filter((r) => r.body().data.status === 'waitlisted')
    assert.lengthOf(confirmed, 10)
    assert.lengthOf(waitlisted, 90)
    // waitlist positions are 1…90 with no gap and no repeat
    assert.deepEqual(
      waitlisted.map((r) => r.body().data.waitlist_position).sort((a, b) => a - b),
      Array.from({ length: 90 }, (_, index) => index + 1)
    )

    const counts = await seatCounts(session)
    assert.equal(counts.confirmed, 10)
    assert.equal(counts.waitlisted, 90)
    assert.equal(counts.bookedCount, counts.confirmed)
  })

  test('100 members racing for 10 seats without a waitlist: 10 in, 90 × 409', async ({
    client,
    assert,
  }) => {
    const session = await makeSession({ capacity: 10, waitlistEnabled: false })
    const racers = await families(100)

    const responses = await Promise.all(
      racers.map(({ member, token }) =>
        client
          .post('/api/v1/bookings')
          .header('authorization', token)
          .json({ training_session_id: session.id, member_id: member.id })
      )
    )

    assert.lengthOf(
      responses.filter((r) => r.status() === 201),
      10
    )
    const refused = responses.filter((r) => r.status() === 409)
    assert.lengthOf(refused, 90)
    assert.isTrue(refused.every((r) => r.body().code === 'BOOKING_SESSION_FULL'))

    const counts = await seatCounts(session)
    assert.equal(counts.confirmed, 10)
    assert.equal(counts.bookedCount, 10)
    assert.equal(counts.waitlisted + counts.cancelled, 0)
    // a refused booking reserved nothing: 90 packages still have all 4 credits
    const untouched = await client
      .get('/api/v1/me/packages')
      .header('authorization', racers.find((_, i) => responses[i].status() === 409)!.token)
    assert.equal(untouched.body().data[0].remaining_sessions, 4)
  })

  test('one credit, ten sessions booked at once: exactly one succeeds', async ({
    client,
    assert,
  }) => {
    const [racer] = await families(1, 1)
    const sessions: TrainingSession[] = []
    for (let index = 0; index < 10; index++) {
      sessions.push(await makeSession({ inHours: 24 + index * 3 }))
    }

    const responses = await Promise.all(
      sessions.map((session) =>
        client
          .post('/api/v1/bookings')
          .header('authorization', racer.token)
          .json({ training_session_id: session.id, member_id: racer.member.id })
      )
    )

    assert.lengthOf(
      responses.filter((r) => r.status() === 201),
      1
    )
    const refused = responses.filter((r) => r.status() !== 201)
    assert.lengthOf(refused, 9)
    assert.isTrue(refused.every((r) => r.body().code === 'PACKAGE_QUOTA_EXHAUSTED'))
    const live = await db
      .from('bookings')
      .where('member_id', racer.member.id)
      .where('status', 'confirmed')
      .count('* as total')
    assert.equal(Number(live[0].total), 1)
  })

  test('the same member booking the same session ten times at once: one booking', async ({
    client,
    assert,
  }) => {
    const [racer] = await families(1, 10)
    const session = await makeSession({ capacity: 5 })

    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        client
          .post('/api/v1/bookings')
          .header('authorization', racer.token)
          .json({ training_session_id: session.id, member_id: racer.member.id })
      )
    )

    assert.lengthOf(
      responses.filter((r) => r.status() === 201),
      1
    )
    const refused = responses.filter((r) => r.status() !== 201)
    assert.isTrue(refused.every((r) => r.body().code === 'BOOKING_DUPLICATE'))
    const counts = await seatCounts(session)
    assert.equal(counts.confirmed, 1)
    assert.equal(counts.bookedCount, 1)
  })

  test('the same Idempotency-Key sent five times at once books once', async ({
    client,
    assert,
  }) => {
    const [racer] = await families(1, 10)
    const session = await makeSession({ capacity: 5 })

    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        client
          .post('/api/v1/bookings')
          .header('authorization', racer.token)
          .header('idempotency-key', 'sekali-saja')
          .json({ training_session_id: session.id, member_id: racer.member.id })
      )
    )

    const created = responses.filter((r) => r.status() === 201)
    assert.isAtLeast(created.length, 1)
    assert.equal(new Set(created.map((r) => r.body().data.id)).size, 1)
    const others = responses.filter((r) => r.status() !== 201)
    assert.isTrue(others.every((r) => r.body().code === 'IDEMPOTENCY_IN_PROGRESS'))
    const counts = await seatCounts(session)
    assert.equal(counts.confirmed, 1)
  })

  test('cancellations and bookings racing keep the seat count true', async ({ client, assert }) => {
    const session = await makeSession({ capacity: 5, waitlistEnabled: true })
    const first = await families(15)
    const seated = []
    for (const racer of first) {
      const response = await client
        .post('/api/v1/bookings')
        .header('authorization', racer.token)
        .json({ training_session_id: session.id, member_id: racer.member.id })
      seated.push({ racer, booking: response.body().data })
    }
    const late = await families(10)

    const confirmed = seated.filter((entry) => entry.booking.status === 'confirmed')
    const waiting = seated.filter((entry) => entry.booking.status === 'waitlisted')
    await Promise.all([
      ...confirmed.map(({ racer, booking }) =>
        client.post(`/api/v1/bookings/${booking.id}/cancel`).header('authorization', racer.token)
      ),
      ...waiting
        .slice(0, 3)
        .map(({ racer, booking }) =>
          client.post(`/api/v1/bookings/${booking.id}/cancel`).header('authorization', racer.token)
        ),
      ...late.map((racer) =>
        client
          .post('/api/v1/bookings')
          .header('authorization', racer.token)
          .json({ training_session_id: session.id, member_id: racer.member.id })
      ),
    ])

    const counts = await seatCounts(session)
    assert.equal(counts.bookedCount, counts.confirmed)
    assert.equal(counts.confirmed, 5)
    assert.equal(counts.cancelled, 8)
    assert.equal(counts.waitlisted, 25 - 8 - 5)
  })
})
