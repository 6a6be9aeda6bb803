import { test } from '@japa/runner'
import { urlFor } from '@adonisjs/core/services/url_builder'
import hash from '@adonisjs/core/services/hash'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { createUser, uniqueEmail } from '#tests/fixtures'

test.group('Auth API | register', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('creates an active member and signs them in (201)', async ({ client, assert }) => {
    const email = uniqueEmail('Budi.Santoso')
    const response = await client.post(urlFor('api.v1.auth.register')).json({
      name: 'Budi Santoso',
      email: email.toUpperCase(),
      password: 'rahasia123',
      password_confirmation: 'rahasia123',
      phone: '+62 812 3456 7890',
    })

    response.assertStatus(201)
    const body = response.body()
    assert.deepEqual(Object.keys(body).sort(), ['data', 'message', 'success'])
    assert.isTrue(body.success)
    assert.equal(body.message, 'Pendaftaran berhasil')
    assert.equal(body.data.token_type, 'Bearer')
    assert.match(body.data.token, /^lat_/)
    assert.match(body.data.refresh_token, /^ltr_/)
    assert.match(body.data.expires_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
    assert.deepEqual(Object.keys(body.data.user).sort(), [
      'created_at',
      'email',
      'id',
      'last_login_at',
      'locale',
      'name',
      'phone',
      'role',
      'status',
      'updated_at',
      'wa_number',
    ])
    assert.include(body.data.user, {
      name: 'Budi Santoso',
      email: email.toLowerCase(),
      role: 'member',
      status: 'active',
      locale: 'id',
      phone: '+62 812 3456 7890',
    })

    const user = await User.findByOrFail('email', email.toLowerCase())
    assert.notEqual(user.password, 'rahasia123')
    assert.isTrue(hash.isValidHash(user.password))
    assert.isTrue(await hash.verify(user.password, 'rahasia123'))

    const me = await client.get(urlFor('api.v1.auth.me')).bearerToken(body.data.token)
    me.assertStatus(200)
    assert.equal(me.body().data.id, user.id)
  })

  test('an English client gets English messages and an English account', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post(urlFor('api.v1.auth.register'))
      .header('accept-language', 'en')
      .json({ name: 'Sari', email: uniqueEmail(), password: 'rahasia123' })
    response.assertStatus(201)
    assert.equal(response.body().message, 'Registration successful')
    assert.equal(response.body().data.user.locale, 'en')
  })

  test('a registered email is refused with 422 on email, whatever its case', async ({
    client,
    assert,
  }) => {
    const existing = await createUser()
    const response = await client.post(urlFor('api.v1.auth.register')).json({
      name: 'Orang Lain',
      email: existing.email.toUpperCase(),
      password: 'rahasia123',
    })
    response.assertStatus(422)
    response.assertBodyContains({ success: false, code: 'VALIDATION_FAILED' })
    assert.properties(response.body().errors, ['email'])
    assert.notProperty(response.body().errors, 'password')
    const count = await User.query().where('email', existing.email).count('* as n')
    assert.equal(Number(count[0].$extras.n), 1)
  })

  test('weak passwords are refused with 422 on password', async ({ client, assert }) => {
    for (const password of ['short1', 'onlyletters', '1234567890', 'x'.repeat(72) + '1']) {
      const response = await client
        .post(urlFor('api.v1.auth.register'))
        .json({ name: 'Budi', email: uniqueEmail(), password })
      response.assertStatus(422)
      response.assertBodyContains({ code: 'VALIDATION_FAILED' })
      assert.deepEqual(Object.keys(response.body().errors), ['password'], password)
    }
    const [row] = await User.query().count('* as n')
    assert.equal(Number(row.$extras.n), 0)
  })

  test('a confirmation that does not match is refused', async ({ client, assert }) => {
    const response = await client.post(urlFor('api.v1.auth.register')).json({
      name: 'Budi',
      email: uniqueEmail(),
      password: 'rahasia123',
      password_confirmation: 'rahasia124',
    })
    response.assertStatus(422)
    assert.properties(response.body().errors, ['password_confirmation'])
  })

  test('missing fields are listed one by one', async ({ client, assert }) => {
    const response = await client.post(urlFor('api.v1.auth.register')).json({})
    response.assertStatus(422)
    response.assertBodyContains({ success: false, code: 'VALIDATION_FAILED' })
    assert.properties(response.body().errors, ['name', 'email', 'password'])
    assert.isString(response.body().errors.email[0])
  })

  test('a malformed email or locale is refused', async ({ client, assert }) => {
    const response = await client
      .post(urlFor('api.v1.auth.register'))
      .json({ name: 'Budi', email: 'not-an-email', password: 'rahasia123', locale: 'fr' })
    response.assertStatus(422)
    assert.properties(response.body().errors, ['email', 'locale'])
  })

  test('the role cannot be chosen by the person signing up', async ({ client, assert }) => {
    const response = await client.post(urlFor('api.v1.auth.register')).json({
      name: 'Budi',
      email: uniqueEmail(),
      password: 'rahasia123',
      role: 'admin',
      status: 'suspended',
    })
    response.assertStatus(201)
    assert.equal(response.body().data.user.role, 'member')
    assert.equal(response.body().data.user.status, 'active')
  })
})
