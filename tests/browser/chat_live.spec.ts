import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { createCoach } from '#tests/fixtures'
import { transmitStreams } from '#services/transmit_streams'
import { startChatSession } from '#actions/chat/start_chat_session'
import { sendChatMessage } from '#actions/chat/send_chat_message'

/**
 * A visitor on a phone opens the chat widget on the home page and writes;
 * a coach has the inbox open on their phone and sees the chat arrive live
 * (chat/inbox), opens it and answers; the visitor sees the answer without
 * reloading (chat/<id>). A message written while offline is sent once
 * when the connection returns. After a reload both see the whole chat.
 */
test.group('Browser | live chat', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    transmitStreams.reset()
    return () => mail.restore()
  })

  test('visitor and staff talk live, offline messages are sent once, and a reload keeps it all', async ({
    browser,
    browserContext,
    visit,
    assert,
  }) => {
    const coach = await createCoach({ name: 'Pelatih Wulan', locale: 'id' })

    // the coach's inbox, live
    await browserContext.loginAs(coach)
    const inbox = await visit('/staff/chats')
    await inbox.locator('[data-chat-inbox][data-live-state="live"]').waitFor()
    await inbox.evaluate(() => {
      ;(window as any).__notReloaded = true
    })

    // the visitor's phone
    const visitorContext = await browser.newContext({
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      extraHTTPHeaders: { 'Accept-Language': 'id-ID,id;q=0.9' },
    })
    const home = await visitorContext.newPage()
    await home.goto('/')
    await home.getByRole('button', { name: 'Chat dengan kami' }).tap()
    await home.getByLabel('Nama Anda').fill('Budi Pengunjung')
    await home.getByLabel('Email Anda').fill('budi@example.com')
    await home.locator('#chat-first').fill('Halo, ada kelas panahan anak?')
    await home.getByRole('button', { name: 'Mulai chat' }).tap()
    await home.locator('[data-chat-widget][data-live-state="live"]').waitFor()
    await home.evaluate(() => {
      ;(window as any).__notReloaded = true
    })
    assert.isTrue(
      await home.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the open widget fits a 390px screen'
    )

    // the coach sees it arrive, with its unread count, and the tab says so
    const item = inbox.locator('[data-chat-item]', { hasText: 'Budi Pengunjung' })
    await item.waitFor()
    await item.locator('[data-chat-unread]', { hasText: '1 belum dibaca' }).waitFor()
    assert.match(await inbox.title(), /^\(1\) /)
    assert.isTrue(await inbox.evaluate(() => (window as any).__notReloaded === true))

    // the coach opens it and answers; the answer is sent without leaving the page
    await item.locator('a').tap()
    await inbox.waitForURL('**/staff/chats/*')
    await inbox.locator('.chat-msg--user', { hasText: 'Halo, ada kelas panahan anak?' }).waitFor()
    await inbox.locator('[data-chat-inbox][data-live-state="live"]').waitFor()
    await inbox.evaluate(() => {
      ;(window as any).__notReloaded = true
    })
    const reply = inbox.getByLabel('Balas')
    await reply.fill('Halo Budi, ada: Sabtu pagi jam 8.')
    await inbox.getByRole('button', { name: 'Kirim' }).tap()
    await inbox
      .locator('[data-chat-thread] .chat-msg--assistant', {
        hasText: 'Halo Budi, ada: Sabtu pagi jam 8.',
      })
      .waitFor()
    assert.equal(await reply.inputValue(), '')
    assert.isTrue(await reply.evaluate((field) => field === document.activeElement))
    assert.equal(
      await inbox.locator('[data-chat-thread] .chat-msg--assistant').count(),
      1,
      'the answer shows once (from the answer and from the channel)'
    )

    // the visitor sees the answer without reloading
    const answer = home.locator('.chat-msg--assistant', {
      hasText: 'Halo Budi, ada: Sabtu pagi jam 8.',
    })
    await answer.waitFor()
    assert.include(await answer.innerText(), 'Pelatih Wulan')
    assert.isTrue(await home.evaluate(() => (window as any).__notReloaded === true))

    // offline: the message waits, and is sent once when back online
    await visitorContext.setOffline(true)
    await home.locator('#chat-body').fill('Berapa biayanya?')
    await home.getByRole('button', { name: 'Kirim' }).tap()
    await home.locator('[data-pending]').waitFor()
    await visitorContext.setOffline(false)
    await home.locator('[data-pending]').waitFor({ state: 'detached' })
    await inbox.locator('.chat-msg--user', { hasText: 'Berapa biayanya?' }).waitFor()
    assert.isTrue(await inbox.evaluate(() => (window as any).__notReloaded === true))
    const [row] = await db.from('chat_messages').where('body', 'Berapa biayanya?').count('* as n')
    assert.equal(Number(row.n), 1)

    // after a reload both see the whole conversation
    const lines = [
      'Halo, ada kelas panahan anak?',
      'Halo Budi, ada: Sabtu pagi jam 8.',
      'Berapa biayanya?',
    ]
    await home.reload()
    await home.locator('[data-chat-panel]:not([hidden])').waitFor()
    for (const line of lines) {
      await home.locator('[data-chat-messages] .chat-msg', { hasText: line }).waitFor()
    }
    await inbox.reload()
    for (const line of lines) {
      await inbox.locator('[data-chat-thread] .chat-msg', { hasText: line }).waitFor()
    }
    assert.equal(await home.locator('[data-chat-messages] .chat-msg--user').count(), 2)
    assert.equal(await inbox.locator('[data-chat-thread] .chat-msg--assistant').count(), 1)

    await visitorContext.close()
  })

  test('a message sent while the staff page subscribes still shows; a failed answer says so', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const coach = await createCoach({ name: 'Pelatih Wulan', locale: 'id' })
    const { session: chat } = await startChatSession({
      name: 'Sari Pengunjung',
      email: 'sari@example.com',
      locale: 'id',
      message: 'Halo, ada kelas sore?',
    })

    // the page's subscription waits until the visitor has written again:
    // that message is broadcast to nobody, the page must read it itself
    await browserContext.loginAs(coach)
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await browserContext.route('**/__transmit/subscribe', async (route) => {
      if (route.request().postData()?.includes('chat/inbox')) await held
      await route.continue()
    })
    const page = await visit(`/staff/chats/${chat.id}`)
    await page.locator('.chat-msg--user', { hasText: 'Halo, ada kelas sore?' }).waitFor()
    await sendChatMessage({ sessionId: chat.id, role: 'user', body: 'Jam berapa mulainya?' })
    release()
    await page.locator('[data-chat-inbox][data-live-state="live"]').waitFor()
    await page.locator('.chat-msg--user', { hasText: 'Jam berapa mulainya?' }).waitFor()
    assert.equal(await page.locator('[data-chat-thread] .chat-msg--user').count(), 2)

    // the connection drops while answering: the text stays, an error shows
    await page.evaluate(() => {
      ;(window as any).__notReloaded = true
    })
    await browserContext.route('**/staff/chats/*/messages', (route) => route.abort())
    const reply = page.getByLabel('Balas')
    await reply.fill('Jam 4 sore.')
    await page.getByRole('button', { name: 'Kirim' }).tap()
    await page.locator('[data-chat-reply-error]', { hasText: 'Jawaban belum terkirim' }).waitFor()
    assert.equal(await reply.inputValue(), 'Jam 4 sore.')
    assert.equal(await reply.getAttribute('aria-invalid'), 'true')

    // back online, sending again works and the error goes
    await browserContext.unroute('**/staff/chats/*/messages')
    await page.getByRole('button', { name: 'Kirim' }).tap()
    await page
      .locator('[data-chat-thread] .chat-msg--assistant', { hasText: 'Jam 4 sore.' })
      .waitFor()
    assert.isTrue(await page.locator('[data-chat-reply-error]').isHidden())
    assert.isTrue(await page.evaluate(() => (window as any).__notReloaded === true))
    const [row] = await db.from('chat_messages').where('body', 'Jam 4 sore.').count('* as n')
    assert.equal(Number(row.n), 1)
  })
})
