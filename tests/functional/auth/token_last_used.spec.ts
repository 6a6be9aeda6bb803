import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { accessToken, createParent } from '#tests/fixtures'

async function lastUsed() {
  const row = await db.from('auth_access_tokens').select('last_used_at').firstOrFail()
  return row.last_used_at as Date | null
}

test.group('Access tokens · last used', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a wrong secret writes nothing; a right one at most once a minute', async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const token = await accessToken(parent)
    const wrong = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA')

    const refused = await client.get('/api/v1/me/bookings').bearerToken(wrong)
    refused.assertStatus(401)
    assert.isNull(await lastUsed())

    const first = await client.get('/api/v1/me/bookings').bearerToken(token)
    first.assertStatus(200)
    const stamped = await lastUsed()
    assert.instanceOf(stamped, Date)

    const second = await client.get('/api/v1/me/bookings').bearerToken(token)
    second.assertStatus(200)
    assert.equal((await lastUsed())!.getTime(), stamped!.getTime())

    await db.from('auth_access_tokens').update({ last_used_at: new Date(Date.now() - 5 * 60_000) })
    await client.get('/api/v1/me/bookings').bearerToken(token)
    assert.isAbove((await lastUsed())!.getTime(), stamped!.getTime() - 1)
    assert.isAbove((await lastUsed())!.getTime(), Date.now() - 60_000)
  })
})
