import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import emitter from '@adonisjs/core/services/emitter'
import { DateTime } from 'luxon'
import { localDate } from '#tests/fixtures'
import db from '@adonisjs/lucid/services/db'
import Booking from '#models/booking'
import TrainingSession from '#models/training_session'
import User from '#models/user'
import BookingCancelled from '#events/booking_cancelled'
import BookingPromoted from '#events/booking_promoted'
import BookingCreated from '#events/booking_created'
import { cancelSessionBookings } from '#actions/bookings/cancel_session_bookings'
import { givePackage, makeMember, makeSession, makeUser } from './fixtures.js'

/**
 * A parent with one active member holding `credits` credits
 */
async function family(credits = 4) {
  const parent = await makeUser()
  const member = await makeMember(parent)
  const memberPackage = await givePackage(member, credits)
  return { parent, member, memberPackage }
}

test.group('Club · booking rules', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('books a seat, reserves a credit and answers remaining_sessions', async ({
    client,
    assert,
  }) => {
    const { parent, member, memberPackage } = await family(4)
    const session = await makeSession({ capacity: 5 })

    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: member.id, notes: 'Bawa busur sendiri' })
      .withGuard('api')
      .loginAs(parent)

    response.assertStatus(201)
    response.assertBodyContains({
      success: true,
      data: {
        status: 'confirmed',
        member_id: member.id,
        member_package_id: memberPackage.id,
        remaining_sessions: 3,
        waitlist_position: null,
        training_session: { id: session.id, kind: 'training' },
      },
    })
    await session.refresh()
    assert.equal(session.bookedCount, 1)
  })

  test('member_id may be left out when the account has one active member', async ({ client }) => {
    const { parent, member } = await family()
    const session = await makeSession()
    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(201)
    response.assertBodyContains({ data: { member_id: member.id } })
  })

  test('only open sessions take bookings (409 BOOKING_SESSION_NOT_OPEN)', async ({ client }) => {
    const { parent, member } = await family()
    for (const status of ['scheduled', 'closed', 'cancelled'] as const) {
      const session = await makeSession({ status })
      const response = await client
        .post('/api/v1/bookings')
        .json({ training_session_id: session.id, member_id: member.id })
        .withGuard('api')
        .loginAs(parent)
      response.assertStatus(409)
      response.assertBodyContains({ code: 'BOOKING_SESSION_NOT_OPEN' })
    }
  })

  test('a session that has started cannot be booked (422 BOOKING_SESSION_PAST)', async ({
    client,
  }) => {
    const { parent, member } = await family()
    const session = await makeSession({ inHours: -0.5 })
    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(422)
    response.assertBodyContains({ code: 'BOOKING_SESSION_PAST' })
  })

  test('only active members book (422 MEMBER_NOT_ACTIVE)', async ({ client }) => {
    const parent = await makeUser()
    const session = await makeSession()
    for (const status of ['pending', 'inactive'] as const) {
      const member = await makeMember(parent, { status })
      await givePackage(member, 4)
      const response = await client
        .post('/api/v1/bookings')
        .json({ training_session_id: session.id, member_id: member.id })
        .withGuard('api')
        .loginAs(parent)
      response.assertStatus(422)
      response.assertBodyContains({ code: 'MEMBER_NOT_ACTIVE' })
    }
  })

  test('a parent cannot book for another family’s member (404)', async ({ client, assert }) => {
    const { member } = await family()
    const stranger = await makeUser()
    const session = await makeSession()
    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: member.id })
      .withGuard('api')
      .loginAs(stranger)
    response.assertStatus(404)
    response.assertBodyContains({ code: 'MEMBER_NOT_FOUND' })
    assert.equal(
      await Booking.query()
        .count('* as n')
        .then((rows) => Number(rows[0].$extras.n)),
      0
    )
  })

  test("the session's coach and admins book for any member", async ({ client }) => {
    const { member } = await family()
    for (const role of ['coach', 'admin'] as const) {
      const staff = await makeUser(role)
      const session = await makeSession(role === 'coach' ? { coachId: staff.id } : {})
      const response = await client
        .post('/api/v1/bookings')
        .json({ training_session_id: session.id, member_id: member.id })
        .withGuard('api')
        .loginAs(staff)
      response.assertStatus(201)
    }
  })

  test('training needs a package valid on the session day (PACKAGE_REQUIRED)', async ({
    client,
  }) => {
    const parent = await makeUser()
    const member = await makeMember(parent)
    const session = await makeSession({ inHours: 24 * 40 })
    await givePackage(member, 4)

    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(422)
    response.assertBodyContains({ code: 'PACKAGE_REQUIRED' })
  })

  test('expired or exhausted packages do not pay', async ({ client }) => {
    const parent = await makeUser()
    const member = await makeMember(parent)
    await givePackage(member, 4, { status: 'expired' })
    const session = await makeSession()
    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(422)
    response.assertBodyContains({ code: 'PACKAGE_REQUIRED' })
  })

  test('no credit left (422 PACKAGE_QUOTA_EXHAUSTED): used and reserved both count', async ({
    client,
  }) => {
    const { parent, member } = await family(2)
    const first = await makeSession({ inHours: 24 })
    const second = await makeSession({ inHours: 48 })
    const third = await makeSession({ inHours: 72 })
    await db.from('member_packages').where('member_id', member.id).update({ used_sessions: 1 })

    const booked = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: first.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    booked.assertStatus(201)
    booked.assertBodyContains({ data: { remaining_sessions: 0 } })

    for (const session of [second, third]) {
      const refused = await client
        .post('/api/v1/bookings')
        .json({ training_session_id: session.id, member_id: member.id })
        .withGuard('api')
        .loginAs(parent)
      refused.assertStatus(422)
      refused.assertBodyContains({ code: 'PACKAGE_QUOTA_EXHAUSTED' })
    }
  })

  test('a chosen package must be the member’s own (PACKAGE_NOT_USABLE)', async ({ client }) => {
    const { parent, member } = await family()
    const other = await family()
    const session = await makeSession()
    const response = await client
      .post('/api/v1/bookings')
      .json({
        training_session_id: session.id,
        member_id: member.id,
        member_package_id: other.memberPackage.id,
      })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(422)
    response.assertBodyContains({ code: 'PACKAGE_NOT_USABLE' })
  })

  test('mentoring and coaching sessions need no credit; mentoring shows the seed 002 fields', async ({
    client,
  }) => {
    const parent = await makeUser()
    const member = await makeMember(parent, { name: 'John Doe' })
    const mentor = await makeUser('coach', { name: 'Jane Doe' })
    await db
      .from('coach_profiles')
      .where('user_id', mentor.id)
      .update({ specialization: 'Web Development' })
    const slot = await makeSession({ kind: 'mentoring', coachId: mentor.id, capacity: 1 })

    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: slot.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(201)
    response.assertBodyContains({
      data: {
        status: 'confirmed',
        mentor_name: 'Jane Doe',
        member_name: 'John Doe',
        field: 'Web Development',
        scheduled_at: slot.startsAt.toUTC().toISO(),
        remaining_sessions: null,
        member_package_id: null,
      },
    })
  })

  test('one live booking per member and session (409 BOOKING_DUPLICATE)', async ({ client }) => {
    const { parent, member } = await family()
    const session = await makeSession()
    const first = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    first.assertStatus(201)
    const second = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    second.assertStatus(409)
    second.assertBodyContains({
      code: 'BOOKING_DUPLICATE',
      data: { booking_id: first.body().data.id },
    })
  })

  test('the database keeps one live booking per member and session', async ({ assert }) => {
    const { member } = await family()
    const session = await makeSession()
    const row = { trainingSessionId: session.id, memberId: member.id, bookedAt: DateTime.now() }
    await Booking.create({ ...row, status: 'confirmed' })
    await assert.rejects(
      () => Booking.create({ ...row, status: 'confirmed' }),
      /bookings_one_live_per_member/
    )
  })

  test('a full session without waitlist refuses (409 BOOKING_SESSION_FULL)', async ({
    client,
    assert,
  }) => {
    const session = await makeSession({ capacity: 1 })
    const a = await family()
    const b = await family()
    const first = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: a.member.id })
      .withGuard('api')
      .loginAs(a.parent)
    first.assertStatus(201)

    const full = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: b.member.id })
      .withGuard('api')
      .loginAs(b.parent)
    full.assertStatus(409)
    full.assertBodyContains({ code: 'BOOKING_SESSION_FULL' })
    assert.equal(await Booking.query().where('member_id', b.member.id).first(), null)
  })

  test('a full session with a waitlist queues members with their position', async ({
    client,
    assert,
  }) => {
    const session = await makeSession({ capacity: 1, waitlistEnabled: true })
    const families = [await family(), await family(), await family()]
    const statuses = []
    for (const { parent, member } of families) {
      const response = await client
        .post('/api/v1/bookings')
        .json({ training_session_id: session.id, member_id: member.id })
        .withGuard('api')
        .loginAs(parent)
      response.assertStatus(201)
      statuses.push([response.body().data.status, response.body().data.waitlist_position])
    }
    assert.deepEqual(statuses, [
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ])
    await session.refresh()
    assert.equal(session.bookedCount, 1)
    // a waitlisted booking reserves no credit
    const waiting = await client
      .get('/api/v1/me/packages')
      .withGuard('api')
      .loginAs(families[1].parent)
    waiting.assertBodyContains({ data: [{ reserved_sessions: 0, remaining_sessions: 4 }] })
  })

  test('an unknown session is a 404', async ({ client }) => {
    const { parent, member } = await family()
    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: '00000000-0000-4000-8000-000000000000', member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(404)
    response.assertBodyContains({ code: 'TRAINING_SESSION_NOT_FOUND' })
  })

  test('validates the body', async ({ client }) => {
    const parent = await makeUser()
    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: 'nope', notes: 'x'.repeat(501) })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(422)
    response.assertBodyContains({ errors: { training_session_id: [], notes: [] } })
  })

  test('emits BookingCreated', async ({ client }) => {
    const events = emitter.fake([BookingCreated])
    const { parent, member } = await family()
    const session = await makeSession()
    await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: member.id })
      .withGuard('api')
      .loginAs(parent)
    events.assertEmitted(BookingCreated, ({ data }) => data.booking.memberId === member.id)
    emitter.restore()
  })
})

test.group('Club · booking on behalf of a member', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test("a coach books a family's child only into their own session", async ({ client, assert }) => {
    const parent = await makeUser()
    const child = await makeMember(parent)
    const credits = await givePackage(child, 2)
    const rina = await makeUser('coach')
    const dewi = await makeUser('coach')
    const dewis = await makeSession({ coachId: dewi.id })
    const rinas = await makeSession({ coachId: rina.id })

    const foreign = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: dewis.id, member_id: child.id })
      .withGuard('api')
      .loginAs(rina)
    foreign.assertStatus(403)
    foreign.assertBodyContains({ code: 'AUTH_FORBIDDEN' })
    assert.isNull(await Booking.findBy('training_session_id', dewis.id))

    const own = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: rinas.id, member_id: child.id })
      .withGuard('api')
      .loginAs(rina)
    own.assertStatus(201)
    assert.equal(own.body().data.member_package_id, credits.id)
  })

  test("a parent cannot book another family's child (404, not even named)", async ({ client }) => {
    const other = await makeMember(await makeUser())
    const session = await makeSession()
    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: other.id })
      .withGuard('api')
      .loginAs(await makeUser())
    response.assertStatus(404)
    response.assertBodyContains({ code: 'MEMBER_NOT_FOUND' })
  })
})

test.group('Club · cancelling bookings', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  async function book(
    client: any,
    who: Awaited<ReturnType<typeof family>>,
    session: TrainingSession
  ) {
    const response = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: session.id, member_id: who.member.id })
      .withGuard('api')
      .loginAs(who.parent)
    response.assertStatus(201)
    return response.body().data
  }

  test('cancelling releases the seat and the credit', async ({ client, assert }) => {
    const who = await family(2)
    const session = await makeSession()
    const booking = await book(client, who, session)
    assert.equal(booking.remaining_sessions, 1)

    const response = await client
      .post(`/api/v1/bookings/${booking.id}/cancel`)
      .json({ reason: 'Sakit' })
      .withGuard('api')
      .loginAs(who.parent)
    response.assertStatus(200)
    response.assertBodyContains({
      data: { status: 'cancelled', cancellation_reason: 'Sakit', remaining_sessions: 2 },
    })
    await session.refresh()
    assert.equal(session.bookedCount, 0)

    const again = await client
      .post(`/api/v1/bookings/${booking.id}/cancel`)
      .withGuard('api')
      .loginAs(who.parent)
    again.assertStatus(409)
    again.assertBodyContains({ code: 'INVALID_STATE_TRANSITION' })
  })

  test('a cancellation promotes the first waitlisted member who still has a credit', async ({
    client,
    assert,
  }) => {
    const events = emitter.fake([BookingPromoted, BookingCancelled])
    const session = await makeSession({ capacity: 1, waitlistEnabled: true })
    const seated = await family()
    const broke = await family(1)
    const next = await family()
    const seat = await book(client, seated, session)
    const skipped = await book(client, broke, session)
    const promotedBooking = await book(client, next, session)
    // broke's only credit goes to another session meanwhile
    const elsewhere = await makeSession({ inHours: 24 })
    await book(client, broke, elsewhere)

    const cancelSeat = await client
      .post(`/api/v1/bookings/${seat.id}/cancel`)
      .withGuard('api')
      .loginAs(seated.parent)

    cancelSeat.assertStatus(200)

    const promoted = await Booking.findOrFail(promotedBooking.id)
    assert.equal(promoted.status, 'confirmed')
    assert.isNotNull(promoted.promotedAt)
    assert.equal(promoted.memberPackageId, next.memberPackage.id)
    const passedOver = await Booking.findOrFail(skipped.id)
    assert.equal(passedOver.status, 'waitlisted')
    await session.refresh()
    assert.equal(session.bookedCount, 1)

    events.assertEmitted(BookingCancelled)
    events.assertEmitted(BookingPromoted, ({ data }) => data.booking.id === promotedBooking.id)
    emitter.restore()

    const shown = await client
      .get(`/api/v1/bookings/${skipped.id}`)
      .withGuard('api')
      .loginAs(broke.parent)
    shown.assertBodyContains({ data: { status: 'waitlisted', waitlist_position: 1 } })
  })

  test('cancelling a waitlisted booking frees no seat', async ({ client, assert }) => {
    const session = await makeSession({ capacity: 1, waitlistEnabled: true })
    const seated = await family()
    const waiting = await family()
    await book(client, seated, session)
    const queued = await book(client, waiting, session)
    const cancelQueued = await client
      .post(`/api/v1/bookings/${queued.id}/cancel`)
      .withGuard('api')
      .loginAs(waiting.parent)

    cancelQueued.assertStatus(200)
    await session.refresh()
    assert.equal(session.bookedCount, 1)
  })

  test('no cancellation once the session has started', async ({ client, assert }) => {
    const who = await family()
    const session = await makeSession({ inHours: -0.25 })
    const booking = await Booking.create({
      trainingSessionId: session.id,
      memberId: who.member.id,
      memberPackageId: who.memberPackage.id,
      status: 'confirmed',
      bookedAt: DateTime.now().minus({ days: 1 }),
    })
    const response = await client
      .post(`/api/v1/bookings/${booking.id}/cancel`)
      .withGuard('api')
      .loginAs(who.parent)
    response.assertStatus(422)
    response.assertBodyContains({ code: 'BOOKING_CANCEL_TOO_LATE' })
    await booking.refresh()
    assert.equal(booking.status, 'confirmed')
  })

  test('another family can neither see nor cancel a booking (404)', async ({ client, assert }) => {
    const who = await family()
    const stranger = await makeUser()
    const session = await makeSession()
    const booking = await book(client, who, session)

    const seen = await client
      .get(`/api/v1/bookings/${booking.id}`)
      .withGuard('api')
      .loginAs(stranger)
    seen.assertStatus(404)
    seen.assertBodyContains({ code: 'BOOKING_NOT_FOUND' })

    const cancelled = await client
      .post(`/api/v1/bookings/${booking.id}/cancel`)
      .withGuard('api')
      .loginAs(stranger)
    cancelled.assertStatus(404)
    const untouched = await Booking.findOrFail(booking.id)
    assert.equal(untouched.status, 'confirmed')

    const otherCoach = await makeUser('coach')
    const coachView = await client
      .get(`/api/v1/bookings/${booking.id}`)
      .withGuard('api')
      .loginAs(otherCoach)
    coachView.assertStatus(404)

    const ownCoach = await client
      .get(`/api/v1/bookings/${booking.id}`)
      .withGuard('api')
      .loginAs(await User.findOrFail(session.coachId))
    ownCoach.assertStatus(200)
  })

  test('deactivating a member cancels their upcoming bookings and moves the waitlist', async ({
    client,
    assert,
  }) => {
    const session = await makeSession({ capacity: 1, waitlistEnabled: true })
    const leaving = await family()
    const waiting = await family()
    const seat = await book(client, leaving, session)
    const queued = await book(client, waiting, session)

    const admin = await makeUser('admin')
    const response = await client
      .delete(`/api/v1/admin/members/${leaving.member.id}`)
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)

    const cancelled = await Booking.findOrFail(seat.id)
    assert.equal(cancelled.status, 'cancelled')
    assert.isNull(cancelled.cancellationReason)
    assert.equal(cancelled.cancellationCode, 'member_deactivated')
    const promoted = await Booking.findOrFail(queued.id)
    assert.equal(promoted.status, 'confirmed')
    await session.refresh()
    assert.equal(session.bookedCount, 1)
  })

  test('cancelling a session (schedule hook) cancels its bookings and frees the credits', async ({
    client,
    assert,
  }) => {
    const session = await makeSession({ capacity: 1, waitlistEnabled: true })
    const seated = await family(2)
    const waiting = await family(2)
    await book(client, seated, session)
    await book(client, waiting, session)

    const cancelled = await db.transaction(async (trx) => {
      const locked = await TrainingSession.query({ client: trx })
        .where('id', session.id)
        .forUpdate()
        .firstOrFail()
      locked.useTransaction(trx)
      await locked.merge({ status: 'cancelled', cancelledAt: DateTime.now() }).save()
      return cancelSessionBookings(trx, { sessionId: session.id, reason: 'Hujan' })
    })
    assert.lengthOf(cancelled, 2)
    const rows = await Booking.query().where('training_session_id', session.id)
    assert.deepEqual([...new Set(rows.map((row) => row.status))], ['cancelled'])
    await session.refresh()
    assert.equal(session.bookedCount, 0)

    const credits = await client.get('/api/v1/me/packages').withGuard('api').loginAs(seated.parent)
    credits.assertBodyContains({ data: [{ reserved_sessions: 0, remaining_sessions: 2 }] })
  })

  test('admins cancel any booking', async ({ client }) => {
    const who = await family()
    const session = await makeSession()
    const booking = await book(client, who, session)
    const admin = await makeUser('admin')
    const response = await client
      .post(`/api/v1/bookings/${booking.id}/cancel`)
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)
    response.assertBodyContains({ data: { status: 'cancelled' } })
  })
})

test.group('Club · my bookings', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('lists the account’s bookings, upcoming first, with filters', async ({ client, assert }) => {
    const parent = await makeUser()
    const rara = await makeMember(parent, { name: 'Rara' })
    const dimas = await makeMember(parent, { name: 'Dimas' })
    const mp = await givePackage(rara, 10)
    await givePackage(dimas, 10)
    const later = await makeSession({ inHours: 72, title: 'Nanti' })
    const sooner = await makeSession({ inHours: 24, title: 'Segera' })
    const past = await makeSession({ inHours: -72, title: 'Lalu' })
    for (const session of [later, sooner]) {
      const booked = await client
        .post('/api/v1/bookings')
        .json({ training_session_id: session.id, member_id: rara.id })
        .withGuard('api')
        .loginAs(parent)

      booked.assertStatus(201)
    }
    await Booking.create({
      trainingSessionId: past.id,
      memberId: rara.id,
      memberPackageId: mp.id,
      status: 'confirmed',
      bookedAt: DateTime.now().minus({ days: 4 }),
    })
    const dimasBooked = await client
      .post('/api/v1/bookings')
      .json({ training_session_id: later.id, member_id: dimas.id })
      .withGuard('api')
      .loginAs(parent)

    dimasBooked.assertStatus(201)
    // another family's booking never shows
    const other = await family()
    await client
      .post('/api/v1/bookings')
      .json({ training_session_id: later.id, member_id: other.member.id })
      .withGuard('api')
      .loginAs(other.parent)

    const all = await client.get('/api/v1/me/bookings').withGuard('api').loginAs(parent)
    all.assertStatus(200)
    assert.deepEqual(
      all.body().data.map((b: any) => b.training_session.title),
      ['Segera', 'Nanti', 'Nanti', 'Lalu']
    )
    assert.equal(all.body().meta.total_items, 4)

    const onlyDimas = await client
      .get('/api/v1/me/bookings')
      .qs({ member_id: dimas.id })
      .withGuard('api')
      .loginAs(parent)
    assert.equal(onlyDimas.body().meta.total_items, 1)

    const upcoming = await client
      .get('/api/v1/me/bookings')
      // club dates (from/to are the club's calendar days, not UTC ones)
      .qs({ from: localDate(0), to: localDate(2) })
      .withGuard('api')
      .loginAs(parent)
    assert.deepEqual(
      upcoming.body().data.map((b: any) => b.training_session.title),
      ['Segera']
    )

    const bad = await client
      .get('/api/v1/me/bookings')
      .qs({ status: 'lost', from: '2026-13-45' })
      .withGuard('api')
      .loginAs(parent)
    bad.assertStatus(422)
    bad.assertBodyContains({ errors: { status: [], from: [] } })
  })
})

test.group('Club · Idempotency-Key on POST /bookings', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a replay answers the first response and books nothing', async ({ client, assert }) => {
    const { parent, member } = await family()
    const session = await makeSession()
    const payload = { training_session_id: session.id, member_id: member.id }

    const first = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'pesan-rara-1')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    first.assertStatus(201)

    const replay = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'pesan-rara-1')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    replay.assertStatus(201)
    assert.equal(replay.header('idempotent-replayed'), 'true')
    assert.deepEqual(replay.body(), first.body())
    const rows = await Booking.query().where('member_id', member.id)
    assert.lengthOf(rows, 1)

    const other = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'pesan-rara-1')
      .json({ ...payload, notes: 'beda' })
      .withGuard('api')
      .loginAs(parent)
    other.assertStatus(422)
    other.assertBodyContains({ code: 'IDEMPOTENCY_KEY_REUSED' })
  })

  test('a refused request releases its key', async ({ client }) => {
    const { parent, member } = await family()
    const session = await makeSession({ status: 'scheduled' })
    const payload = { training_session_id: session.id, member_id: member.id }
    const refused = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'coba-lagi')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    refused.assertStatus(409)

    await session.merge({ status: 'open' }).save()
    const retried = await client
      .post('/api/v1/bookings')
      .header('idempotency-key', 'coba-lagi')
      .json(payload)
      .withGuard('api')
      .loginAs(parent)
    retried.assertStatus(201)
  })

  test('keys belong to their account', async ({ client }) => {
    const a = await family()
    const b = await family()
    const session = await makeSession()
    for (const who of [a, b]) {
      const response = await client
        .post('/api/v1/bookings')
        .header('idempotency-key', 'kunci-sama')
        .json({ training_session_id: session.id, member_id: who.member.id })
        .withGuard('api')
        .loginAs(who.parent)
      response.assertStatus(201)
      response.assertBodyContains({ data: { member_id: who.member.id } })
    }
  })
})
