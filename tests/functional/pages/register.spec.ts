import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
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

  test('an email that already has an account is refused on the email field', async ({
    client,
    assert,
  }) => {
    const existing = await createUser()
    const response = await client
      .post('/register')
      .header('referer', '/register')
      .withCsrfToken()
      .form({
        name: 'Ani Lestari',
        email: existing.email.toUpperCase(),
        password: 'rahasia123',
        password_confirmation: 'rahasia123',
      })
      .redirects(0)

    response.assertStatus(302)
    assert.deepEqual(response.flashMessage('inputErrorsBag.email'), [
      'Email ini sudah terdaftar. Silakan masuk atau gunakan email lain.',
    ])
  })

  test('a mistyped confirmation does not break later sign-ups', async ({ client, assert }) => {
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

    const email = freshEmail()
    const typed = await client
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
    assert.isUndefined(typed.flashMessage('inputErrorsBag'))
    assert.equal(typed.header('location'), '/dashboard')
    assert.exists(await User.findBy('email', email))
  })

  test('a new member account is created, signed in and sent to the dashboard', async ({
    client,
    assert,
  }) => {
    const email = freshEmail()
    const response = await client
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
})
