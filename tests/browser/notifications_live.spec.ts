import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { bearer, createAdmin, createMember, createParent } from '#tests/fixtures'

/**
 * A parent has a portal page open on their phone (390x844,
 * tests/bootstrap.ts); an admin approves their child through the API. The
 * parent sees a toast without reloading (Transmit users/<id>,
 * resources/js/notifications.js) and the badge goes up; after a reload the
 * notification waits, unread, on the notifications page.
 */
test.group('Browser | live notifications', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('a parent sees the approval of their child live, then in their notifications', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const admin = await createAdmin()
    const parent = await createParent({ locale: 'id' })
    const child = await createMember(parent, { name: 'Sekar', status: 'pending', approvedAt: null })

    await browserContext.loginAs(parent)
    const page = await visit(urlFor('dashboard'))
    assert.equal(page.viewportSize()?.width, 390)
    const link = page.locator('[data-notifications-link]')
    await page.locator('[data-notifications-link][data-live-state="live"]').waitFor()
    assert.isTrue(await link.locator('[data-notifications-count]').isHidden())
    await page.evaluate(() => {
      ;(window as any).__notReloaded = true
    })

    // the admin approves, from elsewhere
    const approved = await fetch(
      `http://${process.env.HOST}:${process.env.PORT}${urlFor('api.v1.admin.members.approve', { id: child.id })}`,
      {
        method: 'POST',
        headers: { authorization: await bearer(admin), accept: 'application/json' },
      }
    )
    assert.equal(approved.status, 200)

    const toast = page.locator('.notify-toast')
    await toast.waitFor()
    assert.include(await toast.innerText(), 'Sekar sudah disetujui dan dapat memesan sesi.')
    assert.equal(await link.locator('[data-notifications-number]').innerText(), '1')
    assert.isTrue(await link.locator('[data-notifications-count]').isVisible())
    assert.isTrue(await page.evaluate(() => (window as any).__notReloaded === true))
    assert.isTrue(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the toast fits a 390px screen'
    )

    // after a reload: still unread, on the notifications page
    await page.reload()
    assert.equal(await link.locator('[data-notifications-number]').innerText(), '1')
    await link.tap()
    await page.waitForURL(`**${urlFor('notifications.index')}`)
    const item = page.locator('.notify-item--unread')
    assert.equal(await item.count(), 1)
    assert.include(await item.innerText(), 'Sekar sudah disetujui')
    await page.assertTextContains('[data-unread-total]', '1 belum dibaca')

    // opening it marks it read and goes to the children's page
    await item.locator('a').tap()
    await page.waitForURL(`**${urlFor('parent.children.index')}`)
    assert.isTrue(await link.locator('[data-notifications-count]').isHidden())
  })
})
