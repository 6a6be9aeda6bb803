import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import News from '#models/news'
import { clock } from '#services/clock'
import { createAdmin, createParent, bearer } from '#tests/fixtures'
import { jpeg, photoGone, photoStored, storedFiles } from './photos.js'

async function statusOf(request: PromiseLike<{ status(): number }>) {
  const response = await request
  return response.status()
}

async function textOf(request: PromiseLike<{ text(): string }>) {
  const response = await request
  return response.text()
}

async function makeNews(merge: Partial<News> = {}) {
  const suffix = Math.random().toString(36).slice(2, 8)
  return News.create({
    title: `Berita ${suffix}`,
    slug: `berita-${suffix}`,
    body: 'Isi **berita**.',
    publishAt: DateTime.now().minus({ hours: 1 }),
    ...merge,
  })
}

test.group('Site | news publish gating', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => clock.reset())

  test('a future item is 404 and unlisted, then appears when the clock passes its time', async ({
    client,
    assert,
  }) => {
    const publishAt = DateTime.now().plus({ hours: 2 })
    const item = await makeNews({ publishAt })

    const listed = async () => {
      const response = await client.get('/api/v1/news').qs({ limit: 100 })
      response.assertStatus(200)
      return response.body().data.map((row: { id: string }) => row.id)
    }

    assert.notInclude(await listed(), item.id)
    assert.equal(await statusOf(client.get(`/api/v1/news/${item.id}`)), 404)
    const bySlug = await client.get(`/api/v1/news/${item.slug}`)
    bySlug.assertStatus(404)
    assert.equal(bySlug.body().code, 'NEWS_NOT_FOUND')
    assert.equal(await statusOf(client.get(`/news/${item.slug}`)), 404)
    assert.notInclude(await textOf(client.get('/news')), item.title)

    clock.travelTo(publishAt.plus({ minutes: 1 }))

    assert.include(await listed(), item.id)
    assert.equal(await statusOf(client.get(`/api/v1/news/${item.slug}`)), 200)
    assert.equal(await statusOf(client.get(`/api/v1/news/${item.id}`)), 200)
    assert.equal(await statusOf(client.get(`/news/${item.slug}`)), 200)
    assert.include(await textOf(client.get('/news')), item.title)
  })

  test('a draft is never public, but the admin lists it with its state', async ({
    client,
    assert,
  }) => {
    const draft = await makeNews({ publishAt: null })
    const scheduled = await makeNews({ publishAt: DateTime.now().plus({ days: 1 }) })
    const published = await makeNews()
    assert.equal(await statusOf(client.get(`/api/v1/news/${draft.slug}`)), 404)

    const admin = await createAdmin()
    const response = await client
      .get('/api/v1/admin/news')
      .qs({ limit: 100 })
      .header('authorization', await bearer(admin))
    response.assertStatus(200)
    const states = Object.fromEntries(
      response.body().data.map((row: { id: string; state: string }) => [row.id, row.state])
    )
    assert.equal(states[draft.id], 'draft')
    assert.equal(states[scheduled.id], 'scheduled')
    assert.equal(states[published.id], 'published')

    const page = await client.get('/admin/news').loginAs(admin)
    page.assertStatus(200)
    assert.include(page.text(), 'site-state--draft')
    assert.include(page.text(), 'site-state--scheduled')
    const preview = await client.get(`/admin/news/${draft.id}/preview`).loginAs(admin)
    preview.assertStatus(200)
    assert.include(preview.text(), draft.title)
  })
})

test.group('Site | news bodies are inert', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a script tag or an event handler in a body never reaches the page', async ({
    client,
    assert,
  }) => {
    const item = await makeNews({
      body: [
        'Halo **semua**',
        '',
        '<script>alert("x")</script>',
        '',
        '<img src=x onerror="alert(1)">',
        '',
        '[klik](javascript:alert(1))',
      ].join('\n'),
    })

    const page = await client.get(`/news/${item.slug}`)
    page.assertStatus(200)
    const html = page.text()
    assert.include(html, '<strong>semua</strong>')
    assert.notMatch(html, /<script>alert/)
    assert.notMatch(html, /onerror=/i)
    assert.notMatch(html, /href="javascript:/i)

    const api = await client.get(`/api/v1/news/${item.slug}`)
    assert.notMatch(api.body().data.body_html, /<script|onerror|javascript:/i)
  })
})

test.group('Site | news admin CRUD with photos', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an admin creates an item with a photo over multipart; its files go with it', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const auth = await bearer(admin)
    const created = await client
      .post('/api/v1/admin/news')
      .header('authorization', auth)
      .field('title', 'Juara umum Kejurda')
      .field('body', 'Lima **emas**.')
      .field('publish_at', DateTime.now().minus({ minutes: 5 }).toISO()!)
      .file('photo', await jpeg(), { filename: 'juara.jpg', contentType: 'image/jpeg' })
    created.assertStatus(201)
    const data = created.body().data
    assert.equal(data.slug, 'juara-umum-kejurda')
    assert.equal(data.state, 'published')
    assert.match(data.photo.url, /^\/media\/news\/[0-9a-f-]{36}\.webp$/)

    const news = await News.findOrFail(data.id)
    assert.isTrue(await photoStored(news.photoKey!))

    const served = await client.get(data.photo.thumb_url)
    served.assertStatus(200)
    assert.equal(served.header('content-type'), 'image/webp')
    assert.include(served.header('cache-control'), 'max-age=31536000')

    // a replaced photo's files are deleted
    const oldKey = news.photoKey!
    const replaced = await client
      .put(`/api/v1/admin/news/${news.id}`)
      .header('authorization', auth)
      .file('photo', await jpeg(320, 240), { filename: 'baru.png' })
    replaced.assertStatus(200)
    await news.refresh()
    assert.notEqual(news.photoKey, oldKey)
    assert.isTrue(await photoGone(oldKey))

    const deleted = await client
      .delete(`/api/v1/admin/news/${news.id}`)
      .header('authorization', auth)
    deleted.assertStatus(200)
    assert.isNull(await News.find(news.id))
    assert.isTrue(await photoGone(news.photoKey!))
  })

  test('a .jpg that is not an image is refused and leaves no file', async ({ client, assert }) => {
    const admin = await createAdmin()
    const before = await storedFiles('news')
    const response = await client
      .post('/api/v1/admin/news')
      .header('authorization', await bearer(admin))
      .field('title', 'Foto palsu')
      .field('body', 'Isi')
      .file('photo', Buffer.from('<html><script>alert(1)</script></html>'), {
        filename: 'foto.jpg',
        contentType: 'image/jpeg',
      })
    response.assertStatus(422)
    assert.equal(response.body().code, 'PHOTO_INVALID')
    assert.property(response.body().errors, 'photo')
    assert.equal(
      await News.query()
        .where('title', 'Foto palsu')
        .count('* as total')
        .first()
        .then((row) => Number(row?.$extras.total)),
      0
    )
    assert.deepEqual(await storedFiles('news'), before)
  })

  test('a 20 MB upload is refused with a 413', async ({ client, assert }) => {
    const admin = await createAdmin()
    const response = await client
      .post('/api/v1/admin/news')
      .header('authorization', await bearer(admin))
      .field('title', 'Terlalu besar')
      .field('body', 'Isi')
      .file('photo', Buffer.alloc(20 * 1024 * 1024, 1), { filename: 'besar.jpg' })
    assert.oneOf(response.status(), [413, 422])
    assert.equal(
      response.body().code,
      response.status() === 413 ? 'PAYLOAD_TOO_LARGE' : 'PHOTO_TOO_LARGE'
    )
    assert.isNull(await News.findBy('title', 'Terlalu besar'))
  })

  test('a failed save removes the photo it stored', async ({ client, assert }) => {
    const admin = await createAdmin()
    const taken = await makeNews()
    const other = await makeNews()
    const before = await storedFiles('news')
    const response = await client
      .put(`/api/v1/admin/news/${taken.id}`)
      .header('authorization', await bearer(admin))
      .field('slug', other.slug)
      .file('photo', await jpeg(), { filename: 'a.jpg' })
    response.assertStatus(422)
    assert.deepEqual(await storedFiles('news'), before)
  })

  test('members may not write news', async ({ client }) => {
    const parent = await createParent()
    const response = await client
      .post('/api/v1/admin/news')
      .header('authorization', await bearer(parent))
      .json({ title: 'Bukan admin', body: 'x' })
    response.assertStatus(403)
  })

  test('the admin pages save, edit, and empty edits explain themselves', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const item = await makeNews()
    const response = await client
      .post(`/admin/news/${item.id}?_method=PUT`)
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', `/admin/news/${item.id}/edit`)
      .form({ title: '', slug: '', body: '', publish_at: '' })
      .redirects(0)
    response.assertStatus(302)
    assert.property(response.flashMessages().inputErrorsBag ?? {}, 'title')
  })
})
