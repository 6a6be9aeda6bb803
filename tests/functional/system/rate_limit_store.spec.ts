import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'

test.group('Rate limits | the counter table', () => {
  test('is unlogged: a counter upsert waits for no WAL flush', async ({ assert }) => {
    const { rows } = await db.rawQuery(
      `SELECT relpersistence FROM pg_class WHERE oid = 'rate_limits'::regclass`
    )
    assert.equal(rows[0].relpersistence, 'u')
  })
})
