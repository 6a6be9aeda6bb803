import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { clearRateLimits } from '#start/limiter'
import { createUser, inputTag, PASSWORD } from './helpers.js'

test.group('Pages | log in and out', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearRateLimits())

  test('a protected page sends visitors to the login page and back', async ({ client, assert }) => {
    const response = await client.get('/account/profile').redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/login?next=%2Faccount%2Fprofile')

    const login = await client.get('/login').qs({ next: '/account/profile' })
    login.assertStatus(200)
    assert.include(login.text(), '<input type="hidden" name="next" value="/account/profile">')
    assert.include(login.text(), 'action="/login?next=%2Faccount%2Fprofile"')
  })

  test('a wrong password shows an error and keeps the email', async ({ client, assert }) => {
    const user = await createUser()
    const response = await client
      .post('/login')
      .header('referer', '/login')
      .withCsrfToken()
      .form({ email: user.email, password: 'salah-sekali-1' })
      .redirects(0)

    response.assertStatus(302)
    assert.equal(response.header('location'), '/login')
    response.assertFlashMessage('error', 'Email atau kata sandi salah.')
    response.assertSessionMissing('auth_web')
    assert.notProperty(response.flashMessages(), 'password')

    const page = await client.get('/login').withFlashMessages(response.flashMessages())
    const html = page.text()
    assert.match(html, /role="alert">\s*<p>Email atau kata sandi salah\.<\/p>/)
    assert.include(inputTag(html, 'email'), `value="${user.email}"`)
    assert.notInclude(inputTag(html, 'password'), 'value=')
  })

  test('inactive and suspended accounts get a clear message', async ({ client, assert }) => {
    for (const state of ['inactive', 'suspended'] as const) {
      const user = await createUser(state)
      const response = await client
        .post('/login')
        .withCsrfToken()
        .form({ email: user.email, password: PASSWORD })
        .redirects(0)

      response.assertStatus(302)
      response.assertSessionMissing('auth_web')
      assert.match(String(response.flashMessage('error')), /tidak aktif atau ditangguhkan/)
    }
  })

  test('empty fields are refused per field', async ({ client }) => {
    const response = await client
      .post('/login')
      .header('referer', '/login')
      .withCsrfToken()
      .form({ email: '', password: '' })
      .redirects(0)

    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', {
      email: ['Email wajib diisi'],
      password: ['Kata sandi wajib diisi'],
    })
  })

  test('signing in goes to the dashboard of the role', async ({ client, assert }) => {
    for (const [state, heading] of [
      [undefined, 'Kelola anak'],
      ['coach', 'Lihat sesi saya'],
      ['admin', 'Kelola klub'],
    ] as const) {
      const user = await createUser(state)
      const response = await client
        .post('/login')
        .withCsrfToken()
        .form({ email: user.email, password: PASSWORD })
        .redirects(0)
      response.assertStatus(302)
      assert.equal(response.header('location'), '/dashboard')
      response.assertSession('auth_web', user.id)

      const dashboard = await client.get('/dashboard').loginAs(user)
      dashboard.assertStatus(200)
      assert.include(dashboard.text(), `Halo, ${user.name}!`)
      assert.include(dashboard.text(), heading)
    }
  })

  test('the welcome speaks the language the next page will use', async ({ client }) => {
    const english = await createUser(undefined, { locale: 'en' })
    const response = await client
      .post('/login')
      .withCsrfToken()
      .form({ email: english.email, password: PASSWORD })
      .redirects(0)
    response.assertFlashMessage('success', `Welcome back, ${english.name}.`)
  })

  test('continues to a safe "next" path only', async ({ client, assert }) => {
    const user = await createUser()
    const safe = await client
      .post('/login')
      .qs({ next: '/account/password' })
      .withCsrfToken()
      .form({ email: user.email, password: PASSWORD, next: '/account/password' })
      .redirects(0)
    assert.equal(safe.header('location'), '/account/password')

    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      const unsafe = await client
        .post('/login')
        .withCsrfToken()
        .form({ email: user.email, password: PASSWORD, next })
        .redirects(0)
      assert.equal(unsafe.header('location'), '/dashboard')
    }
  })

  test('the navigation follows the role', async ({ client, assert }) => {
    const visitorPage = await client.get('/')
    const visitor = visitorPage.text()
    assert.include(visitor, '>Masuk</a>')
    assert.include(visitor, '>Daftar</a>')
    assert.notInclude(visitor, '>Keluar</button>')

    const memberPage = await client.get('/').loginAs(await createUser())
    const member = memberPage.text()
    assert.include(member, '>Anak</a>')
    assert.include(member, '>Keluar</button>')
    assert.notInclude(member, '>Persetujuan</a>')

    const coachPage = await client.get('/').loginAs(await createUser('coach'))
    const coach = coachPage.text()
    assert.include(coach, '>Sesi saya</a>')
    assert.notInclude(coach, '>Anak</a>')

    const adminPage = await client.get('/').loginAs(await createUser('admin'))
    const admin = adminPage.text()
    assert.include(admin, '>Persetujuan</a>')
    assert.include(admin, '>Kelola</a>')
  })

  test('logging out ends the session', async ({ client, assert }) => {
    const user = await createUser()
    const response = await client.post('/logout').loginAs(user).withCsrfToken().redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/')
    response.assertSessionMissing('auth_web')
    response.assertFlashMessage('success', 'Anda sudah keluar. Sampai jumpa!')
  })

  test('the login form is rate limited like the API', async ({ client, assert }) => {
    const user = await createUser()
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client
        .post('/login')
        .header('referer', '/login')
        .withCsrfToken()
        .form({ email: user.email, password: 'salah-terus-1' })
        .redirects(0)
      response.assertFlashMessage('error', 'Email atau kata sandi salah.')
    }
    const blocked = await client
      .post('/login')
      .header('referer', '/login')
      .withCsrfToken()
      .form({ email: user.email, password: PASSWORD })
      .redirects(0)
    blocked.assertStatus(302)
    blocked.assertSessionMissing('auth_web')
    assert.match(String(blocked.flashMessage('error')), /^Terlalu banyak permintaan/)
  })
})
