import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import emitter from '@adonisjs/core/services/emitter'
import { DateTime } from 'luxon'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import type MemberPackage from '#models/member_package'
import User from '#models/user'
import type Member from '#models/member'
import type TrainingSession from '#models/training_session'
import AttendanceRecorded from '#events/attendance_recorded'
import { givePackage, makeMember, makeSession, makeUser } from './fixtures.js'

/**
 * A session that started `startedHoursAgo` hours ago with confirmed
 * bookings for `count` members (each with a 4-credit package)
 */
async function startedSession(count = 2, startedHoursAgo = 0.5) {
  const session = await makeSession({ inHours: -startedHoursAgo, capacity: 10 })
  const coach = await User.findOrFail(session.coachId)
  const seats: { member: Member; memberPackage: MemberPackage; booking: Booking; parent: User }[] =
    []
  for (let index = 0; index < count; index++) {
    const parent = await makeUser()
    const member = await makeMember(parent, { name: `Anggota ${index + 1}` })
    const memberPackage = await givePackage(member, 4)
    const booking = await Booking.create({
      trainingSessionId: session.id,
      memberId: member.id,
      memberPackageId: memberPackage.id,
      status: 'confirmed',
      bookedAt: DateTime.now().minus({ days: 1 }),
      confirmedAt: DateTime.now().minus({ days: 1 }),
    })
    seats.push({ member, memberPackage, booking, parent })
  }
  await session.merge({ bookedCount: count }).save()
  return { session, coach, seats }
}

function mark(client: any, session: TrainingSession, member: Member, user: User, status: string) {
  return client
    .put(`/api/v1/training-sessions/${session.id}/attendance/${member.id}`)
    .json({ status })
    .withGuard('api')
    .loginAs(user)
}

test.group('Club · attendance', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the coach marks present: one credit is used and remaining answered', async ({
    client,
    assert,
  }) => {
    const { session, coach, seats } = await startedSession(1)
    const [{ member, memberPackage }] = seats

    const response = await client
      .put(`/api/v1/training-sessions/${session.id}/attendance/${member.id}`)
      .json({ status: 'present', notes: 'Fokus bagus' })
      .withGuard('api')
      .loginAs(coach)
    response.assertStatus(200)
    response.assertBodyContains({
      data: {
        attendance: {
          member_id: member.id,
          member_name: 'Anggota 1',
          status: 'present',
          notes: 'Fokus bagus',
        },
        credit_consumed: true,
        remaining_sessions: 3,
      },
    })
    await memberPackage.refresh()
    assert.equal(memberPackage.usedSessions, 1)
  })

  test('present → absent → present → excused consumes exactly one credit', async ({
    client,
    assert,
  }) => {
    const { session, coach, seats } = await startedSession(1)
    const [{ member, memberPackage }] = seats
    const consumed = []
    for (const status of ['present', 'absent', 'present', 'excused', 'late']) {
      const response = await mark(client, session, member, coach, status)
      response.assertStatus(200)
      consumed.push(response.body().data.credit_consumed)
    }
    assert.deepEqual(consumed, [true, false, false, false, false])
    await memberPackage.refresh()
    assert.equal(memberPackage.usedSessions, 1)
    assert.equal(
      await Attendance.query()
        .where('member_id', member.id)
        .count('* as n')
        .then((r) => Number(r[0].$extras.n)),
      1
    )
  })

  test('excused uses no credit; a later present does', async ({ client, assert }) => {
    const { session, coach, seats } = await startedSession(1)
    const [{ member, memberPackage }] = seats
    await mark(client, session, member, coach, 'excused')
    await memberPackage.refresh()
    assert.equal(memberPackage.usedSessions, 0)
    await mark(client, session, member, coach, 'present')
    await memberPackage.refresh()
    assert.equal(memberPackage.usedSessions, 1)
  })

  test('the last credit makes the package exhausted', async ({ client, assert }) => {
    const { session, coach, seats } = await startedSession(1)
    const [{ member, memberPackage }] = seats
    await memberPackage.merge({ usedSessions: 3 }).save()
    await mark(client, session, member, coach, 'absent')
    await memberPackage.refresh()
    assert.equal(memberPackage.usedSessions, 4)
    assert.equal(memberPackage.status, 'exhausted')
  })

  test('not before the session starts (422 ATTENDANCE_INVALID_TIME)', async ({
    client,
    assert,
  }) => {
    const { session, coach, seats } = await startedSession(1, -2)
    const response = await mark(client, session, seats[0].member, coach, 'present')
    response.assertStatus(422)
    response.assertBodyContains({ code: 'ATTENDANCE_INVALID_TIME' })
    assert.isNull(await Attendance.query().first())
  })

  test('only for members with a confirmed booking', async ({ client }) => {
    const { session, coach } = await startedSession(1)
    const stranger = await makeMember(await makeUser())
    const response = await mark(client, session, stranger, coach, 'present')
    response.assertStatus(422)
    response.assertBodyContains({ code: 'ATTENDANCE_NOT_BOOKED', errors: { member_id: [] } })
  })

  test('only the session’s coach or an admin', async ({ client }) => {
    const { session, seats } = await startedSession(1)
    const otherCoach = await makeUser('coach')
    const forbidden = await mark(client, session, seats[0].member, otherCoach, 'present')
    forbidden.assertStatus(403)
    const parent = await mark(client, session, seats[0].member, seats[0].parent, 'present')
    parent.assertStatus(403)
    const admin = await mark(client, session, seats[0].member, await makeUser('admin'), 'present')
    admin.assertStatus(200)
  })

  test('a cancelled session takes no attendance', async ({ client }) => {
    const { session, coach, seats } = await startedSession(1)
    await session.merge({ status: 'cancelled' }).save()
    const response = await mark(client, session, seats[0].member, coach, 'present')
    response.assertStatus(409)
    response.assertBodyContains({ code: 'ATTENDANCE_SESSION_CANCELLED' })
  })

  test('bulk: all or nothing', async ({ client, assert }) => {
    const events = emitter.fake([AttendanceRecorded])
    const { session, coach, seats } = await startedSession(3)
    const stranger = await makeMember(await makeUser())

    const refused = await client
      .put(`/api/v1/training-sessions/${session.id}/attendance`)
      .json({
        attendances: [
          { member_id: seats[0].member.id, status: 'present' },
          { member_id: stranger.id, status: 'present' },
        ],
      })
      .withGuard('api')
      .loginAs(coach)
    refused.assertStatus(422)
    refused.assertBodyContains({ errors: { 'attendances.1.member_id': [] } })
    assert.isNull(await Attendance.query().first())

    const response = await client
      .put(`/api/v1/training-sessions/${session.id}/attendance`)
      .json({
        attendances: [
          { member_id: seats[0].member.id, status: 'present' },
          { member_id: seats[1].member.id, status: 'absent', notes: 'Tanpa kabar' },
          { member_id: seats[2].member.id, status: 'excused' },
        ],
      })
      .withGuard('api')
      .loginAs(coach)
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((row: any) => [row.attendance.status, row.credit_consumed]),
      [
        ['present', true],
        ['absent', true],
        ['excused', false],
      ]
    )
    events.assertEmitted(AttendanceRecorded)
    emitter.restore()

    const duplicate = await client
      .put(`/api/v1/training-sessions/${session.id}/attendance`)
      .json({
        attendances: [
          { member_id: seats[0].member.id, status: 'present' },
          { member_id: seats[0].member.id, status: 'absent' },
        ],
      })
      .withGuard('api')
      .loginAs(coach)
    duplicate.assertStatus(422)
  })

  test('the roster shows bookings, attendance and totals', async ({ client, assert }) => {
    const { session, coach, seats } = await startedSession(3)
    await mark(client, session, seats[0].member, coach, 'present')
    await mark(client, session, seats[1].member, coach, 'absent')

    const response = await client
      .get(`/api/v1/training-sessions/${session.id}/roster`)
      .withGuard('api')
      .loginAs(coach)
    response.assertStatus(200)
    response.assertBodyContains({
      data: {
        session: { id: session.id, booked_count: 3 },
        total_bookings: 3,
        attended: 1,
        absent: 1,
        not_validated: 1,
      },
    })
    assert.deepEqual(
      response.body().data.bookings.map((row: any) => [row.member_name, row.attendance_status]),
      [
        ['Anggota 1', 'present'],
        ['Anggota 2', 'absent'],
        ['Anggota 3', null],
      ]
    )

    const otherCoach = await client
      .get(`/api/v1/training-sessions/${session.id}/roster`)
      .withGuard('api')
      .loginAs(await makeUser('coach'))
    otherCoach.assertStatus(403)
  })

  test('a member’s attendance history with summary and rate; owners only', async ({ client }) => {
    const parent = await makeUser()
    const member = await makeMember(parent, { name: 'Rara' })
    const memberPackage = await givePackage(member, 10)
    for (const [hoursAgo, status] of [
      [72, 'present'],
      [48, 'late'],
      [24, 'absent'],
      [2, 'present'],
    ] as const) {
      const session = await makeSession({ inHours: -hoursAgo })
      const booking = await Booking.create({
        trainingSessionId: session.id,
        memberId: member.id,
        memberPackageId: memberPackage.id,
        status: 'confirmed',
        bookedAt: DateTime.now().minus({ days: 5 }),
      })
      await Attendance.create({
        trainingSessionId: session.id,
        memberId: member.id,
        bookingId: booking.id,
        status,
        validatedAt: DateTime.now(),
      })
    }

    const response = await client
      .get(`/api/v1/members/${member.id}/attendance`)
      .qs({ limit: 2 })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(200)
    response.assertBodyContains({
      data: {
        member: { id: member.id },
        summary: { total: 4, present: 2, late: 1, absent: 1, total_attended: 3, rate: 75 },
        history: [{ attendance_status: 'present' }, { attendance_status: 'absent' }],
      },
      meta: { total_items: 4, total_pages: 2 },
    })

    const stranger = await client
      .get(`/api/v1/members/${member.id}/attendance`)
      .withGuard('api')
      .loginAs(await makeUser())
    stranger.assertStatus(404)

    const coach = await client
      .get(`/api/v1/members/${member.id}/attendance`)
      .withGuard('api')
      .loginAs(await makeUser('coach'))
    coach.assertStatus(200)
  })
})

test.group('Club · dashboards', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a parent’s dashboard: members with quota, upcoming bookings, attendance', async ({
    client,
    assert,
  }) => {
    const parent = await makeUser()
    const rara = await makeMember(parent, { name: 'Rara' })
    await makeMember(parent, { name: 'Dimas', status: 'pending' })
    await givePackage(rara, 8)
    const session = await makeSession({ inHours: 30 })
    await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: rara.id })
      .withGuard('api')
      .loginAs(parent)

    const response = await client.get('/api/v1/me/dashboard').withGuard('api').loginAs(parent)
    response.assertStatus(200)
    const data = response.body().data
    const byName = Object.fromEntries(data.members.map((m: any) => [m.name, m]))
    assert.equal(byName.Rara.quota.total_sessions, 8)
    assert.equal(byName.Rara.quota.remaining_sessions, 7)
    assert.equal(byName.Rara.remaining_sessions, 7)
    assert.isNull(byName.Dimas.quota)
    assert.lengthOf(data.upcoming_bookings, 1)
    assert.equal(data.upcoming_bookings[0].training_session.id, session.id)
    assert.deepEqual(data.attendance.history, [])
    assert.equal(data.attendance.statistics.total_attended, 0)

    // another family's dashboard shows none of it
    const other = await client
      .get('/api/v1/me/dashboard')
      .withGuard('api')
      .loginAs(await makeUser())
    assert.lengthOf(other.body().data.members, 0)
    assert.lengthOf(other.body().data.upcoming_bookings, 0)
  })

  test('the admin dashboard counts members and lists today’s sessions', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const parent = await makeUser()
    await makeMember(parent, { status: 'pending', name: 'Menunggu' })
    await makeMember(parent)
    const dayStart = DateTime.now().setZone('Asia/Jakarta').startOf('day')
    const today = await makeSession({
      startsAt: dayStart.plus({ minutes: 1 }),
      endsAt: dayStart.plus({ minutes: 61 }),
    })
    const tomorrow = await makeSession({
      startsAt: dayStart.plus({ days: 1, hours: 1 }),
      endsAt: dayStart.plus({ days: 1, hours: 2 }),
    })

    const response = await client.get('/api/v1/admin/dashboard').withGuard('api').loginAs(admin)
    response.assertStatus(200)
    const data = response.body().data
    assert.equal(data.statistics.pending_members, 1)
    assert.equal(data.statistics.active_members, 1)
    assert.equal(data.recent.pending_members[0].name, 'Menunggu')
    const listed = data.today_sessions.map((row: any) => row.id)
    assert.include(listed, today.id)
    assert.notInclude(listed, tomorrow.id)

    const parentView = await client.get('/api/v1/admin/dashboard').withGuard('api').loginAs(parent)
    parentView.assertStatus(403)
  })
})

test.group('Club · online sessions: presences and join', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  /**
   * An online coaching session starting in `inMinutes` minutes (one hour
   * long) with one booked participant
   */
  async function onlineSession(inMinutes: number) {
    const session = await makeSession({
      kind: 'coaching',
      delivery: 'online',
      meetingUrl: 'https://meet.example.com/latih-coaching',
      inHours: inMinutes / 60,
    })
    const parent = await makeUser()
    const member = await makeMember(parent, { name: 'Siti' })
    const absentee = await makeMember(await makeUser(), { name: 'Bima' })
    for (const who of [member, absentee]) {
      await Booking.create({
        trainingSessionId: session.id,
        memberId: who.id,
        status: 'confirmed',
        bookedAt: DateTime.now().minus({ days: 1 }),
      })
    }
    return { session, parent, member }
  }

  test('a participant joins from 15 minutes before: 302 to the meeting, presence recorded', async ({
    client,
    assert,
  }) => {
    const { session, parent, member } = await onlineSession(10)
    const response = await client
      .post(`/api/v1/training-sessions/${session.id}/join`)
      .redirects(0)
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(302)
    assert.equal(response.header('location'), 'https://meet.example.com/latih-coaching')

    const attendance = await Attendance.query().where('member_id', member.id).firstOrFail()
    assert.equal(attendance.status, 'present')
    assert.isNotNull(attendance.joinedAt)

    const presences = await client
      .get(`/api/v1/training-sessions/${session.id}/presences`)
      .withGuard('api')
      .loginAs(parent)
    presences.assertStatus(200)
    // a participant sees their own family, never another family's child
    assert.deepEqual(
      presences.body().data.map((row: any) => [row.member.name, row.status]),
      [['Siti', 'present']]
    )
    assert.equal(presences.body().meta.total_items, 1)

    const coach = await User.findOrFail(session.coachId)
    const audience = await client
      .get(`/api/v1/training-sessions/${session.id}/presences`)
      .withGuard('api')
      .loginAs(coach)
    assert.deepEqual(
      audience.body().data.map((row: any) => [row.member.name, row.status]),
      [
        ['Bima', 'absent'],
        ['Siti', 'present'],
      ]
    )
  })

  test('outside the window is a 422', async ({ client }) => {
    const early = await onlineSession(30)
    const tooEarly = await client
      .post(`/api/v1/training-sessions/${early.session.id}/join`)
      .redirects(0)
      .withGuard('api')
      .loginAs(early.parent)
    tooEarly.assertStatus(422)
    tooEarly.assertBodyContains({ code: 'JOIN_OUTSIDE_WINDOW' })

    const over = await onlineSession(-120)
    const tooLate = await client
      .post(`/api/v1/training-sessions/${over.session.id}/join`)
      .redirects(0)
      .withGuard('api')
      .loginAs(over.parent)
    tooLate.assertStatus(422)
  })

  test('non-participants get a 403 and cannot list the audience', async ({ client }) => {
    const { session } = await onlineSession(5)
    const stranger = await makeUser()
    const join = await client
      .post(`/api/v1/training-sessions/${session.id}/join`)
      .redirects(0)
      .withGuard('api')
      .loginAs(stranger)
    join.assertStatus(403)
    const list = await client
      .get(`/api/v1/training-sessions/${session.id}/presences`)
      .withGuard('api')
      .loginAs(stranger)
    list.assertStatus(403)
  })
})
