import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import ChatMessage from '#models/chat_message'
import ChatSession from '#models/chat_session'
import { createCoach, createParent } from '#tests/fixtures'
import { startChat } from './fixtures.js'

/**
 * The staff inbox's answer form: an ordinary form without JavaScript (it
 * reloads the chat), JSON for the page's script (resources/js/chat.js),
 * which sends it with fetch and stays on the page
 */
test.group('Chat inbox · answering from the page', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('without JavaScript the form stores the answer and reloads the chat', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach({ name: 'Pelatih Sari' })
    const chat = await startChat(client, { message: 'Ada kelas anak?' })
    const response = await client
      .post(urlFor('chat_inbox.reply', { id: chat.id }))
      .loginAs(coach)
      .withCsrfToken()
      .form({ body: 'Ada, Sabtu pagi.' })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), urlFor('chat_inbox.show', { id: chat.id }))
    const stored = await ChatMessage.query()
      .where('chat_session_id', chat.id)
      .where('role', 'assistant')
    assert.deepEqual(
      stored.map((message) => [message.body, message.senderId]),
      [['Ada, Sabtu pagi.', coach.id]]
    )
  })

  test('the page’s script gets the answer as JSON; a resend with its key is stored once', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach({ name: 'Pelatih Sari' })
    const chat = await startChat(client)
    const send = () =>
      client
        .post(urlFor('chat_inbox.reply', { id: chat.id }))
        .loginAs(coach)
        .withCsrfToken()
        .header('accept', 'application/json')
        .form({ body: 'Ada, Sabtu pagi.', idempotency_key: 'reply-1' })
        .redirects(0)

    const first = await send()
    first.assertStatus(201)
    assert.equal(first.body().success, true)
    assert.equal(first.body().message, 'Jawaban terkirim.')
    assert.containsSubset(first.body().data, {
      session_id: chat.id,
      role: 'assistant',
      content: 'Ada, Sabtu pagi.',
      sender: { id: coach.id, name: 'Pelatih Sari' },
    })

    const again = await send()
    again.assertStatus(200)
    assert.equal(again.body().data.id, first.body().data.id)
    const count = await ChatMessage.query()
      .where('chat_session_id', chat.id)
      .where('role', 'assistant')
      .count('* as n')
    assert.equal(Number(count[0].$extras.n), 1)
  })

  test('an empty answer is refused as JSON, in the page’s language, and nothing is stored', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach({ locale: 'en' })
    const chat = await startChat(client)
    const response = await client
      .post(urlFor('chat_inbox.reply', { id: chat.id }))
      .loginAs(coach)
      .withCsrfToken()
      .header('accept', 'application/json')
      .header('accept-language', 'en')
      .form({ body: '' })
      .redirects(0)
    response.assertStatus(422)
    assert.equal(response.body().success, false)
    assert.isArray(response.body().errors.body)
    assert.notInclude(response.body().errors.body.join(' '), 'chat.')
    const count = await ChatMessage.query()
      .where('chat_session_id', chat.id)
      .where('role', 'assistant')
      .count('* as n')
    assert.equal(Number(count[0].$extras.n), 0)
  })

  test('a parent may not answer from the inbox', async ({ client, assert }) => {
    const parent = await createParent()
    const chat = await startChat(client)
    const response = await client
      .post(urlFor('chat_inbox.reply', { id: chat.id }))
      .loginAs(parent)
      .withCsrfToken()
      .header('accept', 'application/json')
      .form({ body: 'Saya juga mau jawab' })
      .redirects(0)
    response.assertStatus(403)
    const count = await ChatMessage.query()
      .where('chat_session_id', chat.id)
      .where('role', 'assistant')
      .count('* as n')
    assert.equal(Number(count[0].$extras.n), 0)
  })
})

test.group('Chat inbox · filing and closing from the page', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the filing form sets topic, tags and resolved; closing adds the system message', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach()
    const chat = await startChat(client, { message: 'Ada kelas anak?' })
    const filed = await client
      .post(`${urlFor('chat_inbox.update', { id: chat.id })}?_method=PUT`)
      .loginAs(coach)
      .withCsrfToken()
      .form({ topic: 'Kelas anak', tags_text: 'Program, anak, program', resolved: 'on' })
      .redirects(0)
    filed.assertStatus(302)
    const session = await ChatSession.findOrFail(chat.id)
    assert.equal(session.topic, 'Kelas anak')
    assert.deepEqual(session.tags, ['program', 'anak'])
    assert.isTrue(session.resolved)

    const closed = await client
      .post(urlFor('chat_inbox.close', { id: chat.id }))
      .loginAs(coach)
      .withCsrfToken()
      .redirects(0)
    closed.assertStatus(302)
    await session.refresh()
    assert.equal(session.status, 'closed')
    const last = await ChatMessage.query()
      .where('chat_session_id', chat.id)
      .orderBy('created_at', 'desc')
      .firstOrFail()
    assert.deepEqual([last.role, last.body], ['system', 'closed'])

    // the chat page no longer offers the answer form
    const page = await client.get(urlFor('chat_inbox.show', { id: chat.id })).loginAs(coach)
    page.assertStatus(200)
    assert.notInclude(page.text(), 'data-chat-reply')
  })
})
