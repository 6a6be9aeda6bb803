import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { COUNT_CAP } from '#services/pagination'
import { listTrainingSessions } from '#queries/schedule/list_training_sessions'
import { findCoach, listCoaches } from '#queries/schedule/list_coaches'
import { coach, sessionOf } from './helpers.js'

const titles = (body: any): string[] => body.data.map((session: { title: string }) => session.title)

test.group('Training sessions · the list at scale', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('visitors and members never see a session that has ended', async ({ client, assert }) => {
    const rina = await coach()
    const now = DateTime.now()
    await sessionOf(rina, now.minus({ hours: 3 }), 60, { title: 'Ended', status: 'open' })
    await sessionOf(rina, now.minus({ minutes: 30 }), 90, { title: 'Running', status: 'open' })
    await sessionOf(rina, now.plus({ days: 1 }), 60, { title: 'Tomorrow', status: 'open' })

    const visitor = await client.get('/api/v1/training-sessions')
    assert.deepEqual(titles(visitor.body()), ['Running', 'Tomorrow'])

    const staff = await client.get('/api/v1/training-sessions').withGuard('api').loginAs(rina)
    assert.deepEqual(titles(staff.body()), ['Ended', 'Running', 'Tomorrow'])
  })

  test('cursor paging returns every row once while rows are inserted', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const start = DateTime.now().plus({ days: 2 }).startOf('hour')
    for (let index = 0; index < 7; index++) {
      await sessionOf(rina, start.plus({ hours: index * 2 }), 60, { title: `S${index}` })
    }

    const first = await client.get('/api/v1/training-sessions').qs({ limit: 3 })
    first.assertStatus(200)
    const seen = titles(first.body())
    let cursor: string | null = first.body().meta.next_cursor
    assert.isString(cursor)
    let inserted = false
    while (cursor) {
      if (!inserted) {
        // one before the position reached, one after it
        await sessionOf(rina, start.minus({ hours: 5 }), 60, { title: 'Earlier' })
        await sessionOf(rina, start.plus({ hours: 30 }), 60, { title: 'Later' })
        inserted = true
      }
      const next = await client.get('/api/v1/training-sessions').qs({ limit: 3, cursor })
      next.assertStatus(200)
      assert.notProperty(next.body().meta, 'total_items')
      seen.push(...titles(next.body()))
      cursor = next.body().meta.next_cursor
    }
    assert.deepEqual(seen, ['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'Later'])
  })

  test('a bad cursor, or a cursor with a page number, is a 422', async ({ client }) => {
    const bad = await client.get('/api/v1/training-sessions').qs({ cursor: 'not-a-cursor' })
    bad.assertStatus(422)
    bad.assertBodyContains({ code: 'VALIDATION_FAILED', errors: { cursor: [] } })

    const rina = await coach()
    await sessionOf(rina, DateTime.now().plus({ days: 1 }), 60)
    await sessionOf(rina, DateTime.now().plus({ days: 2 }), 60)
    const first = await client.get('/api/v1/training-sessions').qs({ limit: 1 })
    const both = await client
      .get('/api/v1/training-sessions')
      .qs({ cursor: first.body().meta.next_cursor, page: 2 })
    both.assertStatus(422)
    both.assertBodyContains({ code: 'VALIDATION_FAILED' })
  })

  test('page numbers count at most COUNT_CAP rows and say when the total is a lower bound', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    await db.rawQuery(
      `INSERT INTO training_sessions (title, coach_id, starts_at, ends_at, capacity, status,
          audience, created_at, updated_at)
       SELECT 'Bulk ' || n, ?, now() + n * interval '1 hour', now() + n * interval '1 hour' + interval '30 minutes',
         10, 'open', 'public', now(), now()
       FROM generate_series(1, ?::int) AS n`,
      [rina.id, COUNT_CAP + 5]
    )
    const first = await client.get('/api/v1/training-sessions').qs({ limit: 100 })
    first.assertStatus(200)
    assert.deepInclude(first.body().meta, {
      current_page: 1,
      total_items: COUNT_CAP,
      total_items_is_lower_bound: true,
      next_page: 2,
    })

    const deep = await client.get('/api/v1/training-sessions').qs({ limit: 100, page: 101 })
    assert.lengthOf(deep.body().data, 5)
    assert.deepInclude(deep.body().meta, { next_page: null, next_cursor: null })
    assert.equal(deep.body().meta.total_items, COUNT_CAP + 5)
  })

  test('sessions and the coach lookup never read the coach password hash', async ({ assert }) => {
    const rina = await coach()
    await sessionOf(rina, DateTime.now().plus({ days: 1 }), 60)

    const { sessions } = await listTrainingSessions({}, null)
    assert.equal(sessions[0].coach.name, rina.name)
    assert.notProperty(sessions[0].coach.$attributes, 'password')

    const { profiles } = await listCoaches({}, { admin: false })
    assert.notProperty(profiles[0].user.$attributes, 'password')
    const found = await findCoach(rina.id, { admin: true })
    assert.equal(found!.user.email, rina.email)
    assert.notProperty(found!.user.$attributes, 'password')
  })
})
