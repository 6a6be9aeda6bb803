import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { urlFor } from '@adonisjs/core/services/url_builder'
import hash from '@adonisjs/core/services/hash'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import SignupNotification from '#mails/signup_notification'
import { UserFactory } from '#database/factories/user_factory'
import { createUser, uniqueEmail } from '#tests/fixtures'

type FakeMails = ReturnType<typeof mail.fake>['mails']

/**
 * The token at the end of the link in the last confirmation mail
 */
function tokenFrom(mails: FakeMails): string {
  const sent = (mails.sent() as SignupNotification[]).filter((m) => m.details.kind === 'confirm')
  const last = sent.at(-1)
  if (!last || last.details.kind !== 'confirm') {
    throw new Error('no confirmation mail was sent')
  }
  return decodeURIComponent(last.details.confirmUrl.split('/').pop()!)
}

const signupRows = async (email: string) => {
  const [row] = await db.from('signup_requests').where('email', email).count('* as n')
  return Number(row.n)
}

test.group('Auth API | register', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('a new email gets a mailed link (202); its token creates the member and signs them in (201)', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const email = uniqueEmail('Budi.Santoso')
    const response = await client.post(urlFor('api.v1.auth.register')).json({
      name: 'Budi Santoso',
      email: email.toUpperCase(),
      password: 'rahasia123',
      password_confirmation: 'rahasia123',
      phone: '+62 812 3456 7890',
    })

    response.assertStatus(202)
    assert.deepEqual(response.body(), {
      success: true,
      message:
        'Periksa email Anda: jika alamat itu bisa dipakai, kami telah mengirim tautan untuk menyelesaikan pendaftaran.',
      data: { email: email.toLowerCase(), expires_in_hours: 24 },
    })
    assert.isNull(await User.findBy('email', email.toLowerCase()), 'no account before the link')

    mails.assertSentCount(SignupNotification, 1)
    const [sent] = mails.sent() as SignupNotification[]
    sent.message.assertTo(email.toLowerCase())
    assert.equal(sent.details.kind, 'confirm')
    const token = tokenFrom(mails)
    assert.match(token, /^[\w-]{40,}$/)

    const [row] = await db.from('signup_requests').where('email', email.toLowerCase())
    assert.notInclude(JSON.stringify(row), token, 'only a hash of the token is stored')
    assert.notInclude(JSON.stringify(row), 'rahasia123', 'only a hash of the password is stored')

    const confirmed = await client.post(urlFor('api.v1.auth.register_confirm')).json({ token })
    confirmed.assertStatus(201)
    const body = confirmed.body()
    assert.equal(body.message, 'Pendaftaran berhasil')
    assert.equal(body.data.token_type, 'Bearer')
    assert.match(body.data.token, /^lat_/)
    assert.match(body.data.refresh_token, /^ltr_/)
    assert.include(body.data.user, {
      name: 'Budi Santoso',
      email: email.toLowerCase(),
      role: 'member',
      status: 'active',
      locale: 'id',
      phone: '+62 812 3456 7890',
    })

    const user = await User.findByOrFail('email', email.toLowerCase())
    assert.isTrue(hash.isValidHash(user.password))
    assert.isTrue(await hash.verify(user.password, 'rahasia123'))
    assert.equal(await signupRows(email.toLowerCase()), 0)

    const me = await client.get(urlFor('api.v1.auth.me')).bearerToken(body.data.token)
    me.assertStatus(200)
    assert.equal(me.body().data.id, user.id)

    const login = await client
      .post(urlFor('api.v1.auth.login'))
      .json({ email, password: 'rahasia123' })
    login.assertStatus(200)
  })

  test('an email that has an account gets the same answer, and its owner a note to sign in', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const existing = await createUser()
    const before = existing.password

    const fresh = uniqueEmail()
    const answers = []
    for (const email of [existing.email.toUpperCase(), fresh]) {
      answers.push(
        await client
          .post(urlFor('api.v1.auth.register'))
          .json({ name: 'Orang Lain', email, password: 'rahasia123' })
      )
    }
    const [taken, free] = answers
    taken.assertStatus(202)
    free.assertStatus(202)
    assert.deepEqual(
      { ...taken.body(), data: { ...taken.body().data, email: null } },
      { ...free.body(), data: { ...free.body().data, email: null } },
      'the two answers differ only by the address echoed back'
    )
    assert.deepEqual(Object.keys(taken.headers()).sort(), Object.keys(free.headers()).sort())

    const sent = mails.sent() as SignupNotification[]
    assert.lengthOf(sent, 2)
    const note = sent.find((m) => m.details.kind === 'exists')!
    note.message.assertTo(existing.email)
    assert.equal(await signupRows(existing.email), 0, 'nothing waits to be confirmed for it')

    const count = await User.query().where('email', existing.email).count('* as n')
    assert.equal(Number(count[0].$extras.n), 1)
    await existing.refresh()
    assert.equal(existing.password, before, 'the account is untouched')
  })

  test('an English client gets English messages and an English account', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const response = await client
      .post(urlFor('api.v1.auth.register'))
      .header('accept-language', 'en')
      .json({ name: 'Sari', email: uniqueEmail(), password: 'rahasia123' })
    response.assertStatus(202)
    assert.match(response.body().message, /^Check your mail/)
    const [sent] = mails.sent() as SignupNotification[]
    assert.equal(sent.locale, 'en')

    const confirmed = await client
      .post(urlFor('api.v1.auth.register_confirm'))
      .header('accept-language', 'en')
      .json({ token: tokenFrom(mails) })
    confirmed.assertStatus(201)
    assert.equal(confirmed.body().message, 'Registration successful')
    assert.equal(confirmed.body().data.user.locale, 'en')
  })

  test('a link works once', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const email = uniqueEmail()
    await client
      .post(urlFor('api.v1.auth.register'))
      .json({ name: 'Budi', email, password: 'rahasia123' })
    const token = tokenFrom(mails)

    const first = await client.post(urlFor('api.v1.auth.register_confirm')).json({ token })
    first.assertStatus(201)
    const second = await client.post(urlFor('api.v1.auth.register_confirm')).json({ token })
    second.assertStatus(422)
    second.assertBodyContains({ success: false, code: 'AUTH_SIGNUP_LINK_INVALID' })
    assert.properties(second.body().errors, ['token'])
    const count = await User.query().where('email', email).count('* as n')
    assert.equal(Number(count[0].$extras.n), 1)
  })

  test('an expired or unknown link creates nothing', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const email = uniqueEmail()
    await client
      .post(urlFor('api.v1.auth.register'))
      .json({ name: 'Budi', email, password: 'rahasia123' })
    const token = tokenFrom(mails)
    await db
      .from('signup_requests')
      .where('email', email)
      .update({ expires_at: DateTime.now().minus({ minutes: 1 }).toJSDate() })

    for (const attempt of [token, 'bukan-token']) {
      const response = await client
        .post(urlFor('api.v1.auth.register_confirm'))
        .json({ token: attempt })
      response.assertStatus(422)
      response.assertBodyContains({ code: 'AUTH_SIGNUP_LINK_INVALID' })
    }
    assert.isNull(await User.findBy('email', email))
  })

  test('of two links for one email the first opened wins; the other stops working', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const email = uniqueEmail()
    await client
      .post(urlFor('api.v1.auth.register'))
      .json({ name: 'Budi Pertama', email, password: 'rahasia123' })
    const firstToken = tokenFrom(mails)
    await client
      .post(urlFor('api.v1.auth.register'))
      .json({ name: 'Budi Kedua', email, password: 'rahasia456' })
    const secondToken = tokenFrom(mails)
    assert.notEqual(firstToken, secondToken)

    const opened = await client
      .post(urlFor('api.v1.auth.register_confirm'))
      .json({ token: secondToken })
    opened.assertStatus(201)
    assert.equal(opened.body().data.user.name, 'Budi Kedua')
    const stale = await client
      .post(urlFor('api.v1.auth.register_confirm'))
      .json({ token: firstToken })
    stale.assertStatus(422)
    assert.equal(await signupRows(email), 0)
  })

  test('a link for an email that got an account meanwhile is refused', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const email = uniqueEmail()
    await client
      .post(urlFor('api.v1.auth.register'))
      .json({ name: 'Budi', email, password: 'rahasia123' })
    const token = tokenFrom(mails)
    const made = await UserFactory.merge({ email }).create()

    const response = await client.post(urlFor('api.v1.auth.register_confirm')).json({ token })
    response.assertStatus(422)
    response.assertBodyContains({ code: 'AUTH_SIGNUP_LINK_INVALID' })
    const users = await User.query().where('email', email)
    assert.deepEqual(
      users.map((user) => user.id),
      [made.id]
    )
  })

  test('weak passwords are refused with 422 on password and send nothing', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    for (const password of ['short1', 'onlyletters', '1234567890', 'x'.repeat(72) + '1']) {
      const response = await client
        .post(urlFor('api.v1.auth.register'))
        .json({ name: 'Budi', email: uniqueEmail(), password })
      response.assertStatus(422)
      response.assertBodyContains({ code: 'VALIDATION_FAILED' })
      assert.deepEqual(Object.keys(response.body().errors), ['password'], password)
    }
    mails.assertNoneSent()
    const [row] = await db.from('signup_requests').count('* as n')
    assert.equal(Number(row.n), 0)
  })

  test('a confirmation that does not match is refused', async ({ client, assert }) => {
    const response = await client.post(urlFor('api.v1.auth.register')).json({
      name: 'Budi',
      email: uniqueEmail(),
      password: 'rahasia123',
      password_confirmation: 'rahasia124',
    })
    response.assertStatus(422)
    assert.properties(response.body().errors, ['password_confirmation'])
  })

  test('missing fields are listed one by one', async ({ client, assert }) => {
    const response = await client.post(urlFor('api.v1.auth.register')).json({})
    response.assertStatus(422)
    response.assertBodyContains({ success: false, code: 'VALIDATION_FAILED' })
    assert.properties(response.body().errors, ['name', 'email', 'password'])
    assert.isString(response.body().errors.email[0])

    const confirm = await client.post(urlFor('api.v1.auth.register_confirm')).json({})
    confirm.assertStatus(422)
    assert.properties(confirm.body().errors, ['token'])
  })

  test('a malformed email or locale is refused', async ({ client, assert }) => {
    const response = await client
      .post(urlFor('api.v1.auth.register'))
      .json({ name: 'Budi', email: 'not-an-email', password: 'rahasia123', locale: 'fr' })
    response.assertStatus(422)
    assert.properties(response.body().errors, ['email', 'locale'])
  })

  test('the role cannot be chosen by the person signing up', async ({ client, assert }) => {
    const { mails } = mail.fake()
    const response = await client.post(urlFor('api.v1.auth.register')).json({
      name: 'Budi',
      email: uniqueEmail(),
      password: 'rahasia123',
      role: 'admin',
      status: 'suspended',
    })
    response.assertStatus(202)
    const confirmed = await client
      .post(urlFor('api.v1.auth.register_confirm'))
      .json({ token: tokenFrom(mails), role: 'admin' })
    confirmed.assertStatus(201)
    assert.equal(confirmed.body().data.user.role, 'member')
    assert.equal(confirmed.body().data.user.status, 'active')
  })
})
