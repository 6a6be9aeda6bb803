import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createParent } from '#tests/fixtures'

/**
 * The test client sends a session cookie with every request (the session
 * plugin), so a visitor who has none is played with fetch
 */
const BASE = `http://${process.env.HOST}:${process.env.PORT}`
async function visit(path: string, init: RequestInit = {}) {
  const response = await fetch(`${BASE}${path}`, { redirect: 'manual', ...init })
  return {
    status: response.status,
    cookies: response.headers.getSetCookie().join('\n'),
    location: response.headers.get('location'),
    text: await response.text(),
  }
}

/**
 * A visitor reading the club's pages gets no session (app/services/
 * sessionless.ts): no session or XSRF cookie, no CSRF token to carry
 */
test.group('Sessionless pages for visitors', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('content pages answer a visitor without opening a session', async ({ assert }) => {
    for (const path of ['/', '/schedule', '/programs', '/news', '/achievements']) {
      const page = await visit(path)
      assert.equal(page.status, 200, path)
      assert.notMatch(page.cookies, /latih-session|XSRF-TOKEN/, path)
      assert.notMatch(page.text, /name=['"]_csrf/, path)
      assert.include(page.text, 'action="/locale"', path)
    }
  })

  test('a page with a form still opens a session for its CSRF token', async ({ assert }) => {
    const login = await visit('/login')
    assert.equal(login.status, 200)
    assert.match(login.cookies, /latih-session/)
    assert.match(login.cookies, /XSRF-TOKEN/)
    assert.match(login.text, /name=['"]_csrf/)
  })

  test('a visitor switches the language without a session', async ({ assert }) => {
    const switched = await visit('/locale', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'locale=en&redirect_to=%2Fschedule',
    })
    assert.equal(switched.status, 302)
    assert.equal(switched.location, '/schedule')
    assert.match(switched.cookies, /locale=en/)
    assert.notMatch(switched.cookies, /latih-session/)

    const page = await visit('/schedule', { headers: { cookie: 'locale=en' } })
    assert.match(page.text, /<html[^>]*lang="en"/)
    assert.notMatch(page.cookies, /latih-session/)
  })

  test('with a session cookie the CSRF check stays on', async ({ assert }) => {
    const forged = await visit('/locale', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'cookie': 'latih-session=forged',
      },
      body: 'locale=en&redirect_to=%2Fschedule',
    })
    assert.notMatch(forged.cookies, /locale=en/)
    assert.notEqual(forged.location, '/schedule')
  })

  test('a signed-in parent still gets their session and navigation on the front page', async ({
    client,
    assert,
  }) => {
    const parent = await createParent({ name: 'Ibu Sesi Tetap' })
    const page = await client.get('/').loginAs(parent)
    page.assertStatus(200)
    assert.include(page.text(), 'action="/logout"')
    assert.match(page.text(), /name=['"]_csrf/)
  })
})
