import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import { createUser } from './helpers.js'
import { localDate, makeCoach, makeProgram, makeRoom, makeSession } from './schedule_fixtures.js'

test.group('Pages | public schedule', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('lists upcoming public sessions by day with seats left, in Indonesian', async ({
    client,
    assert,
  }) => {
    const coach = await makeCoach({ name: 'Budi Pelatih' })
    const room = await makeRoom({ name: 'Lapangan Utara' })
    await makeSession(coach, {
      title: 'Panahan Pagi',
      date: localDate(1),
      time: '07:00',
      roomId: room.id,
      capacity: 8,
      bookedCount: 3,
      status: 'open',
    })
    await makeSession(coach, { title: 'Sesi Batal', date: localDate(2), status: 'cancelled' })
    await makeSession(coach, { title: 'Khusus Anggota', date: localDate(2), audience: 'members' })
    await makeSession(coach, { title: 'Jauh Sekali', date: localDate(30) })

    const response = await client.get('/schedule')
    response.assertStatus(200)
    const html = response.text()
    assert.include(html, '<html lang="id">')
    assert.include(html, 'Panahan Pagi')
    assert.include(html, '5 kursi tersisa dari 8')
    assert.include(html, 'Budi Pelatih')
    assert.include(html, 'Lapangan Utara')
    assert.include(html, '07:00–08:00')
    assert.include(html, `id="day-${localDate(1)}"`)
    assert.notInclude(html, 'Sesi Batal')
    assert.notInclude(html, 'Khusus Anggota')
    assert.notInclude(html, 'Jauh Sekali')
    assert.include(html, 'data-live-channel="training-sessions"')
    assert.include(html, 'src="/resources/js/app.js"')
  })

  test('a signed-in member also sees members-only sessions', async ({ client, assert }) => {
    const coach = await makeCoach()
    await makeSession(coach, { title: 'Khusus Anggota', audience: 'members' })
    const member = await createUser()
    const response = await client.get('/schedule').loginAs(member)
    assert.include(response.text(), 'Khusus Anggota')
  })

  test('filters by kind, program and coach', async ({ client, assert }) => {
    const coach = await makeCoach({ name: 'Sari Mentor' })
    const other = await makeCoach({ name: 'Andi Lain' })
    const program = await makeProgram({ name: 'Program Recurve' })
    await makeSession(coach, { title: 'Mentoring Sari', kind: 'mentoring', date: localDate(1) })
    await makeSession(other, {
      title: 'Latihan Recurve',
      programId: program.id,
      date: localDate(1),
    })

    const mentoring = await client.get('/schedule').qs({ kind: 'mentoring' })
    assert.include(mentoring.text(), 'Mentoring Sari')
    assert.notInclude(mentoring.text(), 'Latihan Recurve')

    const byProgram = await client.get('/schedule').qs({ program_id: program.id })
    assert.include(byProgram.text(), 'Latihan Recurve')
    assert.notInclude(byProgram.text(), 'Mentoring Sari')

    const byCoach = await client.get('/schedule').qs({ coach_id: coach.id })
    assert.include(byCoach.text(), 'Mentoring Sari')
    assert.notInclude(byCoach.text(), 'Latihan Recurve')
  })

  test('bad filters show everything with a notice instead of failing', async ({
    client,
    assert,
  }) => {
    const coach = await makeCoach()
    await makeSession(coach, { title: 'Tetap Tampil' })
    const response = await client.get('/schedule').qs({ kind: 'berenang' })
    response.assertStatus(200)
    assert.include(response.text(), 'Tetap Tampil')
    assert.include(response.text(), 'Filter di alamat halaman tidak valid')
  })

  test('the live fragment is only the list, for the same filters', async ({ client, assert }) => {
    const coach = await makeCoach()
    await makeSession(coach, { title: 'Mentoring Cepat', kind: 'mentoring' })
    await makeSession(coach, { title: 'Latihan Biasa', date: localDate(2) })

    const response = await client
      .get('/schedule')
      .qs({ kind: 'mentoring' })
      .header('X-Live-Fragment', '1')
    response.assertStatus(200)
    const html = response.text()
    assert.notInclude(html, '<html')
    assert.include(html, 'Mentoring Cepat')
    assert.notInclude(html, 'Latihan Biasa')
    assert.include(String(response.header('vary')), 'X-Live-Fragment')
  })

  test('titles are escaped', async ({ client, assert }) => {
    const coach = await makeCoach()
    await makeSession(coach, { title: '<img src=x onerror=alert(1)>' })
    const response = await client.get('/schedule')
    const html = response.text()
    assert.notInclude(html, '<img src=x')
    assert.include(html, '&lt;img src=x onerror=alert(1)&gt;')
  })

  test('English on request', async ({ client, assert }) => {
    const coach = await makeCoach()
    await makeSession(coach, { title: 'English Session', capacity: 4, bookedCount: 3 })
    const response = await client.get('/schedule').header('Accept-Language', 'en')
    assert.include(response.text(), '<html lang="en">')
    assert.include(response.text(), '1 seat left of 4')
  })
})

test.group('Pages | programs', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('lists active programs with search and level filters', async ({ client, assert }) => {
    await makeProgram({ name: 'Recurve Dasar', level: 'beginner', pricePerSession: 150000 })
    await makeProgram({ name: 'Compound Lanjut', level: 'advanced' })
    await makeProgram({ name: 'Program Lama', status: 'inactive' })

    const all = await client.get('/programs')
    all.assertStatus(200)
    assert.include(all.text(), 'Recurve Dasar')
    assert.include(all.text(), 'Compound Lanjut')
    assert.notInclude(all.text(), 'Program Lama')
    assert.match(all.text(), /Rp\s?150\.000 per sesi/)

    const advanced = await client.get('/programs').qs({ level: 'advanced' })
    assert.include(advanced.text(), 'Compound Lanjut')
    assert.notInclude(advanced.text(), 'Recurve Dasar')

    const searched = await client.get('/programs').qs({ search: 'recurve' })
    assert.include(searched.text(), 'Recurve Dasar')
    assert.notInclude(searched.text(), 'Compound Lanjut')
  })

  test('a program page shows its upcoming sessions with seats left, live', async ({
    client,
    assert,
  }) => {
    const program = await makeProgram({ name: 'Recurve Dasar', description: 'Untuk pemula.' })
    const coach = await makeCoach()
    await makeSession(coach, {
      title: 'Recurve Sabtu',
      programId: program.id,
      capacity: 6,
      bookedCount: 6,
      status: 'open',
    })
    await makeSession(coach, { title: 'Sesi Program Lain', date: localDate(3) })

    const response = await client.get(`/programs/${program.id}`)
    response.assertStatus(200)
    const html = response.text()
    assert.include(html, '<h1>Recurve Dasar</h1>')
    assert.include(html, 'Untuk pemula.')
    assert.include(html, 'Recurve Sabtu')
    assert.include(html, '<strong>Penuh</strong>')
    assert.notInclude(html, 'Sesi Program Lain')
    assert.include(html, 'data-live-channel="training-sessions"')

    const fragment = await client.get(`/programs/${program.id}`).header('X-Live-Fragment', '1')
    assert.notInclude(fragment.text(), '<h1>')
    assert.include(fragment.text(), 'Recurve Sabtu')
  })

  test('an inactive program is a 404 to the public but visible to admins', async ({
    client,
    assert,
  }) => {
    const program = await makeProgram({ name: 'Program Arsip', status: 'inactive' })
    const visitor = await client.get(`/programs/${program.id}`).header('accept', 'text/html')
    visitor.assertStatus(404)

    const admin = await createUser('admin')
    const page = await client.get(`/programs/${program.id}`).loginAs(admin)
    page.assertStatus(200)
    assert.include(page.text(), 'Program Arsip')
  })
})

test.group('Pages | live updates plumbing', () => {
  test('users/:id is for that user only; session channels are public', async ({ assert }) => {
    const manager = transmit.getManager()
    const owner = { id: 'a3a7b4a5-2c2f-4bb8-9f11-111111111111' }
    const stranger = { id: 'b3a7b4a5-2c2f-4bb8-9f11-222222222222' }
    const ctx = (user: { id: string } | null) => ({ auth: { user } }) as never

    assert.isTrue(await manager.verifyAccess(`users/${owner.id}`, ctx(owner)))
    assert.isFalse(await manager.verifyAccess(`users/${owner.id}`, ctx(stranger)))
    assert.isFalse(await manager.verifyAccess(`users/${owner.id}`, ctx(null)))
    assert.isTrue(await manager.verifyAccess('training-sessions', ctx(null)))
    assert.isTrue(
      await manager.verifyAccess(
        'training-sessions/c3a7b4a5-2c2f-4bb8-9f11-333333333333',
        ctx(null)
      )
    )
  })
})
