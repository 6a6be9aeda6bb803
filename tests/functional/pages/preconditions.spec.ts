import { test } from '@japa/runner'
import type { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import Program from '#models/program'
import Member from '#models/member'
import type User from '#models/user'
import TrainingSession from '#models/training_session'
import { makeMember } from '../club/fixtures.js'
import { createUser } from './helpers.js'
import {
  localDate,
  makeCoach,
  makeProgram,
  makeRoom,
  makeSession,
  makeSlot,
} from './schedule_fixtures.js'

const STALE_ID =
  'Data ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi perubahan Anda.'

/**
 * The hidden version field of an edit form
 */
function versionField(html: string) {
  return html.match(/<input type="hidden" name="updated_at" value="([^"]*)">/)?.[1] ?? null
}

/**
 * A later updated_at: someone else saved the row
 */
const later = (row: { updatedAt: DateTime }) => row.updatedAt.plus({ seconds: 5 }).toJSDate()

const iso = (row: { updatedAt: { toUTC(): { toISO(): string | null } } }) =>
  row.updatedAt.toUTC().toISO()

test.group('Pages | edit forms carry the version (no lost updates)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a program edit from a stale version goes back to the form and changes nothing', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin')
    const program = await makeProgram({ name: 'Recurve Dasar', code: 'REC-01' })
    const editUrl = `/admin/programs/${program.id}/edit`

    const form = await client.get(editUrl).loginAs(admin)
    form.assertStatus(200)
    const version = versionField(form.text())
    assert.equal(version, iso(program))

    // Someone else saves the program meanwhile
    await client.put(`/admin/programs/${program.id}`).loginAs(admin).withCsrfToken().form({
      name: 'Recurve Lanjut',
      code: 'REC-01',
      level: 'intermediate',
      status: 'active',
      updated_at: version!,
    })
    await program.refresh()
    assert.equal(program.name, 'Recurve Lanjut')

    const stale = await client
      .put(`/admin/programs/${program.id}`)
      .header('referer', editUrl)
      .loginAs(admin)
      .withCsrfToken()
      .form({
        name: 'Recurve Pemula',
        code: 'REC-01',
        level: 'beginner',
        status: 'active',
        updated_at: version!,
      })
      .redirects(0)
    stale.assertStatus(302)
    assert.equal(stale.header('location'), editUrl)
    const flash = stale.flashMessages() as Record<string, any>
    assert.equal(flash.error, STALE_ID)
    assert.equal(flash.name, 'Recurve Pemula')

    await program.refresh()
    assert.equal(program.name, 'Recurve Lanjut')
    assert.equal(program.level, 'intermediate')

    const again = await client.get(editUrl).loginAs(admin).withFlashMessages(flash)
    assert.include(again.text(), STALE_ID)
    assert.include(again.text(), 'value="Recurve Pemula"')
    assert.equal(versionField(again.text()), version, 'saving again still asks for a reload')

    const reloaded = await client.get(editUrl).loginAs(admin)
    assert.equal(versionField(reloaded.text()), iso(program))
  })

  test('the English flash for a stale submit', async ({ client, assert }) => {
    const admin = await createUser('admin', { locale: 'en' })
    const program = await makeProgram()
    const version = iso(program)
    await Program.query()
      .where('id', program.id)
      .update({ updated_at: later(program) })

    const stale = await client
      .put(`/admin/programs/${program.id}`)
      .header('referer', `/admin/programs/${program.id}/edit`)
      .loginAs(admin)
      .withCsrfToken()
      .form({
        name: 'Renamed',
        code: program.code,
        level: 'beginner',
        status: 'active',
        updated_at: version!,
      })
      .redirects(0)
    stale.assertStatus(302)
    assert.equal(
      (stale.flashMessages() as Record<string, any>).error,
      'This was just changed by someone else. Reload the page and make your change again.'
    )
    await program.refresh()
    assert.notEqual(program.name, 'Renamed')
  })

  test('every edit page carries the version of what it shows', async ({ client, assert }) => {
    const admin = await createUser('admin')
    const coach = await makeCoach()
    const parent = await createUser()
    const room = await makeRoom()
    const slot = await makeSlot('07:00', '08:30')
    const trainingSession = await makeSession(coach, { date: localDate(2) })
    const child = await makeMember(parent)
    const series = await client
      .post('/api/v1/training-sessions/series')
      .json({
        title: 'Latihan Rutin',
        weekdays: ['mon', 'wed'],
        start_time: '16:00',
        end_time: '17:30',
        starts_on: localDate(1),
        ends_on: localDate(14),
        capacity: 10,
      })
      .withGuard('api')
      .loginAs(coach)
    series.assertStatus(201)
    const seriesId = series.body().data.series.id

    const pages: [string, User, string | null][] = [
      [`/admin/rooms/${room.id}/edit`, admin, iso(room)],
      [`/admin/session-times/${slot.id}/edit`, admin, iso(slot)],
      [`/admin/coaches/${coach.id}/edit`, admin, iso(coach)],
      [`/admin/sessions/${trainingSession.id}/edit`, admin, iso(trainingSession)],
      [`/admin/series/${seriesId}/edit`, admin, series.body().data.series.updated_at],
      [`/coach/sessions/${trainingSession.id}/edit`, coach, iso(trainingSession)],
      [`/parent/children/${child.id}/edit`, parent, iso(child)],
      ['/account/profile', parent, iso(parent)],
    ]
    for (const [url, user, version] of pages) {
      const page = await client.get(url).loginAs(user)
      page.assertStatus(200)
      assert.equal(versionField(page.text()), version, url)
    }

    const create = await client.get('/admin/programs/create').loginAs(admin)
    assert.isNull(versionField(create.text()))
  })

  test('a stale child edit and a stale session edit are refused; a fresh one saves', async ({
    client,
    assert,
  }) => {
    const parent = await createUser()
    const child = await makeMember(parent, { name: 'Rara' })
    const childVersion = iso(child)
    await Member.query()
      .where('id', child.id)
      .update({ school: 'SD 1', updated_at: later(child) })

    const staleChild = await client
      .put(`/parent/children/${child.id}`)
      .header('referer', `/parent/children/${child.id}/edit`)
      .loginAs(parent)
      .withCsrfToken()
      .form({ name: 'Rara Ayu', relationship: 'child', updated_at: childVersion! })
      .redirects(0)
    staleChild.assertStatus(302)
    assert.equal((staleChild.flashMessages() as Record<string, any>).error, STALE_ID)
    await child.refresh()
    assert.equal(child.name, 'Rara')

    const freshChild = await client
      .put(`/parent/children/${child.id}`)
      .loginAs(parent)
      .withCsrfToken()
      .form({ name: 'Rara Ayu', relationship: 'child', updated_at: iso(child)! })
      .redirects(0)
    freshChild.assertStatus(302)
    assert.equal(freshChild.header('location'), '/parent/children')
    await child.refresh()
    assert.equal(child.name, 'Rara Ayu')

    const coach = await makeCoach()
    const trainingSession = await makeSession(coach, { date: localDate(2), title: 'Pagi' })
    const sessionVersion = iso(trainingSession)
    await TrainingSession.query()
      .where('id', trainingSession.id)
      .update({ capacity: 12, updated_at: later(trainingSession) })
    const staleSession = await client
      .put(`/coach/sessions/${trainingSession.id}`)
      .header('referer', `/coach/sessions/${trainingSession.id}/edit`)
      .loginAs(coach)
      .withCsrfToken()
      .form({ title: 'Pagi Sekali', updated_at: sessionVersion! })
      .redirects(0)
    staleSession.assertStatus(302)
    assert.equal((staleSession.flashMessages() as Record<string, any>).error, STALE_ID)
    await trainingSession.refresh()
    assert.equal(trainingSession.title, 'Pagi')
  })
})
