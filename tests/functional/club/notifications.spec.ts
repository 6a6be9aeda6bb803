import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import transmit from '@adonisjs/transmit/services/main'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import { approveMember } from '#actions/members/change_member_status'
import { createBooking } from '#actions/bookings/create_booking'
import { cancelBooking } from '#actions/bookings/cancel_booking'
import { transitionTrainingSession } from '#actions/schedule/transition_training_session'
import { recordAttendance } from '#actions/attendance/record_attendance'
import MemberApprovedNotification from '#mails/member_approved_notification'
import BookingConfirmedNotification from '#mails/booking_confirmed_notification'
import WaitlistPromotedNotification from '#mails/waitlist_promoted_notification'
import SessionCancelledNotification from '#mails/session_cancelled_notification'
import { givePackage, makeMember, makeSession, makeUser } from './fixtures.js'

type Broadcast = { channel: string; payload: Record<string, any> }

/**
 * Records what goes out on Transmit for the length of one test
 */
function recordBroadcasts(cleanup: (fn: () => void) => void) {
  const sent: Broadcast[] = []
  const original = transmit.broadcast.bind(transmit)
  transmit.broadcast = ((channel: string, payload: any) => {
    sent.push({ channel, payload })
  }) as typeof transmit.broadcast
  cleanup(() => {
    transmit.broadcast = original
  })
  return sent
}

const on = (sent: Broadcast[], channel: string) =>
  sent.filter((item) => item.channel === channel).map((item) => item.payload)

test.group('Club · notifications', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => mail.restore())

  test('approving a member tells the parent by mail and on users/:id', async ({
    assert,
    cleanup,
  }) => {
    const { mails } = mail.fake()
    const sent = recordBroadcasts(cleanup)
    const admin = await makeUser('admin')
    const parent = await makeUser('member', { locale: 'en' })
    const child = await makeMember(parent, { name: 'Sari', status: 'pending', approvedAt: null })

    await approveMember(child.id, admin)

    mails.assertQueued(MemberApprovedNotification, ({ message }) => {
      message.assertTo(parent.email)
      message.assertSubject('Sari has been approved')
      message.assertHtmlIncludes('Sari has been approved as a member')
      message.assertHtmlIncludes('/parent/children')
      message.assertTextIncludes('Hello')
      return true
    })
    const [note] = on(sent, `users/${parent.id}`)
    assert.equal(note.type, 'member_approved')
    assert.equal(note.member_id, child.id)
    assert.include(note.message, 'Sari has been approved')
  })

  test('the mail and the live message speak the parent’s language', async ({ assert, cleanup }) => {
    const { mails } = mail.fake()
    const sent = recordBroadcasts(cleanup)
    const admin = await makeUser('admin')
    const parent = await makeUser('member', { locale: 'id' })
    const child = await makeMember(parent, { name: 'Budi', status: 'pending', approvedAt: null })

    await approveMember(child.id, admin)

    mails.assertQueued(MemberApprovedNotification, ({ message }) => {
      message.assertSubject('Budi sudah disetujui')
      return true
    })
    assert.include(on(sent, `users/${parent.id}`)[0].message, 'sudah disetujui')
  })

  test('a confirmed booking mails the parent and updates the seats on the session channel', async ({
    assert,
    cleanup,
  }) => {
    const { mails } = mail.fake()
    const sent = recordBroadcasts(cleanup)
    const parent = await makeUser()
    const child = await makeMember(parent)
    await givePackage(child, 4)
    const session = await makeSession({ capacity: 3 })

    const { booking } = await createBooking({
      actor: parent,
      trainingSessionId: session.id,
      memberId: child.id,
    })

    mails.assertQueued(BookingConfirmedNotification, ({ message }) => {
      message.assertTo(parent.email)
      return true
    })
    const [note] = on(sent, `users/${parent.id}`)
    assert.equal(note.type, 'booking_confirmed')
    assert.equal(note.booking_id, booking.id)
    const seats = on(sent, `training-sessions/${session.id}`).find(
      (payload) => payload.type === 'seats_changed'
    )
    assert.deepInclude(seats!.session, { booked_count: 1, seats_left: 2, capacity: 3 })
    assert.notProperty(seats!.session, 'member_name')
  })

  test('a waitlisted booking tells the parent the position', async ({ assert, cleanup }) => {
    const { mails } = mail.fake()
    const sent = recordBroadcasts(cleanup)
    const session = await makeSession({ capacity: 1, waitlistEnabled: true })
    const first = await makeUser()
    const firstChild = await makeMember(first)
    await givePackage(firstChild, 2)
    await createBooking({ actor: first, trainingSessionId: session.id, memberId: firstChild.id })
    const second = await makeUser('member', { locale: 'en' })
    const secondChild = await makeMember(second, { name: 'Dewi' })
    await givePackage(secondChild, 2)

    await createBooking({ actor: second, trainingSessionId: session.id, memberId: secondChild.id })

    const [note] = on(sent, `users/${second.id}`)
    assert.equal(note.type, 'booking_waitlisted')
    assert.equal(note.waitlist_position, 1)
    assert.include(note.message, 'position 1')
    mails.assertQueued(BookingConfirmedNotification, ({ message }) => {
      if (!message.hasTo(second.email)) return false
      message.assertSubject(`Waitlist: ${session.title}`)
      return true
    })
  })

  test('a cancellation promotes the waitlisted member and tells their parent', async ({
    assert,
    cleanup,
  }) => {
    const session = await makeSession({ capacity: 1, waitlistEnabled: true })
    const first = await makeUser()
    const firstChild = await makeMember(first)
    await givePackage(firstChild, 2)
    const { booking } = await createBooking({
      actor: first,
      trainingSessionId: session.id,
      memberId: firstChild.id,
    })
    const second = await makeUser()
    const secondChild = await makeMember(second)
    await givePackage(secondChild, 2)
    await createBooking({ actor: second, trainingSessionId: session.id, memberId: secondChild.id })

    const { mails } = mail.fake()
    const sent = recordBroadcasts(cleanup)
    await cancelBooking({ bookingId: booking.id, actor: first })

    mails.assertQueued(WaitlistPromotedNotification, ({ message }) => {
      message.assertTo(second.email)
      return true
    })
    assert.equal(on(sent, `users/${second.id}`)[0].type, 'waitlist_promoted')
    // the parent who cancelled is not told what they just did
    assert.lengthOf(on(sent, `users/${first.id}`), 0)
    mails.assertNotQueued(SessionCancelledNotification)
  })

  test('cancelling a session tells every booked parent', async ({ assert, cleanup }) => {
    const admin = await makeUser('admin')
    const session = await makeSession({ capacity: 5 })
    const parents = []
    for (let index = 0; index < 2; index++) {
      const parent = await makeUser()
      const child = await makeMember(parent)
      await givePackage(child, 2)
      await createBooking({ actor: parent, trainingSessionId: session.id, memberId: child.id })
      parents.push(parent)
    }

    const { mails } = mail.fake()
    const sent = recordBroadcasts(cleanup)
    await transitionTrainingSession(session.id, 'cancel', { actorId: admin.id, reason: 'Hujan' })

    mails.assertQueuedCount(SessionCancelledNotification, 2)
    mails.assertQueued(SessionCancelledNotification, ({ message }) => {
      message.assertHtmlIncludes('dibatalkan')
      message.assertHtmlIncludes(session.title)
      return true
    })
    for (const parent of parents) {
      const [note] = on(sent, `users/${parent.id}`)
      assert.equal(note.type, 'session_cancelled')
      assert.equal(note.training_session_id, session.id)
    }
    const bookings = await Booking.query().where('training_session_id', session.id)
    assert.isTrue(bookings.every((row) => row.status === 'cancelled'))
  })

  test('attendance sends the roster counts, without names, on the session channel', async ({
    assert,
    cleanup,
  }) => {
    mail.fake()
    const session = await makeSession({ inHours: -0.5 })
    const coach = await makeUser('coach')
    session.coachId = coach.id
    await session.save()
    const parent = await makeUser()
    const child = await makeMember(parent, { name: 'Rahasia' })
    const memberPackage = await givePackage(child, 2)
    const booking = await Booking.create({
      trainingSessionId: session.id,
      memberId: child.id,
      memberPackageId: memberPackage.id,
      status: 'confirmed',
      bookedAt: DateTime.now().minus({ days: 1 }),
      confirmedAt: DateTime.now().minus({ days: 1 }),
    })
    await session.merge({ bookedCount: 1 }).save()
    const sent = recordBroadcasts(cleanup)

    await recordAttendance({
      sessionId: session.id,
      entries: [{ member_id: child.id, status: 'present' }],
      validator: coach,
    })

    const roster = on(sent, `training-sessions/${session.id}`).find(
      (payload) => payload.type === 'roster_changed'
    )!
    assert.deepInclude(roster.totals, { total_bookings: 1, attended: 1, not_validated: 0 })
    assert.deepEqual(roster.attendance, [{ booking_id: booking.id, status: 'present' }])
    assert.notInclude(JSON.stringify(roster), 'Rahasia')
  })
})
