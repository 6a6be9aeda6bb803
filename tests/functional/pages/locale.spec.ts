import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createUser, setCookies, withLocaleCookie } from './helpers.js'

test.group('Pages | language switch', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('pages are in Indonesian by default', async ({ client, assert }) => {
    const response = await client.get('/login')
    response.assertStatus(200)
    assert.include(response.text(), '<html lang="id">')
    assert.include(response.text(), 'Masuk ke Latih')
    assert.include(response.text(), 'aria-pressed="true">Bahasa Indonesia</button>')
  })

  test('choosing English sets the locale cookie and returns to the page', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post('/locale')
      .withCsrfToken()
      .form({ locale: 'en', redirect_to: '/login' })
      .redirects(0)

    response.assertStatus(302)
    assert.equal(response.header('location'), '/login')
    const cookie = setCookies(response).find((line) => line.startsWith('locale='))
    assert.exists(cookie)
    assert.match(cookie!, /^locale=en;/)
    assert.match(cookie!, /Max-Age=31\d{6}/)
    assert.notMatch(cookie!, /HttpOnly/)
    response.assertFlashMessage('info', 'Language changed to English.')

    const page = await withLocaleCookie(client.get('/login'), 'en')
    assert.include(page.text(), '<html lang="en">')
    assert.include(page.text(), 'Log in to Latih')
    assert.include(page.text(), 'aria-pressed="true">English</button>')

    const back = await client
      .post('/locale')
      .withCsrfToken()
      .form({ locale: 'id', redirect_to: '/login' })
      .redirects(0)
    assert.isDefined(setCookies(back).find((line) => line.startsWith('locale=id;')))
  })

  test('a signed-in person keeps the choice on their account', async ({ client, assert }) => {
    const user = await createUser(undefined, { locale: 'id' })
    const response = await client
      .post('/locale')
      .loginAs(user)
      .withCsrfToken()
      .form({ locale: 'en', redirect_to: '/dashboard' })
      .redirects(0)
    response.assertStatus(302)

    await user.refresh()
    assert.equal(user.locale, 'en')

    // without the cookie (another device) the account's language is used
    const dashboard = await client.get('/dashboard').loginAs(user)
    assert.include(dashboard.text(), `Hello, ${user.name}!`)
  })

  test('unknown languages and foreign return paths are ignored', async ({ client, assert }) => {
    const response = await client
      .post('/locale')
      .withCsrfToken()
      .form({ locale: 'fr', redirect_to: '//evil.example' })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/')
    assert.isUndefined(setCookies(response).find((line) => line.startsWith('locale=')))
  })

  test('the switch needs a CSRF token', async ({ client, assert }) => {
    const response = await client.post('/locale').form({ locale: 'en' }).redirects(0)
    assert.isUndefined(setCookies(response).find((line) => line.startsWith('locale=')))
  })
})
