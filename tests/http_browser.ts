import env from '#start/env'
import { PASSWORD } from '#tests/fixtures'

/**
 * A browser of its own, with plain fetch: the API client's session plugin
 * replaces and destroys the session cookie on every request, so it cannot
 * show what a copied cookie can do
 */
export class Browser {
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
    this.remember(response)
    return response
  }

  /**
   * The XSRF-TOKEN cookie as the header the portal's scripts send
   */
  xsrf() {
    return decodeURIComponent(this.cookies.get('XSRF-TOKEN') ?? '')
  }

  remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, ...rest] = pair.split('=')
      const value = rest.join('=')
      if (/Max-Age=0/i.test(line)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
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
