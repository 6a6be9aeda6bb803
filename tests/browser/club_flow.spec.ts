import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import type { Browser, Page } from 'playwright-core'
import Member from '#models/member'
import MemberPackage from '#models/member_package'
import TrainingSession from '#models/training_session'
import {
  givePackage,
  makeMember,
  makePackage,
  makeSession,
  makeUser,
} from '#tests/functional/club/fixtures'
import { createBooking } from '#actions/bookings/create_booking'
import { PASSWORD } from '#tests/functional/pages/helpers'

/**
 * A phone of one's own (390x844, Indonesian), signed in through the login
 * form
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

/**
 * The club's daily loop, each person on their own phone: a parent adds a
 * child; an admin approves and assigns a package; the parent books (the
 * seats left update live); the coach marks present on the roster; the
 * parent sees the credit used.
 */
test.group('Browser | club daily loop', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('add a child, approve, assign, book, mark present, see the credit used', async ({
    browser,
    browserContext,
    visit,
    assert,
  }) => {
    const admin = await makeUser('admin', { name: 'Admin Klub' })
    const coach = await makeUser('coach', { name: 'Pelatih Dimas' })
    const parent = await makeUser('member', { name: 'Ibu Sari' })
    await makePackage({ name: 'Paket Empat', sessionCount: 4, durationDays: 30 })
    const session = await makeSession({
      coachId: coach.id,
      title: 'Panahan Sore',
      capacity: 6,
      inHours: 30,
    })

    // the parent adds a child
    const parentPage = await phoneFor(browser, parent.email)
    await parentPage.goto('/parent/children/new')
    await parentPage.getByLabel('Nama').fill('Raka Pratama')
    await parentPage.getByRole('button', { name: 'Tambah anak' }).tap()
    await parentPage.waitForURL('**/parent/children')
    await parentPage.getByText('Raka Pratama ditambahkan dan menunggu persetujuan.').waitFor()
    const child = await Member.findByOrFail('name', 'Raka Pratama')
    assert.equal(child.status, 'pending')

    // the admin approves and assigns a package
    const adminPage = await phoneFor(browser, admin.email)
    await adminPage.goto('/admin/members')
    await adminPage.getByRole('button', { name: 'Setujui Raka Pratama' }).tap()
    await adminPage.getByText('Raka Pratama disetujui.').waitFor()
    await child.refresh()
    assert.equal(child.status, 'active')

    await adminPage.goto(`/admin/members/${child.id}/packages`)
    await adminPage
      .getByLabel('Paket', { exact: true })
      .selectOption({ label: 'Paket Empat — 4 sesi, 30 hari' })
    await adminPage.getByRole('button', { name: 'Berikan paket' }).tap()
    await adminPage.getByText('Paket diberikan kepada Raka Pratama.').waitFor()
    const memberPackage = await MemberPackage.findByOrFail('member_id', child.id)
    assert.equal(memberPackage.totalSessions, 4)

    // the parent books the session for the child
    await parentPage.goto('/parent/book')
    const card = parentPage.locator(`[data-session="${session.id}"]`)
    await card.getByText('6 kursi tersisa').waitFor()
    await parentPage.locator('[data-club-seats][data-live-state="live"]').waitFor()

    // another family books meanwhile: the seats left change without a reload
    const otherParent = await makeUser()
    const otherChild = await makeMember(otherParent)
    await givePackage(otherChild, 2)
    await createBooking({
      actor: otherParent,
      trainingSessionId: session.id,
      memberId: otherChild.id,
    })
    await card.getByText('5 kursi tersisa').waitFor()

    await card.getByRole('button', { name: 'Pesan' }).tap()
    await parentPage.waitForURL('**/parent/bookings')
    await parentPage.getByText('Sesi dipesan untuk Raka Pratama. Sisa kuota: 3.').waitFor()

    // the session starts (moved into the past here, rather than waiting)
    const started = await TrainingSession.findOrFail(session.id)
    const startsAt = started.startsAt.minus({ hours: 30, minutes: 10 })
    await started.merge({ startsAt, endsAt: startsAt.plus({ hours: 1 }) }).save()

    // the coach, on the phone, taps present on the roster
    await browserContext.loginAs(coach)
    const roster = await visit(`/coach/sessions/${session.id}/roster`)
    assert.equal(roster.viewportSize()?.width, 390)
    await roster.locator('[data-roster][data-live-state="live"]').waitFor()
    await roster.assertTextContains('[data-roster-count]', 'belum dicatat 2')
    await roster.evaluate(() => {
      ;(window as any).__notReloaded = true
    })
    await roster.getByRole('button', { name: 'Tandai Raka Pratama hadir' }).tap()
    await roster.waitForFunction(() =>
      document.querySelector('[data-roster-count]')?.textContent?.includes('Hadir 1')
    )
    assert.equal(
      await roster
        .getByRole('button', { name: 'Tandai Raka Pratama hadir' })
        .getAttribute('aria-pressed'),
      'true'
    )
    assert.isTrue(
      await roster.evaluate(() => (window as any).__notReloaded === true),
      'roster.js marked in place, without a page load'
    )
    assert.isTrue(
      await roster.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the roster fits a 390px screen'
    )

    // the parent sees the credit used
    await parentPage.goto('/parent/packages')
    const credits = parentPage.locator(`[data-member-package="${memberPackage.id}"]`)
    const used = await credits.locator('[data-used]').innerText()
    const remaining = await credits.locator('[data-remaining]').innerText()
    assert.equal(used.trim(), '1')
    assert.equal(remaining.trim(), '3')
    await parentPage.goto('/parent/attendance')
    await parentPage.getByRole('cell', { name: 'Panahan Sore' }).waitFor()

    await parentPage.context().close()
    await adminPage.context().close()
  })
})
