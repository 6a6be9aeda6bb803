import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import Member from '#models/member'
import { makeMember, makeUser } from '#tests/functional/club/fixtures'
import { PASSWORD } from '#tests/functional/pages/helpers'

/**
 * An admin on a phone (390x844, Indonesian) manages a member from the
 * members page: deactivating asks for a second tap, restoring brings them
 * back, without any JavaScript of the page's own.
 */
test.group('Browser | admin members', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('an admin deactivates and restores a member from the members page', async ({
    browser,
    assert,
  }) => {
    const admin = await makeUser('admin', { name: 'Admin Klub' })
    const parent = await makeUser('member', { name: 'Ibu Wulan' })
    const member = await makeMember(parent, { name: 'Nadia Putri' })

    const context = await browser.newContext({
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      extraHTTPHeaders: { 'Accept-Language': 'id-ID,id;q=0.9' },
    })
    const page = await context.newPage()
    await page.goto('/login')
    await page.getByLabel('Email').fill(admin.email)
    await page.getByLabel('Kata sandi').fill(PASSWORD)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await page.waitForURL('**/dashboard')

    await page.goto('/admin/members')
    await page.getByLabel('Status').selectOption('active')
    await page.getByLabel('Cari').fill('Nadia')
    await page.getByRole('button', { name: 'Terapkan' }).tap()
    await page.waitForURL(/status=active/)

    const card = page.locator(`[data-member="${member.id}"]`)
    await card.getByText('Ibu Wulan').waitFor()
    await card.getByText('Nonaktifkan', { exact: true }).tap()
    await card.getByRole('button', { name: 'Ya, nonaktifkan' }).tap()
    await page.getByText('Nadia Putri dinonaktifkan.').waitFor()
    await member.refresh()
    assert.equal(member.status, 'inactive')

    await page.getByLabel('Status').selectOption('inactive')
    await page.getByRole('button', { name: 'Terapkan' }).tap()
    await page.waitForURL(/status=inactive/)
    await page
      .locator(`[data-member="${member.id}"]`)
      .getByRole('button', { name: 'Pulihkan' })
      .tap()
    await page.getByText('Nadia Putri dipulihkan.').waitFor()
    const restored = await Member.findOrFail(member.id)
    assert.equal(restored.status, 'active')

    await context.close()
  })
})
