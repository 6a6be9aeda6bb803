import { test } from '@japa/runner'
import { urlFor } from '@adonisjs/core/services/url_builder'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import PasswordResetNotification from '#mails/password_reset_notification'
import { createUser, PASSWORD, login, uniqueEmail } from '#tests/fixtures'

/**
 * The token from the link in the mail
 */
async function tokenFromMail(sent: PasswordResetNotification) {
  await sent.buildWithContents()
  const html = sent.message.toJSON().message.html as string
  const match = html.match(/\/reset-password\/([^"\s<]+)/)
  if (!match) {
    throw new Error('no reset link in the mail')
  }
  return decodeURIComponent(match[1])
}

test.group('Auth API | forgot and reset password', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('mails a one-time link; the token in it sets a new password', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const user = await createUser()
    const session = await login(client, user.email)

    const response = await client
      .post(urlFor('api.v1.auth.forgot_password'))
      .json({ email: user.email.toUpperCase() })
    response.assertStatus(200)
    response.assertBody({
      success: true,
      message:
        'Jika email tersebut terdaftar, kami telah mengirim tautan untuk mengatur ulang kata sandi.',
      data: null,
    })

    mails.assertSentCount(PasswordResetNotification, 1)
    const [sent] = mails.sent() as PasswordResetNotification[]
    sent.message.assertTo(user.email)
    sent.message.assertSubject('Atur ulang kata sandi Latih Anda')
    const token = await tokenFromMail(sent)
    assert.match(token, /^lpr_/)
    sent.message.assertTextIncludes(token)

    const reset = await client
      .post(urlFor('api.v1.auth.reset_password'))
      .json({ token, password: 'kataSandiBaru9', password_confirmation: 'kataSandiBaru9' })
    reset.assertStatus(200)
    reset.assertBodyContains({ success: true, data: null })

    // every earlier sign-in ends; the new password works, the old does not
    const me = await client.get(urlFor('api.v1.auth.me')).bearerToken(session.token)
    me.assertStatus(401)
    const old = await client
      .post(urlFor('api.v1.auth.login'))
      .json({ email: user.email, password: PASSWORD })
    old.assertStatus(401)
    await login(client, user.email, 'kataSandiBaru9')

    // the link works once
    const replay = await client
      .post(urlFor('api.v1.auth.reset_password'))
      .json({ token, password: 'lainLagi123' })
    replay.assertStatus(422)
    replay.assertBodyContains({ code: 'AUTH_RESET_TOKEN_INVALID', errors: { token: [] } })
  })

  test('answers the same for unknown and inactive addresses and sends nothing', async ({
    client,
  }) => {
    const { mails } = mail.fake()
    const inactive = await createUser('inactive')
    for (const email of [uniqueEmail('nobody'), inactive.email]) {
      const response = await client.post(urlFor('api.v1.auth.forgot_password')).json({ email })
      response.assertStatus(200)
      response.assertBodyContains({
        success: true,
        message:
          'Jika email tersebut terdaftar, kami telah mengirim tautan untuk mengatur ulang kata sandi.',
      })
    }
    mails.assertNoneSent()
  })

  test('the mail follows the language of the request', async ({ client }) => {
    const { mails } = mail.fake()
    const user = await createUser()
    const response = await client
      .post(urlFor('api.v1.auth.forgot_password'))
      .header('accept-language', 'en-GB,en;q=0.8')
      .json({ email: user.email })
    response.assertStatus(200)
    response.assertBodyContains({
      message: 'If that email is registered, we have sent a link to reset the password.',
    })
    const [sent] = mails.sent() as PasswordResetNotification[]
    sent.message.assertSubject('Reset your Latih password')
    await sent.buildWithContents()
    sent.message.assertHtmlIncludes(`Hello ${user.name},`)
  })

  test('a new request retires the earlier link', async ({ client }) => {
    const { mails } = mail.fake()
    const user = await createUser()
    await client.post(urlFor('api.v1.auth.forgot_password')).json({ email: user.email })
    await client.post(urlFor('api.v1.auth.forgot_password')).json({ email: user.email })
    const [first, second] = mails.sent() as PasswordResetNotification[]
    const firstToken = await tokenFromMail(first)
    const secondToken = await tokenFromMail(second)

    const stale = await client
      .post(urlFor('api.v1.auth.reset_password'))
      .json({ token: firstToken, password: 'kataSandiBaru9' })
    stale.assertStatus(422)
    stale.assertBodyContains({ code: 'AUTH_RESET_TOKEN_INVALID' })

    const fresh = await client
      .post(urlFor('api.v1.auth.reset_password'))
      .json({ token: secondToken, password: 'kataSandiBaru9' })
    fresh.assertStatus(200)
  })

  test('an expired link is refused', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const user = await createUser()
    await client.post(urlFor('api.v1.auth.forgot_password')).json({ email: user.email })
    const token = await tokenFromMail(mails.sent()[0] as PasswordResetNotification)
    await db
      .from('password_reset_tokens')
      .where('tokenable_id', user.id)
      .update({ expires_at: new Date(Date.now() - 1000) })

    const response = await client
      .post(urlFor('api.v1.auth.reset_password'))
      .header('accept-language', 'en')
      .json({ token, password: 'kataSandiBaru9' })
    response.assertStatus(422)
    response.assertBodyContains({
      code: 'AUTH_RESET_TOKEN_INVALID',
      message: 'This reset link is invalid or has expired',
      errors: {
        token: [
          'This password reset link is invalid, already used or expired. Ask for a new link.',
        ],
      },
    })
    await user.refresh()
    assert.isFalse(
      await User.verifyCredentials(user.email, 'kataSandiBaru9').then(
        () => true,
        () => false
      )
    )
  })

  test('a garbage token, a weak password and missing fields are 422', async ({
    client,
    assert,
  }) => {
    const garbage = await client
      .post(urlFor('api.v1.auth.reset_password'))
      .json({ token: 'lpr_abc.def', password: 'kataSandiBaru9' })
    garbage.assertStatus(422)
    garbage.assertBodyContains({ code: 'AUTH_RESET_TOKEN_INVALID' })

    const weak = await client
      .post(urlFor('api.v1.auth.reset_password'))
      .json({ token: 'lpr_abc.def', password: 'lemah' })
    weak.assertStatus(422)
    weak.assertBodyContains({ code: 'VALIDATION_FAILED' })
    assert.deepEqual(Object.keys(weak.body().errors), ['password'])

    const missing = await client.post(urlFor('api.v1.auth.reset_password')).json({})
    missing.assertStatus(422)
    assert.properties(missing.body().errors, ['token', 'password'])

    const badEmail = await client
      .post(urlFor('api.v1.auth.forgot_password'))
      .json({ email: 'nope' })
    badEmail.assertStatus(422)
    assert.properties(badEmail.body().errors, ['email'])
  })
})
