import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import type Member from '#models/member'
import type TrainingSession from '#models/training_session'
import type User from '#models/user'
import { calendarTokenFor } from '#actions/calendar/calendar_token'
import {
  createCoach,
  createMember,
  createParent,
  createRoom,
  createSession,
  iso,
} from '#tests/fixtures'
import { parseFeed } from '#tests/ical'

function book(
  session: TrainingSession,
  member: Member,
  status: Booking['status'] = 'confirmed',
  cancellationCode: string | null = null
) {
  return Booking.create({
    trainingSessionId: session.id,
    memberId: member.id,
    status,
    waitlistPosition: status === 'waitlisted' ? 1 : null,
    bookedAt: DateTime.now(),
    confirmedAt: status === 'confirmed' ? DateTime.now() : null,
    cancelledAt: status === 'cancelled' ? DateTime.now() : null,
    cancellationCode,
  })
}

async function feedOf(client: ApiClient, user: User) {
  const token = await calendarTokenFor(user)
  return client.get(urlFor('calendar.feed', { token }))
}

async function families() {
  const coach = await createCoach({ name: 'Pelatih Feed' })
  const room = await createRoom({ name: `Lapangan ${Math.random().toString(36).slice(2, 7)}` })
  const parent = await createParent()
  const child = await createMember(parent, { name: 'Sari Anak' })
  const otherParent = await createParent()
  const otherChild = await createMember(otherParent, { name: 'Orang Lain' })
  const make = (days: number, title: string, status: TrainingSession['status'] = 'open') =>
    createSession({
      coach,
      roomId: room.id,
      startsAt: DateTime.now().plus({ days }).set({ minute: 0, second: 0, millisecond: 0 }),
      title,
      status,
    })

  const booked = await make(2, 'Panahan Dipesan')
  const waitlisted = await make(3, 'Panahan Menunggu')
  const othersOnly = await make(4, 'Sesi Keluarga Lain')
  const selfCancelled = await make(5, 'Dibatalkan Orang Tua')
  const clubCancelled = await make(6, 'Dibatalkan Klub', 'cancelled')

  await book(booked, child)
  await book(booked, otherChild)
  await book(waitlisted, child, 'waitlisted')
  await book(othersOnly, otherChild)
  await book(selfCancelled, child, 'cancelled')
  await book(clubCancelled, child, 'cancelled', 'session_cancelled')
  return { coach, parent, child, otherParent, booked, waitlisted, othersOnly, clubCancelled }
}

test.group('Calendar feed · GET /calendar/:token.ics', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a parent’s feed holds their children’s sessions at the right instants, nothing of other families', async ({
    client,
    assert,
  }) => {
    const data = await families()
    const response = await feedOf(client, data.parent)
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^text\/calendar/)

    const { events } = parseFeed(response.text())
    const byUid = new Map(events.map((event) => [event.uid, event]))
    assert.sameMembers(
      [...byUid.keys()],
      [data.booked, data.waitlisted, data.clubCancelled].map(
        (session) => `training-session-${session.id}@latih`
      )
    )
    const booked = byUid.get(`training-session-${data.booked.id}@latih`)!
    assert.equal(booked.start, new Date(iso(data.booked.startsAt)).toISOString())
    assert.equal(booked.end, new Date(iso(data.booked.endsAt)).toISOString())
    assert.equal(booked.status, 'CONFIRMED')
    assert.include(booked.summary, 'Sari Anak')
    assert.notInclude(response.text(), 'Orang Lain')
    assert.equal(byUid.get(`training-session-${data.waitlisted.id}@latih`)!.status, 'TENTATIVE')
    assert.equal(byUid.get(`training-session-${data.clubCancelled.id}@latih`)!.status, 'CANCELLED')
  })

  test('a coach’s feed holds their own sessions, cancelled ones marked', async ({
    client,
    assert,
  }) => {
    const data = await families()
    const otherCoach = await createCoach()
    const foreign = await createSession({ coach: otherCoach, title: 'Sesi Pelatih Lain' })

    const response = await feedOf(client, data.coach)
    response.assertStatus(200)
    const { events } = parseFeed(response.text())
    assert.lengthOf(events, 5)
    assert.notInclude(
      events.map((event) => event.uid),
      `training-session-${foreign.id}@latih`
    )
    const cancelled = events.find(
      (event) => event.uid === `training-session-${data.clubCancelled.id}@latih`
    )!
    assert.equal(cancelled.status, 'CANCELLED')
  })

  test('a wrong token is 404, and so is a reset one', async ({ client, assert }) => {
    const parent = await createParent()
    const old = await calendarTokenFor(parent)

    const wrong = await client.get(urlFor('calendar.feed', { token: `${old.slice(0, -2)}xx` }))
    wrong.assertStatus(404)

    const reset = await client
      .post(urlFor('calendar_feed.reset'))
      .loginAs(parent)
      .withCsrfToken()
      .redirects(0)
    reset.assertStatus(302)

    const fresh = await calendarTokenFor(parent)
    assert.notEqual(fresh, old)
    const stale = await client.get(urlFor('calendar.feed', { token: old }))
    stale.assertStatus(404)
    const current = await client.get(urlFor('calendar.feed', { token: fresh }))
    current.assertStatus(200)
  })

  test('the reset needs the CSRF token', async ({ client, assert }) => {
    const parent = await createParent()
    const before = await calendarTokenFor(parent)
    await client.post(urlFor('calendar_feed.reset')).loginAs(parent).redirects(0)
    assert.equal(await calendarTokenFor(parent), before)
  })

  test('the profile page shows the feed URL and a webcal:// link', async ({ client, assert }) => {
    const parent = await createParent()
    const page = await client.get(urlFor('profile.edit')).loginAs(parent)
    page.assertStatus(200)
    const token = await calendarTokenFor(parent)
    const path = urlFor('calendar.feed', { token })
    assert.include(page.text(), path)
    assert.match(page.text(), new RegExp(`href="webcal://[^"]+${path.replace(/[.]/g, '\\.')}"`))
  })

  test('the database holds no usable token, only its hash', async ({ assert }) => {
    const parent = await createParent()
    const token = await calendarTokenFor(parent)
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const row = await db.from('calendar_tokens').where('user_id', parent.id).firstOrFail()
    assert.notInclude(JSON.stringify(row), token)
    assert.lengthOf(row.token_hash, 64)
  })
})
