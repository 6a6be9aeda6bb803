import { test } from '@japa/runner'
import { urlFor } from '@adonisjs/core/services/url_builder'
import hash from '@adonisjs/core/services/hash'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { createUser, PASSWORD, login } from '#tests/fixtures'

test.group('Auth API | me', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('GET /me shows the signed-in account', async ({ client, assert }) => {
    const user = await createUser('admin', { phone: '0812345678', waNumber: '+62812345678' })
    const response = await client.get(urlFor('api.v1.auth.me')).withGuard('api').loginAs(user)
    response.assertStatus(200)
    assert.deepEqual(response.body().data, {
      id: user.id,
      name: user.name,
      email: user.email,
      phone: '0812345678',
      wa_number: '+62812345678',
      role: 'admin',
      status: 'active',
      locale: 'id',
      last_login_at: null,
      created_at: user.createdAt.toUTC().toISO(),
      updated_at: user.updatedAt.toUTC().toISO(),
    })
    assert.match(response.body().data.created_at, /Z$/)
  })

  test('GET /me without a token is 401 AUTH_UNAUTHORIZED', async ({ client }) => {
    const response = await client.get(urlFor('api.v1.auth.me'))
    response.assertStatus(401)
    response.assertBody({
      success: false,
      message: 'Silakan masuk terlebih dahulu',
      code: 'AUTH_UNAUTHORIZED',
    })
  })

  test('PUT /me updates name, phone, WhatsApp number and language only', async ({
    client,
    assert,
  }) => {
    const user = await createUser()
    const response = await client
      .put(urlFor('api.v1.auth.update_me'))
      .json({
        name: '  Dewi Lestari ',
        phone: '0812-1111-2222',
        wa_number: '+6281211112222',
        locale: 'en',
        email: 'hijack@example.com',
        role: 'admin',
      })
      .withGuard('api')
      .loginAs(user)

    response.assertStatus(200)
    assert.equal(response.body().message, 'Profil diperbarui')
    assert.include(response.body().data, {
      name: 'Dewi Lestari',
      phone: '0812-1111-2222',
      wa_number: '+6281211112222',
      locale: 'en',
      email: user.email,
      role: 'member',
    })
    await user.refresh()
    assert.equal(user.locale, 'en')
    assert.equal(user.role, 'member')

    // the account's language now answers the next request
    const me = await client.get(urlFor('api.v1.auth.me')).withGuard('api').loginAs(user)
    assert.equal(me.body().message, 'Your profile')

    const cleared = await client
      .put(urlFor('api.v1.auth.update_me'))
      .json({ phone: null })
      .withGuard('api')
      .loginAs(user)
    cleared.assertStatus(200)
    assert.isNull(cleared.body().data.phone)
    assert.equal(cleared.body().data.wa_number, '+6281211112222')
  })

  test('PUT /me refuses bad values per field', async ({ client, assert }) => {
    const user = await createUser()
    const response = await client
      .put(urlFor('api.v1.auth.update_me'))
      .json({ name: 'X', phone: 'call me', locale: 'fr' })
      .withGuard('api')
      .loginAs(user)
    response.assertStatus(422)
    assert.properties(response.body().errors, ['name', 'phone', 'locale'])
  })
})

test.group('Auth API | change password', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('changes the password and revokes every token of the account', async ({
    client,
    assert,
  }) => {
    const user = await createUser()
    const other = await createUser()
    const phone = await login(client, user.email)
    const laptop = await login(client, user.email)
    const otherSession = await login(client, other.email)

    const response = await client
      .post(urlFor('api.v1.auth.change_password'))
      .bearerToken(phone.token)
      .json({
        current_password: PASSWORD,
        password: 'kataSandiBaru9',
        password_confirmation: 'kataSandiBaru9',
      })
    response.assertStatus(200)
    response.assertBodyContains({ success: true, data: null })

    for (const session of [phone, laptop]) {
      const me = await client.get(urlFor('api.v1.auth.me')).bearerToken(session.token)
      me.assertStatus(401)
      me.assertBodyContains({ code: 'AUTH_INVALID_TOKEN' })
      const refresh = await client
        .post(urlFor('api.v1.auth.refresh'))
        .json({ refresh_token: session.refresh_token })
      refresh.assertStatus(401)
    }
    assert.lengthOf(await User.accessTokens.all(user), 0)
    assert.lengthOf(await User.refreshTokens.all(user), 0)

    // other accounts are untouched
    const untouched = await client.get(urlFor('api.v1.auth.me')).bearerToken(otherSession.token)
    untouched.assertStatus(200)

    await user.refresh()
    assert.isTrue(await hash.verify(user.password, 'kataSandiBaru9'))
    const oldPassword = await client
      .post(urlFor('api.v1.auth.login'))
      .json({ email: user.email, password: PASSWORD })
    oldPassword.assertStatus(401)
    await login(client, user.email, 'kataSandiBaru9')
  })

  test('a wrong current password is 422 on current_password and changes nothing', async ({
    client,
    assert,
  }) => {
    const user = await createUser()
    const session = await login(client, user.email)
    const response = await client
      .post(urlFor('api.v1.auth.change_password'))
      .bearerToken(session.token)
      .json({ current_password: 'bukan-ini-1', password: 'kataSandiBaru9' })
    response.assertStatus(422)
    response.assertBodyContains({
      success: false,
      code: 'AUTH_CURRENT_PASSWORD_INVALID',
      message: 'Kata sandi saat ini salah',
      errors: { current_password: ['Kata sandi saat ini salah.'] },
    })

    const still = await client.get(urlFor('api.v1.auth.me')).bearerToken(session.token)
    still.assertStatus(200)
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, PASSWORD))
  })

  test('a weak new password or missing fields are 422 per field', async ({ client, assert }) => {
    const user = await createUser()
    const weak = await client
      .post(urlFor('api.v1.auth.change_password'))
      .json({ current_password: PASSWORD, password: 'lemah' })
      .withGuard('api')
      .loginAs(user)
    weak.assertStatus(422)
    assert.deepEqual(Object.keys(weak.body().errors), ['password'])

    const missing = await client
      .post(urlFor('api.v1.auth.change_password'))
      .json({})
      .withGuard('api')
      .loginAs(user)
    missing.assertStatus(422)
    assert.properties(missing.body().errors, ['current_password', 'password'])
  })

  test('needs a token', async ({ client }) => {
    const response = await client
      .post(urlFor('api.v1.auth.change_password'))
      .json({ current_password: PASSWORD, password: 'kataSandiBaru9' })
    response.assertStatus(401)
    response.assertBodyContains({ code: 'AUTH_UNAUTHORIZED' })
  })
})
