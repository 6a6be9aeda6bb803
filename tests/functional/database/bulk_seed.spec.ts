import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { BULK_COACHES, BULK_DOMAIN, BULK_PARENTS, seedBulkClub } from '#database/bulk_club'
import { seedOptions, takeSeedFlags } from '#database/seed_options'

async function scalar(sql: string) {
  const result = await db.rawQuery(sql)
  return Number(Object.values(result.rows[0])[0])
}

/**
 * Sessions whose session_tallies row (migration 0770) is missing, left
 * over or differs from a direct count
 */
const TALLY_DRIFT = `
  SELECT count(*) FROM training_sessions ts
  FULL JOIN session_tallies t ON t.training_session_id = ts.id
  WHERE ts.id IS NULL OR t.training_session_id IS NULL
    OR (t.starts_at, t.status, t.program_id, t.coach_id,
        t.bookings_confirmed, t.bookings_cancelled,
        t.attendances_present + t.attendances_late + t.attendances_absent + t.attendances_excused)
       IS DISTINCT FROM (ts.starts_at, ts.status, ts.program_id, ts.coach_id,
        (SELECT count(*) FROM bookings b WHERE b.training_session_id = ts.id AND b.status = 'confirmed')::int,
        (SELECT count(*) FROM bookings b WHERE b.training_session_id = ts.id AND b.status = 'cancelled')::int,
        (SELECT count(*) FROM attendances a WHERE a.training_session_id = ts.id)::int)`

test.group('db:seed --size=large (the large club)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('makes the sessions and bookings asked for, every rule of the schema holding', async ({
    assert,
  }) => {
    const counts = await seedBulkClub({ sessions: 1200, bookings: 6000 })

    assert.equal(counts.sessions, 1200)
    assert.closeTo(counts.bookings, 6000, 900)
    assert.isAbove(counts.attendances, 0)
    assert.equal(
      await scalar(`SELECT count(*) FROM users WHERE email LIKE '%@${BULK_DOMAIN}'`),
      BULK_COACHES + BULK_PARENTS
    )
    // booked_count is the number of confirmed bookings, never above the seats
    assert.equal(
      await scalar(`
        SELECT count(*) FROM training_sessions ts
        WHERE ts.booked_count > ts.capacity OR ts.booked_count <> (
          SELECT count(*) FROM bookings b WHERE b.training_session_id = ts.id AND b.status = 'confirmed')`),
      0
    )
    // attendance only for confirmed bookings of completed sessions
    assert.equal(
      await scalar(`
        SELECT count(*) FROM attendances a
        JOIN bookings b ON b.id = a.booking_id
        JOIN training_sessions ts ON ts.id = a.training_session_id
        WHERE b.status <> 'confirmed' OR ts.status <> 'completed'`),
      0
    )
    // the analytics rollup (session_tallies) equals a direct count
    assert.equal(await scalar(TALLY_DRIFT), 0)
    // past and upcoming sessions both exist
    assert.isAbove(await scalar(`SELECT count(*) FROM training_sessions WHERE ends_at < now()`), 0)
    assert.isAbove(
      await scalar(
        `SELECT count(*) FROM training_sessions WHERE starts_at > now() AND status = 'open'`
      ),
      0
    )
  })

  test('a second run replaces the large club and leaves other data alone', async ({ assert }) => {
    await db
      .table('rooms')
      .insert({ name: 'Ruang Demo', created_at: new Date(), updated_at: new Date() })
    await seedBulkClub({ sessions: 300 })
    const counts = await seedBulkClub({ sessions: 500 })

    assert.equal(counts.sessions, 500)
    assert.equal(await scalar(TALLY_DRIFT), 0)
    assert.equal(await scalar(`SELECT count(*) FROM rooms WHERE name = 'Ruang Demo'`), 1)
    assert.equal(
      await scalar(`SELECT count(*) FROM users WHERE email LIKE 'coach-%@${BULK_DOMAIN}'`),
      BULK_COACHES
    )
  })

  test('the seed flags are taken off the command line before Ace sees them', ({ assert }) => {
    const argv = ['db:seed', '--size=large', '--sessions', '1_000_000', '--compact-output']
    takeSeedFlags(argv)
    assert.deepEqual(argv, ['db:seed', '--compact-output'])
    assert.equal(seedOptions.size, 'large')
    assert.equal(seedOptions.sessions, 1_000_000)
    assert.throws(() => takeSeedFlags(['db:seed', '--size=huge']), /small or large/)
    assert.throws(() => takeSeedFlags(['db:seed', '--sessions=many']), /whole number/)
    Object.assign(seedOptions, { size: 'small', sessions: 100_000, bookings: null })
  })
})
