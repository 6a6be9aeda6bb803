import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import DomainError from '#exceptions/domain_error'
import { attemptLogin } from '#actions/auth/attempt_login'
import { issueApiTokens, refreshApiTokens, revokeAllTokens } from '#actions/auth/issue_api_tokens'
import { UserFactory } from '#database/factories/user_factory'

async function refusal(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, code: error.code }
    throw error
  }
  return null
}

test.group('Auth actions | tokens', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('issueApiTokens stores only hashes, with an expiry', async ({ assert }) => {
    const user = await UserFactory.create()
    const tokens = await issueApiTokens(user)
    const rows = await db.from('auth_access_tokens').where('tokenable_id', user.id)
    assert.lengthOf(rows, 1)
    assert.notInclude(JSON.stringify(rows), tokens.token.split('.')[1])
    assert.isNotNull(rows[0].expires_at)
    const refreshRows = await db.from('refresh_tokens').where('tokenable_id', user.id)
    assert.lengthOf(refreshRows, 1)
    assert.equal(refreshRows[0].name, `access:${rows[0].id}`)
  })

  test('revokeAllTokens joins the caller’s transaction', async ({ assert }) => {
    const user = await UserFactory.create()
    await issueApiTokens(user)
    await issueApiTokens(user)

    const trx = await db.transaction()
    await revokeAllTokens(user, trx)
    await trx.rollback()
    assert.lengthOf(await User.accessTokens.all(user), 2)

    await revokeAllTokens(user)
    assert.lengthOf(await User.accessTokens.all(user), 0)
    assert.lengthOf(await User.refreshTokens.all(user), 0)
  })

  test('attemptLogin: wrong pair 401, inactive 403, success records the time', async ({
    assert,
  }) => {
    const user = await UserFactory.create()
    const suspended = await UserFactory.apply('suspended').create()

    assert.deepEqual(await refusal(attemptLogin(user.email, 'wrong-pass-1')), {
      status: 401,
      code: 'AUTH_INVALID_CREDENTIALS',
    })
    assert.deepEqual(await refusal(attemptLogin('missing@example.com', 'password-123')), {
      status: 401,
      code: 'AUTH_INVALID_CREDENTIALS',
    })
    assert.deepEqual(await refusal(attemptLogin(suspended.email, 'password-123')), {
      status: 403,
      code: 'AUTH_ACCOUNT_INACTIVE',
    })

    const signedIn = await attemptLogin(user.email.toUpperCase(), 'password-123')
    assert.equal(signedIn.id, user.id)
    assert.isNotNull(signedIn.lastLoginAt)
  })
})

/**
 * Real parallel requests on separate connections (no test transaction):
 * the claim must hold in the database, not in one connection's queue.
 */
test.group('Auth actions | refresh race', () => {
  test('two requests racing with one refresh token: exactly one wins', async ({
    assert,
    cleanup,
  }) => {
    const user = await UserFactory.create()
    cleanup(() => user.delete())
    const { refresh_token: refreshToken } = await issueApiTokens(user)

    const results = await Promise.allSettled([
      refreshApiTokens(refreshToken),
      refreshApiTokens(refreshToken),
      refreshApiTokens(refreshToken),
    ])
    const won = results.filter((result) => result.status === 'fulfilled')
    const lost = results.filter((result) => result.status === 'rejected')
    assert.lengthOf(won, 1)
    assert.lengthOf(lost, 2)
    for (const result of lost) {
      assert.equal((result as PromiseRejectedResult).reason.code, 'AUTH_INVALID_TOKEN')
    }
    // the used token stays, marked, until it expires (replay detection); one is live
    const live = await db.from('refresh_tokens').where('tokenable_id', user.id).whereNull('used_at')
    assert.lengthOf(live, 1)
    assert.lengthOf(await User.accessTokens.all(user), 1)
  })
})
