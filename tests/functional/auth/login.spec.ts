import { test } from '@japa/runner'
import { urlFor } from '@adonisjs/core/services/url_builder'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { createUser, PASSWORD, login } from '#tests/fixtures'

test.group('Auth API | login', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('returns a bearer token, a refresh token and the user', async ({ client, assert }) => {
    const user = await createUser('coach')
    const response = await client
      .post(urlFor('api.v1.auth.login'))
      .json({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD })

    response.assertStatus(200)
    const body = response.body()
    assert.deepEqual(Object.keys(body).sort(), ['data', 'message', 'success'])
    assert.equal(body.message, 'Berhasil masuk')
    assert.deepEqual(Object.keys(body.data).sort(), [
      'expires_at',
      'refresh_token',
      'token',
      'token_type',
      'user',
    ])
    assert.equal(body.data.token_type, 'Bearer')
    assert.isAbove(Date.parse(body.data.expires_at), Date.now())
    assert.equal(body.data.user.id, user.id)
    assert.equal(body.data.user.role, 'coach')
    assert.notProperty(body.data.user, 'password')

    await user.refresh()
    assert.isNotNull(user.lastLoginAt)
    assert.equal(body.data.user.last_login_at, user.lastLoginAt!.toUTC().toISO())

    const me = await client.get(urlFor('api.v1.auth.me')).bearerToken(body.data.token)
    me.assertStatus(200)
    me.assertBodyContains({ success: true, data: { id: user.id, email: user.email } })
  })

  test('a wrong password is 401 AUTH_INVALID_CREDENTIALS', async ({ client, assert }) => {
    const user = await createUser()
    const response = await client
      .post(urlFor('api.v1.auth.login'))
      .json({ email: user.email, password: 'salah-sekali-1' })
    response.assertStatus(401)
    assert.deepEqual(response.body(), {
      success: false,
      message: 'Email atau kata sandi salah.',
      code: 'AUTH_INVALID_CREDENTIALS',
    })
    assert.lengthOf(await User.accessTokens.all(user), 0)
  })

  test('an unknown email gets the same answer as a wrong password', async ({ client }) => {
    const response = await client
      .post(urlFor('api.v1.auth.login'))
      .header('accept-language', 'en')
      .json({ email: 'nobody-here@example.com', password: PASSWORD })
    response.assertStatus(401)
    response.assertBody({
      success: false,
      message: 'The email or password is incorrect.',
      code: 'AUTH_INVALID_CREDENTIALS',
    })
  })

  test('inactive and suspended accounts cannot sign in', async ({ client, assert }) => {
    for (const state of ['inactive', 'suspended'] as const) {
      const user = await createUser(state)
      const response = await client
        .post(urlFor('api.v1.auth.login'))
        .json({ email: user.email, password: PASSWORD })
      response.assertStatus(403)
      response.assertBodyContains({ success: false, code: 'AUTH_ACCOUNT_INACTIVE' })
      assert.notProperty(response.body(), 'data')
      assert.lengthOf(await User.accessTokens.all(user), 0)
    }
  })

  test('missing fields are 422 per field', async ({ client, assert }) => {
    const response = await client.post(urlFor('api.v1.auth.login')).json({ email: 'a@example.com' })
    response.assertStatus(422)
    response.assertBodyContains({ success: false, code: 'VALIDATION_FAILED' })
    assert.deepEqual(Object.keys(response.body().errors), ['password'])

    const empty = await client.post(urlFor('api.v1.auth.login')).json({ email: '', password: '' })
    empty.assertStatus(422)
    assert.properties(empty.body().errors, ['email', 'password'])
  })

  test('a malformed JSON body is a 400 BAD_REQUEST, not a 500', async ({ client, assert }) => {
    const response = await client
      .post(urlFor('api.v1.auth.login'))
      .unsafeJson('{"email": "budi@example.com", "password": ')
    response.assertStatus(400)
    assert.deepEqual(response.body(), {
      success: false,
      message: 'Permintaan tidak dapat dibaca',
      code: 'BAD_REQUEST',
    })
  })

  test('a JSON body that is not an object is refused without a 500', async ({ client, assert }) => {
    for (const body of ['"budi@example.com"', '42', 'null']) {
      const response = await client.post(urlFor('api.v1.auth.login')).unsafeJson(body)
      assert.oneOf(response.status(), [400, 422], body)
      assert.isFalse(response.body().success)
      assert.oneOf(response.body().code, ['BAD_REQUEST', 'VALIDATION_FAILED'])
    }

    const list = await client.post(urlFor('api.v1.auth.login')).unsafeJson('[1, 2]')
    assert.oneOf(list.status(), [400, 422])
    assert.isFalse(list.body().success)
  })

  test('the current user is re-read on every request (a deactivated token stops)', async ({
    client,
  }) => {
    const user = await createUser()
    const { token } = await login(client, user.email)

    const before = await client.get(urlFor('api.v1.auth.me')).bearerToken(token)
    before.assertStatus(200)

    user.status = 'inactive'
    await user.save()

    const after = await client.get(urlFor('api.v1.auth.me')).bearerToken(token)
    after.assertStatus(403)
    after.assertBodyContains({ success: false, code: 'AUTH_ACCOUNT_INACTIVE' })
  })
})

test.group('Auth API | logout', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('revokes the token used (200), which then is a 401', async ({ client, assert }) => {
    const user = await createUser()
    const first = await login(client, user.email)
    const second = await login(client, user.email)

    const response = await client.post(urlFor('api.v1.auth.logout')).bearerToken(first.token)
    response.assertStatus(200)
    response.assertBody({ success: true, message: 'Berhasil keluar', data: null })

    const revoked = await client.get(urlFor('api.v1.auth.me')).bearerToken(first.token)
    revoked.assertStatus(401)
    revoked.assertBodyContains({ success: false, code: 'AUTH_INVALID_TOKEN' })

    const again = await client.post(urlFor('api.v1.auth.logout')).bearerToken(first.token)
    again.assertStatus(401)

    // the refresh token of that sign-in is gone with it; the other sign-in lives on
    const refresh = await client
      .post(urlFor('api.v1.auth.refresh'))
      .json({ refresh_token: first.refresh_token })
    refresh.assertStatus(401)
    const other = await client.get(urlFor('api.v1.auth.me')).bearerToken(second.token)
    other.assertStatus(200)
    assert.lengthOf(await User.accessTokens.all(user), 1)
  })

  test('needs a token', async ({ client }) => {
    const response = await client.post(urlFor('api.v1.auth.logout'))
    response.assertStatus(401)
    response.assertBodyContains({ success: false, code: 'AUTH_UNAUTHORIZED' })

    const garbage = await client.post(urlFor('api.v1.auth.logout')).bearerToken('lat_not-a-token')
    garbage.assertStatus(401)
    garbage.assertBodyContains({ success: false, code: 'AUTH_INVALID_TOKEN' })
  })
})
