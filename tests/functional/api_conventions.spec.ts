import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { freePort } from '#database/embedded_postgres'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'

test.group('API conventions', () => {
  test('success envelope', async ({ client }) => {
    const response = await client.get('/api/v1/ping')
    response.assertStatus(200)
    response.assertBody({ success: true, message: 'OK', data: { pong: true } })
  })

  test('every response carries a request id', async ({ client, assert }) => {
    const response = await client.get('/api/v1/ping')
    assert.match(response.header('x-request-id') ?? '', /.+/)
  })

  test('unknown route is a JSON 404 with a code, even when HTML is asked for', async ({
    client,
  }) => {
    const response = await client.get('/api/v1/nothing-here').header('accept', 'text/html')
    response.assertStatus(404)
    response.assertBodyContains({ success: false, code: 'ROUTE_NOT_FOUND' })
  })

  test('messages are Indonesian by default and follow Accept-Language', async ({
    client,
    assert,
  }) => {
    const indonesian = await client.get('/api/v1/nothing-here')
    assert.equal(indonesian.body().message, 'Alamat tidak ditemukan')
    assert.equal(indonesian.header('content-language'), 'id')

    const english = await client
      .get('/api/v1/nothing-here')
      .header('accept-language', 'en-US,en;q=0.9')
    assert.equal(english.body().message, 'Not found')
    assert.equal(english.header('content-language'), 'en')
  })
})

test.group('API conventions | database down', (group) => {
  let original: any
  let token: string

  group.each.setup(async () => {
    const user = await UserFactory.create()
    const accessToken = await User.accessTokens.create(user)
    token = accessToken.value!.release()
    original = db.manager.get('postgres')!.config
    const deadPort = await freePort()
    db.manager.patch('postgres', {
      ...original,
      connection: { connectionString: `postgres://postgres:postgres@127.0.0.1:${deadPort}/none` },
      pool: { min: 0, max: 2, acquireTimeoutMillis: 2000 },
    })
    return async () => {
      db.manager.patch('postgres', original)
      await user.delete()
    }
  })

  test('an unreachable database is a 503 SERVICE_UNAVAILABLE without internals', async ({
    client,
    assert,
  }) => {
    const response = await client
      .get('/api/v1/admin/users')
      .header('authorization', `Bearer ${token}`)
    response.assertStatus(503)
    response.assertBodyContains({ success: false, code: 'SERVICE_UNAVAILABLE' })
    assert.notProperty(response.body(), 'debug')
    assert.notInclude(JSON.stringify(response.body()), 'ECONNREFUSED')
  })
})
