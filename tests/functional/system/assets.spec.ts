import { mkdir, rm, writeFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'

/**
 * Built assets (public/assets, fingerprinted by Vite) are kept by browsers
 * for a year; pages are revalidated on every use; the favicon is there.
 */
test.group('Assets | caching and the favicon', () => {
  test('a built asset is served with a one-year immutable cache', async ({
    client,
    assert,
    cleanup,
  }) => {
    const name = `probe-${Date.now()}-Ab12Cd34.css`
    await mkdir(app.publicPath('assets'), { recursive: true })
    await writeFile(app.publicPath(`assets/${name}`), 'body { color: #17202c; }\n')
    cleanup(() => rm(app.publicPath(`assets/${name}`), { force: true }))

    const response = await client.get(`/assets/${name}`)
    response.assertStatus(200)
    assert.equal(response.header('cache-control'), 'public, max-age=31536000, immutable')
    assert.include(response.header('content-type'), 'text/css')
    assert.equal(response.header('x-content-type-options'), 'nosniff')
  })

  test('pages are not kept by caches without asking', async ({ client, assert }) => {
    const page = await client.get('/')
    page.assertStatus(200)
    assert.equal(page.header('cache-control'), 'no-cache, private')

    const missing = await client.get('/tidak-ada')
    missing.assertStatus(404)
    assert.equal(missing.header('cache-control'), 'no-cache, private')
  })

  test('/favicon.ico answers with an icon, and pages link to it', async ({ client, assert }) => {
    const icon = await client.get('/favicon.ico')
    icon.assertStatus(200)
    assert.match(icon.header('content-type') ?? '', /^image\/(x-icon|vnd\.microsoft\.icon)/)
    assert.notEqual(icon.header('cache-control'), 'no-cache, private')

    const svg = await client.get('/favicon.svg')
    svg.assertStatus(200)
    assert.include(svg.header('content-type'), 'image/svg+xml')

    const page = await client.get('/')
    assert.include(page.text(), '<link rel="icon" href="/favicon.ico" sizes="32x32">')
  })

  test('pages load the one stylesheet and script through Vite', async ({ client, assert }) => {
    const page = await client.get('/schedule')
    page.assertStatus(200)
    const html = page.text()
    assert.include(html, 'resources/css/app.css')
    assert.include(html, 'resources/js/app.js')
    assert.notInclude(html, '/css/schedule.css')
    assert.notInclude(html, '/js/live_schedule.js')
  })
})

test.group('Assets | only public/ names reach the file server', () => {
  test('a path outside public/ is routed, a public/ name is a file', async ({ client, assert }) => {
    const api = await client.get('/api/v1/ping')
    api.assertStatus(200)
    assert.notExists(api.header('etag'))

    const icon = await client.get('/favicon.svg')
    icon.assertStatus(200)
    assert.exists(icon.header('etag'))

    const traversal = await client.get('/assets/..%2F..%2Fpackage.json')
    assert.oneOf(traversal.status(), [403, 404])
  })
})
