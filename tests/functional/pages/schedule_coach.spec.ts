import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import { timezone } from '#config/app'
import TrainingSession from '#models/training_session'
import { createUser } from './helpers.js'
import {
  flashedErrors,
  localDate,
  makeCoach,
  makeRoom,
  makeSession,
  makeSlot,
} from './schedule_fixtures.js'

test.group('Pages | coach sessions', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('visitors are sent to the login page', async ({ client, assert }) => {
    const response = await client.get('/coach/sessions').redirects(0)
    response.assertStatus(302)
    assert.match(String(response.header('location')), /^\/login\?next=/)
  })

  test('a member cannot open the coach pages nor create a session', async ({ client, assert }) => {
    const member = await createUser()
    const slot = await makeSlot('07:00', '09:00')

    const index = await client.get('/coach/sessions').loginAs(member)
    index.assertStatus(403)
    const create = await client.get('/coach/sessions/new').loginAs(member)
    create.assertStatus(403)

    const store = await client
      .post('/coach/sessions')
      .loginAs(member)
      .withCsrfToken()
      .form({ session_time_id: slot.id, date: localDate(1) })
      .redirects(0)
    assert.include([302, 403], store.status())
    assert.equal(
      await TrainingSession.query()
        .count('* as total')
        .first()
        .then((r) => Number(r!.$extras.total)),
      0
    )
  })

  test('an admin, who holds no sessions, is sent to the admin screens', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin')
    const index = await client.get('/coach/sessions').loginAs(admin).redirects(0)
    index.assertStatus(302)
    assert.equal(index.header('location'), '/admin/sessions')
    const create = await client.get('/coach/sessions/new').loginAs(admin).redirects(0)
    assert.equal(create.header('location'), '/admin/sessions/create')
  })

  test('the create page offers the slots and the next two weeks as big choices', async ({
    client,
    assert,
  }) => {
    const coach = await makeCoach()
    await makeSlot('07:00', '09:00', 'Pagi')
    const response = await client.get('/coach/sessions/new').loginAs(coach)
    response.assertStatus(200)
    const html = response.text()
    assert.include(html, 'Pagi')
    assert.include(html, '07:00–09:00')
    assert.include(html, `value="${localDate(1)}"`)
    assert.include(html, `value="${localDate(13)}"`)
    assert.match(html, /<input type="radio" name="session_time_id"/)
  })

  test('a coach creates a session from a slot and a date', async ({ client, assert }) => {
    const coach = await makeCoach({ name: 'Budi Santoso' })
    const slot = await makeSlot('07:00', '09:00', 'Pagi')
    const date = localDate(2)

    const response = await client
      .post('/coach/sessions')
      .loginAs(coach)
      .withCsrfToken()
      .form({ kind: 'training', session_time_id: slot.id, date })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/coach/sessions')
    response.assertFlashMessage('success', 'Sesi dibuat.')

    const session = await TrainingSession.findByOrFail('coach_id', coach.id)
    assert.equal(session.title, 'Latihan — Budi Santoso')
    assert.equal(session.sessionTimeId, slot.id)
    assert.equal(session.status, 'scheduled')
    assert.equal(session.startsAt.setZone(timezone).toFormat("yyyy-MM-dd'T'HH:mm"), `${date}T07:00`)
    assert.equal(session.endsAt.setZone(timezone).toFormat('HH:mm'), '09:00')
    assert.equal(session.createdBy, coach.id)

    const list = await client.get('/coach/sessions').loginAs(coach)
    assert.include(list.text(), 'Latihan — Budi Santoso')
    assert.include(list.text(), '07:00–09:00')
  })

  test('a mentoring slot is published open', async ({ client, assert }) => {
    const coach = await makeCoach()
    const slot = await makeSlot('13:00', '14:00')
    const response = await client
      .post('/coach/sessions')
      .loginAs(coach)
      .withCsrfToken()
      .form({
        kind: 'mentoring',
        session_time_id: slot.id,
        date: localDate(3),
        status: 'open',
        capacity: '1',
      })
      .redirects(0)
    response.assertStatus(302)
    const session = await TrainingSession.findByOrFail('coach_id', coach.id)
    assert.equal(session.kind, 'mentoring')
    assert.equal(session.status, 'open')
    assert.equal(session.capacity, 1)
  })

  test('a clash is a form error naming the other session, and nothing is written', async ({
    client,
    assert,
  }) => {
    const coach = await makeCoach()
    const slot = await makeSlot('07:00', '09:00')
    const date = localDate(2)
    await makeSession(coach, { title: 'Latihan Rutin Selasa', date, time: '08:00' })

    const response = await client
      .post('/coach/sessions')
      .loginAs(coach)
      .header('referer', '/coach/sessions/new?kind=training')
      .withCsrfToken()
      .form({ kind: 'training', session_time_id: slot.id, date })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/coach/sessions/new?kind=training')
    const errors = flashedErrors(response.flashMessages())
    assert.lengthOf(errors.date, 1)
    assert.include(errors.date[0], 'Latihan Rutin Selasa')
    assert.include(
      errors.date[0],
      DateTime.fromISO(date).setLocale('id').toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY)
    )
    assert.include(errors.date[0], '08.00–09.00')
    assert.notInclude(errors.date[0], date)
    assert.equal(response.flashMessages().session_time_id, slot.id)

    const count = await TrainingSession.query().where('coach_id', coach.id).count('* as total')
    assert.equal(Number(count[0].$extras.total), 1)

    const page = await client
      .get('/coach/sessions/new')
      .loginAs(coach)
      .withFlashMessages(response.flashMessages())
    assert.match(
      page.text(),
      /data-field-error="date"[^>]*>\s*<span class="field__error-line">Bentrok: pelatih sudah punya sesi “Latihan Rutin Selasa”/
    )
    assert.match(page.text(), new RegExp(`value="${slot.id}" checked`))
  })

  test('a room clash lands on the room field', async ({ client, assert }) => {
    const coach = await makeCoach()
    const other = await makeCoach()
    const room = await makeRoom()
    const slot = await makeSlot('07:00', '09:00')
    const date = localDate(4)
    await makeSession(other, { title: 'Kelas Lain', date, time: '07:30', roomId: room.id })

    const response = await client
      .post('/coach/sessions')
      .loginAs(coach)
      .withCsrfToken()
      .form({ session_time_id: slot.id, date, room_id: room.id })
      .redirects(0)
    const errors = flashedErrors(response.flashMessages())
    assert.include(errors.room_id[0], 'Kelas Lain')
    assert.isNull(await TrainingSession.findBy('coach_id', coach.id))
  })

  test('a date in the past is refused on the date field', async ({ client, assert }) => {
    const coach = await makeCoach()
    const slot = await makeSlot('07:00', '09:00')
    const response = await client
      .post('/coach/sessions')
      .loginAs(coach)
      .header('referer', '/coach/sessions/new?kind=training')
      .withCsrfToken()
      .form({ session_time_id: slot.id, other_date: localDate(-1) })
      .redirects(0)
    response.assertStatus(302)
    const errors = flashedErrors(response.flashMessages())
    assert.deepEqual(errors.date, ['Sesi harus dimulai di masa depan.'])
    assert.isNull(await TrainingSession.findBy('coach_id', coach.id))
  })

  test('missing slot or date are field errors', async ({ client, assert }) => {
    const coach = await makeCoach()
    const response = await client
      .post('/coach/sessions')
      .header('referer', '/coach/sessions/new')
      .loginAs(coach)
      .withCsrfToken()
      .form({ kind: 'training' })
      .redirects(0)
    response.assertStatus(302)
    const errors = flashedErrors(response.flashMessages())
    assert.deepEqual(errors.starts_at, ['Waktu mulai wajib diisi'])
    assert.deepEqual(errors.ends_at, ['Waktu selesai wajib diisi'])
  })

  test('a coach opens, closes and cancels their own session', async ({ client, assert }) => {
    const coach = await makeCoach()
    const session = await makeSession(coach, { title: 'Sesi Saya' })

    const open = await client
      .post(`/coach/sessions/${session.id}/open`)
      .loginAs(coach)
      .withCsrfToken()
      .redirects(0)
    open.assertStatus(302)
    open.assertFlashMessage('success', '“Sesi Saya” dibuka untuk pemesanan.')
    await session.refresh()
    assert.equal(session.status, 'open')

    await client.post(`/coach/sessions/${session.id}/close`).loginAs(coach).withCsrfToken()
    await session.refresh()
    assert.equal(session.status, 'closed')

    await client
      .post(`/coach/sessions/${session.id}/cancel`)
      .loginAs(coach)
      .withCsrfToken()
      .form({ reason: 'Hujan deras' })
    await session.refresh()
    assert.equal(session.status, 'cancelled')
    assert.equal(session.cancellationReason, 'Hujan deras')
  })

  test('the list shows only the moves the state machine allows', async ({ client, assert }) => {
    const coach = await makeCoach()
    const session = await makeSession(coach, { title: 'Sesi Terbuka', status: 'open' })
    const response = await client.get('/coach/sessions').loginAs(coach)
    const html = response.text()
    assert.include(html, `action="/coach/sessions/${session.id}/close"`)
    assert.include(html, `action="/coach/sessions/${session.id}/cancel"`)
    assert.notInclude(html, `action="/coach/sessions/${session.id}/open"`)
  })

  test('a refused move is flashed, not a crash', async ({ client, assert }) => {
    const coach = await makeCoach()
    const session = await makeSession(coach, { status: 'scheduled' })
    const response = await client
      .post(`/coach/sessions/${session.id}/complete`)
      .header('referer', '/coach/sessions')
      .loginAs(coach)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.flashMessages().error, 'Perubahan status ini tidak diizinkan')
    await session.refresh()
    assert.equal(session.status, 'scheduled')
  })

  test("a coach cannot edit, open or cancel another coach's session", async ({
    client,
    assert,
  }) => {
    const owner = await makeCoach()
    const intruder = await makeCoach()
    const session = await makeSession(owner, { title: 'Milik Orang Lain' })

    const edit = await client.get(`/coach/sessions/${session.id}/edit`).loginAs(intruder)
    edit.assertStatus(403)

    const update = await client
      .put(`/coach/sessions/${session.id}`)
      .header('referer', '/coach/sessions')
      .loginAs(intruder)
      .withCsrfToken()
      .form({ title: 'Diambil alih' })
      .redirects(0)
    update.assertStatus(302)
    update.assertFlashMessage('error', 'Anda tidak diizinkan melakukan ini')

    await client
      .post(`/coach/sessions/${session.id}/cancel`)
      .header('referer', '/coach/sessions')
      .loginAs(intruder)
      .withCsrfToken()
      .redirects(0)

    await session.refresh()
    assert.equal(session.title, 'Milik Orang Lain')
    assert.equal(session.status, 'scheduled')
  })

  test('a coach edits their own session; unchanged times keep the slot', async ({
    client,
    assert,
  }) => {
    const coach = await makeCoach()
    const slot = await makeSlot('07:00', '09:00')
    const date = localDate(5)
    const session = await makeSession(coach, {
      title: 'Judul Lama',
      date,
      time: '07:00',
      minutes: 120,
      sessionTimeId: slot.id,
    })

    const edit = await client.get(`/coach/sessions/${session.id}/edit`).loginAs(coach)
    edit.assertStatus(200)
    assert.include(edit.text(), `value="${date}T07:00"`)

    const response = await client
      .put(`/coach/sessions/${session.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .form({
        title: 'Judul Baru',
        capacity: '6',
        starts_at: `${date}T07:00`,
        ends_at: `${date}T09:00`,
        delivery: 'onsite',
      })
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('success', 'Perubahan sesi disimpan.')
    await session.refresh()
    assert.equal(session.title, 'Judul Baru')
    assert.equal(session.capacity, 6)
    assert.equal(session.sessionTimeId, slot.id)

    const moved = await client
      .put(`/coach/sessions/${session.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .form({ starts_at: `${date}T15:00`, ends_at: `${date}T16:30`, delivery: 'onsite' })
      .redirects(0)
    moved.assertStatus(302)
    await session.refresh()
    assert.equal(
      session.startsAt.toUTC().toISO(),
      DateTime.fromISO(`${date}T15:00`, { zone: timezone }).toUTC().toISO()
    )
    assert.isNull(session.sessionTimeId)
  })
})
