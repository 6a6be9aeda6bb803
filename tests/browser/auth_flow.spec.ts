/// <reference lib="dom" />

import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import type SignupNotification from '#mails/signup_notification'
import { clearRateLimits } from '#start/limiter'

/**
 * A person on a phone (390x844, see tests/bootstrap.ts) goes through the
 * portal's account pages in real Chromium.
 */
test.group('Browser | account flow on a phone', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearRateLimits())
  group.each.setup(() => () => mail.restore())

  test('register, log out, log in again and switch the language', async ({
    visit,
    browserContext,
    assert,
  }) => {
    // a phone set to Indonesian
    await browserContext.setExtraHTTPHeaders({ 'Accept-Language': 'id-ID,id;q=0.9' })
    const { mails } = mail.fake()
    const email = `ponsel.${randomUUID().slice(0, 8)}@example.com`
    const password = 'rahasia123'

    // home: Indonesian by default, styled (the stylesheet passes the CSP)
    const page = await visit('/')
    assert.equal(page.viewportSize()?.width, 390)
    await page.assertExists('html[lang="id"]')
    await page.assertText('h1', 'Selamat datang di Latih')
    const headerColor = await page
      .locator('.site-header')
      .evaluate((element) => getComputedStyle(element).backgroundColor)
    assert.equal(headerColor, 'rgb(7, 64, 111)')
    assert.isTrue(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the home page fits a 390px screen'
    )
    const headerHeight = await page
      .locator('.site-header')
      .evaluate((element) => element.getBoundingClientRect().height)
    assert.isAtMost(headerHeight, 64, 'the phone header is one row')
    await page.assertNotVisible('.site-nav')

    // register
    await page.getByRole('link', { name: 'Buat akun' }).click()
    await page.waitForURL('**/register')
    await page.getByLabel('Nama').fill('Rina Pertiwi')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Nomor telepon').fill('0812 3456 7890')
    await page.getByLabel('Kata sandi', { exact: true }).fill(password)
    await page.getByLabel('Ulangi kata sandi').fill(password)
    assert.isTrue(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the register form fits a 390px screen'
    )
    await page.getByRole('button', { name: 'Buat akun' }).click()

    // "check your mail"; the link in the mail asks for one more tap
    await page.waitForURL('**/register/sent')
    await page.assertText('h1', 'Periksa email Anda')
    await page.assertTextContains('.card', email)
    const [sent] = mails.sent() as SignupNotification[]
    assert.equal(sent.details.kind, 'confirm')
    const link = new URL(sent.details.kind === 'confirm' ? sent.details.confirmUrl : '/')
    await page.goto(link.pathname)
    await page.assertText('h1', 'Satu langkah lagi')
    await page.getByRole('button', { name: 'Buat akun saya' }).click()

    // lands on the member dashboard, signed in
    await page.waitForURL('**/dashboard')
    await page.assertText('h1', 'Halo, Rina Pertiwi!')
    await page.assertTextContains('[role="status"]', 'Selamat datang di Latih, Rina Pertiwi!')
    const user = await User.findByOrFail('email', email)
    assert.equal(user.role, 'member')

    // log out, from the phone's menu (a <details>: it opens without JavaScript)
    await page.locator('summary.site-menu__toggle').click()
    await page.assertVisible('.site-nav')
    await page.getByRole('button', { name: 'Keluar' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('[role="status"]', 'Anda sudah keluar')
    await page.assertNotExists('button:has-text("Keluar")')

    // log in again
    await page.locator('summary.site-menu__toggle').click()
    await page.getByRole('navigation').getByRole('link', { name: 'Masuk' }).click()
    await page.waitForURL('**/login')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Kata sandi').fill(password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await page.waitForURL('**/dashboard')
    await page.assertText('h1', 'Halo, Rina Pertiwi!')

    // switch to English and see English text
    await page.locator('summary.site-menu__toggle').click()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Hello, Rina Pertiwi!' }).waitFor()
    await page.assertPath('/dashboard')
    await page.assertExists('html[lang="en"]')
    await page.assertTextContains('[role="status"]', 'Language changed to English.')
    await page.locator('summary.site-menu__toggle').click()
    await page.assertTextContains('nav', 'Log out')
    const cookies = await page.context().cookies()
    assert.equal(cookies.find((cookie) => cookie.name === 'locale')?.value, 'en')
    await user.refresh()
    assert.equal(user.locale, 'en')

    // and back to Bahasa Indonesia (the menu is still open)
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click()
    await page.getByRole('heading', { level: 1, name: 'Halo, Rina Pertiwi!' }).waitFor()
    await page.assertExists('html[lang="id"]')
    await page.locator('summary.site-menu__toggle').click()
    await page.assertTextContains('nav', 'Keluar')
  })
})
