import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Member from '#models/member'
import MemberPackage from '#models/member_package'
import Package from '#models/package'
import Booking from '#models/booking'
import { seedDemoMembers } from '#database/demo/club'
import { makeSession, makeUser } from './fixtures.js'

test.group('Club · demo data', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('seeds the demo parent’s children, packages and a booking, idempotently', async ({
    assert,
  }) => {
    await makeUser('admin')
    const parent = await makeUser('member', { email: 'parent@latih.test' })
    await makeSession({ inHours: 24 })

    await seedDemoMembers()
    await seedDemoMembers()

    const members = await Member.query().where('account_id', parent.id).orderBy('name')
    assert.deepEqual(
      members.map((member) => [member.name, member.status]),
      [
        ['Dimas Santoso', 'pending'],
        ['Rara Santoso', 'active'],
      ]
    )
    assert.lengthOf(await Package.all(), 2)
    const held = await MemberPackage.query().where('member_id', members[1].id)
    assert.lengthOf(held, 1)
    const booked = await Booking.query().where('member_id', members[1].id)
    assert.lengthOf(booked, 1)
    assert.equal(booked[0].status, 'confirmed')
  })
})
