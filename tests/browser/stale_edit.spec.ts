import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Program from '#models/program'
import { createUser } from '#tests/functional/pages/helpers'
import { makeProgram } from '#tests/functional/pages/schedule_fixtures'

/**
 * Two admins on one program: the second save, made from the page as it was
 * before the first, goes back to the form with the other's change kept
 */
test.group('Browser | stale edit', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a stale program edit comes back with a flash and the typed input', async ({
    browserContext,
    visit,
    assert,
  }) => {
    const admin = await createUser('admin')
    const program = await makeProgram({ name: 'Recurve Dasar' })

    await browserContext.loginAs(admin)
    const page = await visit(`/admin/programs/${program.id}/edit`)
    await page.getByLabel('Nama').fill('Recurve Pemula')

    // meanwhile another admin saves the program
    await program.merge({ name: 'Recurve Lanjut' }).save()

    await page.getByRole('button', { name: 'Simpan' }).tap()
    await page.waitForURL(`**/admin/programs/${program.id}/edit`)
    await page.assertTextContains(
      '[role="alert"]',
      'Data ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi perubahan Anda.'
    )
    assert.equal(await page.getByLabel('Nama').inputValue(), 'Recurve Pemula')
    assert.isTrue(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the form fits a 390px screen'
    )
    if (process.env.SCREENSHOT_DIR) {
      await page.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/stale_edit.png`,
        fullPage: true,
      })
    }

    const fresh = await Program.findOrFail(program.id)
    assert.equal(fresh.name, 'Recurve Lanjut')
  })
})
