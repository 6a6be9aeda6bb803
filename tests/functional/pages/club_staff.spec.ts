import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import MemberPackage from '#models/member_package'
import Package from '#models/package'
import MemberApprovedNotification from '#mails/member_approved_notification'
import { givePackage, makeMember, makePackage, makeSession, makeUser } from '../club/fixtures.js'

/**
 * A session that started half an hour ago with one confirmed booking
 */
async function startedSessionWithBooking() {
  const coach = await makeUser('coach')
  const session = await makeSession({ inHours: -0.5, coachId: coach.id, title: 'Sesi sore' })
  const parent = await makeUser()
  const child = await makeMember(parent, { name: 'Bima' })
  const memberPackage = await givePackage(child, 3)
  const booking = await Booking.create({
    trainingSessionId: session.id,
    memberId: child.id,
    memberPackageId: memberPackage.id,
    status: 'confirmed',
    bookedAt: DateTime.now().minus({ days: 1 }),
    confirmedAt: DateTime.now().minus({ days: 1 }),
  })
  await session.merge({ bookedCount: 1 }).save()
  return { coach, session, parent, child, memberPackage, booking }
}

test.group('Pages | club · coach roster', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('the coach sees the roster and marks present with one form post', async ({
    client,
    assert,
  }) => {
    const { coach, session, child, memberPackage } = await startedSessionWithBooking()

    const page = await client.get(`/coach/sessions/${session.id}/roster`).loginAs(coach)
    page.assertStatus(200)
    page.assertTextIncludes('Bima')
    page.assertTextIncludes('belum dicatat 1')

    const response = await client
      .post(`/coach/sessions/${session.id}/roster/${child.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .form({ status: 'present' })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), `/coach/sessions/${session.id}/roster`)

    const attendance = await Attendance.findByOrFail('member_id', child.id)
    assert.equal(attendance.status, 'present')
    await memberPackage.refresh()
    assert.equal(memberPackage.usedSessions, 1)

    const after = await client.get(`/coach/sessions/${session.id}/roster`).loginAs(coach)
    after.assertTextIncludes('Hadir 1')
  })

  test('roster.js gets JSON with the new totals; flipping never uses a second credit', async ({
    client,
    assert,
  }) => {
    const { coach, session, child, memberPackage } = await startedSessionWithBooking()
    for (const status of ['present', 'absent', 'present']) {
      const response = await client
        .post(`/coach/sessions/${session.id}/roster/${child.id}`)
        .loginAs(coach)
        .withCsrfToken()
        .header('accept', 'application/json')
        .form({ status })
      response.assertStatus(200)
      assert.equal(response.body().data.attendance_status, status)
    }
    const last = await client
      .post(`/coach/sessions/${session.id}/roster/${child.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .header('accept', 'application/json')
      .form({ status: 'absent' })
    assert.deepInclude(last.body().data.totals, { attended: 0, absent: 1, not_validated: 0 })
    await memberPackage.refresh()
    assert.equal(memberPackage.usedSessions, 1)
  })

  test('another coach and parents cannot open the roster nor mark', async ({ client, assert }) => {
    const { session, parent, child } = await startedSessionWithBooking()
    const otherCoach = await makeUser('coach')

    const page = await client.get(`/coach/sessions/${session.id}/roster`).loginAs(otherCoach)
    page.assertStatus(403)
    const parentPage = await client.get(`/coach/sessions/${session.id}/roster`).loginAs(parent)
    parentPage.assertStatus(403)

    await client
      .post(`/coach/sessions/${session.id}/roster/${child.id}`)
      .loginAs(otherCoach)
      .withCsrfToken()
      .form({ status: 'present' })
      .redirects(0)
    assert.isNull(await Attendance.findBy('member_id', child.id))
  })

  test('marking before the start is refused', async ({ client, assert }) => {
    const coach = await makeUser('coach')
    const session = await makeSession({ coachId: coach.id })
    const child = await makeMember(await makeUser())
    await Booking.create({ trainingSessionId: session.id, memberId: child.id, status: 'confirmed' })

    const response = await client
      .post(`/coach/sessions/${session.id}/roster/${child.id}`)
      .loginAs(coach)
      .withCsrfToken()
      .header('accept', 'application/json')
      .form({ status: 'present' })
    response.assertStatus(422)
    assert.equal(response.body().code, 'ATTENDANCE_INVALID_TIME')
  })
})

test.group('Pages | club · admin', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the approvals page lists pending members; approving tells the parent', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { mails } = mail.fake()
    cleanup(() => mail.restore())
    const admin = await makeUser('admin')
    const parent = await makeUser()
    const child = await makeMember(parent, { name: 'Laras', status: 'pending', approvedAt: null })
    await makeMember(parent, { name: 'Sudah Aktif' })

    const page = await client.get('/admin/members').loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Laras')
    assert.notInclude(page.text(), 'Sudah Aktif')

    await client
      .post(`/admin/members/${child.id}/approve`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    await child.refresh()
    assert.equal(child.status, 'active')
    mails.assertQueued(MemberApprovedNotification)
  })

  test('members and coaches cannot open the admin club pages', async ({ client }) => {
    const parent = await makeUser()
    const coach = await makeUser('coach')
    for (const user of [parent, coach]) {
      const members = await client.get('/admin/members').loginAs(user)
      members.assertStatus(403)
      const packages = await client.get('/admin/packages').loginAs(user)
      packages.assertStatus(403)
    }
  })

  test('an admin creates a package and assigns it to a member', async ({ client, assert }) => {
    const admin = await makeUser('admin')
    const child = await makeMember(await makeUser(), { name: 'Tari' })

    await client.post('/admin/packages').loginAs(admin).withCsrfToken().form({
      name: 'Paket Delapan',
      session_count: '8',
      duration_days: '30',
      price: '400000',
      description: '',
    })
    const pkg = await Package.findByOrFail('name', 'Paket Delapan')
    assert.equal(pkg.sessionCount, 8)
    const list = await client.get('/admin/packages').loginAs(admin)
    list.assertTextIncludes('Paket Delapan')

    const form = await client.get(`/admin/members/${child.id}/packages`).loginAs(admin)
    form.assertStatus(200)
    form.assertTextIncludes('Paket Delapan')

    const response = await client
      .post(`/admin/members/${child.id}/packages`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ package_id: pkg.id, start_date: '' })
      .redirects(0)
    response.assertStatus(302)
    const assigned = await MemberPackage.findByOrFail('member_id', child.id)
    assert.equal(assigned.totalSessions, 8)
    assert.equal(assigned.packageId, pkg.id)
  })

  test('a package with bad numbers comes back with errors and is not created', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    await makePackage({ name: 'Ada' })
    const response = await client
      .post('/admin/packages')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/admin/packages/new')
      .form({ name: 'Rusak', session_count: '0', duration_days: 'x', price: '1' })
      .redirects(0)
    response.assertStatus(302)
    assert.isNull(await Package.findBy('name', 'Rusak'))
  })
})
