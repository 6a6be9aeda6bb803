import { test } from '@japa/runner'

/**
 * Every answer carries the security headers, also those the router never
 * handles: static files and 404s of unknown URLs
 */
test.group('Security | headers on every answer', () => {
  for (const [what, url] of [
    ['a static file', '/favicon.ico'],
    ['a 404 page', '/nothing-here-at-all'],
    ['an API 404', '/api/v1/nothing-here'],
    ['a page', '/login'],
    ['an API answer', '/api/v1/ping'],
  ]) {
    test(`${what}`, async ({ client, assert }) => {
      const response = await client.get(url)
      assert.equal(response.header('x-content-type-options'), 'nosniff', url)
      assert.equal(response.header('referrer-policy'), 'strict-origin-when-cross-origin', url)
      assert.equal(response.header('x-frame-options'), 'DENY', url)
      const csp = String(response.header('content-security-policy'))
      assert.include(csp, "base-uri 'self'", url)
      assert.include(csp, "frame-ancestors 'none'", url)
    })
  }

  test("routed pages keep Shield's full policy", async ({ client, assert }) => {
    const page = await client.get('/login')
    const csp = String(page.header('content-security-policy'))
    assert.include(csp, "style-src 'self'")
    assert.include(csp, "script-src 'self'")
  })
})
