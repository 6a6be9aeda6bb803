import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { parse } from 'csv-parse/sync'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import {
  createAdmin,
  createCoach,
  createMember,
  createParent,
  createProgram,
  createSession,
} from '#tests/fixtures'
import { withLocaleCookie } from '#tests/functional/pages/helpers'
import { book, jakarta } from '#tests/functional/analytics/fixtures'

const BOM = '\uFEFF'
const AWKWARD = ['Sari, Putri', 'Budi "Bud" Santoso', 'Dua\nBaris', 'Ñoño Ünal 日本語']

const parseCsv = (text: string) =>
  parse(text, { bom: true, columns: true }) as Record<string, string>[]

test.group('Members and bookings · CSV downloads', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('members: commas, quotes, line breaks and non-ASCII names survive a spreadsheet', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const parent = await createParent({ name: 'Wali, Utama', email: 'wali.utama@example.test' })
    for (const name of AWKWARD) await createMember(parent, { name })
    const erased = await createMember(parent, { name: 'Terhapus' })
    await db.from('members').where('id', erased.id).update({ erased_at: new Date() })

    const response = await withLocaleCookie(
      client.get(urlFor('admin.reports.members')),
      'en'
    ).loginAs(admin)
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^text\/csv; charset=utf-8/)
    assert.match(
      response.header('content-disposition') ?? '',
      /attachment; filename="members-\d{4}-\d{2}-\d{2}\.csv"/
    )
    const text = response.text()
    assert.isTrue(text.startsWith(BOM), 'UTF-8 byte order mark')
    assert.include(text, '"Sari, Putri"')
    assert.include(text, '"Budi ""Bud"" Santoso"')
    assert.include(text, '"Dua\nBaris"')
    assert.include(text, 'Ñoño Ünal 日本語')
    assert.include(text, '\r\n')

    const rows = parseCsv(text)
    assert.sameMembers(
      rows.map((row) => row.Name),
      AWKWARD
    )
    const sari = rows.find((row) => row.Name === 'Sari, Putri')!
    assert.equal(sari.Account, 'Wali, Utama')
    assert.equal(sari['Account email'], 'wali.utama@example.test')
    assert.equal(sari.Status, 'Active')
  })

  test('members: one status only, headers in Indonesian by default', async ({ client, assert }) => {
    const admin = await createAdmin()
    await createMember(null, { name: 'Menunggu Satu', status: 'pending' })
    await createMember(null, { name: 'Aktif Satu' })
    const response = await client
      .get(urlFor('admin.reports.members'))
      .qs({ status: 'pending' })
      .loginAs(admin)
    response.assertStatus(200)
    const rows = parseCsv(response.text())
    assert.deepEqual(
      rows.map((row) => [row.Nama, row.Status]),
      [['Menunggu Satu', 'Menunggu']]
    )
  })

  test('bookings: the sessions of the period in club time, every status, quoted', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const coach = await createCoach({ name: 'Pelatih, Kepala' })
    const program = await createProgram({ code: `CSV-${Math.random().toString(36).slice(2, 6)}` })
    const parent = await createParent()
    const members = []
    for (const name of AWKWARD) members.push(await createMember(parent, { name }))
    // 1 September 00:30 Jakarta (31 August in UTC) belongs to September
    const first = await createSession({
      coach,
      programId: program.id,
      startsAt: jakarta('2026-09-01T00:30'),
      title: 'Awal, Bulan',
    })
    const october = await createSession({
      coach,
      programId: program.id,
      startsAt: jakarta('2026-10-01T00:30'),
    })
    await book(first, members[0])
    await book(first, members[1], 'waitlisted')
    await book(first, members[2], 'cancelled')
    await book(first, members[3])
    await book(october, members[0])

    const response = await withLocaleCookie(
      client.get(urlFor('admin.reports.bookings')).qs({ from: '2026-09-01', to: '2026-09-30' }),
      'en'
    ).loginAs(admin)
    response.assertStatus(200)
    assert.include(
      response.header('content-disposition') ?? '',
      'bookings-2026-09-01-2026-09-30.csv'
    )
    const text = response.text()
    assert.isTrue(text.startsWith(BOM))
    assert.include(text, '"Awal, Bulan"')
    assert.include(text, '"Pelatih, Kepala"')
    assert.include(text, '"Budi ""Bud"" Santoso"')
    assert.include(text, '"Dua\nBaris"')
    const rows = parseCsv(text)
    assert.sameDeepMembers(
      rows.map((row) => [row.Date, row.Start, row.Session, row.Member, row.Status]),
      [
        ['2026-09-01', '00:30', 'Awal, Bulan', 'Sari, Putri', 'Confirmed'],
        ['2026-09-01', '00:30', 'Awal, Bulan', 'Budi "Bud" Santoso', 'Waitlisted'],
        ['2026-09-01', '00:30', 'Awal, Bulan', 'Dua\nBaris', 'Cancelled'],
        ['2026-09-01', '00:30', 'Awal, Bulan', 'Ñoño Ünal 日本語', 'Confirmed'],
      ]
    )
    assert.equal(rows[0]['Booked at'], '2026-09-01 08:00')
  })

  test('more rows than one batch are all streamed, none twice', async ({ assert }) => {
    const { bookingRows } = await import('#queries/reports/bookings_report')
    const { memberRows } = await import('#queries/reports/members_report')
    const { analyticsPeriod } = await import('#queries/analytics/period')
    const parent = await createParent()
    const coach = await createCoach()
    const session = await createSession({ coach, startsAt: jakarta('2026-09-10T10:00') })
    for (let index = 0; index < 7; index++) {
      const member = await createMember(parent, { name: `Anggota ${index % 3}` })
      await book(session, member, 'confirmed', DateTime.now())
    }
    const seen: string[] = []
    for await (const row of memberRows({}, 2)) seen.push(row.id)
    assert.lengthOf(seen, 7)
    assert.lengthOf(new Set(seen), 7)
    const bookings: string[] = []
    const period = analyticsPeriod({ from: '2026-09-01', to: '2026-09-30' })
    for await (const row of bookingRows(period, 3)) bookings.push(row.id)
    assert.lengthOf(new Set(bookings), 7)
  })

  test('only admins download them', async ({ client }) => {
    const parent = await createParent()
    const coach = await createCoach()
    for (const name of ['admin.reports.members', 'admin.reports.bookings'] as const) {
      const refused1 = await client.get(urlFor(name)).loginAs(parent)
      refused1.assertStatus(403)
      const refused2 = await client.get(urlFor(name)).loginAs(coach)
      refused2.assertStatus(403)
      const refused3 = await client.get(urlFor(name)).redirects(0)
      refused3.assertStatus(302)
    }
  })
})
