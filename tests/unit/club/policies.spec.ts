import { test } from '@japa/runner'
import User from '#models/user'
import Member from '#models/member'
import Booking from '#models/booking'
import TrainingSession from '#models/training_session'
import MemberPolicy from '#policies/member_policy'
import BookingPolicy from '#policies/booking_policy'
import PackagePolicy from '#policies/package_policy'
import { attendanceSummary } from '#queries/members/member_attendance'

function user(id: string, role: User['role'] = 'member') {
  const account = new User()
  account.merge({ id, role, status: 'active', name: id, email: `${id}@example.com` })
  return account
}

function member(accountId: string | null) {
  const row = new Member()
  row.merge({ id: 'member-1', accountId, name: 'Rara', relationship: 'child', status: 'active' })
  return row
}

function booking(accountId: string, coachId: string) {
  const row = new Booking()
  row.merge({ id: 'booking-1', memberId: 'member-1', status: 'confirmed' })
  const session = new TrainingSession()
  session.merge({ id: 'session-1', coachId })
  row.$setRelated('member', member(accountId))
  row.$setRelated('trainingSession', session)
  return row
}

test.group('Club policies', () => {
  test('a parent acts only on their own members', ({ assert }) => {
    const policy = new MemberPolicy()
    const parent = user('parent-a')
    assert.isTrue(policy.update(parent, member('parent-a')))
    assert.isFalse(policy.update(parent, member('parent-b')))
    assert.isFalse(policy.update(parent, member(null)))
    assert.isFalse(policy.view(parent, member('parent-b')))
    assert.isTrue(policy.book(parent, member('parent-a')))
    assert.isFalse(policy.book(parent, member('parent-b')))
  })

  test('coaches see and book any member but do not edit them', ({ assert }) => {
    const policy = new MemberPolicy()
    const coach = user('coach', 'coach')
    assert.isTrue(policy.view(coach, member('parent-a')))
    assert.isTrue(policy.book(coach, member('parent-a')))
    assert.isFalse(policy.update(coach, member('parent-a')))
    assert.isFalse(policy.manage(coach))
  })

  test('admins pass every rule through before()', ({ assert }) => {
    const admin = user('admin', 'admin')
    assert.isTrue(new MemberPolicy().before(admin))
    assert.isTrue(new PackagePolicy().before(admin))
    assert.isTrue(new BookingPolicy().before(admin))
    assert.isUndefined(new MemberPolicy().before(user('parent')))
  })

  test('bookings: owner views and cancels; the session’s coach views and takes attendance', ({
    assert,
  }) => {
    const policy = new BookingPolicy()
    const subject = booking('parent-a', 'coach-1')
    assert.isTrue(policy.view(user('parent-a'), subject))
    assert.isTrue(policy.cancel(user('parent-a'), subject))
    assert.isFalse(policy.view(user('parent-b'), subject))
    assert.isFalse(policy.cancel(user('parent-b'), subject))
    assert.isTrue(policy.view(user('coach-1', 'coach'), subject))
    assert.isFalse(policy.cancel(user('coach-1', 'coach'), subject))
    assert.isFalse(policy.view(user('coach-2', 'coach'), subject))
    assert.isTrue(policy.takeAttendance(user('coach-1', 'coach'), subject.trainingSession))
    assert.isFalse(policy.takeAttendance(user('coach-2', 'coach'), subject.trainingSession))
    assert.isFalse(policy.roster(user('parent-a'), subject.trainingSession))
  })

  test('package management is for admins only', ({ assert }) => {
    const policy = new PackagePolicy()
    assert.isFalse(policy.manage(user('coach', 'coach')))
    assert.isFalse(policy.assign(user('parent')))
  })
})

test.group('Club attendance summary', () => {
  test('attended counts present and late; rate over validated records', ({ assert }) => {
    assert.deepEqual(attendanceSummary({ present: 5, late: 1, absent: 1, excused: 1 }), {
      total: 8,
      present: 5,
      late: 1,
      absent: 1,
      excused: 1,
      total_attended: 6,
      total_absent: 1,
      rate: 75,
    })
    assert.isNull(attendanceSummary({}).rate)
  })
})
