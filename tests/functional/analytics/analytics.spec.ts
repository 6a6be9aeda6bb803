import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { createAdmin, createMember, createSession } from '#tests/fixtures'
import { jakarta, sell, septemberClub } from './fixtures.js'

/*
| Every figure below is counted by hand from the rows septemberClub()
| writes (tests/functional/analytics/fixtures.ts), never by the query
| under test. The period is September 2026 in club dates (Asia/Jakarta).
*/
const SEPTEMBER = { from: '2026-09-01', to: '2026-09-30' }

test.group('Analytics API · figures against the rows', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the dashboard counts September as the club’s calendar has it', async ({
    client,
    assert,
  }) => {
    const club = await septemberClub()
    const admin = await createAdmin()
    await createMember(null, { status: 'pending' })
    await createMember(null, { status: 'rejected' })
    await db
      .from('members')
      .where('id', club.m4.id)
      .update({ created_at: jakarta('2026-09-15T09:00').toJSDate() })
    await sell(club.m2, 90_000, DateTime.now())
    await createSession({ coach: club.coach, startsAt: DateTime.now().plus({ days: 3 }) })

    const response = await client
      .get(urlFor('api.v1.analytics.dashboard'))
      .qs(SEPTEMBER)
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)
    const data = response.body().data
    assert.deepEqual(data.period, { ...SEPTEMBER, time_zone: 'Asia/Jakarta' })
    // m1–m4 and the pending one; the rejected one is not a member
    assert.deepEqual(data.members, {
      total: 5,
      active: 4,
      pending: 1,
      new_this_month: 4,
      new_in_period: 1,
    })
    assert.deepEqual(data.coaches, { total: 2, active: 2 })
    assert.deepEqual(data.programs, { total: 2, active: 2 })
    // made in September: m1's (approved) and m3's (pending); m2's was
    // approved this month
    assert.deepEqual(data.enrollments, { total: 2, pending: 1, approved_this_month: 1 })
    // first, s1, s2, edge, s5 held; s3 cancelled; one upcoming
    assert.deepEqual(data.sessions, { upcoming: 1, today: 0, held: 5, cancelled: 1 })
    // s1: present, late, absent; s2: excused; edge: present; s5: present
    assert.equal(data.attendance.recorded, 6)
    assert.equal(data.attendance.attended, 4)
    assert.equal(data.attendance.overall_rate, 0.6667)
    assert.isNull(data.attendance.today_rate)
    // packages: m1's 200 000 (m2's cancelled, m3's in October, m4's on
    // 31 August Jakarta time); seats: s1 2 × 50 000, edge 30 000, s5 50 000
    assert.deepEqual(data.revenue, {
      total: 380_000,
      packages: 200_000,
      sessions: 180_000,
      this_month: 90_000,
    })

    const weeks = data.trends.attendance_per_week
    assert.equal(weeks[0].week_start, '2026-08-31')
    assert.equal(weeks.at(-1).week_start, '2026-09-28')
    assert.deepInclude(weeks, { week_start: '2026-08-31', recorded: 3, attended: 2, rate: 0.6667 })
    assert.deepInclude(weeks, { week_start: '2026-09-07', recorded: 2, attended: 1, rate: 0.5 })
    assert.deepInclude(weeks, { week_start: '2026-09-28', recorded: 1, attended: 1, rate: 1 })
    assert.deepInclude(weeks, { week_start: '2026-09-21', recorded: 0, attended: 0, rate: null })
    assert.deepEqual(
      data.trends.bookings_per_program.map((row: any) => [row.program.id, row.total]),
      [
        [club.p1.id, 5],
        [club.p2.id, 3],
      ]
    )
    assert.deepEqual(data.trends.members_per_month, [{ month: '2026-09', joined: 1, total: 1 }])
  })

  test('bookings by status and program, and the ones made this month', async ({
    client,
    assert,
  }) => {
    const club = await septemberClub()
    const admin = await createAdmin()
    const response = await client
      .get(urlFor('api.v1.analytics.bookings'))
      .qs(SEPTEMBER)
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)
    const data = response.body().data
    assert.equal(data.total_bookings, 8)
    assert.equal(data.confirmed_bookings, 6)
    assert.equal(data.waitlisted_bookings, 1)
    assert.equal(data.cancelled_bookings, 1)
    // s4's and s5's bookings were made today
    assert.equal(data.bookings_this_month, 2)
    assert.deepEqual(data.bookings_by_program, [
      {
        program: {
          id: club.p1.id,
          name: 'Panahan A',
          code: data.bookings_by_program[0].program.code,
        },
        confirmed: 4,
        waitlisted: 0,
        cancelled: 1,
        total: 5,
      },
      {
        program: {
          id: club.p2.id,
          name: 'Panahan B',
          code: data.bookings_by_program[1].program.code,
        },
        confirmed: 2,
        waitlisted: 1,
        cancelled: 0,
        total: 3,
      },
    ])
  })

  test('a program: enrollments, sessions, attendance, revenue and the trend', async ({
    client,
    assert,
  }) => {
    const club = await septemberClub()
    const response = await client
      .get(urlFor('api.v1.analytics.programs', { id: club.p1.id }))
      .qs(SEPTEMBER)
      .withGuard('api')
      .loginAs(club.coach)
    response.assertStatus(200)
    const data = response.body().data
    assert.equal(data.program.id, club.p1.id)
    assert.deepEqual(data.enrollments, {
      total: 2,
      pending: 1,
      approved: 1,
      rejected: 0,
      cancelled: 0,
    })
    assert.deepEqual(data.sessions, { scheduled: 3, held: 3, cancelled: 1 })
    assert.deepEqual(data.attendance, { recorded: 4, attended: 3, rate: 0.75 })
    assert.equal(data.average_attendance_rate, 0.75)
    assert.equal(data.revenue, 150_000)
    assert.deepEqual(data.enrollment_trend, [{ month: '2026-09', count: 2 }])
  })

  test('a member: enrollments and attendance, in all and per program', async ({
    client,
    assert,
  }) => {
    const club = await septemberClub()
    const response = await client
      .get(urlFor('api.v1.analytics.members', { id: club.m1.id }))
      .qs(SEPTEMBER)
      .withGuard('api')
      .loginAs(club.parent)
    response.assertStatus(200)
    const data = response.body().data
    assert.equal(data.member.id, club.m1.id)
    assert.deepEqual(data.enrollments, {
      total: 1,
      pending: 0,
      approved: 1,
      rejected: 0,
      cancelled: 0,
    })
    // s1 present, s2 excused (s3 was cancelled, s4 is October)
    assert.deepEqual(data.attendance, {
      recorded: 2,
      present: 1,
      late: 0,
      absent: 0,
      excused: 1,
      attended: 1,
      rate: 0.5,
    })
    assert.deepEqual(
      data.programs.map((row: any) => [
        row.program.id,
        row.enrollment_status,
        row.attendance.recorded,
        row.attendance.rate,
      ]),
      [
        [club.p1.id, 'approved', 1, 1],
        [club.p2.id, null, 1, 0],
      ]
    )
  })

  test('a coach: their sessions only', async ({ client, assert }) => {
    const club = await septemberClub()
    const response = await client
      .get(urlFor('api.v1.analytics.coaches', { id: club.coach.id }))
      .qs(SEPTEMBER)
      .withGuard('api')
      .loginAs(club.coach)
    response.assertStatus(200)
    const data = response.body().data
    assert.equal(data.programs_taught, 2)
    // m1, m2, m3 (m4 only waitlisted; s5 is the other coach's)
    assert.equal(data.members, 3)
    assert.deepEqual(data.sessions, { scheduled: 4, held: 4, cancelled: 1 })
    assert.deepEqual(data.attendance, { recorded: 5, attended: 3, rate: 0.6 })
    assert.equal(data.attendance_rate, 0.6)
    assert.deepEqual(
      data.programs.map((row: any) => [
        row.program.id,
        row.sessions_held,
        row.members,
        row.attendance.recorded,
        row.attendance.attended,
      ]),
      [
        [club.p1.id, 2, 3, 3, 2],
        [club.p2.id, 2, 2, 2, 1],
      ]
    )
    assert.deepEqual(data.trends.members_per_month, [{ month: '2026-09', members: 3 }])
  })
})

test.group('Analytics API · who may read', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a member’s analytics are refused to another family', async ({ client }) => {
    const club = await septemberClub()
    const response = await client
      .get(urlFor('api.v1.analytics.members', { id: club.m1.id }))
      .withGuard('api')
      .loginAs(club.otherParent)
    response.assertStatus(404)
    response.assertBodyContains({ code: 'MEMBER_NOT_FOUND' })
  })

  test('a coach reads their own figures, not another coach’s', async ({ client }) => {
    const club = await septemberClub()
    const response = await client
      .get(urlFor('api.v1.analytics.coaches', { id: club.coach.id }))
      .withGuard('api')
      .loginAs(club.otherCoach)
    response.assertStatus(403)
  })

  test('a period that ends before it starts is a 422; an unknown key too', async ({ client }) => {
    const admin = await createAdmin()
    const backwards = await client
      .get(urlFor('api.v1.analytics.dashboard'))
      .qs({ from: '2026-09-30', to: '2026-09-01' })
      .withGuard('api')
      .loginAs(admin)
    backwards.assertStatus(422)
    const unknown = await client
      .get(urlFor('api.v1.analytics.bookings'))
      .qs({ since: '2026-09-01' })
      .withGuard('api')
      .loginAs(admin)
    unknown.assertStatus(422)
  })
})
