import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import type Member from '#models/member'
import type TrainingSession from '#models/training_session'
import MemberPackage from '#models/member_package'
import { givePackage, makeMember, makeSession, makeUser } from '../club/fixtures.js'
import { truncateAfterRace } from '../race_database.js'

async function book(session: TrainingSession, member: Member, withCredit = true) {
  const memberPackage = withCredit ? await givePackage(member, 4) : null
  return Booking.create({
    trainingSessionId: session.id,
    memberId: member.id,
    memberPackageId: memberPackage?.id ?? null,
    status: 'confirmed',
    bookedAt: DateTime.now().minus({ days: 1 }),
    confirmedAt: DateTime.now().minus({ days: 1 }),
  })
}

/**
 * A session that started half an hour ago with three booked members
 */
async function startedSession(status: TrainingSession['status'] = 'open') {
  const coach = await makeUser('coach')
  const session = await makeSession({ inHours: -0.5, coachId: coach.id, status })
  const parent = await makeUser()
  const members = [
    await makeMember(parent, { name: 'Ayu' }),
    await makeMember(parent, { name: 'Bima' }),
    await makeMember(parent, { name: 'Citra' }),
  ]
  for (const member of members) await book(session, member)
  await session.merge({ bookedCount: members.length }).save()
  return { coach, session, members }
}

const statusOf = async (session: TrainingSession, member: Member) => {
  const row = await Attendance.query()
    .where('training_session_id', session.id)
    .where('member_id', member.id)
    .first()
  return row?.status ?? null
}

test.group('Pages | roster', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('mark all present marks every unmarked member and keeps those already marked', async ({
    client,
    assert,
  }) => {
    const { coach, session, members } = await startedSession()
    const [ayu, bima, citra] = members
    await client
      .post(`/coach/sessions/${session.id}/roster/${bima.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .form({ status: 'absent' })
      .redirects(0)

    const response = await client
      .post(`/coach/sessions/${session.id}/roster/all`)
      .loginAs(coach)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), `/coach/sessions/${session.id}/roster`)

    assert.equal(await statusOf(session, ayu), 'present')
    assert.equal(await statusOf(session, bima), 'absent')
    assert.equal(await statusOf(session, citra), 'present')
    const credited = await Booking.query()
      .where('training_session_id', session.id)
      .whereNotNull('credit_used_at')
    assert.lengthOf(credited, 3)

    const page = await client.get(`/coach/sessions/${session.id}/roster`).loginAs(coach)
    page.assertTextIncludes('Hadir 2 · izin 0 · tidak hadir 1 · belum dicatat 0 · dari 3')
  })

  test('mark all answers roster.js with every status and the totals', async ({
    client,
    assert,
  }) => {
    const { coach, session, members } = await startedSession()
    const response = await client
      .post(`/coach/sessions/${session.id}/roster/all`)
      .loginAs(coach)
      .withCsrfToken()
      .header('accept', 'application/json')
    response.assertStatus(200)
    const data = response.body().data
    assert.equal(data.marked, 3)
    assert.deepInclude(data.totals, { attended: 3, not_validated: 0, total_bookings: 3 })
    assert.sameMembers(
      data.attendance.map((item: { member_id: string; status: string }) => item.member_id),
      members.map((member) => member.id)
    )

    const again = await client
      .post(`/coach/sessions/${session.id}/roster/all`)
      .loginAs(coach)
      .withCsrfToken()
      .header('accept', 'application/json')
    assert.equal(again.body().data.marked, 0)
  })

  test('late and excused with a note; excused uses no credit', async ({ client, assert }) => {
    const { coach, session, members } = await startedSession()
    const [ayu, bima] = members

    const late = await client
      .post(`/coach/sessions/${session.id}/roster/${ayu.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .form({ status: 'late', notes: 'Datang 15 menit terlambat' })
      .redirects(0)
    late.assertStatus(302)
    const excused = await client
      .post(`/coach/sessions/${session.id}/roster/${bima.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .header('accept', 'application/json')
      .form({ status: 'excused', notes: 'Sakit' })
    excused.assertStatus(200)
    assert.equal(excused.body().data.attendance_status, 'excused')
    assert.equal(excused.body().data.notes, 'Sakit')

    const ayuRow = await Attendance.findByOrFail('member_id', ayu.id)
    assert.equal(ayuRow.status, 'late')
    assert.equal(ayuRow.notes, 'Datang 15 menit terlambat')
    const bimaRow = await Attendance.findByOrFail('member_id', bima.id)
    assert.equal(bimaRow.status, 'excused')
    const bimaBooking = await Booking.query()
      .where('training_session_id', session.id)
      .where('member_id', bima.id)
      .firstOrFail()
    assert.isNull(bimaBooking.creditUsedAt)

    const page = await client.get(`/coach/sessions/${session.id}/roster`).loginAs(coach)
    page.assertTextIncludes('Datang 15 menit terlambat')
    page.assertTextIncludes('value="Sakit"')
    page.assertTextIncludes('izin 1')

    // an empty note clears it
    await client
      .post(`/coach/sessions/${session.id}/roster/${bima.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .form({ status: 'excused', notes: '' })
    await bimaRow.refresh()
    assert.isNull(bimaRow.notes)
  })

  test('an unknown status is refused', async ({ client, assert }) => {
    const { coach, session, members } = await startedSession()
    const response = await client
      .post(`/coach/sessions/${session.id}/roster/${members[0].id}`)
      .loginAs(coach)
      .withCsrfToken()
      .header('accept', 'application/json')
      .form({ status: 'asleep' })
    response.assertStatus(422)
    assert.isNull(await statusOf(session, members[0]))
  })

  test('another coach and a parent get 403 on the roster and mark all; admins may', async ({
    client,
    assert,
  }) => {
    const { session, members } = await startedSession()
    const otherCoach = await makeUser('coach')
    const parent = await makeUser()
    for (const user of [otherCoach, parent]) {
      const page = await client.get(`/coach/sessions/${session.id}/roster`).loginAs(user)
      page.assertStatus(403)
      const markAll = await client
        .post(`/coach/sessions/${session.id}/roster/all`)
        .loginAs(user)
        .withCsrfToken()
        .header('accept', 'application/json')
      markAll.assertStatus(403)
    }
    assert.isNull(await statusOf(session, members[0]))

    const admin = await makeUser('admin')
    const page = await client.get(`/coach/sessions/${session.id}/roster`).loginAs(admin)
    page.assertStatus(200)

    const missing = await client
      .post(`/coach/sessions/00000000-0000-4000-8000-000000000000/roster/all`)
      .loginAs(admin)
      .withCsrfToken()
      .header('accept', 'application/json')
    missing.assertStatus(404)
  })

  test('before the start, mark all is refused and the page says when it opens', async ({
    client,
    assert,
  }) => {
    const coach = await makeUser('coach')
    const session = await makeSession({ coachId: coach.id })
    const member = await makeMember(await makeUser())
    await book(session, member)

    const page = await client.get(`/coach/sessions/${session.id}/roster`).loginAs(coach)
    page.assertTextIncludes('Kehadiran bisa dicatat setelah sesi dimulai.')
    assert.notInclude(page.text(), 'data-roster-mark-all')

    const response = await client
      .post(`/coach/sessions/${session.id}/roster/all`)
      .loginAs(coach)
      .withCsrfToken()
      .header('accept', 'application/json')
    response.assertStatus(422)
    assert.equal(response.body().code, 'ATTENDANCE_INVALID_TIME')
  })

  test('close, start and complete the session from the roster and come back to it', async ({
    client,
    assert,
  }) => {
    const { coach, session } = await startedSession('open')
    const roster = `/coach/sessions/${session.id}/roster`

    for (const [action, status] of [
      ['close', 'closed'],
      ['start', 'ongoing'],
      ['complete', 'completed'],
    ] as const) {
      const page = await client.get(roster).loginAs(coach)
      page.assertTextIncludes(`action="/coach/sessions/${session.id}/${action}"`)
      const response = await client
        .post(`/coach/sessions/${session.id}/${action}`)
        .loginAs(coach)
        .withCsrfToken()
        .form({ return_to: 'roster' })
        .redirects(0)
      response.assertStatus(302)
      assert.equal(response.header('location'), roster)
      await session.refresh()
      assert.equal(session.status, status)
    }
    const done = await client.get(roster).loginAs(coach)
    assert.notInclude(done.text(), `action="/coach/sessions/${session.id}/complete"`)
  })
})

/**
 * Real parallel requests (no global transaction: it would serialize them on
 * one connection); the tables are emptied after each test
 */
test.group('Pages | roster · races', (group) => {
  group.each.setup(truncateAfterRace)
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('mark all racing single taps never overwrites a tap nor uses a credit twice', async ({
    client,
    assert,
  }) => {
    const { coach, session, members } = await startedSession()
    const [ayu, bima, citra] = members
    const json = (path: string, form: Record<string, string> = {}) =>
      client
        .post(path)
        .loginAs(coach)
        .withCsrfToken()
        .header('accept', 'application/json')
        .form(form)

    const responses = await Promise.all([
      json(`/coach/sessions/${session.id}/roster/all`),
      json(`/coach/sessions/${session.id}/roster/${bima.id}`, { status: 'absent' }),
      json(`/coach/sessions/${session.id}/roster/${citra.id}`, { status: 'excused' }),
      json(`/coach/sessions/${session.id}/roster/all`),
    ])
    for (const response of responses) {
      assert.isBelow(response.status(), 500)
      response.assertStatus(200)
    }

    assert.equal(await statusOf(session, ayu), 'present')
    assert.equal(await statusOf(session, bima), 'absent')
    assert.equal(await statusOf(session, citra), 'excused')
    const attendances = await Attendance.query().where('training_session_id', session.id)
    assert.lengthOf(attendances, 3)
    const used = await MemberPackage.query().whereIn(
      'member_id',
      members.map((member) => member.id)
    )
    // present and absent use their credit once; excused may have used one
    // when mark all came first (a status change never gives it back)
    for (const row of used) {
      assert.isAtMost(row.usedSessions, 1)
    }
  })
})
