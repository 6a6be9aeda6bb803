import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import emitter from '@adonisjs/core/services/emitter'
import testUtils from '@adonisjs/core/services/test_utils'
import Attendance from '#models/attendance'
import type TrainingSession from '#models/training_session'
import type { AttendanceStatus } from '#actions/attendance/record_attendance'
import { recordAttendance } from '#actions/attendance/record_attendance'
import { BookingFactory } from '#database/factories/booking_factory'
import {
  createCoach,
  createMember,
  createParent,
  createSession,
  givePackage,
  refusalCode,
} from '#tests/fixtures'

/**
 * A session of a coach that started `minutesAgo` minutes ago (negative:
 * starts later), with one confirmed booking paid from a package of
 * `credits` credits
 */
async function bookedSession(minutesAgo = 30, credits = 4) {
  const coach = await createCoach()
  const session = await createSession({
    coach,
    startsAt: DateTime.now().minus({ minutes: minutesAgo }).startOf('minute'),
    status: 'open',
    bookedCount: 1,
  })
  const member = await createMember(await createParent())
  const memberPackage = await givePackage(member, credits)
  const booking = await BookingFactory.merge({
    memberId: member.id,
    trainingSessionId: session.id,
    memberPackageId: memberPackage.id,
  }).create()
  return { coach, session, member, memberPackage, booking }
}

function mark(
  setup: Awaited<ReturnType<typeof bookedSession>>,
  status: AttendanceStatus,
  session: TrainingSession = setup.session
) {
  return recordAttendance({
    sessionId: session.id,
    validator: setup.coach,
    entries: [{ member_id: setup.member.id, status }],
  })
}

test.group('Actions | recordAttendance', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    emitter.fake()
    return () => emitter.restore()
  })

  test('present uses one credit of the booking', async ({ assert }) => {
    const setup = await bookedSession()

    const { records } = await mark(setup, 'present')

    assert.isTrue(records[0].creditConsumed)
    assert.equal(records[0].attendance.status, 'present')
    await setup.memberPackage.refresh()
    assert.equal(setup.memberPackage.usedSessions, 1)
    await setup.booking.refresh()
    assert.isNotNull(setup.booking.creditUsedAt)
  })

  test('one credit once, however often the status is flipped', async ({ assert }) => {
    const setup = await bookedSession()

    const consumed: boolean[] = []
    for (const status of ['present', 'absent', 'present', 'excused', 'late', 'present'] as const) {
      const { records } = await mark(setup, status)
      consumed.push(records[0].creditConsumed)
    }

    assert.deepEqual(consumed, [true, false, false, false, false, false])
    await setup.memberPackage.refresh()
    assert.equal(setup.memberPackage.usedSessions, 1)
    const rows = await Attendance.query().where('training_session_id', setup.session.id)
    assert.lengthOf(rows, 1)
    assert.equal(rows[0].status, 'present')
  })

  test('excused uses no credit; a later present does', async ({ assert }) => {
    const setup = await bookedSession()

    const excused = await mark(setup, 'excused')
    assert.isFalse(excused.records[0].creditConsumed)
    await setup.memberPackage.refresh()
    assert.equal(setup.memberPackage.usedSessions, 0)

    const present = await mark(setup, 'present')
    assert.isTrue(present.records[0].creditConsumed)
    await setup.memberPackage.refresh()
    assert.equal(setup.memberPackage.usedSessions, 1)
  })

  test('the last credit makes the package exhausted', async ({ assert }) => {
    const setup = await bookedSession(30, 1)
    await mark(setup, 'absent')
    await setup.memberPackage.refresh()
    assert.equal(setup.memberPackage.usedSessions, 1)
    assert.equal(setup.memberPackage.status, 'exhausted')
  })

  test('not before the session starts: ATTENDANCE_INVALID_TIME, nothing written', async ({
    assert,
  }) => {
    const setup = await bookedSession(-60)

    assert.equal(await refusalCode(mark(setup, 'present')), 'ATTENDANCE_INVALID_TIME')
    assert.lengthOf(await Attendance.query().where('training_session_id', setup.session.id), 0)
    await setup.memberPackage.refresh()
    assert.equal(setup.memberPackage.usedSessions, 0)
  })

  test('a cancelled session, or a member without a booking, is refused', async ({ assert }) => {
    const setup = await bookedSession()
    const stranger = await createMember(await createParent())
    assert.equal(
      await refusalCode(
        recordAttendance({
          sessionId: setup.session.id,
          validator: setup.coach,
          entries: [
            { member_id: setup.member.id, status: 'present' },
            { member_id: stranger.id, status: 'present' },
          ],
        })
      ),
      'ATTENDANCE_NOT_BOOKED'
    )
    assert.lengthOf(await Attendance.query().where('training_session_id', setup.session.id), 0)

    setup.session.merge({ status: 'cancelled', cancelledAt: DateTime.now() })
    await setup.session.save()
    assert.equal(await refusalCode(mark(setup, 'present')), 'ATTENDANCE_SESSION_CANCELLED')
  })
})
