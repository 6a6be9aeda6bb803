import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { createAdmin, createCoach, createParent } from '#tests/fixtures'
import { withLocaleCookie } from './helpers.js'

test.group('Pages | error pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an unknown URL renders the 404 page in the layout', async ({ client, assert }) => {
    const response = await client.get('/halaman-yang-tidak-ada').header('accept', 'text/html')
    response.assertStatus(404)
    const html = response.text()
    assert.include(html, '<h1>Halaman tidak ditemukan</h1>')
    assert.include(html, 'class="skip-link"')
    assert.include(html, 'resources/css/app.css"')
    assert.include(html, 'rel="icon" href="/favicon.ico"')
  })

  test('a visitor on an unknown URL sees the visitor navigation and the language switch', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/halaman-yang-tidak-ada')
    response.assertStatus(404)
    const html = response.text()
    assert.include(html, '>Masuk</a>')
    assert.include(html, '>Daftar</a>')
    assert.notInclude(html, '>Keluar</button>')
    assert.include(html, 'action="/locale"')
    assert.include(html, "name='_csrf'")
  })

  test('a signed-in parent on an unknown URL sees their own navigation', async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const response = await client.get('/halaman-yang-tidak-ada').loginAs(parent)
    response.assertStatus(404)
    const html = response.text()
    assert.include(html, '<h1>Halaman tidak ditemukan</h1>')
    assert.include(html, '>Keluar</button>')
    assert.include(html, '>Anak</a>')
    assert.include(html, '>Pemesanan</a>')
    assert.notInclude(html, '>Daftar</a>')
    assert.notInclude(html, '>Masuk</a>')
    assert.include(html, 'action="/locale"')
    assert.include(html, 'href="/dashboard">Kembali ke dasbor</a>')

    const posted = await client.post('/halaman-yang-tidak-ada').loginAs(parent)
    posted.assertStatus(404)
    assert.include(posted.text(), '<h1>Halaman tidak ditemukan</h1>')
  })

  test('coach and admin keep their navigation on a 404, in their language', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach()
    const coachPage = await withLocaleCookie(client.get('/tidak-ada'), 'en').loginAs(coach)
    coachPage.assertStatus(404)
    assert.include(coachPage.text(), '<html lang="en">')
    assert.include(coachPage.text(), '>My sessions</a>')
    assert.include(coachPage.text(), '>Log out</button>')

    const admin = await createAdmin()
    const adminPage = await client.get('/tidak-ada/lagi').loginAs(admin)
    adminPage.assertStatus(404)
    assert.include(adminPage.text(), '>Persetujuan</a>')
    assert.include(adminPage.text(), '>Keluar</button>')
  })

  test('a signed-in person refused a page keeps their navigation', async ({ client, assert }) => {
    const parent = await createParent()
    const response = await client.get('/admin/members').loginAs(parent)
    response.assertStatus(403)
    assert.include(response.text(), '>Keluar</button>')
    assert.notInclude(response.text(), '>Daftar</a>')
  })

  test('error pages render without session, auth or CSRF', async ({ assert }) => {
    const ctx = await testUtils.createHttpContext()

    const notFound = await ctx.view.render('pages/errors/not_found', {})
    assert.include(notFound, '<h1>Halaman tidak ditemukan</h1>')
    assert.include(notFound, '>Masuk</a>')
    assert.notInclude(notFound, 'action="/locale"')

    const forbidden = await ctx.view.render('pages/errors/forbidden', {
      status: 403,
      message: 'Anda tidak boleh melakukan ini',
    })
    assert.include(forbidden, '<h1>Anda tidak boleh membuka halaman ini</h1>')
    assert.include(forbidden, '<p>Anda tidak boleh melakukan ini</p>')

    const tooMany = await ctx.view.render('pages/errors/forbidden', {
      status: 429,
      message: 'Terlalu banyak permintaan',
    })
    assert.include(tooMany, '<h1>Terlalu banyak percobaan</h1>')

    const failure = await ctx.view.render('pages/errors/server_error', {})
    assert.include(failure, 'Maaf, terjadi kesalahan di sistem kami')
    assert.include(failure, '>500<')

    const unavailable = await ctx.view.render('pages/errors/server_error', { unavailable: true })
    assert.include(unavailable, 'Layanan sedang tidak tersedia')
    assert.include(unavailable, '>503<')
  })
})
