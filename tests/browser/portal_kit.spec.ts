/// <reference lib="dom" />

import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createParent } from '#tests/fixtures'

/**
 * The test server (bin/test.ts sets HOST and PORT), for contexts made here
 */
const url = (path: string) => `http://${process.env.HOST}:${process.env.PORT}${path}`

const heights = (selector: string) =>
  `[...document.querySelectorAll(${JSON.stringify(selector)})].map((node) => node.getBoundingClientRect().height)`

/**
 * The header and the tabs of the UI kit in real Chromium: one row on a
 * phone with a menu that opens without JavaScript, the whole navigation
 * on a wide screen, 44px targets, a visible current tab.
 */
test.group('Browser | the portal kit', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('on a phone without JavaScript the header is one row and its menu opens', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
      extraHTTPHeaders: { 'Accept-Language': 'id-ID,id;q=0.9' },
    })
    cleanup(() => context.close())
    const page = await context.newPage()
    await page.goto(url('/schedule'))

    const header = await page.locator('.site-header').boundingBox()
    assert.isAtMost(header!.height, 64)
    assert.isFalse(await page.locator('.site-nav').isVisible())

    await page.getByText('Menu', { exact: true }).click()
    assert.isTrue(await page.getByRole('link', { name: 'Daftar' }).isVisible())
    assert.isTrue(await page.getByRole('button', { name: 'English' }).isVisible())
    const targets: number[] = await page.evaluate(
      heights('.site-nav__list a, .site-nav__list button, .lang-switch button, .site-menu__toggle')
    )
    assert.isAbove(targets.length, 5)
    assert.isTrue(
      targets.every((height) => height >= 44),
      `tap targets ${targets}`
    )
    assert.equal(await page.locator('.site-nav a[aria-current="page"]').textContent(), 'Jadwal')
  })

  test('on a wide screen the whole navigation shows without a menu', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled: false,
      extraHTTPHeaders: { 'Accept-Language': 'id-ID,id;q=0.9' },
    })
    cleanup(() => context.close())
    const page = await context.newPage()
    await page.goto(url('/'))

    assert.isFalse(await page.locator('.site-menu__toggle').isVisible())
    assert.isTrue(await page.locator('.site-nav').getByRole('link', { name: 'Masuk' }).isVisible())
    assert.isTrue(await page.locator('.site-nav').getByRole('link', { name: 'Daftar' }).isVisible())
    assert.isTrue(await page.locator('.lang-switch').isVisible())
  })

  test("a parent's tabs mark the current page, every tab a 44px target", async ({
    visit,
    browserContext,
    assert,
  }) => {
    const parent = await createParent()
    await browserContext.loginAs(parent)
    const page = await visit('/parent/bookings')

    // the area's tabs, then the bookings' own (upcoming, past, cancelled)
    const area = page.getByRole('navigation', { name: 'Menu orang tua' })
    const current = area.locator('a[aria-current="page"]')
    assert.equal(await current.count(), 1)
    assert.equal(await current.textContent(), 'Pemesanan')
    const style = (locator: typeof current) =>
      locator.evaluate((node) => getComputedStyle(node).borderBottomColor)
    assert.notEqual(
      await style(current),
      await style(area.locator('a:not([aria-current])').first())
    )
    assert.equal(
      await page.locator('.tabs').nth(1).locator('a[aria-current="page"]').count(),
      1,
      'the bookings filter marks one tab too'
    )

    const tabs: number[] = await page.evaluate(heights('.tabs a'))
    assert.isAtLeast(tabs.length, 5)
    assert.isTrue(
      tabs.every((height) => height >= 44),
      `tabs ${tabs}`
    )
  })
})
