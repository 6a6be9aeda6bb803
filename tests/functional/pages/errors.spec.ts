import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'

test.group('Pages | error pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an unknown URL renders the 404 page in the layout', async ({ client, assert }) => {
    const response = await client.get('/halaman-yang-tidak-ada').header('accept', 'text/html')
    response.assertStatus(404)
    const html = response.text()
    assert.include(html, '<h1>Halaman tidak ditemukan</h1>')
    assert.include(html, 'class="skip-link"')
    assert.include(html, 'href="/css/app.css"')
  })

  test('an unknown coming-soon feature is a 404 too', async ({ client, assert }) => {
    const response = await client.get('/coming-soon/rahasia').header('accept', 'text/html')
    response.assertStatus(404)
    assert.include(response.text(), 'Halaman tidak ditemukan')
  })

  test('features still to come get a friendly page', async ({ client, assert }) => {
    const response = await client.get('/coming-soon/programs')
    response.assertStatus(200)
    assert.include(response.text(), 'Program: segera hadir')
  })

  test('error pages render before routing (no session, auth or CSRF)', async ({ assert }) => {
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
