import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Package from '#models/package'
import { createAdmin, createParent, localDate } from '#tests/fixtures'
import { fieldError, withLocaleCookie } from '../pages/helpers.js'

test.group('Portal | a parent’s forms speak the page’s language', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a birth date in the future is refused in {locale}')
    .with([
      { locale: 'id', text: 'Tanggal lahir tidak boleh di masa depan' },
      { locale: 'en', text: 'The date of birth cannot be in the future' },
    ])
    .run(async ({ client, assert }, { locale, text }) => {
      const parent = await createParent()
      const response = await withLocaleCookie(client.post('/parent/children'), locale)
        .loginAs(parent)
        .withCsrfToken()
        .header('referer', '/parent/children/new')
        .form({ name: 'Putri Ayu', relationship: 'child', date_of_birth: localDate(3) })
        .redirects(0)
      response.assertStatus(302)

      const page = await withLocaleCookie(client.get('/parent/children/new'), locale)
        .loginAs(parent)
        .withFlashMessages(response.flashMessages())
      assert.equal(fieldError(page.text(), 'date_of_birth'), text)
      assert.notInclude(page.text(), 'date_of_birth field')
    })
})

test.group('Portal | money typed the Indonesian way', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('"Rp 120.000" in the package form is stored as 120000', async ({ client, assert }) => {
    const admin = await createAdmin()
    await client.post('/admin/packages').loginAs(admin).withCsrfToken().form({
      name: 'Paket Empat',
      session_count: '4',
      duration_days: '30',
      price: 'Rp 120.000',
    })
    const pkg = await Package.findByOrFail('name', 'Paket Empat')
    assert.strictEqual(pkg.price, 120_000)
  })

  test('an ambiguous price comes back with a clear message', async ({ client, assert }) => {
    const admin = await createAdmin()
    const response = await client
      .post('/admin/packages')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/admin/packages/new')
      .form({ name: 'Paket Aneh', session_count: '4', duration_days: '30', price: '120,5' })
      .redirects(0)
    response.assertStatus(302)
    const { inputErrorsBag: bag } = response.flashMessages() as {
      inputErrorsBag: Record<string, string[]>
    }
    assert.deepEqual(bag.price, ['Harga harus berupa jumlah rupiah, misalnya 120.000'])
    assert.isNull(await Package.findBy('name', 'Paket Aneh'))
  })
})
