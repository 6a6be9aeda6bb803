import { test } from '@japa/runner'
import env from '#start/env'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory } from '#database/factories/user_factory'
import { changePassword } from '#actions/auth/change_password'
import { updateUser } from '#actions/users/save_user'
import { PASSWORD } from './helpers.js'

/**
 * A browser of its own, with plain fetch: the API client's session plugin
 * replaces and destroys the session cookie on every request, so it cannot
 * show what a copied cookie can do
 */
class Browser {
  cookies = new Map<string, string>()
  base = `http://${env.get('HOST')}:${env.get('PORT')}`

  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  async send(path: string, init: RequestInit = {}) {
    const response = await fetch(this.base + path, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.header() },
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, ...rest] = pair.split('=')
      const value = rest.join('=')
      if (/Max-Age=0/i.test(line)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return response
  }

  async csrf(path: string) {
    const page = await this.send(path)
    const html = await page.text()
    const token = html.match(/name=['"]_csrf['"] value=['"]([^'"]+)/)?.[1]
    if (!token) throw new Error(`no CSRF field on ${path}`)
    return token
  }

  async post(path: string, form: Record<string, string>, from = path) {
    const body = new URLSearchParams({ _csrf: await this.csrf(from), ...form })
    return this.send(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
  }

  async signIn(email: string) {
    const response = await this.post('/login', { email, password: PASSWORD })
    if (response.headers.get('location') !== '/dashboard') throw new Error('sign-in failed')
  }

  /**
   * Another device with the same cookie
   */
  copy() {
    const copy = new Browser()
    copy.cookies = new Map(this.cookies)
    return copy
  }

  async dashboardStatus() {
    const { status } = await this.dashboard()
    return status
  }

  async dashboard() {
    const response = await this.send('/dashboard')
    return { status: response.status, location: response.headers.get('location') }
  }
}

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
