import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import type TrainingSession from '#models/training_session'
import type Member from '#models/member'
import { createSession, givePackage, localDate } from '#tests/fixtures'
import { makeMember, makeUser } from '../club/fixtures.js'

/**
 * A start today (club time) that has not passed the day: half an hour ago,
 * or the day's first minute just after midnight
 */
function earlierToday(minutes = 30) {
  const now = DateTime.now().setZone(timezone)
  return DateTime.max(now.minus({ minutes }), now.startOf('day'))
}

async function book(
  session: TrainingSession,
  member: Member,
  status: Booking['status'] = 'confirmed'
) {
  return Booking.create({
    trainingSessionId: session.id,
    memberId: member.id,
    status,
    waitlistPosition: status === 'waitlisted' ? 1 : null,
    bookedAt: DateTime.now(),
    confirmedAt: status === 'confirmed' ? DateTime.now() : null,
  })
}

/**
 * The number in a stat tile of the admin dashboard
 */
function stat(html: string, name: string) {
  const match = html.match(
    new RegExp(`data-stat="${name}">\\s*<span class="dash-stat__value">([\\d.,]+)</span>`)
  )
  return match ? Number(match[1].replace(/[.,]/g, '')) : null
}

test.group('Pages | dashboard · coach', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("today's session appears with its booked count, waitlist and a link to its roster", async ({
    client,
    assert,
  }) => {
    const coach = await makeUser('coach')
    const before = await client.get('/dashboard').loginAs(coach)
    before.assertStatus(200)
    before.assertTextIncludes('Tidak ada sesi Anda hari ini.')

    const session = await createSession({
      coach,
      title: 'Panahan Pagi',
      startsAt: earlierToday(),
      capacity: 6,
      status: 'open',
    })
    const parent = await makeUser()
    const ayu = await makeMember(parent, { name: 'Ayu' })
    const ayuBooking = await book(session, ayu)
    await book(session, await makeMember(parent, { name: 'Bima' }))
    await book(session, await makeMember(parent, { name: 'Citra' }), 'waitlisted')
    await session.merge({ bookedCount: 2 }).save()
    const tomorrow = await createSession({
      coach,
      title: 'Panahan Besok',
      date: localDate(1),
      capacity: 4,
    })
    const someoneElses = await createSession({ title: 'Bukan Sesi Saya', startsAt: earlierToday() })

    const page = await client.get('/dashboard').loginAs(coach)
    page.assertStatus(200)
    const html = page.text()
    const today = html.slice(
      html.indexOf('data-dashboard-today'),
      html.indexOf('data-dashboard-tomorrow')
    )
    assert.include(today, 'Panahan Pagi')
    assert.include(today, '2 dari 6 kursi terpesan')
    assert.include(today, '1 di daftar tunggu')
    assert.include(today, `href="/coach/sessions/${session.id}/roster"`)
    assert.notInclude(today, 'Panahan Besok')
    assert.include(html.slice(html.indexOf('data-dashboard-tomorrow')), 'Panahan Besok')
    assert.include(html, `href="/coach/sessions/${tomorrow.id}/roster"`)
    assert.notInclude(html, someoneElses.title)
    assert.include(today, 'Kehadiran dicatat: 0 dari 2')
    assert.notInclude(html.slice(html.indexOf('data-dashboard-tomorrow')), 'Kehadiran dicatat')

    await Attendance.create({
      trainingSessionId: session.id,
      memberId: ayu.id,
      bookingId: ayuBooking.id,
      status: 'present',
    })
    const after = await client.get('/dashboard').loginAs(coach)
    after.assertTextIncludes('Kehadiran dicatat: 1 dari 2')
  })

  test('in English, with the counts in English', async ({ client }) => {
    const coach = await makeUser('coach', { locale: 'en' })
    await createSession({ coach, startsAt: earlierToday(), capacity: 3, status: 'open' })
    const page = await client.get('/dashboard').loginAs(coach).header('accept-language', 'en')
    page.assertTextIncludes('0 of 3 seats booked')
    page.assertTextIncludes('Open the roster')
  })
})

test.group('Pages | dashboard · admin', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('pending approvals, active members and credits follow the data', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const firstPage = await client.get('/dashboard').loginAs(admin)
    const first = firstPage.text()
    const pending = stat(first, 'pending')!
    const active = stat(first, 'active')!
    const sold = stat(first, 'credits-sold')!
    assert.isNumber(pending)

    const parent = await makeUser()
    await makeMember(parent, { status: 'pending', approvedAt: null })
    await makeMember(parent, { status: 'pending', approvedAt: null })
    const child = await makeMember(parent)
    await givePackage(child, 8)

    const page = await client.get('/dashboard').loginAs(admin)
    const html = page.text()
    assert.equal(stat(html, 'pending'), pending + 2)
    assert.equal(stat(html, 'active'), active + 1)
    assert.equal(stat(html, 'credits-sold'), sold + 8)
    assert.include(html, 'href="/admin/members"')
  })

  test("today's sessions and the attendance chart show real numbers", async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const coach = await makeUser('coach', { name: 'Pelatih Wulan' })
    const session = await createSession({
      coach,
      title: 'Sesi Grafik',
      startsAt: earlierToday(),
      status: 'ongoing',
    })
    const parent = await makeUser()
    const came = await makeMember(parent)
    const missed = await makeMember(parent)
    for (const [member, status] of [
      [came, 'present'],
      [missed, 'absent'],
    ] as const) {
      const booking = await book(session, member)
      await Attendance.create({
        trainingSessionId: session.id,
        memberId: member.id,
        bookingId: booking.id,
        status,
      })
    }

    const page = await client.get('/dashboard').loginAs(admin)
    page.assertStatus(200)
    const html = page.text()
    assert.include(html, 'Sesi Grafik')
    assert.include(html, 'Pelatih Wulan')
    assert.include(html, '<svg class="dash-chart"')
    assert.include(html, '1 dari 2')
    assert.include(html, '50%')
    assert.match(html, /Pemesanan per program bulan ini[\s\S]*dash-bars__value">2</)
  })
})

test.group('Pages | dashboard · parent', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('with no child the dashboard says to add one', async ({ client }) => {
    const parent = await makeUser()
    const page = await client.get('/dashboard').loginAs(parent)
    page.assertStatus(200)
    page.assertTextIncludes('Mulai di sini')
    page.assertTextIncludes('href="/parent/children/new"')
  })

  test("each child's next session, credits left, pending approvals and attendance", async ({
    client,
    assert,
  }) => {
    const parent = await makeUser()
    const raka = await makeMember(parent, { name: 'Raka' })
    const sari = await makeMember(parent, { name: 'Sari' })
    await makeMember(parent, { name: 'Tomi', status: 'pending', approvedAt: null })
    await givePackage(raka, 4)

    const later = await createSession({ title: 'Sesi Kedua', date: localDate(3) })
    const next = await createSession({ title: 'Sesi Pertama', date: localDate(2) })
    await book(later, raka)
    await book(next, raka)
    const past = await createSession({
      title: 'Sesi Lalu',
      startsAt: DateTime.now().minus({ days: 2 }),
    })
    const booking = await book(past, raka)
    await Attendance.create({
      trainingSessionId: past.id,
      memberId: raka.id,
      bookingId: booking.id,
      status: 'late',
    })

    const page = await client.get('/dashboard').loginAs(parent)
    page.assertStatus(200)
    const html = page.text()
    const rakaCard = html.slice(
      html.indexOf(`data-member="${raka.id}"`),
      html.indexOf(`data-member="${sari.id}"`)
    )
    assert.include(rakaCard, 'Sesi Pertama')
    assert.notInclude(rakaCard, 'Sesi Kedua')
    assert.include(rakaCard, '4 sesi tersisa')
    const sariCard = html.slice(html.indexOf(`data-member="${sari.id}"`))
    assert.include(sariCard, 'Belum ada sesi yang dipesan.')
    assert.include(sariCard, 'Belum ada paket aktif')
    assert.include(html, 'Tomi menunggu persetujuan')
    assert.include(html, 'Sesi Lalu')
    assert.include(html, 'Terlambat')
  })
})
