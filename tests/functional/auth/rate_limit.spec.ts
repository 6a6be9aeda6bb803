import { test } from '@japa/runner'
import { urlFor } from '@adonisjs/core/services/url_builder'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import { AUTH_RATE_LIMIT } from '#start/limiter'
import { createUser, PASSWORD, uniqueEmail } from '#tests/fixtures'

test.group('Auth API | rate limits', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the limit is five attempts a minute by default', ({ assert }) => {
    assert.equal(AUTH_RATE_LIMIT, 5)
  })

  test('login: every answer carries the counters; the 6th attempt is a 429', async ({
    client,
    assert,
  }) => {
    const user = await createUser()
    const startedAt = Math.floor(Date.now() / 1000)

    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client
        .post(urlFor('api.v1.auth.login'))
        .json({ email: user.email, password: 'salah-terus-1' })
      response.assertStatus(401)
      assert.equal(response.header('x-ratelimit-limit'), '5')
      assert.equal(response.header('x-ratelimit-remaining'), String(5 - attempt))
      const reset = Number(response.header('x-ratelimit-reset'))
      assert.isAtLeast(reset, startedAt)
      assert.isAtMost(reset, startedAt + 62)
      assert.isUndefined(response.header('retry-after'))
    }

    // even the right password is refused now
    const blocked = await client
      .post(urlFor('api.v1.auth.login'))
      .json({ email: user.email, password: PASSWORD })
    blocked.assertStatus(429)
    blocked.assertBodyContains({ success: false, code: 'RATE_LIMIT_EXCEEDED' })
    assert.match(blocked.body().message, /Terlalu banyak permintaan/)
    assert.notProperty(blocked.body(), 'data')
    const retryAfter = Number(blocked.header('retry-after'))
    assert.isAtLeast(retryAfter, 1)
    assert.isAtMost(retryAfter, 60)
    assert.equal(blocked.header('x-ratelimit-limit'), '5')
    assert.equal(blocked.header('x-ratelimit-remaining'), '0')
    assert.isAtLeast(Number(blocked.header('x-ratelimit-reset')), startedAt)
  })

  test('login: the count is per email (another address is not blocked)', async ({ client }) => {
    const user = await createUser()
    for (let attempt = 1; attempt <= 6; attempt++) {
      await client
        .post(urlFor('api.v1.auth.login'))
        .json({ email: uniqueEmail('penyerang'), password: 'salah-terus-1' })
    }
    const target = uniqueEmail('target')
    for (let attempt = 1; attempt <= 6; attempt++) {
      await client.post(urlFor('api.v1.auth.login')).json({ email: target, password: 'x' })
    }
    const own = await client
      .post(urlFor('api.v1.auth.login'))
      .json({ email: user.email, password: PASSWORD })
    own.assertStatus(200)
    own.assertHeader('x-ratelimit-remaining', '4')
  })

  test('register: the 6th attempt with one email is a 429', async ({ client, assert }) => {
    const email = uniqueEmail()
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client
        .post(urlFor('api.v1.auth.register'))
        .json({ name: 'Budi', email, password: 'lemah' })
      response.assertStatus(422)
      assert.equal(response.header('x-ratelimit-remaining'), String(5 - attempt))
    }
    const blocked = await client
      .post(urlFor('api.v1.auth.register'))
      .json({ name: 'Budi', email, password: 'rahasia123' })
    blocked.assertStatus(429)
    blocked.assertBodyContains({ code: 'RATE_LIMIT_EXCEEDED' })
    assert.isAtLeast(Number(blocked.header('retry-after')), 1)
  })

  test('forgot-password: the 6th request is a 429 and sends no mail', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    try {
      const user = await createUser()
      for (let attempt = 1; attempt <= 5; attempt++) {
        const response = await client
          .post(urlFor('api.v1.auth.forgot_password'))
          .json({ email: user.email })
        response.assertStatus(200)
        assert.equal(response.header('x-ratelimit-limit'), '5')
      }
      const blocked = await client
        .post(urlFor('api.v1.auth.forgot_password'))
        .header('accept-language', 'en')
        .json({ email: user.email })
      blocked.assertStatus(429)
      blocked.assertBodyContains({ success: false, code: 'RATE_LIMIT_EXCEEDED' })
      assert.match(blocked.body().message, /^Too many requests, try again in \d+ seconds$/)
      assert.isAtLeast(Number(blocked.header('retry-after')), 1)
      assert.lengthOf(mails.sent(), 5)
    } finally {
      mail.restore()
    }
  })

  test('routes without a limit send no counters', async ({ client, assert }) => {
    const user = await createUser()
    const response = await client.get(urlFor('api.v1.auth.me')).withGuard('api').loginAs(user)
    response.assertStatus(200)
    assert.isUndefined(response.header('x-ratelimit-limit'))
  })
})
