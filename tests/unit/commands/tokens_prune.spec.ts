import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import TokensPrune from '../../../commands/tokens_prune.js'
import { UserFactory } from '#database/factories/user_factory'

test.group('tokens:prune', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('deletes what has expired and keeps what still works', async ({ assert }) => {
    const user = await UserFactory.create()
    const live = await User.accessTokens.create(user)
    const dead = await User.accessTokens.create(user)
    const past = new Date(Date.now() - 60_000)
    await db
      .from('auth_access_tokens')
      .where('id', String(dead.identifier))
      .update({ expires_at: past })
    const refresh = await User.refreshTokens.create(user)
    await db
      .from('refresh_tokens')
      .where('id', String(refresh.identifier))
      .update({ expires_at: past })
    await db.table('sessions').multiInsert([
      { id: 'old', data: '{}', user_id: user.id, expires_at: past },
      { id: 'current', data: '{}', user_id: user.id, expires_at: new Date(Date.now() + 60_000) },
    ])

    await db.table('signup_requests').multiInsert(
      ['lapsed', 'waiting'].map((name, index) => ({
        email: `${name}@example.com`,
        name,
        password_hash: 'x',
        token_hash: String(index).repeat(64),
        expires_at: index === 0 ? past : new Date(Date.now() + 60_000),
      }))
    )

    const command = await ace.create(TokensPrune, [])
    await command.exec()
    command.assertSucceeded()
    command.assertLogMatches(
      /Deleted 1 access, 1 refresh and 0 reset tokens, 0 idempotency keys, 1 sessions and 1 sign-up links/
    )

    const tokens = await User.accessTokens.all(user)
    assert.deepEqual(
      tokens.map((token) => String(token.identifier)),
      [String(live.identifier)]
    )
    const sessions = await db.from('sessions').select('id')
    assert.deepEqual(
      sessions.map((row) => row.id),
      ['current']
    )
    const waiting = await db.from('signup_requests').select('name')
    assert.deepEqual(
      waiting.map((row) => row.name),
      ['waiting']
    )

    const again = await ace.create(TokensPrune, [])
    await again.exec()
    again.assertLogMatches(/Deleted 0 access, 0 refresh and 0 reset tokens/)
  })
})
