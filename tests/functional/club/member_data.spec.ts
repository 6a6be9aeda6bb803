import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import Member from '#models/member'
import Notification from '#models/notification'
import TrainingSession from '#models/training_session'
import { createBooking } from '#actions/bookings/create_booking'
import { ERASED_NAME } from '#actions/members/member_data'
import {
  createAdmin,
  createCoach,
  createMember,
  createParent,
  createSession,
  givePackage,
  localDateTime,
  localDate,
} from '#tests/fixtures'

/**
 * A family's data rights (issue 14, UU PDP / GDPR): a parent or an admin
 * exports everything about a member, or has it erased — anonymised, with
 * the counts kept
 */
async function family() {
  const parent = await createParent()
  const child = await createMember(parent, {
    name: 'Rara Wijaya',
    school: 'SD 3 Bandung',
    notes: 'Alergi kacang',
  })
  const credits = await givePackage(child, 4)
  const coach = await createCoach()
  const upcoming = await createSession({ coach, status: 'open', capacity: 4, time: '10:00' })
  const { booking } = await createBooking({
    actor: parent,
    trainingSessionId: upcoming.id,
    memberId: child.id,
    notes: 'Datang terlambat',
  })
  const past = await createSession({
    coach,
    status: 'completed',
    startsAt: localDateTime(localDate(-3), '10:00'),
  })
  await Attendance.create({
    trainingSessionId: past.id,
    memberId: child.id,
    status: 'present',
    feedback: 'Rara fokus sekali hari ini',
  })
  await Notification.create({
    userId: parent.id,
    type: 'member_approved',
    params: { member: child.name },
    data: { member_id: child.id },
  })
  return { parent, child, credits, coach, upcoming, booking }
}

test.group('Club | a member’s data: export and erase', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the parent and an admin export everything; another family and coaches get 404', async ({
    client,
    assert,
  }) => {
    const { parent, child, booking, coach } = await family()
    const url = urlFor('api.v1.members.export', { id: child.id })

    const own = await client.get(url).withGuard('api').loginAs(parent)
    own.assertStatus(200)
    const data = own.body().data
    assert.equal(data.member.name, 'Rara Wijaya')
    assert.equal(data.member.school, 'SD 3 Bandung')
    assert.deepEqual(
      data.bookings.map((row: { id: string }) => row.id),
      [booking.id]
    )
    assert.equal(data.attendances[0].feedback, 'Rara fokus sekali hari ini')
    assert.lengthOf(data.packages, 1)
    assert.sameMembers(
      data.notifications.map((row: { type: string }) => row.type),
      ['booking_confirmed', 'member_approved']
    )

    const admin = await client
      .get(url)
      .withGuard('api')
      .loginAs(await createAdmin())
    admin.assertStatus(200)
    for (const stranger of [await createParent(), coach]) {
      const refused = await client.get(url).withGuard('api').loginAs(stranger)
      refused.assertStatus(404)
      refused.assertBodyContains({ code: 'MEMBER_NOT_FOUND' })
    }
  })

  test('erasing anonymises the member, frees the upcoming seat and credit, and keeps the counts', async ({
    client,
    assert,
  }) => {
    const { parent, child, upcoming, booking, credits } = await family()
    const url = urlFor('api.v1.members.erase', { id: child.id })

    const unconfirmed = await client.post(url).json({}).withGuard('api').loginAs(parent)
    unconfirmed.assertStatus(422)
    const untouched = await Member.findOrFail(child.id)
    assert.equal(untouched.name, 'Rara Wijaya')

    const stranger = await client
      .post(url)
      .json({ confirm: true })
      .withGuard('api')
      .loginAs(await createParent())
    stranger.assertStatus(404)

    const erased = await client.post(url).json({ confirm: true }).withGuard('api').loginAs(parent)
    erased.assertStatus(200)

    const member = await Member.findOrFail(child.id)
    assert.equal(member.name, ERASED_NAME)
    assert.isNull(member.school)
    assert.isNull(member.notes)
    assert.isNull(member.dateOfBirth)
    assert.equal(member.status, 'inactive')
    assert.isNotNull(member.erasedAt)
    assert.equal(member.erasedBy, parent.id)

    const cancelled = await Booking.findOrFail(booking.id)
    assert.equal(cancelled.status, 'cancelled')
    assert.isNull(cancelled.notes)
    const session = await TrainingSession.findOrFail(upcoming.id)
    assert.equal(session.bookedCount, 0)
    await credits.refresh()
    assert.equal(credits.usedSessions, 0)

    const attendances = await Attendance.query().where('member_id', child.id)
    assert.lengthOf(attendances, 1)
    assert.isNull(attendances[0].feedback)
    const notices = await Notification.query().where('user_id', parent.id)
    assert.isAbove(notices.length, 1)
    for (const notice of notices) {
      assert.equal(notice.params.member, ERASED_NAME)
    }

    const again = await client.post(url).json({ confirm: true }).withGuard('api').loginAs(parent)
    again.assertStatus(409)
  })
})

test.group('Pages | a child’s data on the parent’s portal', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the edit page offers the download and the erasure; erasing needs the tick', async ({
    client,
    assert,
  }) => {
    const { parent, child } = await family()

    const edit = await client.get(urlFor('parent.children.edit', { id: child.id })).loginAs(parent)
    edit.assertStatus(200)
    assert.include(edit.text(), urlFor('parent.children.export', { id: child.id }))
    assert.include(edit.text(), urlFor('parent.children.erase', { id: child.id }))

    const download = await client
      .get(urlFor('parent.children.export', { id: child.id }))
      .loginAs(parent)
    download.assertStatus(200)
    assert.include(String(download.header('content-disposition')), 'attachment')
    assert.equal(JSON.parse(download.text()).member.name, 'Rara Wijaya')

    const stranger = await client
      .get(urlFor('parent.children.export', { id: child.id }))
      .loginAs(await createParent())
    stranger.assertStatus(404)

    const unticked = await client
      .post(urlFor('parent.children.erase', { id: child.id }))
      .header('referer', urlFor('parent.children.edit', { id: child.id }))
      .loginAs(parent)
      .withCsrfToken()
      .form({})
      .redirects(0)
    unticked.assertStatus(302)
    const kept = await Member.findOrFail(child.id)
    assert.equal(kept.name, 'Rara Wijaya')

    const erased = await client
      .post(urlFor('parent.children.erase', { id: child.id }))
      .loginAs(parent)
      .withCsrfToken()
      .form({ confirm: '1' })
      .redirects(0)
    erased.assertStatus(302)
    assert.equal(erased.header('location'), urlFor('parent.children.index'))

    const list = await client.get(urlFor('parent.children.index')).loginAs(parent)
    assert.notInclude(list.text(), 'Rara Wijaya')
    assert.notInclude(list.text(), urlFor('parent.children.edit', { id: child.id }))
    const gone = await client.get(urlFor('parent.children.edit', { id: child.id })).loginAs(parent)
    gone.assertStatus(404)
  })
})
