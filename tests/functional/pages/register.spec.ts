import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import type SignupNotification from '#mails/signup_notification'
import { clearRateLimits } from '#start/limiter'
import { createUser, fieldError, freshEmail, inputTag } from './helpers.js'

test.group('Pages | register', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearRateLimits())

  test('the form has a labelled control for every field', async ({ client, assert }) => {
    const response = await client.get('/register')
    response.assertStatus(200)
    const html = response.text()
    for (const field of ['name', 'email', 'phone', 'password', 'password_confirmation']) {
      assert.match(html, new RegExp(`<label class="field__label" for="field-${field}">`))
      assert.match(inputTag(html, field) ?? '', new RegExp(`id="field-${field}"`))
    }
    assert.match(html, /name=['"]_csrf['"]/)
  })

  test('errors show per field and the form keeps the old values', async ({ client, assert }) => {
    const response = await client
      .post('/register')
      .header('referer', '/register')
      .withCsrfToken()
      .form({
        name: 'A',
        email: 'bukan-email',
        phone: '0812 3456 7890',
        password: 'pendek',
        password_confirmation: 'lain',
      })
      .redirects(0)

    response.assertStatus(302)
    assert.equal(response.header('location'), '/register')
    const flash = response.flashMessages()
    assert.containsSubset(flash, { name: 'A', email: 'bukan-email', phone: '0812 3456 7890' })
    assert.notProperty(flash, 'password')
    assert.notProperty(flash, 'password_confirmation')
    assert.isNull(await User.findBy('email', 'bukan-email'))

    const page = await client.get('/register').withFlashMessages(flash)
    page.assertStatus(200)
    const html = page.text()

    assert.equal(fieldError(html, 'name'), 'Nama minimal 2 karakter')
    assert.equal(fieldError(html, 'email'), 'Email harus berupa alamat email yang valid')
    assert.equal(fieldError(html, 'password'), 'Kata sandi minimal 8 karakter')
    assert.isNull(fieldError(html, 'phone'))

    assert.include(inputTag(html, 'name'), 'value="A"')
    assert.include(inputTag(html, 'email'), 'value="bukan-email"')
    assert.include(inputTag(html, 'email'), 'aria-invalid="true"')
    assert.include(inputTag(html, 'email'), 'aria-describedby="field-email-error"')
    assert.include(inputTag(html, 'phone'), 'value="0812 3456 7890"')
    assert.notInclude(inputTag(html, 'password'), 'value=')
    assert.include(html, 'Formulir belum bisa disimpan')
  })

  test('messages follow the chosen language', async ({ client, assert }) => {
    const response = await client
      .post('/register')
      .header('referer', '/register')
      .header('accept-language', 'en')
      .withCsrfToken()
      .form({ name: 'Ani', email: freshEmail(), password: 'tanpaangka' })
      .redirects(0)

    response.assertStatus(302)
    assert.deepEqual(response.flashMessage('inputErrorsBag.password'), [
      'The password must contain letters and digits',
    ])
  })

  test('an email that already has an account gets the same page as a new one', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const existing = await createUser()
    const pages = []
    for (const email of [existing.email.toUpperCase(), freshEmail()]) {
      const response = await client
        .post('/register')
        .header('referer', '/register')
        .withCsrfToken()
        .form({
          name: 'Ani Lestari',
          email,
          password: 'rahasia123',
          password_confirmation: 'rahasia123',
        })
        .redirects(0)
      response.assertStatus(302)
      assert.equal(response.header('location'), '/register/sent')
      assert.isUndefined(response.flashMessage('inputErrorsBag'))
      const sent = await client.get('/register/sent').withFlashMessages(response.flashMessages())
      pages.push(sent.text())
    }
    const [taken, free] = pages.map((html) => html.replace(/[\w.+-]+@[\w.-]+/g, 'EMAIL'))
    assert.include(taken, 'Periksa email Anda')
    const withoutCsrf = (html: string) =>
      html.replace(/name=['"]_csrf['"] value=['"][^'"]*['"]/g, '')
    assert.equal(withoutCsrf(taken), withoutCsrf(free))
    const kinds = (mails.sent() as SignupNotification[]).map((m) => m.details.kind)
    assert.sameMembers(kinds, ['exists', 'confirm'])
  })

  test('a mistyped confirmation does not break later sign-ups', async ({ client, assert }) => {
    mail.fake()
    const mistyped = await client
      .post('/register')
      .header('referer', '/register')
      .withCsrfToken()
      .form({
        name: 'Ani Lestari',
        email: freshEmail(),
        password: 'rahasia123',
        password_confirmation: 'rahasia124',
      })
      .redirects(0)
    assert.deepEqual(mistyped.flashMessage('inputErrorsBag.password_confirmation'), [
      'Kedua kata sandi tidak sama',
    ])

    const typed = await client
      .post('/register')
      .header('referer', '/register')
      .withCsrfToken()
      .form({
        name: 'Ani Lestari',
        email: freshEmail(),
        password: 'rahasia123',
        password_confirmation: 'rahasia123',
      })
      .redirects(0)
    assert.isUndefined(typed.flashMessage('inputErrorsBag'))
    assert.equal(typed.header('location'), '/register/sent')
  })

  test('the mailed link shows a button; pressing it creates the account, signs in and opens the dashboard', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const email = freshEmail()
    await client
      .post('/register')
      .withCsrfToken()
      .form({
        name: 'Ani Lestari',
        email,
        phone: '',
        password: 'rahasia123',
        password_confirmation: 'rahasia123',
        locale: 'en',
      })
      .redirects(0)
    assert.isNull(await User.findBy('email', email))

    const [sent] = mails.sent() as SignupNotification[]
    assert.equal(sent.details.kind, 'confirm')
    const link = new URL(sent.details.kind === 'confirm' ? sent.details.confirmUrl : '')
    const landing = await client.get(link.pathname)
    landing.assertStatus(200)
    assert.isNull(await User.findBy('email', email), 'opening the link alone creates nothing')
    const token = decodeURIComponent(link.pathname.split('/').pop()!)
    assert.include(landing.text(), `value="${token}"`)

    const response = await client
      .post('/register/confirm')
      .withCsrfToken()
      .form({ token })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/dashboard')
    const user = await User.findByOrFail('email', email)
    assert.equal(user.role, 'member')
    assert.equal(user.status, 'active')
    assert.equal(user.locale, 'en')
    assert.isNull(user.phone)
    response.assertSession('auth_web', user.id)
    response.assertFlashMessage(
      'success',
      'Selamat datang di Latih, Ani Lestari! Akun Anda sudah aktif.'
    )
  })

  test('a used link answers on the page, in words', async ({ client, assert }) => {
    const response = await client
      .post('/register/confirm')
      .header('referer', '/register/confirm/bukan-token')
      .withCsrfToken()
      .form({ token: 'bukan-token' })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/register/confirm/bukan-token')
    const page = await client
      .get('/register/confirm/bukan-token')
      .withFlashMessages(response.flashMessages())
    assert.include(
      page.text(),
      'Tautan pendaftaran tidak valid, sudah dipakai, atau kedaluwarsa. Daftar lagi, atau masuk jika akun Anda sudah ada.'
    )
  })
})
