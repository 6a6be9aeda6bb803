import { randomUUID } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { bearer, createAdmin, createParent } from '#tests/fixtures'

/**
 * Files in the temp directory that hold `marker`
 */
async function filesHolding(marker: string) {
  const dir = tmpdir()
  const found: string[] = []
  for (const name of await readdir(dir)) {
    const path = join(dir, name)
    const info = await stat(path).catch(() => null)
    if (!info?.isFile() || info.size > 2_000_000) continue
    const content = await readFile(path, 'utf8').catch(() => '')
    if (content.includes(marker)) found.push(path)
  }
  return found
}

test.group('Security | multipart bodies', () => {
  test('a file sent to a route that takes none is never written to disk', async ({
    client,
    assert,
  }) => {
    const marker = `latih-upload-${randomUUID()}`
    const upload = Buffer.from(`${marker}\n${'x'.repeat(256 * 1024)}`)

    const api = await client
      .post('/api/v1/auth/refresh')
      .field('refresh_token', 'nope')
      .file('junk', upload, { filename: 'junk.bin' })
    assert.isBelow(api.status(), 500)

    // A portal post without a CSRF token: refused, and nothing kept
    const page = await client
      .post('/login')
      .field('email', 'a@example.com')
      .file('junk', upload, { filename: 'junk.bin' })
      .redirects(0)
    assert.isBelow(page.status(), 500)

    assert.deepEqual(await filesHolding(marker), [])
  })
})

test.group('Security | the photo upload routes', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('their temp files are gone when the request ends, refused or not', async ({
    client,
    assert,
  }) => {
    const marker = `latih-upload-${randomUUID()}`
    const upload = Buffer.from(`${marker}\n${'x'.repeat(256 * 1024)}`)
    const parent = await createParent()
    const admin = await createAdmin()

    const anonymous = await client
      .post('/api/v1/admin/news')
      .field('title', 'Tanpa masuk')
      .file('photo', upload, { filename: 'a.jpg' })
    assert.equal(anonymous.status(), 401)

    const member = await client
      .post('/api/v1/admin/news')
      .header('authorization', await bearer(parent))
      .field('title', 'Bukan admin')
      .field('body', 'x')
      .file('photo', upload, { filename: 'a.jpg' })
    assert.equal(member.status(), 403)

    const notAnImage = await client
      .post('/api/v1/admin/news')
      .header('authorization', await bearer(admin))
      .field('title', 'Bukan gambar')
      .field('body', 'x')
      .file('photo', upload, { filename: 'a.jpg' })
    assert.equal(notAnImage.status(), 422)

    const noCsrf = await client
      .post('/admin/news')
      .loginAs(admin)
      .field('title', 'Tanpa token')
      .file('photo', upload, { filename: 'a.jpg' })
      .redirects(0)
    assert.isBelow(noCsrf.status(), 500)

    assert.deepEqual(await filesHolding(marker), [])
  })
})
