import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import type TrainingSession from '#models/training_session'
import { localDate } from '#tests/fixtures'
import { givePackage, makeMember, makeSession, makeUser } from '../club/fixtures.js'

/**
 * The card of one session on /parent/book
 */
function cardOf(html: string, session: TrainingSession) {
  const start = html.indexOf(`data-session="${session.id}"`)
  return start === -1 ? null : html.slice(start, html.indexOf('</li>', start))
}

async function fill(session: TrainingSession) {
  const other = await makeMember(await makeUser())
  await Booking.create({ trainingSessionId: session.id, memberId: other.id, status: 'confirmed' })
  await session.merge({ bookedCount: session.capacity }).save()
}

test.group('Portal | the book page offers only what will work', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('a full session without a waitlist offers no button', async ({ client, assert }) => {
    const parent = await makeUser()
    await givePackage(await makeMember(parent), 4)
    const closed = await makeSession({ capacity: 1, waitlistEnabled: false })
    const waiting = await makeSession({ capacity: 1, waitlistEnabled: true, inHours: 50 })
    await fill(closed)
    await fill(waiting)

    const page = await client.get('/parent/book').loginAs(parent)
    const full = cardOf(page.text(), closed)!
    assert.notInclude(full, 'Masuk daftar tunggu')
    assert.notInclude(full, '<button')
    assert.include(full, 'tidak punya daftar tunggu')
    assert.include(cardOf(page.text(), waiting)!, 'Masuk daftar tunggu')
  })

  test('a session a child holds says so instead of "Pesan"', async ({ client, assert }) => {
    const parent = await makeUser()
    const raka = await makeMember(parent, { name: 'Raka' })
    const nina = await makeMember(parent, { name: 'Nina' })
    await givePackage(nina, 4)
    const session = await makeSession({ capacity: 4 })
    const queued = await makeSession({ capacity: 1, waitlistEnabled: true, inHours: 50 })
    await fill(queued)
    await Booking.create({ trainingSessionId: session.id, memberId: raka.id, status: 'confirmed' })
    await Booking.create({ trainingSessionId: session.id, memberId: nina.id, status: 'confirmed' })
    await Booking.create({
      trainingSessionId: queued.id,
      memberId: raka.id,
      status: 'waitlisted',
      waitlistPosition: 1,
    })

    const page = await client.get('/parent/book').loginAs(parent)
    const both = cardOf(page.text(), session)!
    assert.include(both, 'Raka: sudah dipesan')
    assert.include(both, 'Nina: sudah dipesan')
    assert.notInclude(both, '<button')

    const one = cardOf(page.text(), queued)!
    assert.include(one, 'Raka: di daftar tunggu')
    assert.include(one, `value="${nina.id}"`)
    assert.notInclude(one, `value="${raka.id}"`)
  })

  test('a child without a package is not offered a training session', async ({
    client,
    assert,
  }) => {
    const parent = await makeUser()
    const raka = await makeMember(parent, { name: 'Raka' })
    const nina = await makeMember(parent, { name: 'Nina' })
    await givePackage(nina, 4)
    const training = await makeSession({ capacity: 4 })
    const mentoring = await makeSession({ kind: 'mentoring', capacity: 2, inHours: 50 })

    const page = await client.get('/parent/book').loginAs(parent)
    const card = cardOf(page.text(), training)!
    assert.include(card, 'Raka: perlu paket aktif untuk sesi latihan.')
    assert.include(card, `value="${nina.id}"`)
    assert.notInclude(card, `value="${raka.id}"`)
    assert.include(cardOf(page.text(), mentoring)!, `value="${raka.id}"`)
  })

  test('a mentoring booking says it needs no package credit', async ({ client, assert }) => {
    const parent = await makeUser()
    const child = await makeMember(parent, { name: 'Raka' })
    const session = await makeSession({ kind: 'mentoring', capacity: 1 })

    const response = await client
      .post('/parent/bookings')
      .loginAs(parent)
      .withCsrfToken()
      .form({ training_session_id: session.id, member_id: child.id })
      .redirects(0)
    const { success } = response.flashMessages() as { success: string }
    assert.equal(success, 'Sesi dipesan untuk Raka. Sesi ini tidak memakai kuota paket.')
    assert.notInclude(success, '–')

    const list = await client.get('/parent/bookings').loginAs(parent)
    list.assertTextIncludes('Tanpa kuota paket')
  })
})

test.group('Portal | the book page, a week at a time', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('this week first; the next weeks one link away', async ({ client, assert }) => {
    const parent = await makeUser()
    await makeMember(parent)
    const soon = await makeSession({ title: 'Sesi minggu ini', inHours: 30 })
    const later = await makeSession({ title: 'Sesi minggu depan', inHours: 24 * 9 })

    const page = await client.get('/parent/book').loginAs(parent)
    assert.isNotNull(cardOf(page.text(), soon))
    assert.isNull(cardOf(page.text(), later))
    assert.include(page.text(), `href="/parent/book?week=${localDate(7)}"`)
    assert.include(page.text(), 'Minggu berikutnya')
    assert.notInclude(page.text(), 'rel="prev"')

    const next = await client.get(`/parent/book?week=${localDate(7)}`).loginAs(parent)
    assert.isNull(cardOf(next.text(), soon))
    assert.isNotNull(cardOf(next.text(), later))
    assert.include(next.text(), 'rel="prev"')

    const past = await client.get(`/parent/book?week=${localDate(-30)}`).loginAs(parent)
    assert.isNotNull(cardOf(past.text(), soon))
  })
})

test.group('Portal | a parent’s bookings list', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('cancel asks first, on a page of its own', async ({ client, assert }) => {
    const parent = await makeUser()
    const child = await makeMember(parent)
    await givePackage(child, 2)
    const session = await makeSession({ title: 'Panahan pagi' })
    await client
      .post('/parent/bookings')
      .loginAs(parent)
      .withCsrfToken()
      .form({ training_session_id: session.id, member_id: child.id })
    const booking = await Booking.findByOrFail('member_id', child.id)

    const list = await client.get('/parent/bookings').loginAs(parent)
    assert.notInclude(list.text(), `action="/parent/bookings/${booking.id}/cancel"`)
    assert.include(list.text(), `href="/parent/bookings/${booking.id}/cancel"`)

    const confirm = await client.get(`/parent/bookings/${booking.id}/cancel`).loginAs(parent)
    confirm.assertStatus(200)
    confirm.assertTextIncludes('Batalkan pemesanan?')
    confirm.assertTextIncludes('Panahan pagi')
    assert.include(confirm.text(), `action="/parent/bookings/${booking.id}/cancel"`)
    await booking.refresh()
    assert.equal(booking.status, 'confirmed')

    const stranger = await makeUser()
    const refused = await client.get(`/parent/bookings/${booking.id}/cancel`).loginAs(stranger)
    refused.assertStatus(404)
  })

  test('tabs: upcoming by default, past and cancelled on their own', async ({ client, assert }) => {
    const parent = await makeUser()
    const child = await makeMember(parent)
    const ahead = await makeSession({ title: 'Sesi mendatang' })
    const gone = await makeSession({ title: 'Sesi kemarin', inHours: -26 })
    const dropped = await makeSession({ title: 'Sesi batal', inHours: 30 })
    await Booking.create({ trainingSessionId: ahead.id, memberId: child.id, status: 'confirmed' })
    await Booking.create({ trainingSessionId: gone.id, memberId: child.id, status: 'confirmed' })
    await Booking.create({
      trainingSessionId: dropped.id,
      memberId: child.id,
      status: 'cancelled',
      cancelledAt: DateTime.now(),
    })

    const upcoming = await client.get('/parent/bookings').loginAs(parent)
    assert.include(upcoming.text(), 'Sesi mendatang')
    assert.notInclude(upcoming.text(), 'Sesi kemarin')
    assert.notInclude(upcoming.text(), 'Sesi batal')
    assert.match(upcoming.text(), /href="\/parent\/bookings" aria-current="page">Mendatang</)
    assert.match(upcoming.text(), /href="\/parent\/bookings" aria-current="page">Pemesanan</)

    const past = await client.get('/parent/bookings?show=past').loginAs(parent)
    assert.match(
      past.text(),
      /href="\/parent\/bookings\?show=past" aria-current="page">Sudah lewat</
    )
    assert.include(past.text(), 'Sesi kemarin')
    assert.notInclude(past.text(), 'Sesi mendatang')
    assert.notInclude(past.text(), 'Sesi batal')

    const cancelled = await client.get('/parent/bookings?show=cancelled').loginAs(parent)
    assert.include(cancelled.text(), 'Sesi batal')
    assert.notInclude(cancelled.text(), 'Sesi mendatang')
    assert.notInclude(cancelled.text(), 'Sesi kemarin')
  })

  test('dates show in the page’s language, never as ISO', async ({ client, assert }) => {
    const parent = await makeUser()
    const child = await makeMember(parent)
    const session = await makeSession()
    await Booking.create({ trainingSessionId: session.id, memberId: child.id, status: 'confirmed' })
    const list = await client.get('/parent/bookings').loginAs(parent)
    assert.notMatch(list.text(), /\d{4}-\d{2}-\d{2}/)
  })
})

test.group('Portal | a parent’s packages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('validity dates are written out, not ISO', async ({ client, assert }) => {
    const parent = await makeUser()
    const child = await makeMember(parent)
    await givePackage(child, 4, {
      startDate: DateTime.fromISO('2026-12-01'),
      endDate: DateTime.fromISO('2026-12-31'),
    })
    const page = await client.get('/parent/packages').loginAs(parent)
    page.assertTextIncludes('Berlaku 1 Des 2026 s.d. 31 Des 2026')
    assert.notMatch(page.text(), /\d{4}-\d{2}-\d{2}/)
  })
})
