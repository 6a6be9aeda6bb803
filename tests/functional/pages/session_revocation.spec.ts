import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory } from '#database/factories/user_factory'
import { changePassword } from '#actions/auth/change_password'
import { updateUser } from '#actions/users/save_user'
import { revokeAllTokens } from '#actions/auth/issue_api_tokens'
import db from '@adonisjs/lucid/services/db'
import { Browser } from '#tests/http_browser'
import { PASSWORD } from '#tests/fixtures'

/**
 * Portal sessions live on the server and are tagged with their account: a
 * copied cookie stops working after logout, a password change or reset,
 * and a deactivation
 */
test.group('Pages | portal sessions can be ended', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a copied cookie is signed out by logout', async ({ assert }) => {
    const user = await UserFactory.create()
    const browser = new Browser()
    await browser.signIn(user.email)
    const copied = browser.copy()
    assert.equal(await copied.dashboardStatus(), 200)

    const logout = await browser.post('/logout', {}, '/dashboard')
    assert.equal(logout.status, 302)

    const after = await copied.dashboard()
    assert.equal(after.status, 302)
    assert.match(String(after.location), /^\/login/)
  })

  test('a password change ends every portal session of the account', async ({ assert }) => {
    const user = await UserFactory.create()
    const laptop = new Browser()
    const phone = new Browser()
    await laptop.signIn(user.email)
    await phone.signIn(user.email)
    assert.equal(await phone.dashboardStatus(), 200)

    await changePassword(user, { current_password: PASSWORD, password: 'kataSandiBaru9' })

    for (const browser of [laptop, phone]) {
      const after = await browser.dashboard()
      assert.equal(after.status, 302)
      assert.match(String(after.location), /^\/login/)
    }
  })

  test('sessions end only when the change commits: a rolled-back change signs nobody out', async ({
    assert,
  }) => {
    const user = await UserFactory.create()
    const browser = new Browser()
    await browser.signIn(user.email)

    await db
      .transaction(async (trx) => {
        await revokeAllTokens(user, trx)
        // still inside the transaction: nothing is committed, nobody is out yet
        assert.equal(await browser.dashboardStatus(), 200)
        throw new Error('the change fails')
      })
      .catch(() => {})

    assert.equal(await browser.dashboardStatus(), 200)
  })

  test('deactivating an account ends its portal sessions', async ({ assert }) => {
    const user = await UserFactory.create()
    const browser = new Browser()
    await browser.signIn(user.email)
    assert.equal(await browser.dashboardStatus(), 200)

    await updateUser(user, { status: 'inactive' })

    assert.equal(await browser.dashboardStatus(), 302)
  })

  test('the portal password form keeps its own session going, not its copies', async ({
    assert,
  }) => {
    const user = await UserFactory.create()
    const browser = new Browser()
    await browser.signIn(user.email)
    const copied = browser.copy()

    const changed = await browser.post(
      '/account/password?_method=PUT',
      {
        current_password: PASSWORD,
        password: 'kataSandiBaru9',
        password_confirmation: 'kataSandiBaru9',
      },
      '/account/password'
    )
    assert.equal(changed.status, 302)
    assert.equal(changed.headers.get('location'), '/account/profile')
    assert.equal(await browser.dashboardStatus(), 200)
    assert.equal(await copied.dashboardStatus(), 302)
  })
})
