import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { Browser } from '#tests/http_browser'
import ChatSession from '#models/chat_session'
import { transmitStreams } from '#services/transmit_streams'
import { createCoach, createParent } from '#tests/fixtures'
import { startChat } from './fixtures.js'

/**
 * Transmit answers a refused subscription with 400 (and 204 when it is
 * taken). A browser with an open Transmit stream, subscribing with or without a
 * chat token
 */
async function withStream(opened: AbortController[], browser = new Browser()) {
  await browser.send('/schedule')
  const uid = randomUUID()
  const controller = new AbortController()
  opened.push(controller)
  await browser.send(`/__transmit/events?uid=${uid}`, { signal: controller.signal })
  const subscribe = async (channel: string, token?: string) => {
    const { status } = await browser.send('/__transmit/subscribe', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-xsrf-token': browser.xsrf(),
        ...(token ? { 'x-chat-token': token } : {}),
      },
      body: JSON.stringify({ uid, channel }),
    })
    return status
  }
  return { browser, subscribe }
}

test.group('Chat channels | who may listen', (group) => {
  const opened: AbortController[] = []
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    transmitStreams.reset()
    return () => {
      mail.restore()
      opened.splice(0).forEach((controller) => controller.abort())
      transmitStreams.reset()
    }
  })

  test('chat/:id: its token holder yes; a stranger, another visitor’s token or a parent no', async ({
    client,
    assert,
  }) => {
    const a = await startChat(client, { message: 'A' })
    const b = await startChat(client, { message: 'B' })

    const visitorA = await withStream(opened)
    assert.equal(await visitorA.subscribe(`chat/${a.id}`, a.token), 204)
    assert.equal(await visitorA.subscribe(`chat/${b.id}`, a.token), 400)

    const stranger = await withStream(opened)
    assert.equal(await stranger.subscribe(`chat/${a.id}`), 400)
    assert.equal(await stranger.subscribe(`chat/${a.id}`, 'x'.repeat(43)), 400)
    assert.equal(await stranger.subscribe(`chat/${randomUUID()}`), 400)
    assert.equal(await stranger.subscribe('chat/inbox'), 400)

    const parent = await createParent()
    const parentBrowser = new Browser()
    await parentBrowser.signIn(parent.email)
    const signedIn = await withStream(opened, parentBrowser)
    assert.equal(await signedIn.subscribe(`chat/${a.id}`), 400)
    assert.equal(await signedIn.subscribe('chat/inbox'), 400)
  })

  test('staff listen to every chat and to chat/inbox', async ({ client, assert }) => {
    const chat = await startChat(client, { message: 'Halo' })
    const coach = await createCoach()
    const coachBrowser = new Browser()
    await coachBrowser.signIn(coach.email)
    const staff = await withStream(opened, coachBrowser)
    assert.equal(await staff.subscribe('chat/inbox'), 204)
    assert.equal(await staff.subscribe(`chat/${chat.id}`), 204)
  })
})

test.group('Chat widget | a signed-in parent', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('a chat started from the portal is linked to the parent’s account', async ({ assert }) => {
    const parent = await createParent()
    const browser = new Browser()
    await browser.signIn(parent.email)
    const response = await browser.send('/api/v1/chat/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept': 'application/json' },
      body: JSON.stringify({ name: parent.name, email: parent.email, message: 'Halo' }),
    })
    assert.equal(response.status, 201)
    const { data } = (await response.json()) as { data: { session: { id: string } } }
    const chat = await ChatSession.findOrFail(data.session.id)
    assert.equal(chat.userId, parent.id)
  })
})
