import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import emitter from '@adonisjs/core/services/emitter'
import testUtils from '@adonisjs/core/services/test_utils'
import Booking from '#models/booking'
import type TrainingSession from '#models/training_session'
import BookingCreated from '#events/booking_created'
import BookingPromoted from '#events/booking_promoted'
import { createBooking } from '#actions/bookings/create_booking'
import { cancelBooking } from '#actions/bookings/cancel_booking'
import { promoteFromWaitlist } from '#actions/bookings/promote_waitlist'
import { lockSession } from '#actions/bookings/seats'
import { BookingFactory } from '#database/factories/booking_factory'
import { MemberFactory } from '#database/factories/member_factory'
import {
  createMember,
  createParent,
  createSession,
  givePackage,
  refusalCode,
} from '#tests/fixtures'

/**
 * An open session two days ahead
 */
function openSession(columns: Partial<TrainingSession> = {}) {
  return createSession({ startsAt: DateTime.now().plus({ days: 2 }), status: 'open', ...columns })
}

/**
 * A parent with one member holding `credits` credits
 */
async function family(credits = 4) {
  const parent = await createParent()
  const member = await createMember(parent)
  const memberPackage = await givePackage(member, credits)
  return { parent, member, memberPackage }
}

function book(
  who: Awaited<ReturnType<typeof family>>,
  session: TrainingSession,
  extra: { memberPackageId?: string } = {}
) {
  return createBooking({
    actor: who.parent,
    memberId: who.member.id,
    trainingSessionId: session.id,
    ...extra,
  })
}

test.group('Actions | createBooking', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    emitter.fake()
    return () => emitter.restore()
  })

  test('confirms a seat, counts it and reserves a credit', async ({ assert }) => {
    const events = emitter.fake([BookingCreated])
    const session = await openSession({ capacity: 2 })
    const who = await family(4)

    const { booking, remainingSessions } = await book(who, session)

    assert.equal(booking.status, 'confirmed')
    assert.equal(booking.memberPackageId, who.memberPackage.id)
    assert.equal(remainingSessions, 3)
    await session.refresh()
    assert.equal(session.bookedCount, 1)
    events.assertEmitted(BookingCreated)
  })

  test('a full session refuses with BOOKING_SESSION_FULL and writes nothing', async ({
    assert,
  }) => {
    const session = await openSession({ capacity: 1 })
    await book(await family(), session)

    const late = await family()
    assert.equal(await refusalCode(book(late, session)), 'BOOKING_SESSION_FULL')
    await session.refresh()
    assert.equal(session.bookedCount, 1)
    assert.isNull(await Booking.findBy('member_id', late.member.id))
  })

  test('a full session without waitlist refuses as full before looking at credits', async ({
    assert,
  }) => {
    const session = await openSession({ capacity: 1 })
    await book(await family(), session)

    const broke = await family(1)
    await book(broke, await openSession({ startsAt: DateTime.now().plus({ days: 3 }) }))
    assert.equal(await refusalCode(book(broke, session)), 'BOOKING_SESSION_FULL')
  })

  test('a full session with a waitlist queues the member in order', async ({ assert }) => {
    const session = await openSession({ capacity: 1, waitlistEnabled: true })
    await book(await family(), session)

    const first = await book(await family(), session)
    const second = await book(await family(), session)
    assert.equal(first.booking.status, 'waitlisted')
    assert.equal(first.booking.waitlistPosition, 1)
    assert.equal(second.booking.waitlistPosition, 2)
    await session.refresh()
    assert.equal(session.bookedCount, 1)
  })

  test('one live booking per member and session: BOOKING_DUPLICATE', async ({ assert }) => {
    const session = await openSession()
    const who = await family()
    await book(who, session)

    assert.equal(await refusalCode(book(who, session)), 'BOOKING_DUPLICATE')
    const count = await Booking.query()
      .where('training_session_id', session.id)
      .count('* as n')
      .firstOrFail()
    assert.equal(Number(count.$extras.n), 1)
  })

  test('a training needs a credit: none, used up, or the wrong package', async ({ assert }) => {
    const session = await openSession()
    const parent = await createParent()
    const member = await createMember(parent)
    const input = { actor: parent, memberId: member.id, trainingSessionId: session.id }

    assert.equal(await refusalCode(createBooking(input)), 'PACKAGE_REQUIRED')

    const used = await givePackage(member, 2, { usedSessions: 2 })
    assert.equal(await refusalCode(createBooking(input)), 'PACKAGE_QUOTA_EXHAUSTED')
    assert.equal(
      await refusalCode(createBooking({ ...input, memberPackageId: used.id })),
      'PACKAGE_QUOTA_EXHAUSTED'
    )

    const other = await createMember(parent)
    const notTheirs = await givePackage(other, 4)
    assert.equal(
      await refusalCode(createBooking({ ...input, memberPackageId: notTheirs.id })),
      'PACKAGE_NOT_USABLE'
    )
  })

  test('the last credit is reserved by the first booking only', async ({ assert }) => {
    const who = await family(1)
    const morning = await openSession()
    const evening = await openSession({ startsAt: DateTime.now().plus({ days: 3 }) })

    const { remainingSessions } = await book(who, morning)
    assert.equal(remainingSessions, 0)
    assert.equal(await refusalCode(book(who, evening)), 'PACKAGE_QUOTA_EXHAUSTED')
  })

  test('a session that is not open, or has started, takes no booking', async ({ assert }) => {
    const who = await family()
    const scheduled = await openSession({ status: 'scheduled' })
    const started = await createSession({
      startsAt: DateTime.now().minus({ minutes: 10 }),
      status: 'open',
    })

    assert.equal(await refusalCode(book(who, scheduled)), 'BOOKING_SESSION_NOT_OPEN')
    assert.equal(await refusalCode(book(who, started)), 'BOOKING_SESSION_PAST')
  })

  test('only active members book', async ({ assert }) => {
    const parent = await createParent()
    const pending = await MemberFactory.apply('pending').merge({ accountId: parent.id }).create()
    await givePackage(pending, 4)
    const session = await openSession()

    assert.equal(
      await refusalCode(
        createBooking({ actor: parent, memberId: pending.id, trainingSessionId: session.id })
      ),
      'MEMBER_NOT_ACTIVE'
    )
  })
})

test.group('Actions | cancelBooking', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    emitter.fake()
    return () => emitter.restore()
  })

  test('gives the seat and the credit back', async ({ assert }) => {
    const who = await family(1)
    const first = await openSession({ capacity: 1 })
    const second = await openSession({ startsAt: DateTime.now().plus({ days: 3 }) })
    const { booking } = await book(who, first)
    assert.equal(await refusalCode(book(who, second)), 'PACKAGE_QUOTA_EXHAUSTED')

    const outcome = await cancelBooking({ bookingId: booking.id, actor: who.parent })

    assert.equal(outcome.booking.status, 'cancelled')
    assert.isNull(outcome.promoted)
    await first.refresh()
    assert.equal(first.bookedCount, 0)
    const rebooked = await book(who, second)
    assert.equal(rebooked.booking.status, 'confirmed')
    assert.equal(rebooked.remainingSessions, 0)
  })

  test('promotes the first waitlisted member into the freed seat', async ({ assert }) => {
    const events = emitter.fake([BookingPromoted])
    const session = await openSession({ capacity: 1, waitlistEnabled: true })
    const holder = await family()
    const { booking } = await book(holder, session)
    const waiting = await book(await family(), session)
    const behind = await book(await family(), session)

    const outcome = await cancelBooking({ bookingId: booking.id, actor: holder.parent })

    assert.equal(outcome.promoted?.id, waiting.booking.id)
    await waiting.booking.refresh()
    assert.equal(waiting.booking.status, 'confirmed')
    assert.isNotNull(waiting.booking.promotedAt)
    assert.isNotNull(waiting.booking.memberPackageId)
    await behind.booking.refresh()
    assert.equal(behind.booking.status, 'waitlisted')
    await session.refresh()
    assert.equal(session.bookedCount, 1)
    events.assertEmitted(BookingPromoted)
  })

  test('cancelling a waitlisted place frees no seat', async ({ assert }) => {
    const session = await openSession({ capacity: 1, waitlistEnabled: true })
    await book(await family(), session)
    const waiting = await family()
    const { booking } = await book(waiting, session)

    const outcome = await cancelBooking({ bookingId: booking.id, actor: waiting.parent })
    assert.isNull(outcome.promoted)
    await session.refresh()
    assert.equal(session.bookedCount, 1)
  })

  test('twice is INVALID_STATE_TRANSITION; after the start BOOKING_CANCEL_TOO_LATE', async ({
    assert,
  }) => {
    const who = await family()
    const session = await openSession()
    const { booking } = await book(who, session)
    await cancelBooking({ bookingId: booking.id, actor: who.parent })
    assert.equal(
      await refusalCode(cancelBooking({ bookingId: booking.id, actor: who.parent })),
      'INVALID_STATE_TRANSITION'
    )

    const started = await createSession({
      startsAt: DateTime.now().minus({ minutes: 5 }),
      status: 'open',
      bookedCount: 1,
    })
    const seat = await BookingFactory.merge({
      memberId: who.member.id,
      trainingSessionId: started.id,
    }).create()
    assert.equal(
      await refusalCode(cancelBooking({ bookingId: seat.id, actor: who.parent })),
      'BOOKING_CANCEL_TOO_LATE'
    )
  })
})

test.group('Actions | promoteFromWaitlist', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  function promote(session: TrainingSession) {
    return db.transaction(async (trx) => {
      const locked = await lockSession(trx, session.id)
      return promoteFromWaitlist(trx, locked!)
    })
  }

  async function waitlisted(
    session: TrainingSession,
    position: number,
    credits: number | null,
    status: 'active' | 'inactive' = 'active'
  ) {
    const member = await createMember(await createParent(), { status })
    if (credits !== null) await givePackage(member, credits)
    return BookingFactory.apply('waitlisted')
      .merge({ memberId: member.id, trainingSessionId: session.id, waitlistPosition: position })
      .create()
  }

  test('passes over members without a credit or not active, keeping their place', async ({
    assert,
  }) => {
    const session = await openSession({ capacity: 2, bookedCount: 1, waitlistEnabled: true })
    const noCredit = await waitlisted(session, 1, null)
    const inactive = await waitlisted(session, 2, 4, 'inactive')
    const able = await waitlisted(session, 3, 4)

    const promoted = await promote(session)

    assert.equal(promoted?.id, able.id)
    await able.refresh()
    assert.equal(able.status, 'confirmed')
    assert.isNull(able.waitlistPosition)
    await noCredit.refresh()
    await inactive.refresh()
    assert.deepEqual(
      [noCredit.status, noCredit.waitlistPosition, inactive.status, inactive.waitlistPosition],
      ['waitlisted', 1, 'waitlisted', 2]
    )
    await session.refresh()
    assert.equal(session.bookedCount, 2)
  })

  test('no free seat, or a started session: nobody is promoted', async ({ assert }) => {
    const full = await openSession({ capacity: 1, bookedCount: 1, waitlistEnabled: true })
    await waitlisted(full, 1, 4)
    assert.isNull(await promote(full))

    const started = await createSession({
      startsAt: DateTime.now().minus({ minutes: 5 }),
      status: 'open',
      capacity: 2,
      bookedCount: 1,
      waitlistEnabled: true,
    })
    const waiting = await waitlisted(started, 1, 4)
    assert.isNull(await promote(started))
    await waiting.refresh()
    assert.equal(waiting.status, 'waitlisted')
  })
})
