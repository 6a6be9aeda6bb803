import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { createAdmin, createParent } from '#tests/fixtures'
import { withLocaleCookie } from '#tests/functional/pages/helpers'
import { septemberClub } from './fixtures.js'

const SEPTEMBER = { from: '2026-09-01', to: '2026-09-30' }

/**
 * The number in a stat tile
 */
function stat(html: string, name: string) {
  const match = html.match(
    new RegExp(`data-stat="${name}">\\s*<span class="dash-stat__value">([^<]+)</span>`)
  )
  return match?.[1].trim()
}

test.group('Analytics pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the admin’s page shows the period’s figures, three charts and their tables', async ({
    client,
    assert,
  }) => {
    await septemberClub()
    const admin = await createAdmin()
    const response = await withLocaleCookie(
      client.get(urlFor('admin.analytics')).qs(SEPTEMBER),
      'en'
    ).loginAs(admin)
    response.assertStatus(200)
    const html = response.text()
    assert.equal(stat(html, 'attendance'), '67%')
    assert.equal(stat(html, 'held'), '5')
    assert.match(html, /data-revenue="total">IDR\s380,000</)
    assert.equal(html.match(/<svg class="dash-chart"/g)?.length, 2)
    assert.equal(html.match(/<details class="dash-table">/g)?.length, 3)
    assert.include(html, 'Panahan A')
    // the bookings download carries the period
    assert.include(html, '/admin/reports/bookings.csv?from=2026-09-01&amp;to=2026-09-30')
  })

  test('a coach’s page counts their own sessions only', async ({ client, assert }) => {
    const club = await septemberClub()
    const response = await client.get(urlFor('coach.analytics')).qs(SEPTEMBER).loginAs(club.coach)
    response.assertStatus(200)
    const html = response.text()
    assert.equal(stat(html, 'held'), '4')
    assert.equal(stat(html, 'members'), '3')
    assert.equal(stat(html, 'attendance'), '60%')
  })

  test('a period it cannot read falls back to the last twelve months and says so', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const response = await withLocaleCookie(
      client.get(urlFor('admin.analytics')).qs({ from: '2026-09-30', to: 'nope' }),
      'en'
    ).loginAs(admin)
    response.assertStatus(200)
    assert.include(response.text(), 'could not be read')
  })

  test('parents may see neither page; a coach not the club’s', async ({ client }) => {
    const parent = await createParent()
    const club = await septemberClub()
    const refused1 = await client.get(urlFor('admin.analytics')).loginAs(parent)
    refused1.assertStatus(403)
    const refused2 = await client.get(urlFor('coach.analytics')).loginAs(parent)
    refused2.assertStatus(403)
    const refused3 = await client.get(urlFor('admin.analytics')).loginAs(club.coach)
    refused3.assertStatus(403)
  })
})
