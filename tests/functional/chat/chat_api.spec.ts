import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import ChatMessage from '#models/chat_message'
import { bearer, createAdmin, createCoach, createParent } from '#tests/fixtures'
import { useCaptcha, type CaptchaVerifier } from '#services/captcha'
import env from '#start/env'
import { truncateAfterRace } from '../race_database.js'
import { startChat } from './fixtures.js'

test.group('Chat API · visitors and their token', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('starting a chat answers a token once, a system message and the first message', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post('/api/v1/chat/sessions')
      .json({ name: 'Budi', email: 'Budi@Example.com', message: 'Halo, ada kelas panahan anak?' })
    response.assertStatus(201)
    const data = response.body().data
    assert.match(data.token, /^[A-Za-z0-9_-]{43}$/)
    assert.equal(data.session.email, 'budi@example.com')
    assert.deepEqual(
      data.messages.map((message: { role: string; content: string }) => [
        message.role,
        message.content,
      ]),
      [
        ['system', 'started'],
        ['user', 'Halo, ada kelas panahan anak?'],
      ]
    )
    const row = await db.from('chat_sessions').where('id', data.session.id).firstOrFail()
    assert.notInclude(JSON.stringify(row), data.token, 'only the hash is stored')
  })

  test('visitor A cannot read or write visitor B’s chat, with or without a token', async ({
    client,
    assert,
  }) => {
    const a = await startChat(client, { message: 'Pertanyaan A' })
    const b = await startChat(client, { message: 'Rahasia B' })

    const readOwn = await client
      .get(`/api/v1/chat/sessions/${a.id}`)
      .header('x-chat-token', a.token)
    readOwn.assertStatus(200)

    for (const token of [a.token, undefined, 'x'.repeat(43)]) {
      const read = client.get(`/api/v1/chat/sessions/${b.id}`)
      const write = client.post(`/api/v1/chat/sessions/${b.id}/messages`).json({ body: 'Halo B' })
      if (token) {
        read.header('x-chat-token', token)
        write.header('x-chat-token', token)
      }
      const [readResponse, writeResponse] = [await read, await write]
      readResponse.assertStatus(404)
      readResponse.assertBodyContains({ code: 'CHAT_SESSION_NOT_FOUND' })
      writeResponse.assertStatus(404)
      assert.notInclude(readResponse.text(), 'Rahasia B')
    }
    const bMessages = await ChatMessage.query().where('chat_session_id', b.id)
    assert.deepEqual(
      bMessages.map((message) => message.body).sort(),
      ['Rahasia B', 'started'].sort()
    )
  })

  test('staff read and answer any chat; the visitor sees the answer with its sender', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach({ name: 'Pelatih Sari' })
    const chat = await startChat(client, { message: 'Halo' })
    const answer = await client
      .post(`/api/v1/chat/sessions/${chat.id}/messages`)
      .header('authorization', await bearer(coach))
      .json({ body: 'Halo juga, ada yang bisa dibantu?' })
    answer.assertStatus(201)
    assert.equal(answer.body().data.role, 'assistant')
    assert.equal(answer.body().data.sender.name, 'Pelatih Sari')

    const history = await client
      .get(`/api/v1/chat/sessions/${chat.id}`)
      .header('x-chat-token', chat.token)
    assert.deepEqual(
      history.body().data.messages.map((message: { role: string }) => message.role),
      ['system', 'user', 'assistant']
    )
  })

  test('history pages back with limit and before', async ({ client, assert }) => {
    const chat = await startChat(client)
    for (const body of ['satu', 'dua', 'tiga', 'empat']) {
      await client
        .post(`/api/v1/chat/sessions/${chat.id}/messages`)
        .header('x-chat-token', chat.token)
        .json({ body })
    }
    const last = await client
      .get(`/api/v1/chat/sessions/${chat.id}`)
      .qs({ limit: 2 })
      .header('x-chat-token', chat.token)
    const page = last.body().data
    assert.deepEqual(
      page.messages.map((message: { content: string }) => message.content),
      ['tiga', 'empat']
    )
    assert.isTrue(page.has_more)
    const older = await client
      .get(`/api/v1/chat/sessions/${chat.id}`)
      .qs({ limit: 10, before: page.messages[0].id })
      .header('x-chat-token', chat.token)
    assert.deepEqual(
      older.body().data.messages.map((message: { content: string }) => message.content),
      ['started', 'satu', 'dua']
    )
    assert.isFalse(older.body().data.has_more)
  })

  test('a closed chat refuses messages with 409 CHAT_SESSION_CLOSED, from the visitor and staff', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach()
    const chat = await startChat(client, { message: 'Halo' })
    const closed = await client
      .post(`/api/v1/chat/sessions/${chat.id}/close`)
      .header('authorization', await bearer(coach))
    closed.assertStatus(200)
    assert.equal(closed.body().data.status, 'closed')

    const visitor = await client
      .post(`/api/v1/chat/sessions/${chat.id}/messages`)
      .header('x-chat-token', chat.token)
      .json({ body: 'Masih di sana?' })
    visitor.assertStatus(409)
    visitor.assertBodyContains({ code: 'CHAT_SESSION_CLOSED' })
    const staff = await client
      .post(`/api/v1/chat/sessions/${chat.id}/messages`)
      .header('authorization', await bearer(coach))
      .json({ body: 'Maaf' })
    staff.assertStatus(409)

    const again = await client
      .post(`/api/v1/chat/sessions/${chat.id}/close`)
      .header('authorization', await bearer(coach))
    again.assertStatus(409)
    const bodies = await ChatMessage.query().where('chat_session_id', chat.id).orderBy('created_at')
    assert.deepEqual(
      bodies.map((message) => message.body),
      ['started', 'Halo', 'closed']
    )
  })

  test('the same idempotency key stores a message once and replays it', async ({
    client,
    assert,
  }) => {
    const chat = await startChat(client)
    const send = () =>
      client
        .post(`/api/v1/chat/sessions/${chat.id}/messages`)
        .header('x-chat-token', chat.token)
        .header('idempotency-key', 'pesan-offline-1')
        .json({ body: 'Dikirim saat offline' })
    const first = await send()
    first.assertStatus(201)
    const replay = await send()
    replay.assertStatus(201)
    replay.assertHeader('idempotent-replayed', 'true')
    assert.equal(replay.body().data.id, first.body().data.id)

    // the key lives in the body too, and belongs to its session only
    const inBody = await client
      .post(`/api/v1/chat/sessions/${chat.id}/messages`)
      .header('x-chat-token', chat.token)
      .json({ body: 'Dikirim saat offline', idempotency_key: 'pesan-offline-1' })
    assert.equal(inBody.body().data.id, first.body().data.id)
    const other = await startChat(client)
    const elsewhere = await client
      .post(`/api/v1/chat/sessions/${other.id}/messages`)
      .header('x-chat-token', other.token)
      .header('idempotency-key', 'pesan-offline-1')
      .json({ body: 'Dikirim saat offline' })
    elsewhere.assertStatus(201)

    const [row] = await db
      .from('chat_messages')
      .where('chat_session_id', chat.id)
      .where('role', 'user')
      .count('* as n')
    assert.equal(Number(row.n), 1)
  })

  test('a message longer than the limit, or empty, is refused', async ({ client }) => {
    const chat = await startChat(client)
    for (const body of ['', '   ', 'a'.repeat(2001)]) {
      const response = await client
        .post(`/api/v1/chat/sessions/${chat.id}/messages`)
        .header('x-chat-token', chat.token)
        .json({ body })
      response.assertStatus(422)
      response.assertBodyContains({ code: 'VALIDATION_FAILED' })
    }
  })

  test('starting chats is rate limited per IP', async ({ client }) => {
    for (let index = 0; index < 5; index++) {
      await startChat(client)
    }
    const refused = await client
      .post('/api/v1/chat/sessions')
      .json({ name: 'Budi', email: 'budi@example.com' })
    refused.assertStatus(429)
    refused.assertBodyContains({ code: 'RATE_LIMIT_EXCEEDED' })
  })

  test('sending is rate limited per token', async ({ client }) => {
    const chat = await startChat(client)
    for (let index = 0; index < 20; index++) {
      const sent = await client
        .post(`/api/v1/chat/sessions/${chat.id}/messages`)
        .header('x-chat-token', chat.token)
        .json({ body: `pesan ${index}` })
      sent.assertStatus(201)
    }
    const refused = await client
      .post(`/api/v1/chat/sessions/${chat.id}/messages`)
      .header('x-chat-token', chat.token)
      .json({ body: 'satu lagi' })
    refused.assertStatus(429)
  })

  test('with CHAT_CAPTCHA on, a start without a good captcha token is refused', async ({
    client,
  }) => {
    const before = env.get('CHAT_CAPTCHA')
    env.set('CHAT_CAPTCHA', true)
    const verifier: CaptchaVerifier = {
      name: 'turnstile',
      siteKey: 'site',
      verify: async (token) => token === 'lulus',
    }
    useCaptcha(verifier)
    try {
      const refused = await client
        .post('/api/v1/chat/sessions')
        .json({ name: 'Budi', email: 'budi@example.com', captcha_token: 'salah' })
      refused.assertStatus(422)
      refused.assertBodyContains({ code: 'CAPTCHA_INVALID' })
      const accepted = await client
        .post('/api/v1/chat/sessions')
        .json({ name: 'Budi', email: 'budi@example.com', captcha_token: 'lulus' })
      accepted.assertStatus(201)
    } finally {
      useCaptcha(null)
      env.set('CHAT_CAPTCHA', before ?? false)
    }
  })

  test('a signed-in parent’s chats are theirs: /me/chat-sessions lists them, not others', async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const started = await client
      .post('/api/v1/chat/sessions')
      .header('authorization', await bearer(parent))
      .json({ name: parent.name, email: parent.email, message: 'Halo' })
    started.assertStatus(201)
    await startChat(client)
    const mine = await client
      .get('/api/v1/me/chat-sessions')
      .header('authorization', await bearer(parent))
    assert.deepEqual(
      mine.body().data.map((session: { id: string }) => session.id),
      [started.body().data.session.id]
    )
  })
})

test.group('Chat API · the staff inbox', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('filters by status, resolved, tag, unread and search; staff reading clears unread', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach()
    const auth = await bearer(coach)
    const piano = await startChat(client, { name: 'Sari Wulan', message: 'Kelas anak?' })
    const quiet = await startChat(client, { name: 'Joko' })
    const closed = await startChat(client, { name: 'Rina', message: 'Terima kasih' })
    const filed = await client
      .patch(`/api/v1/chat/sessions/${piano.id}`)
      .header('authorization', auth)
      .json({ topic: 'Kelas anak', tags: ['Anak', 'jadwal'], resolved: false })
    filed.assertStatus(200)
    await client.post(`/api/v1/chat/sessions/${closed.id}/close`).header('authorization', auth)

    const ids = async (qs: Record<string, unknown>) => {
      const response = await client
        .get('/api/v1/chat/sessions')
        .qs(qs)
        .header('authorization', auth)
      response.assertStatus(200)
      return response.body().data.map((session: { id: string }) => session.id)
    }
    assert.sameMembers(await ids({ status: 'open' }), [piano.id, quiet.id])
    assert.sameMembers(await ids({ status: 'closed' }), [closed.id])
    assert.sameMembers(await ids({ tag: 'anak' }), [piano.id])
    assert.sameMembers(await ids({ search: 'wulan' }), [piano.id])
    assert.sameMembers(await ids({ unread: true }), [piano.id, closed.id])
    assert.sameMembers(await ids({ resolved: false, status: 'open' }), [piano.id, quiet.id])

    const listed = await client
      .get('/api/v1/chat/sessions')
      .qs({ search: 'wulan' })
      .header('authorization', auth)
    const row = listed.body().data[0]
    assert.equal(row.unread_count, 1)
    assert.deepEqual(row.metadata.tags, ['anak', 'jadwal'])
    assert.equal(row.metadata.last_message, 'Kelas anak?')

    await client.get(`/api/v1/chat/sessions/${piano.id}`).header('authorization', auth)
    assert.notInclude(await ids({ unread: true }), piano.id)

    const bad = await client
      .get('/api/v1/chat/sessions')
      .qs({ status: 'archived' })
      .header('authorization', auth)
    bad.assertStatus(422)
  })

  test('stats match the rows the test creates', async ({ client, assert }) => {
    const admin = await createAdmin()
    const auth = await bearer(admin)
    const answered = await startChat(client, { message: 'Halo' })
    await startChat(client, { message: 'Halo juga' })
    const closed = await startChat(client)
    // yesterday's chat counts as active, not as today's
    const yesterday = await startChat(client, { message: 'kemarin' })
    const dayBefore = DateTime.now().minus({ days: 2 }).toJSDate()
    await db.from('chat_sessions').where('id', yesterday.id).update({ created_at: dayBefore })
    await db
      .from('chat_messages')
      .where('chat_session_id', yesterday.id)
      .update({ created_at: dayBefore })

    // first answer 6 minutes after the start
    await db
      .from('chat_sessions')
      .where('id', answered.id)
      .update({ created_at: DateTime.now().minus({ minutes: 6 }).toJSDate() })
    await client
      .post(`/api/v1/chat/sessions/${answered.id}/messages`)
      .header('authorization', auth)
      .json({ body: 'Jawaban' })
    await client.post(`/api/v1/chat/sessions/${closed.id}/close`).header('authorization', auth)

    const stats = await client.get('/api/v1/chat/stats').header('authorization', auth)
    stats.assertStatus(200)
    const data = stats.body().data
    assert.equal(data.active_sessions, 3)
    assert.equal(data.total_sessions_today, 3)
    assert.equal(data.total_messages_today, 3)
    assert.equal(data.sessions_closed_today, 1)
    assert.approximately(data.average_response_time_minutes, 6, 0.2)

    // the admin dashboard's "active chats", in the API and on the page
    const dashboard = await client.get('/api/v1/admin/dashboard').header('authorization', auth)
    assert.equal(dashboard.body().data.statistics.active_chats, 3)
    const page = await client.get('/dashboard').loginAs(admin)
    assert.match(
      page.text(),
      /data-stat="active-chats">\s*<span class="dash-stat__value">3<\/span>/
    )
  })
})

/**
 * Real parallel requests: no global transaction
 */
test.group('Chat API · one key sent many times at once', (group) => {
  group.each.setup(truncateAfterRace)
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('10 parallel sends with one idempotency key store one message, all answer it', async ({
    client,
    assert,
  }) => {
    const chat = await startChat(client)
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        client
          .post(`/api/v1/chat/sessions/${chat.id}/messages`)
          .header('x-chat-token', chat.token)
          .header('idempotency-key', 'satu-kali')
          .json({ body: 'Hanya sekali' })
      )
    )
    assert.deepEqual([...new Set(responses.map((response) => response.status()))], [201])
    assert.lengthOf(new Set(responses.map((response) => response.body().data.id)), 1)
    const [row] = await db
      .from('chat_messages')
      .where('chat_session_id', chat.id)
      .where('body', 'Hanya sekali')
      .count('* as n')
    assert.equal(Number(row.n), 1)
  })
})
