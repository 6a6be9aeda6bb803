import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import {
  createAdmin,
  createCoach,
  createMember,
  createParent,
  createProgram,
  createSession,
  givePackage,
} from '#tests/fixtures'
import { jakarta } from './fixtures.js'

/*
| The reports read session_tallies (migration 0770), counters the
| database keeps in the transaction of every write to bookings,
| attendances and training_sessions. These specs prove they never drift:
| a write shows in the next report, and after any mix of writes every
| counter equals a direct count of the rows.
*/

/**
 * Sessions whose session_tallies row differs from a direct count of their
 * bookings and attendance records (or from the session's own columns),
 * plus rows of sessions that no longer exist
 */
async function drift() {
  const { rows } = await db.rawQuery(`
    WITH direct AS (
      SELECT s.id, s.starts_at, s.ends_at, s.status, s.program_id, s.coach_id,
        (SELECT count(*) FROM bookings b WHERE b.training_session_id = s.id AND b.status = 'confirmed')::int AS confirmed,
        (SELECT count(*) FROM bookings b WHERE b.training_session_id = s.id AND b.status = 'waitlisted')::int AS waitlisted,
        (SELECT count(*) FROM bookings b WHERE b.training_session_id = s.id AND b.status = 'cancelled')::int AS cancelled,
        (SELECT count(*) FROM attendances a WHERE a.training_session_id = s.id AND a.status = 'present')::int AS present,
        (SELECT count(*) FROM attendances a WHERE a.training_session_id = s.id AND a.status = 'late')::int AS late,
        (SELECT count(*) FROM attendances a WHERE a.training_session_id = s.id AND a.status = 'absent')::int AS absent,
        (SELECT count(*) FROM attendances a WHERE a.training_session_id = s.id AND a.status = 'excused')::int AS excused
      FROM training_sessions s
    )
    SELECT coalesce(d.id, t.training_session_id) AS id FROM direct d
      FULL JOIN session_tallies t ON t.training_session_id = d.id
     WHERE d.id IS NULL OR t.training_session_id IS NULL
        OR (d.starts_at, d.ends_at, d.status, d.program_id, d.coach_id,
            d.confirmed, d.waitlisted, d.cancelled, d.present, d.late, d.absent, d.excused)
           IS DISTINCT FROM
           (t.starts_at, t.ends_at, t.status, t.program_id, t.coach_id,
            t.bookings_confirmed, t.bookings_waitlisted, t.bookings_cancelled,
            t.attendances_present, t.attendances_late, t.attendances_absent, t.attendances_excused)
  `)
  return rows.map((row: { id: string }) => row.id)
}

test.group('Analytics rollup · session_tallies', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a booking and an attendance write show in the very next report', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const coach = await createCoach()
    const parent = await createParent()
    const child = await createMember(parent, { name: 'Rina' })
    await givePackage(child, 4)
    const program = await createProgram({ pricePerSession: 40_000 })
    const upcoming = await createSession({
      coach,
      programId: program.id,
      status: 'open',
      startsAt: DateTime.now().plus({ hours: 48 }).startOf('minute'),
    })
    const started = await createSession({
      coach,
      programId: program.id,
      status: 'open',
      startsAt: DateTime.now().minus({ minutes: 30 }).startOf('minute'),
    })
    await Booking.create({
      trainingSessionId: started.id,
      memberId: child.id,
      status: 'confirmed',
      bookedAt: DateTime.now().minus({ days: 1 }),
      confirmedAt: DateTime.now().minus({ days: 1 }),
    })
    const today = DateTime.now().setZone('Asia/Jakarta')
    const period = {
      from: today.minus({ days: 1 }).toISODate()!,
      to: today.plus({ days: 4 }).toISODate()!,
    }
    const bookings = async () => {
      const response = await client
        .get(urlFor('api.v1.analytics.bookings'))
        .qs(period)
        .withGuard('api')
        .loginAs(admin)
      response.assertStatus(200)
      const data = response.body().data
      return [data.confirmed_bookings, data.cancelled_bookings]
    }
    const attendance = async () => {
      const response = await client
        .get(urlFor('api.v1.analytics.programs', { id: program.id }))
        .qs(period)
        .withGuard('api')
        .loginAs(admin)
      response.assertStatus(200)
      return [response.body().data.attendance, response.body().data.revenue]
    }

    assert.deepEqual(await bookings(), [1, 0])
    const booked = await client
      .post(urlFor('api.v1.bookings.store'))
      .json({ training_session_id: upcoming.id, member_id: child.id })
      .withGuard('api')
      .loginAs(parent)
    booked.assertStatus(201)
    assert.deepEqual(await bookings(), [2, 0])
    const cancelled = await client
      .post(urlFor('api.v1.bookings.cancel', { id: booked.body().data.id }))
      .withGuard('api')
      .loginAs(parent)
    cancelled.assertStatus(200)
    assert.deepEqual(await bookings(), [1, 1])

    assert.deepEqual(await attendance(), [{ recorded: 0, attended: 0, rate: null }, 0])
    const mark = (status: string) =>
      client
        .put(
          urlFor('api.v1.training_sessions.attendance.upsert', {
            id: started.id,
            member_id: child.id,
          })
        )
        .json({ status })
        .withGuard('api')
        .loginAs(coach)
    const present = await mark('present')
    present.assertStatus(200)
    assert.deepEqual(await attendance(), [{ recorded: 1, attended: 1, rate: 1 }, 40_000])
    const absent = await mark('absent')
    absent.assertStatus(200)
    assert.deepEqual(await attendance(), [{ recorded: 1, attended: 0, rate: 0 }, 0])
    assert.deepEqual(await drift(), [])
  })

  test('after inserts, status changes, moves, cancellations and deletes the rollup equals a direct count', async ({
    assert,
  }) => {
    const coach = await createCoach()
    const otherCoach = await createCoach()
    const p1 = await createProgram()
    const p2 = await createProgram()
    const members = await Promise.all(
      ['Adi', 'Bima', 'Citra', 'Dewi', 'Eka'].map((name) => createMember(null, { name }))
    )
    const sessions = await Promise.all(
      ['2026-09-01T08:00', '2026-09-01T10:00', '2026-09-02T08:00', '2026-09-03T08:00'].map(
        (at, index) =>
          createSession({
            coach: index === 3 ? otherCoach : coach,
            programId: index % 2 ? p2.id : p1.id,
            startsAt: jakarta(at),
            status: 'completed',
          })
      )
    )
    const [s1, s2, s3, s4] = sessions
    const now = new Date()
    const seat = (
      session: { id: string },
      member: { id: string },
      status: string,
      position: number | null = null
    ) => ({
      training_session_id: session.id,
      member_id: member.id,
      status,
      booked_at: now,
      confirmed_at: status === 'confirmed' ? now : null,
      cancelled_at: status === 'cancelled' ? now : null,
      waitlist_position: position,
      created_at: now,
      updated_at: now,
    })

    // one multi-row statement over several sessions
    const inserted = await db
      .table('bookings')
      .multiInsert([
        seat(s1, members[0], 'confirmed'),
        seat(s1, members[1], 'confirmed'),
        seat(s1, members[2], 'waitlisted', 1),
        seat(s2, members[0], 'confirmed'),
        seat(s2, members[3], 'cancelled'),
        seat(s3, members[4], 'confirmed'),
        seat(s4, members[1], 'confirmed'),
      ])
      .returning(['id', 'training_session_id', 'member_id'])
    const bookingOf = (session: { id: string }, member: { id: string }) =>
      inserted.find(
        (row: { training_session_id: string; member_id: string }) =>
          row.training_session_id === session.id && row.member_id === member.id
      ).id as string
    assert.deepEqual(await drift(), [])

    await db.table('attendances').multiInsert(
      [
        [s1, members[0], 'present'],
        [s1, members[1], 'late'],
        [s2, members[0], 'absent'],
        [s3, members[4], 'excused'],
        [s4, members[1], 'present'],
      ].map(([session, member, status]) => ({
        training_session_id: (session as { id: string }).id,
        member_id: (member as { id: string }).id,
        status,
        created_at: now,
        updated_at: now,
      }))
    )
    assert.deepEqual(await drift(), [])

    // status changes: the waitlisted one confirmed, a confirmed one cancelled
    await db
      .from('bookings')
      .where('id', bookingOf(s1, members[2]))
      .update({ status: 'confirmed', waitlist_position: null, confirmed_at: now })
    await db
      .from('bookings')
      .where('id', bookingOf(s1, members[1]))
      .update({ status: 'cancelled', cancelled_at: now })
    // every attendance of s1 changes status in one statement
    await db.rawQuery(
      `UPDATE attendances SET status = CASE status WHEN 'present' THEN 'absent' ELSE 'present' END
        WHERE training_session_id = ?`,
      [s1.id]
    )
    // a booking and an attendance move to another session
    await db.from('bookings').where('id', bookingOf(s3, members[4])).update({
      training_session_id: s2.id,
    })
    await db
      .from('attendances')
      .where({ training_session_id: s3.id, member_id: members[4].id })
      .update({ training_session_id: s2.id })
    // an update that changes nothing counted
    await db.from('bookings').where('training_session_id', s1.id).update({ updated_at: now })
    assert.deepEqual(await drift(), [])

    // the session side: rescheduled, cancelled, moved to another program
    await db
      .from('training_sessions')
      .where('id', s2.id)
      .update({
        starts_at: jakarta('2026-09-05T08:00').toJSDate(),
        ends_at: jakarta('2026-09-05T09:00').toJSDate(),
      })
    await db
      .from('training_sessions')
      .where('id', s4.id)
      .update({ status: 'cancelled', cancelled_at: now, cancellation_reason: 'Hujan' })
    await db.from('training_sessions').where('id', s1.id).update({ program_id: p2.id })
    assert.deepEqual(await drift(), [])

    // deletes: one attendance, a session's bookings, then the session
    await db.from('attendances').where({ training_session_id: s4.id }).delete()
    await db.from('bookings').where({ training_session_id: s4.id }).delete()
    await db.from('training_sessions').where('id', s4.id).delete()
    await db.from('bookings').where('id', bookingOf(s1, members[0])).delete()
    assert.deepEqual(await drift(), [])
    const [s1Tally] = await db.from('session_tallies').where('training_session_id', s1.id)
    // left on s1: Citra confirmed (from the waitlist), Bima cancelled
    assert.include(s1Tally, {
      bookings_confirmed: 1,
      bookings_waitlisted: 0,
      bookings_cancelled: 1,
      program_id: p2.id,
    })

    // TRUNCATE empties the counters
    await db.rawQuery('TRUNCATE attendances, bookings CASCADE')
    assert.deepEqual(await drift(), [])
  })
})
