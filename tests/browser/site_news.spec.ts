import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import sharp from 'sharp'
import News from '#models/news'
import { timezone } from '#config/app'
import { makeUser } from '#tests/functional/club/fixtures'
import { PASSWORD } from '#tests/functional/pages/helpers'
import { deletePhoto } from '#services/photos'

/**
 * On a phone (390x844, Indonesian): an admin writes a news item with a
 * cover photo and publishes it; it is on the club's home page, and a
 * signed-out visitor opens it from there and reads it.
 */
test.group('Browser | the club site', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an admin publishes a news item with a photo; a visitor reads it from the home page', async ({
    browser,
    assert,
  }) => {
    const admin = await makeUser('admin', { name: 'Admin Klub' })
    const photo = await sharp({
      create: { width: 900, height: 600, channels: 3, background: '#1f6f4a' },
    })
      .jpeg()
      .toBuffer()
    const options = {
      baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      extraHTTPHeaders: { 'Accept-Language': 'id-ID,id;q=0.9' },
    }

    const adminContext = await browser.newContext(options)
    const page = await adminContext.newPage()
    await page.goto('/login')
    await page.getByLabel('Email').fill(admin.email)
    await page.getByLabel('Kata sandi').fill(PASSWORD)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await page.waitForURL('**/dashboard')

    await page.goto('/admin/news/create')
    await page.getByLabel('Judul').fill('Tim Garuda juara umum')
    await page.getByLabel('Isi').fill('Lima **emas** untuk klub kita.')
    const now = DateTime.now().setZone(timezone).minus({ minutes: 1 })
    await page.getByLabel('Waktu terbit').fill(now.toFormat("yyyy-MM-dd'T'HH:mm"))
    await page
      .getByLabel('Foto sampul')
      .setInputFiles({ name: 'juara.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.getByRole('button', { name: 'Simpan berita' }).tap()
    await page.getByText('Berita "Tim Garuda juara umum" disimpan.').waitFor()
    const card = page.locator('[data-news]').filter({ hasText: 'Tim Garuda juara umum' })
    await card.getByText('Terbit', { exact: true }).waitFor()

    const news = await News.findByOrFail('title', 'Tim Garuda juara umum')
    assert.isNotNull(news.photoKey)
    await adminContext.close()

    const visitorContext = await browser.newContext(options)
    const visitor = await visitorContext.newPage()
    await visitor.goto('/')
    const link = visitor.getByRole('link', { name: 'Tim Garuda juara umum' })
    await link.waitFor()
    const cover = visitor.locator(`img[src*="${news.photoKey}"]`)
    await cover.first().waitFor()
    assert.isTrue(
      await cover.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
    )
    await link.tap()
    await visitor.waitForURL(`**/news/${news.slug}`)
    await visitor.getByRole('heading', { name: 'Tim Garuda juara umum' }).waitFor()
    assert.equal(await visitor.locator('.site-article__body strong').textContent(), 'emas')
    await visitorContext.close()
    await deletePhoto(news.photoKey)
  })
})
