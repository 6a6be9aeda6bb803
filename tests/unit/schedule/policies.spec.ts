import { test } from '@japa/runner'
import { Bouncer } from '@adonisjs/bouncer'
import User from '#models/user'
import TrainingSession from '#models/training_session'
import SessionSeries from '#models/session_series'
import TrainingSessionPolicy from '#policies/training_session_policy'
import ProgramPolicy from '#policies/program_policy'
import RoomPolicy from '#policies/room_policy'
import SessionTimePolicy from '#policies/session_time_policy'
import CoachPolicy from '#policies/coach_policy'

/**
 * Policies decide on in-memory models: no database involved
 */
function user(role: User['role'], id: string, status: User['status'] = 'active') {
  const account = new User()
  account.merge({ id, role, status, name: role, email: `${id}@example.test` })
  return account
}

function sessionOf(coachId: string, kind: TrainingSession['kind'] = 'training') {
  const session = new TrainingSession()
  session.coachId = coachId
  session.kind = kind
  return session
}

function seriesOf(coachId: string) {
  const series = new SessionSeries()
  series.coachId = coachId
  return series
}

const admin = user('admin', 'a')
const rina = user('coach', 'rina')
const dewi = user('coach', 'dewi')
const parent = user('member', 'm')
const can = (who: User | null) => new Bouncer(who)

test.group('Schedule policies', () => {
  test('a coach creates sessions for themselves only; admins for anyone', async ({ assert }) => {
    assert.isTrue(await can(rina).with(TrainingSessionPolicy).allows('create', 'rina'))
    assert.isFalse(await can(rina).with(TrainingSessionPolicy).allows('create', 'dewi'))
    assert.isTrue(await can(admin).with(TrainingSessionPolicy).allows('create', 'dewi'))
    assert.isFalse(await can(parent).with(TrainingSessionPolicy).allows('create'))
    assert.isFalse(await can(null).with(TrainingSessionPolicy).allows('create'))
  })

  test('a coach edits only their own sessions and cannot hand them over', async ({ assert }) => {
    const own = sessionOf('rina')
    assert.isTrue(await can(rina).with(TrainingSessionPolicy).allows('update', own))
    assert.isTrue(await can(rina).with(TrainingSessionPolicy).allows('update', own, 'rina'))
    assert.isFalse(await can(rina).with(TrainingSessionPolicy).allows('update', own, 'dewi'))
    assert.isFalse(await can(dewi).with(TrainingSessionPolicy).allows('update', own))
    assert.isFalse(await can(parent).with(TrainingSessionPolicy).allows('update', own))
    assert.isTrue(await can(admin).with(TrainingSessionPolicy).allows('update', own, 'dewi'))
  })

  test('an inactive admin is not let through', async ({ assert }) => {
    const former = user('admin', 'x', 'inactive')
    assert.isFalse(
      await can(former).with(TrainingSessionPolicy).allows('update', sessionOf('rina'))
    )
  })

  test('deleting is for admins; series follow the same ownership', async ({ assert }) => {
    assert.isFalse(await can(rina).with(TrainingSessionPolicy).allows('delete', sessionOf('rina')))
    assert.isTrue(await can(admin).with(TrainingSessionPolicy).allows('delete', sessionOf('rina')))
    assert.isTrue(
      await can(rina).with(TrainingSessionPolicy).allows('manageSeries', seriesOf('rina'))
    )
    assert.isFalse(
      await can(dewi).with(TrainingSessionPolicy).allows('manageSeries', seriesOf('rina'))
    )
    assert.isFalse(
      await can(rina).with(TrainingSessionPolicy).allows('manageSeries', seriesOf('rina'), 'dewi')
    )
  })

  test('a coach deletes only their own mentoring slots', async ({ assert }) => {
    const policy = (who: User | null) => can(who).with(TrainingSessionPolicy)
    assert.isTrue(await policy(rina).allows('delete', sessionOf('rina', 'mentoring')))
    assert.isFalse(await policy(dewi).allows('delete', sessionOf('rina', 'mentoring')))
    assert.isFalse(await policy(rina).allows('delete', sessionOf('rina', 'training')))
    assert.isFalse(await policy(rina).allows('delete', sessionOf('rina', 'coaching')))
    assert.isFalse(await policy(parent).allows('delete', sessionOf('m', 'mentoring')))
    assert.isFalse(await policy(null).allows('delete', sessionOf('rina', 'mentoring')))
    assert.isTrue(await policy(admin).allows('delete', sessionOf('rina', 'coaching')))
  })

  test('every status is for staff', async ({ assert }) => {
    for (const [who, expected] of [
      [null, false],
      [parent, false],
      [rina, true],
      [admin, true],
    ] as const) {
      assert.equal(await can(who).with(TrainingSessionPolicy).allows('viewAll'), expected)
    }
  })

  test("meeting details: the session's coach, its participants and admins", async ({ assert }) => {
    const rinas = sessionOf('rina', 'coaching')
    const meeting = (who: User | null, participates = false) =>
      can(who).with(TrainingSessionPolicy).allows('viewMeeting', rinas, participates)
    assert.isTrue(await meeting(rina))
    assert.isTrue(await meeting(admin))
    assert.isFalse(await meeting(dewi), 'another coach')
    assert.isFalse(await meeting(parent), 'a parent who holds no booking')
    assert.isTrue(await meeting(parent, true), 'a parent whose child is booked')
    assert.isFalse(await meeting(null, true))
  })

  test('catalogue management is for admins; rooms for staff; slots for anyone signed in', async ({
    assert,
  }) => {
    for (const policy of [ProgramPolicy, RoomPolicy, SessionTimePolicy, CoachPolicy] as const) {
      assert.isTrue(
        await can(admin)
          .with(policy as typeof ProgramPolicy)
          .allows('manage')
      )
      assert.isFalse(
        await can(rina)
          .with(policy as typeof ProgramPolicy)
          .allows('manage')
      )
      assert.isFalse(
        await can(parent)
          .with(policy as typeof ProgramPolicy)
          .allows('manage')
      )
    }
    assert.isTrue(await can(rina).with(RoomPolicy).allows('viewAny'))
    assert.isFalse(await can(parent).with(RoomPolicy).allows('viewAny'))
    assert.isTrue(await can(parent).with(SessionTimePolicy).allows('viewAny'))
    assert.isFalse(await can(null).with(SessionTimePolicy).allows('viewAny'))
    assert.isTrue(await can(rina).with(CoachPolicy).allows('viewDashboard'))
    assert.isFalse(await can(parent).with(CoachPolicy).allows('viewDashboard'))
    assert.isFalse(await can(rina).with(ProgramPolicy).allows('viewStats'))
    assert.isFalse(await can(null).with(ProgramPolicy).allows('viewInactive'))
  })
})
