import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createParent, localDate } from '#tests/fixtures'
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
