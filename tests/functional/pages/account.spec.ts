import { test } from '@japa/runner'
import hash from '@adonisjs/core/services/hash'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import PasswordResetNotification from '#mails/password_reset_notification'
import { clearRateLimits } from '#start/limiter'
import { createUser, fieldError, freshEmail, inputTag, PASSWORD, setCookies } from './helpers.js'
import { flashedErrors } from './schedule_fixtures.js'

test.group('Pages | profile and password', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearRateLimits())

  test('the profile form shows the saved values', async ({ client, assert }) => {
    const user = await createUser(undefined, { name: 'Sari Dewi', phone: '0812 1111 2222' })
    const response = await client.get('/account/profile').loginAs(user)
    response.assertStatus(200)
    const html = response.text()
    assert.include(inputTag(html, 'name'), 'value="Sari Dewi"')
    assert.include(inputTag(html, 'phone'), 'value="0812 1111 2222"')
    assert.include(html, '<option value="id" selected>Bahasa Indonesia</option>')
  })

  test('saves name, phone and language; the page follows the language', async ({
    client,
    assert,
  }) => {
    const user = await createUser()
    const response = await client
      .put('/account/profile')
      .loginAs(user)
      .withCsrfToken()
      .form({ name: 'Nama Baru', phone: '0813 2222 3333', locale: 'en' })
      .redirects(0)

    response.assertStatus(302)
    assert.equal(response.header('location'), '/account/profile')
    response.assertFlashMessage('success', 'Your profile has been saved.')
    assert.isDefined(setCookies(response).find((line) => line.startsWith('locale=en;')))
    await user.refresh()
    assert.equal(user.name, 'Nama Baru')
    assert.equal(user.phone, '0813 2222 3333')
    assert.equal(user.locale, 'en')
  })

  test('profile errors are shown per field', async ({ client, assert }) => {
    const user = await createUser()
    const response = await client
      .put('/account/profile')
      .header('referer', '/account/profile')
      .loginAs(user)
      .withCsrfToken()
      .form({ name: 'X', phone: 'abc', locale: 'fr' })
      .redirects(0)
    response.assertStatus(302)
    const page = await client
      .get('/account/profile')
      .loginAs(user)
      .withFlashMessages(response.flashMessages())
    const html = page.text()
    assert.equal(fieldError(html, 'name'), 'Nama minimal 2 karakter')
    assert.equal(fieldError(html, 'phone'), 'Nomor telepon tidak valid. Contoh: 0812 3456 7890')
    assert.equal(fieldError(html, 'locale'), 'Pilihan Bahasa tidak valid')
    assert.include(inputTag(html, 'name'), 'value="X"')
  })

  test('a wrong current password is an error on that field', async ({ client, assert }) => {
    const user = await createUser()
    const response = await client
      .put('/account/password')
      .loginAs(user)
      .header('referer', '/account/password')
      .withCsrfToken()
      .form({
        current_password: 'bukan-ini-1',
        password: 'kataBaru123',
        password_confirmation: 'kataBaru123',
      })
      .redirects(0)

    response.assertStatus(302)
    assert.equal(response.header('location'), '/account/password')
    response.assertFlashMessage('inputErrorsBag', {
      current_password: ['Kata sandi saat ini salah.'],
    })
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, PASSWORD))
  })

  test('the confirmation must match', async ({ client }) => {
    const user = await createUser()
    const response = await client
      .put('/account/password')
      .header('referer', '/account/password')
      .loginAs(user)
      .withCsrfToken()
      .form({ current_password: PASSWORD, password: 'kataBaru123', password_confirmation: 'x' })
      .redirects(0)
    response.assertFlashMessage('inputErrorsBag', {
      password_confirmation: ['Kedua kata sandi tidak sama'],
    })
  })

  test('changes the password', async ({ client, assert }) => {
    const user = await createUser()
    const response = await client
      .put('/account/password')
      .loginAs(user)
      .withCsrfToken()
      .form({
        current_password: PASSWORD,
        password: 'kataBaru123',
        password_confirmation: 'kataBaru123',
      })
      .redirects(0)

    response.assertStatus(302)
    response.assertFlashMessage('success', 'Kata sandi Anda sudah diubah.')
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, 'kataBaru123'))
  })
})

test.group('Pages | forgot and reset password', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearRateLimits())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('mails a link to the reset page', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const user = await createUser()

    const response = await client
      .post('/forgot-password')
      .withCsrfToken()
      .form({ email: user.email })
      .redirects(0)

    response.assertStatus(302)
    assert.equal(response.header('location'), '/forgot-password')
    assert.match(String(response.flashMessage('success')), /kami sudah mengirim tautan/)
    mails.assertSentCount(PasswordResetNotification, 1)
    const [sent] = mails.sent() as PasswordResetNotification[]
    assert.match(sent.resetUrl, /^https?:\/\/[^/]+\/reset-password\/lpr_/)
  })

  test('answers the same for an unknown email and sends nothing', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const response = await client
      .post('/forgot-password')
      .withCsrfToken()
      .form({ email: freshEmail('tidak-ada') })
      .redirects(0)
    response.assertStatus(302)
    assert.match(String(response.flashMessage('success')), /kami sudah mengirim tautan/)
    mails.assertNoneSent()
  })

  test('the link sets a new password once', async ({ client, assert }) => {
    const user = await createUser()
    const resetToken = await User.passwordResetTokens.create(user)
    const token = resetToken.value!.release()

    const page = await client.get(`/reset-password/${token}`)
    page.assertStatus(200)
    assert.include(page.text(), `<input type="hidden" name="token" value="${token}">`)

    const response = await client
      .post('/reset-password')
      .withCsrfToken()
      .form({ token, password: 'kataBaru123', password_confirmation: 'kataBaru123' })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/login')
    response.assertFlashMessage('success', 'Kata sandi baru tersimpan. Silakan masuk.')
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, 'kataBaru123'))

    const again = await client
      .post('/reset-password')
      .header('referer', `/reset-password/${token}`)
      .withCsrfToken()
      .form({ token, password: 'kataLain456', password_confirmation: 'kataLain456' })
      .redirects(0)
    assert.equal(again.header('location'), `/reset-password/${token}`)
    assert.match(
      String(flashedErrors(again.flashMessages()).token),
      /tidak valid, sudah dipakai, atau kedaluwarsa/
    )
  })
})
