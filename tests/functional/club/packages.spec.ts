import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import ace from '@adonisjs/core/services/ace'
import { DateTime } from 'luxon'
import Booking from '#models/booking'
import MemberPackage from '#models/member_package'
import Package from '#models/package'
import { expireMemberPackages } from '#actions/packages/expire_member_packages'
import { clubToday } from '#queries/members/member_package_credits'
import { givePackage, makeMember, makePackage, makeSession, makeUser } from './fixtures.js'

test.group('Club · packages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('admins create, list, show, edit and delete packages', async ({ client, assert }) => {
    const admin = await makeUser('admin')
    const created = await client
      .post('/api/v1/admin/packages')
      .json({ name: 'Paket 8x', price: 400000, duration_days: 30, session_count: 8 })
      .withGuard('api')
      .loginAs(admin)
    created.assertStatus(201)
    created.assertBodyContains({
      data: {
        name: 'Paket 8x',
        price: 400000,
        duration_days: 30,
        session_count: 8,
        status: 'active',
      },
    })
    const id = created.body().data.id

    const list = await client.get('/api/v1/admin/packages').withGuard('api').loginAs(admin)
    list.assertBodyContains({ meta: { total_items: 1 } })

    const edited = await client
      .put(`/api/v1/admin/packages/${id}`)
      .json({ price: 450000 })
      .withGuard('api')
      .loginAs(admin)
    edited.assertBodyContains({ data: { price: 450000, name: 'Paket 8x' } })

    const shown = await client.get(`/api/v1/admin/packages/${id}`).withGuard('api').loginAs(admin)
    shown.assertBodyContains({ data: { id, price: 450000 } })

    const deleted = await client
      .delete(`/api/v1/admin/packages/${id}`)
      .withGuard('api')
      .loginAs(admin)
    deleted.assertBodyContains({ data: { outcome: 'deleted' } })
    assert.isNull(await Package.find(id))
  })

  test('a package someone holds is archived, not deleted', async ({ client, assert }) => {
    const admin = await makeUser('admin')
    const memberPackage = await givePackage(await makeMember(await makeUser()), 4)
    const response = await client
      .delete(`/api/v1/admin/packages/${memberPackage.packageId}`)
      .withGuard('api')
      .loginAs(admin)
    response.assertBodyContains({ data: { outcome: 'archived', package: { status: 'inactive' } } })
    assert.isNotNull(await Package.find(memberPackage.packageId))
  })

  test('validates package fields', async ({ client }) => {
    const admin = await makeUser('admin')
    const response = await client
      .post('/api/v1/admin/packages')
      .json({ name: 'P', price: -1, duration_days: 0, session_count: 1.5 })
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(422)
    response.assertBodyContains({
      errors: { name: [], price: [], duration_days: [], session_count: [] },
    })
  })

  test('the public catalogue shows active packages only', async ({ client, assert }) => {
    await makePackage({ name: 'Aktif', price: 100 })
    await makePackage({ name: 'Lama', status: 'inactive' })
    const response = await client.get('/api/v1/packages')
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((pkg: { name: string }) => pkg.name),
      ['Aktif']
    )
  })

  test('package management is for admins', async ({ client }) => {
    for (const user of [await makeUser(), await makeUser('coach')]) {
      const response = await client
        .post('/api/v1/admin/packages')
        .json({ name: 'Paket', price: 1, duration_days: 1, session_count: 1 })
        .withGuard('api')
        .loginAs(user)
      response.assertStatus(403)
    }
  })
})

test.group('Club · member packages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('assigning copies the credits and computes the end date', async ({ client, assert }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser())
    const pkg = await makePackage({ sessionCount: 10, durationDays: 30 })
    const start = DateTime.now().plus({ days: 2 }).toISODate()!

    const response = await client
      .post(`/api/v1/admin/members/${member.id}/packages`)
      .json({ package_id: pkg.id, start_date: start })
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(201)
    response.assertBodyContains({
      data: {
        member_id: member.id,
        package_name: pkg.name,
        start_date: start,
        end_date: DateTime.fromISO(start).plus({ days: 29 }).toISODate(),
        total_sessions: 10,
        used_sessions: 0,
        reserved_sessions: 0,
        remaining_sessions: 10,
        status: 'active',
      },
    })

    const listed = await client
      .get(`/api/v1/admin/members/${member.id}/packages`)
      .withGuard('api')
      .loginAs(admin)
    assert.lengthOf(listed.body().data, 1)
  })

  test('start date defaults to today; inactive packages or members are refused', async ({
    client,
  }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser())
    const pkg = await makePackage()

    const today = await client
      .post(`/api/v1/admin/members/${member.id}/packages`)
      .json({ package_id: pkg.id })
      .withGuard('api')
      .loginAs(admin)
    today.assertBodyContains({ data: { start_date: clubToday() } })

    const archived = await makePackage({ status: 'inactive' })
    const refused = await client
      .post(`/api/v1/admin/members/${member.id}/packages`)
      .json({ package_id: archived.id })
      .withGuard('api')
      .loginAs(admin)
    refused.assertStatus(422)
    refused.assertBodyContains({ code: 'PACKAGE_INACTIVE' })

    const inactive = await makeMember(await makeUser(), { status: 'inactive' })
    const gone = await client
      .post(`/api/v1/admin/members/${inactive.id}/packages`)
      .json({ package_id: pkg.id })
      .withGuard('api')
      .loginAs(admin)
    gone.assertStatus(422)
    gone.assertBodyContains({ code: 'MEMBER_NOT_ACTIVE' })
  })

  test('remaining = total − used − reserved by upcoming confirmed bookings', async ({ client }) => {
    const parent = await makeUser()
    const member = await makeMember(parent)
    const memberPackage = await givePackage(member, 5, { usedSessions: 1 })
    const upcoming = await makeSession({ inHours: 24 })
    const over = await makeSession({ inHours: -48 })
    const cancelled = await makeSession({ inHours: 30, status: 'cancelled' })
    for (const session of [upcoming, over, cancelled]) {
      await Booking.create({
        trainingSessionId: session.id,
        memberId: member.id,
        memberPackageId: memberPackage.id,
        status: 'confirmed',
        bookedAt: DateTime.now(),
      })
    }

    const response = await client.get('/api/v1/me/packages').withGuard('api').loginAs(parent)
    response.assertStatus(200)
    response.assertBodyContains({
      data: [{ total_sessions: 5, used_sessions: 1, reserved_sessions: 1, remaining_sessions: 3 }],
    })
  })

  test('a parent sees only their own members’ packages', async ({ client, assert }) => {
    const parentA = await makeUser()
    const parentB = await makeUser()
    await givePackage(await makeMember(parentA), 4)
    const foreign = await givePackage(await makeMember(parentB), 4)

    const response = await client
      .get('/api/v1/me/packages')
      .qs({ member_id: foreign.memberId })
      .withGuard('api')
      .loginAs(parentA)
    assert.lengthOf(response.body().data, 0)
  })

  test('admins list member packages with filters', async ({ client }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser())
    await givePackage(member, 4)
    await givePackage(member, 4, { status: 'expired' })
    await givePackage(await makeMember(await makeUser()), 4)

    const response = await client
      .get('/api/v1/admin/member-packages')
      .qs({ member_id: member.id, status: 'active' })
      .withGuard('api')
      .loginAs(admin)
    response.assertBodyContains({ meta: { total_items: 1 } })

    const one = await client
      .get(`/api/v1/admin/member-packages/${response.body().data[0].id}`)
      .withGuard('api')
      .loginAs(admin)
    one.assertBodyContains({ data: { member: { id: member.id } } })
  })
})

test.group('Club · packages:expire', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('expires active packages past their end date, idempotently', async ({ assert }) => {
    const member = await makeMember(await makeUser())
    const yesterday = DateTime.now().minus({ days: 1 })
    const past = await givePackage(member, 4, {
      startDate: yesterday.minus({ days: 30 }),
      endDate: yesterday.minus({ days: 1 }),
    })
    const current = await givePackage(member, 4)
    const exhausted = await givePackage(member, 4, {
      startDate: yesterday.minus({ days: 30 }),
      endDate: yesterday.minus({ days: 1 }),
      status: 'exhausted',
      usedSessions: 4,
    })

    const first = await expireMemberPackages()
    assert.equal(first.expired, 1)
    const second = await expireMemberPackages()
    assert.equal(second.expired, 0)

    const statuses = await MemberPackage.query()
      .whereIn('id', [past.id, current.id, exhausted.id])
      .orderBy('end_date')
    assert.deepEqual(Object.fromEntries(statuses.map((row) => [row.id, row.status])), {
      [past.id]: 'expired',
      [current.id]: 'active',
      [exhausted.id]: 'exhausted',
    })
  })

  test('runs as node ace packages:expire', async ({ assert, cleanup }) => {
    ace.ui.switchMode('raw')
    cleanup(() => ace.ui.switchMode('normal'))
    const member = await makeMember(await makeUser())
    const old = await givePackage(member, 4, {
      startDate: DateTime.now().minus({ days: 40 }),
      endDate: DateTime.now().minus({ days: 10 }),
    })
    const command = await ace.exec('packages:expire', [])
    command.assertSucceeded()
    command.assertLog('[ green(success) ] Expired 1 member package')
    await old.refresh()
    assert.equal(old.status, 'expired')

    const again = await ace.exec('packages:expire', [])
    again.assertLog('[ green(success) ] No member package to expire')
  })
})
