import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import Member from '#models/member'
import TrainingSession from '#models/training_session'
import User from '#models/user'
import BookingTransformer from '#transformers/booking_transformer'
import MemberTransformer from '#transformers/member_transformer'
import { serialize } from '#services/serialize'
import { openApiDocument } from '../../../app/openapi/index.js'
import { Contract } from '../../contract.js'

const ids = {
  member: '0b6f2a49-6a51-4e0c-9a43-1d4c7f0e8b11',
  account: '1c7a3b5a-7b62-4f1d-8b54-2e5d8a1f9c22',
  coach: '2d8b4c6b-8c73-4a2e-9c65-3f6e9b2a0d33',
  session: '3e9c5d7c-9d84-4b3f-8d76-4a7f0c3b1e44',
  booking: '4fad6e8d-ae95-4c40-9e87-5b801d4c2f55',
}

function aMember() {
  const member = new Member()
  member.merge({
    id: ids.member,
    accountId: ids.account,
    name: 'Rara Santoso',
    relationship: 'child',
    status: 'active',
    dateOfBirth: DateTime.fromISO('2015-04-02'),
    createdAt: DateTime.now(),
    updatedAt: DateTime.now(),
  })
  return member
}

function aUser(id: string, name: string) {
  const user = new User()
  user.merge({ id, name, email: `${name.split(' ')[0].toLowerCase()}@latih.test` })
  return user
}

test.group('Transformers | club', () => {
  test('the birth date is in the parent and staff variants only', async ({ assert }) => {
    const member = aMember()
    member.$setRelated('account', aUser(ids.account, 'Budi Santoso'))
    const parent = await serialize(MemberTransformer.transform(member))
    const admin = await serialize(MemberTransformer.transform(member).useVariant('forAdmin'))
    const summary = await serialize(MemberTransformer.transform(member).useVariant('forSummary'))
    assert.equal(parent.date_of_birth, '2015-04-02')
    assert.equal(admin.date_of_birth, '2015-04-02')
    assert.deepEqual(admin.account, {
      id: ids.account,
      name: 'Budi Santoso',
      email: 'budi@latih.test',
      phone: null,
    })
    assert.deepEqual(Object.keys(summary).sort(), ['id', 'name', 'status'])
  })

  test('a booking shows its session with the coach, mentoring fields always present', async ({
    assert,
  }) => {
    const session = new TrainingSession()
    session.merge({
      id: ids.session,
      kind: 'mentoring',
      title: 'Mentoring',
      status: 'open',
      delivery: 'online',
      location: null,
      coachId: ids.coach,
      startsAt: DateTime.fromISO('2026-12-02T12:00:00Z'),
      endsAt: DateTime.fromISO('2026-12-02T13:00:00Z'),
    })
    session.$setRelated('coach', aUser(ids.coach, 'Coach Rina'))
    const booking = new Booking()
    booking.merge({
      id: ids.booking,
      status: 'confirmed',
      trainingSessionId: ids.session,
      memberId: ids.member,
      memberPackageId: null,
      notes: null,
      bookedAt: DateTime.now(),
      confirmedAt: DateTime.now(),
      promotedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      cancellationCode: null,
      creditUsedAt: null,
    })
    booking.$setRelated('trainingSession', session)
    booking.$setRelated('member', aMember())
    const extras = new Map([
      [ids.booking, { remainingSessions: null, waitlistRank: null, coachField: 'Recurve' }],
    ])
    const data = await serialize(BookingTransformer.transform(booking, extras))
    assert.deepEqual(data.training_session.coach, { id: ids.coach, name: 'Coach Rina' })
    assert.equal(data.mentor_name, 'Coach Rina')
    assert.equal(data.field, 'Recurve')

    const contract = new Contract(openApiDocument())
    const envelope = { success: true, message: 'OK', data }
    assert.deepEqual(contract.check('GET', `/api/v1/bookings/${ids.booking}`, 200, envelope), [])
  })
})
