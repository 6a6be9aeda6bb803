import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import TrainingSession from '#models/training_session'
import { localDate, makeCoach, makeSlot } from '#tests/functional/pages/schedule_fixtures'

/**
 * A coach on a phone (390x844, tests/bootstrap.ts) creates a session in
 * three taps, and a visitor who has the public schedule open sees it
 * appear without reloading (Transmit, resources/js/live_schedule.js).
 */
test.group('Browser | live schedule', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a new session appears live on the public schedule', async ({
    browser,
    browserContext,
    visit,
    assert,
  }) => {
    const coach = await makeCoach({ name: 'Wulan Pelatih' })
    await makeSlot('18:00', '19:30', 'Malam')
    const date = localDate(1)
    const title = 'Latihan — Wulan Pelatih'

    // a visitor's phone with the schedule open, subscribed to live updates
    const visitorContext = await browser.newContext({
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      extraHTTPHeaders: { 'Accept-Language': 'id-ID,id;q=0.9' },
    })
    const schedule = await visitorContext.newPage()
    await schedule.goto('/schedule')
    await schedule.locator('#schedule-list[data-live-state="live"]').waitFor()
    await schedule.evaluate(() => {
      ;(window as any).__notReloaded = true
    })
    assert.equal(await schedule.getByText(title).count(), 0)

    // the coach, on their phone: pick the slot, pick the date, confirm
    await browserContext.loginAs(coach)
    const page = await visit('/coach/sessions/new')
    assert.equal(page.viewportSize()?.width, 390)
    await page.assertText('h1', 'Buat sesi')
    assert.isTrue(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the create form fits a 390px screen'
    )
    await page.locator('label.choice', { hasText: 'Malam' }).tap()
    await page.locator(`label.choice:has(input[name="date"][value="${date}"])`).tap()
    await page.getByRole('button', { name: 'Buat sesi' }).tap()

    await page.waitForURL('**/coach/sessions')
    await page.assertTextContains('[role="status"]', 'Sesi dibuat.')
    await page.getByRole('heading', { name: title }).waitFor()
    const created = await TrainingSession.findByOrFail('coach_id', coach.id)
    assert.equal(created.title, title)

    // the visitor's page shows it, without a reload
    const card = schedule.locator(`[data-session-id="${created.id}"]`)
    await card.waitFor()
    await schedule.getByRole('heading', { name: title }).waitFor()
    assert.include(await card.innerText(), '18:00–19:30')
    assert.isTrue(await schedule.evaluate(() => (window as any).__notReloaded === true))
    await schedule.assertTextContains('[data-live-announce]', 'Daftar sesi baru saja diperbarui.')

    await visitorContext.close()
  })
})
