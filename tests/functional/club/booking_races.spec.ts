import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import User from '#models/user'
import Member from '#models/member'
import type TrainingSession from '#models/training_session'
import { bearer, makePackage, makeSession, makeUser } from './fixtures.js'
import { truncateAfterRace } from '../race_database.js'

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
 * `credits`), and a bearer token per parent. Built in bulk: one multi-row
 * insert per table, and every account copies the first one's password
 * hash, so 100 families take no time to create.
 */
async function families(count: number, credits = 4): Promise<Family[]> {
  const template = await makeUser()
  const pkg = await makePackage({ sessionCount: credits })
  const now = new Date()
  const tag = template.id.slice(0, 8)

  const others: { id: string }[] =
    count > 1
      ? await db
          .table('users')
          .multiInsert(
            Array.from({ length: count - 1 }, (_, index) => ({
              name: `Orang tua ${index + 1}`,
              email: `race.${index + 1}.${tag}@example.com`,
              password: template.password,
              role: 'member',
              status: 'active',
              locale: 'id',
              created_at: now,
              updated_at: now,
            }))
          )
          .returning('id')
      : []
  const accountIds = [template.id, ...others.map((row) => row.id)]

  const memberRows: { id: string; account_id: string }[] = await db
    .table('members')
    .multiInsert(
      accountIds.map((accountId, index) => ({
        account_id: accountId,
        name: `Anak ${index} ${tag}`,
        relationship: 'child',
        status: 'active',
        approved_at: now,
        created_at: now,
        updated_at: now,
      }))
    )
    .returning(['id', 'account_id'])

  const start = DateTime.now().minus({ days: 1 }).startOf('day')
  await db.table('member_packages').multiInsert(
    memberRows.map((row) => ({
      member_id: row.id,
      package_id: pkg.id,
      start_date: start.toISODate(),
      end_date: start.plus({ days: 30 }).toISODate(),
      total_sessions: credits,
      used_sessions: 0,
      status: 'active',
      created_at: now,
      updated_at: now,
    }))
  )

  const accounts = await User.query().whereIn('id', accountIds)
  const parents = new Map(accounts.map((account) => [account.id, account]))
  const members = await Member.query().whereIn(
    'id',
    memberRows.map((row) => row.id)
  )
  return Promise.all(
    members.map(async (member) => ({
      member,
      token: await bearer(parents.get(member.accountId!)!),
    }))
  )
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
  group.each.setup(truncateAfterRace)

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
