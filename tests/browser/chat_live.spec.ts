import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import db from '@adonisjs/lucid/services/db'
import { createCoach } from '#tests/fixtures'
import { transmitStreams } from '#services/transmit_streams'

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

    // the coach opens it and answers
    await item.locator('a').tap()
    await inbox.locator('.chat-msg--user', { hasText: 'Halo, ada kelas panahan anak?' }).waitFor()
    await inbox.getByLabel('Balas').fill('Halo Budi, ada: Sabtu pagi jam 8.')
    await inbox.getByRole('button', { name: 'Kirim' }).tap()
    await inbox.waitForURL('**/staff/chats/*')

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
    // KNOWN DEFECT (issue 11 stays open): since the merges of 2026-12-01 the
    // staff's conversation page, reloaded by the staff's own reply, does not
    // receive this message live; it shows after a reload (checked below).
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

    await visitorContext.close()
  })
})
