import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory } from '#database/factories/user_factory'
import { MAX_PAGE } from '#services/pagination'

/**
 * One list query on every /api/v1 list (DESIGN.md §3): page, limit (alias
 * per_page), search and the resource's own filters; anything else is a 422.
 */
test.group('API list queries', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('per_page works on public lists too', async ({ client, assert }) => {
    const response = await client.get('/api/v1/programs').qs({ per_page: 3 })
    response.assertStatus(200)
    assert.equal(response.body().meta.per_page, 3)

    const sessions = await client.get('/api/v1/training-sessions').qs({ per_page: 7 })
    sessions.assertStatus(200)
    assert.equal(sessions.body().meta.per_page, 7)
  })

  test('per_page and limit together are refused; per_page is bounded like limit', async ({
    client,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const both = await client
      .get('/api/v1/admin/users')
      .qs({ per_page: 20, limit: 20 })
      .withGuard('api')
      .loginAs(admin)
    both.assertStatus(422)
    both.assertBodyContains({ code: 'VALIDATION_FAILED', errors: { per_page: [] } })

    for (const perPage of [0, 101, 'abc']) {
      const response = await client.get('/api/v1/programs').qs({ per_page: perPage })
      response.assertStatus(422)
      response.assertBodyContains({ errors: { per_page: [] } })
    }
  })

  test('an unknown query key is a 422 naming it, on every kind of list', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const member = await UserFactory.create()
    const lists: [string, typeof admin | null][] = [
      ['/api/v1/programs', null],
      ['/api/v1/coaches', null],
      ['/api/v1/training-sessions', null],
      ['/api/v1/admin/users', admin],
      ['/api/v1/admin/members', admin],
      ['/api/v1/admin/packages', admin],
      ['/api/v1/rooms', admin],
      ['/api/v1/session-times', admin],
      ['/api/v1/me/bookings', member],
      ['/api/v1/me/packages', member],
      ['/api/v1/packages', null],
      ['/api/v1/me/members', member],
    ]
    for (const [url, user] of lists) {
      const request = client.get(url).qs({ sort: 'name', page: 1 }).header('accept-language', 'en')
      const response = await (user ? request.withGuard('api').loginAs(user) : request)
      assert.equal(response.status(), 422, url)
      response.assertBodyContains({ success: false, code: 'VALIDATION_FAILED' })
      assert.deepEqual(Object.keys(response.body().errors), ['sort'], url)
      if (!user) {
        // signed-in accounts get their own language; visitors Accept-Language
        assert.equal(response.body().errors.sort[0], 'sort is not a known query parameter here.')
      }
    }

    const indonesian = await client.get('/api/v1/programs').qs({ statu: 'active' })
    indonesian.assertStatus(422)
    indonesian.assertBodyContains({
      errors: { statu: ['statu bukan parameter kueri yang dikenal di sini.'] },
    })
  })

  test('a page beyond a safe integer is a 422, not a 500', async ({ client }) => {
    const admin = await UserFactory.apply('admin').create()
    for (const page of ['9223372036854775808', String(MAX_PAGE + 1), '1e400']) {
      const response = await client
        .get('/api/v1/admin/users')
        .qs({ page })
        .withGuard('api')
        .loginAs(admin)
      response.assertStatus(422)
      response.assertBodyContains({ code: 'VALIDATION_FAILED', errors: { page: [] } })
    }
    const anonymous = await client
      .get('/api/v1/training-sessions')
      .qs({ page: '9223372036854775808' })
    anonymous.assertStatus(422)

    const last = await client
      .get('/api/v1/admin/users')
      .qs({ page: MAX_PAGE, limit: 100 })
      .withGuard('api')
      .loginAs(admin)
    last.assertStatus(200)
    last.assertBodyContains({ data: [] })
  })
})
