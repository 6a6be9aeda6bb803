import { test } from '@japa/runner'
import { urlFor } from '@adonisjs/core/services/url_builder'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { createUser, login } from '#tests/fixtures'

test.group('Auth API | refresh', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('rotates: a new pair works, the old refresh token no longer does', async ({
    client,
    assert,
  }) => {
    const user = await createUser()
    const original = await login(client, user.email)

    const response = await client
      .post(urlFor('api.v1.auth.refresh'))
      .json({ refresh_token: original.refresh_token })
    response.assertStatus(200)
    const body = response.body()
    assert.isTrue(body.success)
    assert.equal(body.data.token_type, 'Bearer')
    assert.equal(body.data.user.id, user.id)
    assert.notEqual(body.data.token, original.token)
    assert.notEqual(body.data.refresh_token, original.refresh_token)

    const me = await client.get(urlFor('api.v1.auth.me')).bearerToken(body.data.token)
    me.assertStatus(200)

    // the access token of the rotated sign-in is retired with it
    const oldAccess = await client.get(urlFor('api.v1.auth.me')).bearerToken(original.token)
    oldAccess.assertStatus(401)

    const next = await client
      .post(urlFor('api.v1.auth.refresh'))
      .json({ refresh_token: body.data.refresh_token })
    next.assertStatus(200)
    assert.lengthOf(await User.accessTokens.all(user), 1)
  })

  test('a refresh token used twice was copied: its whole family is revoked', async ({
    client,
    assert,
  }) => {
    const user = await createUser()
    const other = await login(client, user.email)
    const original = await login(client, user.email)
    const rotated = await client
      .post(urlFor('api.v1.auth.refresh'))
      .json({ refresh_token: original.refresh_token })
    rotated.assertStatus(200)
    const fresh = rotated.body().data

    // a minute later someone replays the first token: refused, and the sign-in it came from ends
    await db
      .from('refresh_tokens')
      .whereNotNull('used_at')
      .update({ used_at: new Date(Date.now() - 60_000) })
    const replay = await client
      .post(urlFor('api.v1.auth.refresh'))
      .json({ refresh_token: original.refresh_token })
    replay.assertStatus(401)
    replay.assertBodyContains({ success: false, code: 'AUTH_INVALID_TOKEN' })

    const freshAccess = await client.get(urlFor('api.v1.auth.me')).bearerToken(fresh.token)
    freshAccess.assertStatus(401)
    const freshRefresh = await client
      .post(urlFor('api.v1.auth.refresh'))
      .json({ refresh_token: fresh.refresh_token })
    freshRefresh.assertStatus(401)

    // another sign-in of the same account is not of that family
    const untouched = await client.get(urlFor('api.v1.auth.me')).bearerToken(other.token)
    untouched.assertStatus(200)
    assert.lengthOf(await User.accessTokens.all(user), 1)
  })

  test('unknown, malformed and access tokens are refused', async ({ client }) => {
    const user = await createUser()
    const { token } = await login(client, user.email)

    for (const refreshToken of ['ltr_bm9wZQ.nope', 'garbage', token]) {
      const response = await client
        .post(urlFor('api.v1.auth.refresh'))
        .json({ refresh_token: refreshToken })
      response.assertStatus(401)
      response.assertBodyContains({ success: false, code: 'AUTH_INVALID_TOKEN' })
    }

    const missing = await client.post(urlFor('api.v1.auth.refresh')).json({})
    missing.assertStatus(422)
    missing.assertBodyContains({ code: 'VALIDATION_FAILED', errors: { refresh_token: [] } })
  })

  test('an expired refresh token is refused', async ({ client }) => {
    const user = await createUser()
    const { refresh_token: refreshToken } = await login(client, user.email)
    await db
      .from('refresh_tokens')
      .where('tokenable_id', user.id)
      .update({ expires_at: new Date(Date.now() - 1000) })

    const response = await client
      .post(urlFor('api.v1.auth.refresh'))
      .json({ refresh_token: refreshToken })
    response.assertStatus(401)
    response.assertBodyContains({ code: 'AUTH_INVALID_TOKEN' })
  })

  test('a deactivated account cannot refresh', async ({ client }) => {
    const user = await createUser()
    const { refresh_token: refreshToken } = await login(client, user.email)
    user.status = 'suspended'
    await user.save()

    const response = await client
      .post(urlFor('api.v1.auth.refresh'))
      .json({ refresh_token: refreshToken })
    response.assertStatus(401)
    response.assertBodyContains({ code: 'AUTH_INVALID_TOKEN' })
  })
})
