import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import TrainingSession from '#models/training_session'
import { localNow } from '#services/schedule_pages'
import { bearer } from '#tests/fixtures'
import { withLocaleCookie } from '../pages/helpers.js'
import {
  flashedErrors,
  localDate,
  makeCoach,
  makeRoom,
  makeSession,
  makeSlot,
} from '../pages/schedule_fixtures.js'

test.group('Portal | the coach’s three-tap session is bookable', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the form starts open for booking, with a waitlist', async ({ client, assert }) => {
    const coach = await makeCoach()
    await makeSlot('07:00', '09:00', 'Pagi')
    const page = await client.get('/coach/sessions/new').loginAs(coach)
    const html = page.text()
    assert.match(html, /<input[^>]*name="status"[^>]*value="open"[^>]*checked/)
    assert.match(html, /<input[^>]*name="waitlist_enabled"[^>]*checked/)
    assert.include(html, 'langsung dibuka untuk pemesanan')
  })

  test('what the three taps send: open, waitlisted, the last session’s capacity', async ({
    client,
    assert,
  }) => {
    const coach = await makeCoach()
    await makeSession(coach, { capacity: 12, date: localDate(1), time: '16:00' })
    const slot = await makeSlot('07:00', '09:00', 'Pagi')

    await client
      .post('/coach/sessions')
      .loginAs(coach)
      .withCsrfToken()
      .form({
        kind: 'training',
        session_time_id: slot.id,
        date: localDate(2),
        status: 'open',
        waitlist_enabled_field: '1',
        waitlist_enabled: '1',
      })
    const session = await TrainingSession.query()
      .where('coach_id', coach.id)
      .where('session_time_id', slot.id)
      .firstOrFail()
    assert.equal(session.status, 'open')
    assert.isTrue(session.waitlistEnabled)
    assert.equal(session.capacity, 12)
  })

  test('a room gives the capacity when none is typed', async ({ client, assert }) => {
    const coach = await makeCoach()
    await makeSession(coach, { capacity: 30, date: localDate(1), time: '16:00' })
    const room = await makeRoom({ capacity: 8 })
    const slot = await makeSlot('07:00', '09:00')
    await client
      .post('/coach/sessions')
      .loginAs(coach)
      .withCsrfToken()
      .form({ session_time_id: slot.id, date: localDate(2), room_id: room.id, capacity: '' })
    const session = await TrainingSession.query()
      .where('coach_id', coach.id)
      .where('session_time_id', slot.id)
      .firstOrFail()
    assert.equal(session.capacity, 8)
  })

  test('the edit form turns the waitlist on and off', async ({ client, assert }) => {
    const coach = await makeCoach()
    const session = await makeSession(coach, { date: localDate(3), waitlistEnabled: false })
    const edit = await client.get(`/coach/sessions/${session.id}/edit`).loginAs(coach)
    assert.match(edit.text(), /name="waitlist_enabled"/)
    const form = (waitlist: boolean) => ({
      _version: String(session.updatedAt.toMillis()),
      waitlist_enabled_field: '1',
      ...(waitlist ? { waitlist_enabled: '1' } : {}),
    })

    await client
      .put(`/coach/sessions/${session.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .form(form(true))
    await session.refresh()
    assert.isTrue(session.waitlistEnabled)

    await client
      .put(`/coach/sessions/${session.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .form(form(false))
    await session.refresh()
    assert.isFalse(session.waitlistEnabled)
  })

  test('today offers no slot that has already begun', async ({ client, assert }) => {
    const coach = await makeCoach()
    const early = await makeSlot('00:00', '00:30', 'Tengah malam')
    const page = await client.get('/coach/sessions/new').loginAs(coach)
    const html = page.text()
    // the only slot has begun today: today is not offered at all
    assert.notInclude(html, `value="${localDate(0)}"`)
    assert.include(html, `value="${localDate(1)}"`)

    if (localNow().toFormat('HH:mm') < '23:00') {
      const late = await makeSlot('23:00', '23:59', 'Larut')
      const again = await client.get('/coach/sessions/new').loginAs(coach)
      assert.include(again.text(), `value="${localDate(0)}"`)
      assert.match(again.text(), new RegExp(`data-past-today="${early.id}"`))
      assert.notMatch(again.text(), new RegExp(`data-past-today="[^"]*${late.id}`))
      assert.include(again.text(), 'slot yang sudah lewat tidak bisa dipilih: Tengah malam')
    }
  })
})

test.group('Portal | a clash names its date in the reader’s language', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('{locale}: {expected}')
    .with([
      { locale: 'id', expected: '08.00–09.00' },
      { locale: 'en', expected: '8:00 AM–9:00 AM' },
    ])
    .run(async ({ client, assert }, { locale, expected }) => {
      const coach = await makeCoach()
      const slot = await makeSlot('07:00', '09:00')
      const date = localDate(2)
      await makeSession(coach, { title: 'Latihan Rutin', date, time: '08:00' })

      const response = await withLocaleCookie(client.post('/coach/sessions'), locale)
        .loginAs(coach)
        .header('referer', '/coach/sessions/new')
        .withCsrfToken()
        .form({ session_time_id: slot.id, date })
        .redirects(0)
      const [message] = flashedErrors(response.flashMessages()).date
      const day = DateTime.fromISO(date)
        .setLocale(locale)
        .toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY)
      assert.include(message, `${day} ${expected}`)
      assert.notInclude(message, date)
    })

  test('the API keeps ISO in data while its message is written out', async ({ client, assert }) => {
    const coach = await makeCoach()
    const slot = await makeSlot('07:00', '09:00')
    const date = localDate(2)
    await makeSession(coach, { title: 'Latihan Rutin', date, time: '08:00' })
    const response = await client
      .post('/api/v1/training-sessions')
      .header('authorization', await bearer(coach))
      .header('accept-language', 'id')
      .json({ session_time_id: slot.id, date })
    response.assertStatus(409)
    const body = response.body()
    assert.equal(body.data.conflict_when, `${date} 08:00–09:00`)
    assert.notInclude(body.message, date)
    assert.include(body.message, '08.00–09.00')
  })
})
