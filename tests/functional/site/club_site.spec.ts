import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import ClubSetting from '#models/club_setting'
import { PASSWORD, createAdmin, createCoach, createParent, createSession } from '#tests/fixtures'
import { jpeg, photoGone, photoStored } from './photos.js'

test.group('Site | the club identity and home page', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("an admin saves the club's identity; the layout, titles and GET /club use it", async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const saved = await client
      .post('/admin/club?_method=PUT')
      .loginAs(admin)
      .withCsrfToken()
      .field('name', 'Klub Panahan Elang')
      .field('description', 'Panahan untuk semua umur')
      .field('wa_number', '+62 812 1111 2222')
      .field('address', 'Jl. Merdeka 1, Bandung')
      .field('instagram_url', 'https://instagram.com/elang')
      .file('logo', await jpeg(256, 256), { filename: 'logo.png' })
      .redirects(0)
    saved.assertStatus(302)

    const row = await ClubSetting.query().firstOrFail()
    assert.equal(row.name, 'Klub Panahan Elang')
    assert.isTrue(await photoStored(row.logoKey!))

    const home = await client.get('/')
    home.assertStatus(200)
    const html = home.text()
    assert.include(html, '<title>Beranda · Klub Panahan Elang</title>')
    assert.include(html, 'Selamat datang di Klub Panahan Elang')
    assert.include(html, 'Jl. Merdeka 1, Bandung')
    assert.include(html, 'href="https://wa.me/6281211112222"')
    assert.include(html, `src="/media/${row.logoKey}-thumb.webp"`)
    const programs = await client.get('/programs')
    assert.include(programs.text(), '· Klub Panahan Elang</title>')

    const api = await client.get('/api/v1/club')
    api.assertStatus(200)
    assert.equal(api.body().data.name, 'Klub Panahan Elang')
    assert.deepEqual(api.body().data.social_links, [
      { network: 'instagram', url: 'https://instagram.com/elang' },
    ])

    // removing the logo deletes its files
    const oldKey = row.logoKey!
    await client
      .post('/admin/club?_method=PUT')
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Klub Panahan Elang', remove_logo: '1' })
      .redirects(0)
    await row.refresh()
    assert.isNull(row.logoKey)
    assert.isTrue(await photoGone(oldKey))
  })

  test('a visitor is invited to sign in to book and comes back to that session', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach()
    const session = await createSession({ coach, status: 'open' })
    const parent = await createParent()

    const schedule = await client.get('/schedule')
    schedule.assertStatus(200)
    const next = `/parent/book?week=${session.startsAt.setZone('Asia/Jakarta').toISODate()}#book-session-${session.id}`
    assert.include(schedule.text(), `/login?next=${encodeURIComponent(next)}`)
    const home = await client.get('/')
    assert.include(home.text(), `/login?next=${encodeURIComponent(next)}`)

    const login = await client
      .post(`/login?next=${encodeURIComponent(next)}`)
      .withCsrfToken()
      .form({ email: parent.email, password: PASSWORD, next })
      .redirects(0)
    login.assertStatus(302)
    assert.equal(login.header('location'), next)

    const booking = await client.get(next.split('#')[0]).loginAs(parent)
    booking.assertStatus(200)
    assert.include(booking.text(), `id="book-session-${session.id}"`)

    // signed in, the schedule books directly: no sign-in invitation
    const signedIn = await client.get('/schedule').loginAs(parent)
    assert.notInclude(signedIn.text(), '/login?next=')
  })
})
