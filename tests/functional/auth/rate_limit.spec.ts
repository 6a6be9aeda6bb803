import { test } from '@japa/runner'
import { urlFor } from '@adonisjs/core/services/url_builder'
import mail from '@adonisjs/mail/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import {
  API_RATE_LIMITS,
  AUTH_IP_RATE_LIMIT,
  AUTH_RATE_LIMIT,
  clearRateLimits,
} from '#start/limiter'
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
    const retryAfter = Number(blocked.header('retry-after'))
    assert.isAtLeast(retryAfter, 1)
    assert.isAtMost(retryAfter, 60)
    assert.deepEqual(blocked.body().data, { retry_after: retryAfter })
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

  test('one IP cannot try many emails: 20 sign-ins a minute whatever the email', async ({
    client,
    assert,
  }) => {
    for (let attempt = 1; attempt <= AUTH_IP_RATE_LIMIT; attempt++) {
      const response = await client
        .post(urlFor('api.v1.auth.login'))
        .json({ email: uniqueEmail('coba'), password: 'salah-terus-1' })
      response.assertStatus(401)
    }
    const next = await client
      .post(urlFor('api.v1.auth.login'))
      .json({ email: uniqueEmail('coba'), password: 'salah-terus-1' })
    next.assertStatus(429)
    assert.equal(next.body().code, 'RATE_LIMIT_EXCEEDED')
  })

  test('refresh, reset-password and change-password are limited too', async ({
    client,
    assert,
  }) => {
    for (let attempt = 1; attempt <= AUTH_RATE_LIMIT; attempt++) {
      const guess = await client
        .post(urlFor('api.v1.auth.refresh'))
        .json({ refresh_token: 'tebakan' })
      guess.assertStatus(401)
    }
    const refresh = await client
      .post(urlFor('api.v1.auth.refresh'))
      .json({ refresh_token: 'tebakan' })
    refresh.assertStatus(429)

    for (let attempt = 1; attempt <= AUTH_RATE_LIMIT; attempt++) {
      await client.post(urlFor('api.v1.auth.reset_password')).json({
        token: 'tebakan',
        password: 'kataSandiBaru9',
        password_confirmation: 'kataSandiBaru9',
      })
    }
    const reset = await client.post(urlFor('api.v1.auth.reset_password')).json({
      token: 'tebakan',
      password: 'kataSandiBaru9',
      password_confirmation: 'kataSandiBaru9',
    })
    reset.assertStatus(429)

    const user = await createUser()
    for (let attempt = 1; attempt <= AUTH_RATE_LIMIT; attempt++) {
      await client
        .post(urlFor('api.v1.auth.change_password'))
        .json({ current_password: 'bukan-ini-1', password: 'kataSandiBaru9' })
        .withGuard('api')
        .loginAs(user)
    }
    const change = await client
      .post(urlFor('api.v1.auth.change_password'))
      .json({ current_password: 'bukan-ini-1', password: 'kataSandiBaru9' })
      .withGuard('api')
      .loginAs(user)
    change.assertStatus(429)
    assert.equal(change.header('x-ratelimit-limit'), String(AUTH_RATE_LIMIT))
  })

  test('every API answer carries the general budget: 500 per member, 1,000 per admin', async ({
    client,
    assert,
  }) => {
    const member = await createUser()
    const asMember = await client.get(urlFor('api.v1.auth.me')).withGuard('api').loginAs(member)
    asMember.assertStatus(200)
    assert.equal(asMember.header('x-ratelimit-limit'), String(API_RATE_LIMITS.member))
    assert.equal(asMember.header('x-ratelimit-remaining'), String(API_RATE_LIMITS.member - 1))

    const admin = await createUser('admin')
    const asAdmin = await client.get(urlFor('api.v1.auth.me')).withGuard('api').loginAs(admin)
    assert.equal(asAdmin.header('x-ratelimit-limit'), String(API_RATE_LIMITS.admin))

    const probe = await client.get('/api/v1/health')
    assert.isUndefined(probe.header('x-ratelimit-limit'))
  })

  test('visitors get 100 requests per 15 minutes per IP, then a 429', async ({
    client,
    assert,
  }) => {
    // requests from 127.0.0.1 by earlier tests outside a transaction still count
    await clearRateLimits()
    for (let request = 1; request <= API_RATE_LIMITS.public; request++) {
      const response = await client.get('/api/v1/ping')
      assert.equal(response.status(), 200, `request ${request}`)
    }
    const refused = await client.get('/api/v1/ping')
    refused.assertStatus(429)
    assert.equal(refused.header('x-ratelimit-limit'), String(API_RATE_LIMITS.public))
    assert.isAbove(refused.body().data.retry_after, 60)
  })

  test('X-Forwarded-For from an untrusted address does not choose the counted IP', async ({
    client,
  }) => {
    await clearRateLimits()
    for (let request = 1; request <= API_RATE_LIMITS.public; request++) {
      await client.get('/api/v1/ping').header('x-forwarded-for', `203.0.113.${request}`)
    }
    const refused = await client.get('/api/v1/ping').header('x-forwarded-for', '198.51.100.7')
    refused.assertStatus(429)
  })
})
