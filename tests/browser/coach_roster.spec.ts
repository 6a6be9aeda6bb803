import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import type { Browser, Page } from 'playwright-core'
import { timezone } from '#config/app'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import { createSession } from '#tests/fixtures'
import { givePackage, makeMember, makeUser } from '#tests/functional/club/fixtures'
import { PASSWORD } from '#tests/functional/pages/helpers'

/**
 * A phone of one's own (390x844, Indonesian), signed in through the login
 * form; it lands on the dashboard
 */
async function phoneFor(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    extraHTTPHeaders: { 'Accept-Language': 'id-ID,id;q=0.9' },
  })
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Kata sandi').fill(PASSWORD)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await page.waitForURL('**/dashboard')
  return page
}

test.group('Browser | coach roster', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test("from the dashboard to today's roster in one tap, then everyone present at once", async ({
    browser,
    assert,
  }) => {
    const coach = await makeUser('coach', { name: 'Pelatih Dimas' })
    const now = DateTime.now().setZone(timezone)
    const session = await createSession({
      coach,
      title: 'Panahan Senja',
      startsAt: DateTime.max(now.minus({ minutes: 20 }), now.startOf('day')),
      status: 'closed',
      capacity: 8,
    })
    const parent = await makeUser()
    const names = ['Ayu Lestari', 'Bagas Wicaksono', 'Citra Maharani']
    for (const name of names) {
      const member = await makeMember(parent, { name })
      const memberPackage = await givePackage(member, 4)
      await Booking.create({
        trainingSessionId: session.id,
        memberId: member.id,
        memberPackageId: memberPackage.id,
        status: 'confirmed',
        bookedAt: DateTime.now().minus({ days: 1 }),
        confirmedAt: DateTime.now().minus({ days: 1 }),
      })
    }
    await session.merge({ bookedCount: names.length }).save()

    const page = await phoneFor(browser, coach.email)
    const today = page.locator('[data-dashboard-today]')
    await today.getByText('3 dari 8 kursi terpesan').waitFor()

    // one tap
    await today.getByRole('link', { name: 'Buka daftar hadir' }).tap()
    await page.waitForURL(`**/coach/sessions/${session.id}/roster`)
    await page.getByRole('heading', { name: 'Panahan Senja' }).waitFor()
    await page.locator('[data-roster-count]').getByText('belum dicatat 3').waitFor()

    await page.evaluate(() => {
      ;(window as any).__notReloaded = true
    })
    await page.getByRole('button', { name: 'Tandai semua hadir' }).tap()
    await page.waitForFunction(() =>
      document.querySelector('[data-roster-count]')?.textContent?.includes('belum dicatat 0')
    )
    await page.locator('[data-roster-count]').getByText('Hadir 3').waitFor()
    for (const name of names) {
      assert.equal(
        await page
          .getByRole('button', { name: `Tandai ${name} hadir` })
          .getAttribute('aria-pressed'),
        'true'
      )
    }
    assert.isTrue(
      await page.evaluate(() => (window as any).__notReloaded === true),
      'roster.js marked in place, without a page load'
    )
    assert.isTrue(await page.locator('[data-roster-mark-all]').isHidden())
    assert.isTrue(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the roster fits a 390px screen'
    )

    const stored = await Attendance.query().where('training_session_id', session.id)
    assert.lengthOf(stored, 3)
    assert.isTrue(stored.every((row) => row.status === 'present' && row.validatedBy === coach.id))

    await page.context().close()
  })
})
