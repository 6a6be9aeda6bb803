import { DateTime } from 'luxon'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Program from '#models/program'
import Room from '#models/room'
import SessionTime from '#models/session_time'
import SessionSeries from '#models/session_series'
import TrainingSession from '#models/training_session'
import User from '#models/user'
import CoachProfile from '#models/coach_profile'
import { createUser, fieldError, freshEmail } from './helpers.js'
import {
  flashedErrors,
  localDate,
  makeCoach,
  makeProgram,
  makeRoom,
  makeSession,
  makeSlot,
} from './schedule_fixtures.js'

const ADMIN_PAGES = [
  '/admin/programs',
  '/admin/programs/create',
  '/admin/rooms',
  '/admin/session-times',
  '/admin/coaches',
  '/admin/sessions',
  '/admin/sessions/create',
  '/admin/series',
  '/admin/series/create',
]

test.group('Pages | schedule admin screens', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('members and coaches cannot open the admin screens', async ({ client }) => {
    const member = await createUser()
    const coach = await makeCoach()
    for (const url of ADMIN_PAGES) {
      const asMember = await client.get(url).loginAs(member)
      asMember.assertStatus(403)
      const asCoach = await client.get(url).loginAs(coach)
      asCoach.assertStatus(403)
    }
  })

  test('every admin screen renders for an admin', async ({ client, assert }) => {
    const admin = await createUser('admin')
    await makeProgram()
    await makeRoom()
    await makeSlot('07:00', '09:00')
    const coach = await makeCoach()
    await makeSession(coach)
    for (const url of ADMIN_PAGES) {
      const response = await client.get(url).loginAs(admin)
      response.assertStatus(200)
      assert.include(response.text(), 'aria-current="page"', url)
    }
  })

  test('programs: create, reject a duplicate code on its field, edit, delete', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin')
    const created = await client
      .post('/admin/programs')
      .loginAs(admin)
      .withCsrfToken()
      .form({
        name: 'Recurve Dasar',
        code: 'REC-01',
        level: 'beginner',
        status: 'active',
        price_per_session: '150000',
        max_students: '8',
        description: '',
      })
      .redirects(0)
    created.assertStatus(302)
    assert.equal(created.header('location'), '/admin/programs')
    const program = await Program.findByOrFail('code', 'REC-01')
    assert.equal(program.pricePerSession, 150000)
    assert.equal(program.maxStudents, 8)

    const duplicate = await client
      .post('/admin/programs')
      .header('referer', '/admin/programs/create')
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Lain', code: 'REC-01', level: 'beginner', status: 'active' })
      .redirects(0)
    duplicate.assertStatus(302)
    const page = await client
      .get('/admin/programs/create')
      .loginAs(admin)
      .withFlashMessages(duplicate.flashMessages())
    assert.isNotNull(fieldError(page.text(), 'code'))

    const edit = await client.get(`/admin/programs/${program.id}/edit`).loginAs(admin)
    assert.include(edit.text(), 'value="REC-01"')
    await client.put(`/admin/programs/${program.id}`).loginAs(admin).withCsrfToken().form({
      name: 'Recurve Dasar',
      code: 'REC-01',
      level: 'intermediate',
      status: 'inactive',
      max_students: '',
    })
    await program.refresh()
    assert.equal(program.level, 'intermediate')
    assert.equal(program.status, 'inactive')
    assert.isNull(program.maxStudents)

    const removed = await client
      .delete(`/admin/programs/${program.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    removed.assertStatus(302)
    assert.isNull(await Program.find(program.id))
  })

  test('rooms and session times: create, edit, delete, with field errors', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin')
    await client
      .post('/admin/rooms')
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Lapangan Timur', capacity: '10' })
    const room = await Room.findByOrFail('name', 'Lapangan Timur')
    assert.equal(room.capacity, 10)

    await client
      .put(`/admin/rooms/${room.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Lapangan Timur', capacity: '', description: 'Dekat parkir' })
    await room.refresh()
    assert.isNull(room.capacity)
    assert.equal(room.description, 'Dekat parkir')

    await client.delete(`/admin/rooms/${room.id}`).loginAs(admin).withCsrfToken()
    assert.isNull(await Room.find(room.id))

    const backwards = await client
      .post('/admin/session-times')
      .loginAs(admin)
      .header('referer', '/admin/session-times/create')
      .withCsrfToken()
      .form({ label: 'Terbalik', start_time: '10:00', end_time: '09:00' })
      .redirects(0)
    backwards.assertStatus(302)
    assert.equal(backwards.header('location'), '/admin/session-times/create')
    assert.deepEqual(flashedErrors(backwards.flashMessages()).end_time, [
      'Waktu selesai harus setelah waktu mulai.',
    ])
    assert.isNull(await SessionTime.findBy('label', 'Terbalik'))

    await client
      .post('/admin/session-times')
      .loginAs(admin)
      .withCsrfToken()
      .form({ label: 'Pagi', start_time: '07:00', end_time: '09:00' })
    const slot = await SessionTime.findByOrFail('label', 'Pagi')
    const list = await client.get('/admin/session-times').loginAs(admin)
    assert.include(list.text(), '07:00–09:00')

    await client
      .put(`/admin/session-times/${slot.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ label: 'Pagi', start_time: '06:30', end_time: '08:30' })
    await slot.refresh()
    assert.equal(slot.startsAtLocal, '06:30')
  })

  test('coaches: an admin creates a coach with a profile and deactivates them', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin')
    const email = freshEmail('pelatih')
    const response = await client
      .post('/admin/coaches')
      .loginAs(admin)
      .withCsrfToken()
      .form({
        name: 'Dewi Pelatih',
        email,
        password: 'rahasia123',
        specialization: 'Recurve',
        bio: 'Atlet nasional',
      })
      .redirects(0)
    response.assertStatus(302)
    const coach = await User.findByOrFail('email', email)
    assert.equal(coach.role, 'coach')
    const profile = await CoachProfile.findByOrFail('user_id', coach.id)
    assert.equal(profile.specialization, 'Recurve')

    const list = await client.get('/admin/coaches').loginAs(admin)
    assert.include(list.text(), 'Dewi Pelatih')

    await client
      .put(`/admin/coaches/${coach.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Dewi P.', email, password: '', status: 'active', specialization: 'Compound' })
    await coach.refresh()
    await profile.refresh()
    assert.equal(coach.name, 'Dewi P.')
    assert.equal(profile.specialization, 'Compound')

    await client.delete(`/admin/coaches/${coach.id}`).loginAs(admin).withCsrfToken()
    await coach.refresh()
    assert.equal(coach.status, 'inactive')
  })

  test('sessions: an admin creates one for a coach; a room clash is a field error', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin')
    const coach = await makeCoach({ name: 'Rudi' })
    const other = await makeCoach()
    const room = await makeRoom()
    const date = localDate(3)
    await makeSession(other, { title: 'Kelas Sore', date, time: '16:00', roomId: room.id })

    const missingCoach = await client
      .post('/admin/sessions')
      .loginAs(admin)
      .withCsrfToken()
      .form({ starts_at: `${date}T10:00`, ends_at: `${date}T11:00` })
      .redirects(0)
    assert.properties(flashedErrors(missingCoach.flashMessages()), ['coach_id'])

    const clash = await client
      .post('/admin/sessions')
      .loginAs(admin)
      .header('referer', '/admin/sessions/create')
      .withCsrfToken()
      .form({
        coach_id: coach.id,
        kind: 'training',
        starts_at: `${date}T16:30`,
        ends_at: `${date}T17:30`,
        room_id: room.id,
        waitlist_enabled_field: '1',
      })
      .redirects(0)
    clash.assertStatus(302)
    assert.equal(clash.header('location'), '/admin/sessions/create')
    assert.include(flashedErrors(clash.flashMessages()).room_id[0], 'Kelas Sore')
    assert.isNull(await TrainingSession.findBy('coach_id', coach.id))

    const created = await client
      .post('/admin/sessions')
      .loginAs(admin)
      .withCsrfToken()
      .form({
        coach_id: coach.id,
        kind: 'coaching',
        title: 'Coaching Daring',
        starts_at: `${date}T19:00`,
        ends_at: `${date}T20:00`,
        delivery: 'online',
        meeting_url: 'https://meet.example.com/abc',
        status: 'open',
        waitlist_enabled_field: '1',
        waitlist_enabled: '1',
      })
      .redirects(0)
    created.assertStatus(302)
    const session = await TrainingSession.findByOrFail('coach_id', coach.id)
    assert.equal(session.title, 'Coaching Daring')
    assert.equal(session.status, 'open')
    assert.isTrue(session.waitlistEnabled)
    assert.equal(session.createdBy, admin.id)

    await client
      .put(`/admin/sessions/${session.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .form({
        coach_id: coach.id,
        title: 'Coaching Daring',
        starts_at: `${date}T19:00`,
        ends_at: `${date}T20:00`,
        delivery: 'online',
        meeting_url: 'https://meet.example.com/abc',
        waitlist_enabled_field: '1',
      })
    await session.refresh()
    assert.isFalse(session.waitlistEnabled)

    const removed = await client
      .delete(`/admin/sessions/${session.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    removed.assertStatus(302)
    assert.isNull(await TrainingSession.find(session.id))
  })

  test('series: a clash fails the whole batch with a form error; skip creates the rest', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin')
    const coach = await makeCoach()
    const first = localDate(7)
    const last = localDate(13)
    await makeSession(coach, { title: 'Privat Rabu', date: localDate(9), time: '16:30' })

    const form = {
      'coach_id': coach.id,
      'kind': 'training',
      'title': 'Latihan Harian',
      'weekdays[]': ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      'starts_on': first,
      'ends_on': last,
      'start_time': '16:00',
      'end_time': '17:00',
      'capacity': '8',
      'on_conflict': 'fail',
    }

    const failed = await client
      .post('/admin/series')
      .loginAs(admin)
      .header('referer', '/admin/series/create')
      .withCsrfToken()
      .form(form)
      .redirects(0)
    failed.assertStatus(302)
    assert.equal(failed.header('location'), '/admin/series/create')
    const message = flashedErrors(failed.flashMessages()).on_conflict[0]
    assert.include(message, 'Privat Rabu')
    assert.include(
      message,
      DateTime.fromISO(localDate(9)).setLocale('id').toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY)
    )
    assert.notInclude(message, localDate(9))
    assert.equal(
      await SessionSeries.query()
        .count('* as total')
        .first()
        .then((r) => Number(r!.$extras.total)),
      0
    )

    const skipped = await client
      .post('/admin/series')
      .loginAs(admin)
      .withCsrfToken()
      .form({ ...form, on_conflict: 'skip' })
      .redirects(0)
    skipped.assertStatus(302)
    const series = await SessionSeries.findByOrFail('coach_id', coach.id)
    assert.equal(skipped.header('location'), `/admin/series/${series.id}`)
    skipped.assertFlashMessage('success', '6 sesi dibuat, 1 dilewati.')

    const show = await client
      .get(`/admin/series/${series.id}`)
      .loginAs(admin)
      .withFlashMessages(skipped.flashMessages())
    show.assertStatus(200)
    assert.include(show.text(), `${localDate(9)}: pelatih sudah punya sesi — “Privat Rabu”`)
    assert.equal((show.text().match(/Latihan Harian/g) ?? []).length >= 6, true)

    const cancelled = await client
      .post(`/admin/series/${series.id}/cancel`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ reason: 'Libur' })
      .redirects(0)
    cancelled.assertStatus(302)
    cancelled.assertFlashMessage('success', 'Seri dihentikan; 6 sesi mendatang dibatalkan.')
    const live = await TrainingSession.query()
      .where('series_id', series.id)
      .whereNot('status', 'cancelled')
    assert.lengthOf(live, 0)
  })

  test('series: editing changes the future occurrences', async ({ client, assert }) => {
    const admin = await createUser('admin')
    const coach = await makeCoach()
    await client
      .post('/admin/series')
      .loginAs(admin)
      .withCsrfToken()
      .form({
        'coach_id': coach.id,
        'weekdays[]': ['mon', 'wed'],
        'starts_on': localDate(1),
        'ends_on': localDate(14),
        'start_time': '08:00',
        'end_time': '09:00',
      })
    const series = await SessionSeries.findByOrFail('coach_id', coach.id)
    const edit = await client.get(`/admin/series/${series.id}/edit`).loginAs(admin)
    edit.assertStatus(200)
    assert.include(edit.text(), 'value="08:00"')

    const response = await client
      .put(`/admin/series/${series.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .form({
        coach_id: coach.id,
        title: 'Pagi Baru',
        start_time: '08:00',
        end_time: '09:30',
        waitlist_enabled_field: '1',
      })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), `/admin/series/${series.id}`)
    const occurrences = await TrainingSession.query().where('series_id', series.id)
    assert.isAbove(occurrences.length, 0)
    for (const occurrence of occurrences) {
      assert.equal(occurrence.title, 'Pagi Baru')
      assert.equal(occurrence.endsAt.diff(occurrence.startsAt, 'minutes').minutes, 90)
    }
  })
})
