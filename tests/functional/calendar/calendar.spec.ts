import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import Booking from '#models/booking'
import type Member from '#models/member'
import type TrainingSession from '#models/training_session'
import {
  createAdmin,
  createCoach,
  createMember,
  createParent,
  createRoom,
  createSession,
} from '#tests/fixtures'
import { withLocaleCookie } from '#tests/functional/pages/helpers'

/**
 * The Monday of the week three weeks from now, and a local date in it
 */
const monday = DateTime.now().setZone(timezone).plus({ weeks: 3 }).startOf('week')
const dayOf = (offset: number) => monday.plus({ days: offset }).toISODate()!
const isoWeek = monday.toFormat("kkkk-'W'WW")

function book(session: TrainingSession, member: Member, status: Booking['status'] = 'confirmed') {
  return Booking.create({
    trainingSessionId: session.id,
    memberId: member.id,
    status,
    waitlistPosition: status === 'waitlisted' ? 1 : null,
    bookedAt: DateTime.now(),
    confirmedAt: status === 'confirmed' ? DateTime.now() : null,
    cancelledAt: status === 'cancelled' ? DateTime.now() : null,
  })
}

/**
 * Two families, two coaches, sessions in the week and next to it
 */
async function week() {
  const coach = await createCoach({ name: 'Pelatih Satu' })
  const otherCoach = await createCoach({ name: 'Pelatih Dua' })
  const roomA = await createRoom({ name: `Lapangan ${Math.random().toString(36).slice(2, 6)}` })
  const roomB = await createRoom({ name: `Aula ${Math.random().toString(36).slice(2, 6)}` })
  const parent = await createParent()
  const child = await createMember(parent, { name: 'Sari Anak' })
  const otherParent = await createParent()
  const otherChild = await createMember(otherParent, { name: 'Orang Lain' })

  const booked = await createSession({
    coach,
    roomId: roomA.id,
    date: dayOf(0),
    time: '08:00',
    title: 'Panahan Senin',
    status: 'open',
  })
  const waitlisted = await createSession({
    coach: otherCoach,
    roomId: roomB.id,
    date: dayOf(2),
    time: '15:00',
    title: 'Panahan Rabu',
    status: 'open',
  })
  const othersOnly = await createSession({
    coach,
    roomId: roomB.id,
    date: dayOf(3),
    time: '09:00',
    title: 'Sesi Keluarga Lain',
    status: 'open',
  })
  const cancelledBooking = await createSession({
    coach: otherCoach,
    roomId: roomA.id,
    date: dayOf(4),
    time: '10:00',
    title: 'Batal Dipesan',
    status: 'open',
  })
  const cancelledSession = await createSession({
    coach,
    roomId: roomA.id,
    date: dayOf(5),
    time: '10:00',
    title: 'Sesi Dibatalkan',
    status: 'cancelled',
  })
  const nextWeek = await createSession({
    coach,
    roomId: roomA.id,
    date: dayOf(7),
    time: '08:00',
    title: 'Minggu Depan',
    status: 'open',
  })

  await book(booked, child)
  await book(waitlisted, child, 'waitlisted')
  await book(othersOnly, otherChild)
  await book(cancelledBooking, child, 'cancelled')
  await book(nextWeek, child)
  await book(booked, otherChild)

  return {
    coach,
    otherCoach,
    roomA,
    roomB,
    parent,
    child,
    otherParent,
    booked,
    waitlisted,
    othersOnly,
    cancelledBooking,
    cancelledSession,
    nextWeek,
  }
}

const shownSessions = (html: string) =>
  [...html.matchAll(/data-session-id="([^"]+)"/g)].map((match) => match[1]).sort()

test.group('Calendar · who sees which sessions', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a parent sees their children’s booked and waitlisted sessions of the week, nothing of other families', async ({
    client,
    assert,
  }) => {
    const data = await week()
    const page = await client
      .get(urlFor('calendar.show'))
      .qs({ week: isoWeek })
      .loginAs(data.parent)
    page.assertStatus(200)
    assert.deepEqual(shownSessions(page.text()), [data.booked.id, data.waitlisted.id].sort())
    assert.include(page.text(), 'Sari Anak: terdaftar')
    assert.include(page.text(), 'Sari Anak: daftar tunggu')
    assert.notInclude(page.text(), 'Orang Lain')
    assert.notInclude(page.text(), 'Sesi Keluarga Lain')
    assert.include(page.text(), `href="${urlFor('parent.bookings.index')}"`)
  })

  test('a coach sees their own sessions of the week, a cancelled one marked, each linking to its roster', async ({
    client,
    assert,
  }) => {
    const data = await week()
    const page = await client.get(urlFor('calendar.show')).qs({ week: isoWeek }).loginAs(data.coach)
    assert.deepEqual(
      shownSessions(page.text()),
      [data.booked.id, data.othersOnly.id, data.cancelledSession.id].sort()
    )
    assert.include(page.text(), urlFor('coach.roster.show', { id: data.booked.id }))
    assert.match(page.text(), /cal-event--cancelled[^>]*data-session-id="[^"]+"/)
    assert.notInclude(page.text(), 'Sari Anak')
  })

  test('an admin sees every session of the week and filters by coach or room', async ({
    client,
    assert,
  }) => {
    const data = await week()
    const admin = await createAdmin()
    const all = await client.get(urlFor('calendar.show')).qs({ week: isoWeek }).loginAs(admin)
    const ids = shownSessions(all.text())
    for (const session of [
      data.booked,
      data.waitlisted,
      data.othersOnly,
      data.cancelledBooking,
      data.cancelledSession,
    ]) {
      assert.include(ids, session.id)
    }
    assert.notInclude(ids, data.nextWeek.id)
    assert.include(all.text(), urlFor('admin.sessions.edit', { id: data.booked.id }))

    const byCoach = await client
      .get(urlFor('calendar.show'))
      .qs({ week: isoWeek, coach_id: data.otherCoach.id })
      .loginAs(admin)
    assert.deepEqual(
      shownSessions(byCoach.text()),
      [data.waitlisted.id, data.cancelledBooking.id].sort()
    )

    const byRoom = await client
      .get(urlFor('calendar.show'))
      .qs({ week: isoWeek, room_id: data.roomB.id })
      .loginAs(admin)
    assert.deepEqual(shownSessions(byRoom.text()), [data.waitlisted.id, data.othersOnly.id].sort())
  })

  test('a parent’s filters are ignored: they still see only their own', async ({
    client,
    assert,
  }) => {
    const data = await week()
    const page = await client
      .get(urlFor('calendar.show'))
      .qs({ week: isoWeek, coach_id: data.coach.id })
      .loginAs(data.otherParent)
    assert.deepEqual(shownSessions(page.text()), [data.booked.id, data.othersOnly.id].sort())
    assert.notInclude(page.text(), 'Sari Anak')
  })
})

test.group('Calendar · weeks and days', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('date= picks the week and the day; the day strip links each day; prev/next/today link weeks', async ({
    client,
    assert,
  }) => {
    const data = await week()
    const page = await client
      .get(urlFor('calendar.show'))
      .qs({ date: dayOf(2) })
      .loginAs(data.parent)
    assert.deepEqual(shownSessions(page.text()), [data.booked.id, data.waitlisted.id].sort())
    assert.match(page.text(), new RegExp(`id="day-${dayOf(2)}" class="cal-day cal-day--selected`))
    for (let offset = 0; offset < 7; offset++) {
      assert.include(
        page.text(),
        `href="${urlFor('calendar.show', {}, { qs: { date: dayOf(offset) } })}"`
      )
    }
    const previous = monday.minus({ weeks: 1 }).toFormat("kkkk-'W'WW")
    const next = monday.plus({ weeks: 1 }).toFormat("kkkk-'W'WW")
    assert.include(page.text(), urlFor('calendar.show', {}, { qs: { week: previous } }))
    assert.include(page.text(), urlFor('calendar.show', {}, { qs: { week: next } }))

    const following = await client
      .get(urlFor('calendar.show'))
      .qs({ week: next })
      .loginAs(data.parent)
    assert.deepEqual(shownSessions(following.text()), [data.nextWeek.id])
  })

  test('without a week it is this week with today chosen; a bad week is this week too', async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const today = DateTime.now().setZone(timezone).toISODate()!
    for (const qs of [{}, { week: '2026-W99' }, { date: '2026-02-31' }]) {
      const page = await client.get(urlFor('calendar.show')).qs(qs).loginAs(parent)
      page.assertStatus(200)
      assert.match(
        page.text(),
        new RegExp(`id="day-${today}" class="cal-day cal-day--selected cal-day--today`)
      )
    }
  })

  test('days and times in the reader’s language, no ISO dates in the text', async ({
    client,
    assert,
  }) => {
    const data = await week()
    const indonesian = await client
      .get(urlFor('calendar.show'))
      .qs({ week: isoWeek })
      .loginAs(data.parent)
    const label = monday.setLocale('id').toFormat('cccc, d LLLL yyyy')
    assert.include(indonesian.text(), label)
    assert.include(indonesian.text(), '08:00–09:00')
    const english = await withLocaleCookie(
      client.get(urlFor('calendar.show')).qs({ week: isoWeek }).loginAs(data.parent),
      'en'
    )
    assert.include(english.text(), monday.setLocale('en').toFormat('cccc, d LLLL yyyy'))
    assert.include(english.text(), 'Sari Anak: waitlist')
    const text = english.text().replace(/<[^>]*>/g, ' ')
    assert.notMatch(text, /\d{4}-\d{2}-\d{2}/)
  })

  test('visitors are sent to log in', async ({ client }) => {
    const page = await client.get(urlFor('calendar.show')).redirects(0)
    page.assertStatus(302)
  })
})
