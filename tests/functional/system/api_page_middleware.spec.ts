import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createParent } from '#tests/fixtures'

test.group('API requests skip the page-only middleware', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an /api/v1 answer sets no cookie, signed in or not; a page still opens a session', async ({
    client,
    assert,
  }) => {
    const anonymous = await client.get('/api/v1/training-sessions')
    anonymous.assertStatus(200)
    assert.isUndefined(anonymous.header('set-cookie'))

    const signedIn = await client
      .get('/api/v1/me/bookings')
      .withGuard('api')
      .loginAs(await createParent())
    signedIn.assertStatus(200)
    assert.isUndefined(signedIn.header('set-cookie'))

    const failed = await client.get('/api/v1/nothing-here')
    failed.assertStatus(404)
    assert.isUndefined(failed.header('set-cookie'))

    const page = await client.get('/login')
    page.assertStatus(200)
    assert.match(String(page.header('set-cookie')), /latih-session/)
  })
})
