import { MemberFactory } from '#database/factories/member_factory'
import { DateTime } from 'luxon'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { UserFactory } from '#database/factories/user_factory'
import { deactivateUser, updateUser } from '#actions/users/save_user'
import { refusalCode } from '#tests/fixtures'

test.group('Admin users API', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('lists accounts with the pagination meta', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    await UserFactory.createMany(4)

    const response = await client
      .get('/api/v1/admin/users')
      .qs({ page: 2, limit: 2 })
      .withGuard('api')
      .loginAs(admin)

    response.assertStatus(200)
    const body = response.body()
    assert.isTrue(body.success)
    assert.lengthOf(body.data, 2)
    assert.deepEqual(body.meta, {
      current_page: 2,
      per_page: 2,
      total_items: 5,
      total_pages: 3,
      next_page: 3,
      prev_page: 1,
    })
    assert.notProperty(body.data[0], 'password')
  })

  test('per_page is limit under the seed 003 name', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    await UserFactory.createMany(4)

    const response = await client
      .get('/api/v1/admin/users')
      .qs({ status: 'active', per_page: 20 })
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)
    assert.equal(response.body().meta.per_page, 20)
    assert.lengthOf(response.body().data, 5)

    const small = await client
      .get('/api/v1/admin/users')
      .qs({ per_page: 2, page: 3 })
      .withGuard('api')
      .loginAs(admin)
    small.assertStatus(200)
    assert.deepInclude(small.body().meta, { current_page: 3, per_page: 2, total_pages: 3 })
    assert.lengthOf(small.body().data, 1)
  })

  test('filters by role and status and searches name or email', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    await UserFactory.apply('coach').merge({ name: 'Coach Dewi' }).create()
    await UserFactory.apply('coach').apply('inactive').create()
    await UserFactory.merge({ name: 'Dewi Lestari' }).create()

    const coaches = await client
      .get('/api/v1/admin/users')
      .qs({ role: 'coach', status: 'active' })
      .withGuard('api')
      .loginAs(admin)
    coaches.assertStatus(200)
    assert.deepEqual(
      coaches.body().data.map((user: { name: string }) => user.name),
      ['Coach Dewi']
    )

    const search = await client
      .get('/api/v1/admin/users')
      .qs({ search: 'dewi' })
      .withGuard('api')
      .loginAs(admin)
    assert.equal(search.body().meta.total_items, 2)
  })

  test('rejects bad list parameters with 422 per field', async ({ client }) => {
    const admin = await UserFactory.apply('admin').create()
    for (const [qs, field] of [
      [{ page: 0 }, 'page'],
      [{ page: 'abc' }, 'page'],
      [{ limit: 101 }, 'limit'],
      [{ limit: 0 }, 'limit'],
      [{ role: 'wizard' }, 'role'],
    ] as const) {
      const response = await client
        .get('/api/v1/admin/users')
        .qs(qs)
        .withGuard('api')
        .loginAs(admin)
      response.assertStatus(422)
      response.assertBodyContains({ success: false, code: 'VALIDATION_FAILED' })
      response.assertBodyContains({ errors: { [field]: [] } })
    }
  })

  test('is for admins only', async ({ client }) => {
    const member = await UserFactory.create()
    const coach = await UserFactory.apply('coach').create()

    const anonymous = await client.get('/api/v1/admin/users')
    anonymous.assertStatus(401)
    anonymous.assertBodyContains({ code: 'AUTH_UNAUTHORIZED' })

    for (const user of [member, coach]) {
      const response = await client.get('/api/v1/admin/users').withGuard('api').loginAs(user)
      response.assertStatus(403)
      response.assertBodyContains({ code: 'AUTH_FORBIDDEN' })
    }
  })

  test('creates an account and refuses a duplicate email', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const payload = {
      name: 'Pelatih Baru',
      email: 'Pelatih.Baru@Example.com',
      password: 'rahasia-123',
      role: 'coach',
    }
    const created = await client
      .post('/api/v1/admin/users')
      .json(payload)
      .withGuard('api')
      .loginAs(admin)
    created.assertStatus(201)
    assert.equal(created.body().data.email, 'pelatih.baru@example.com')
    assert.equal(created.body().data.role, 'coach')

    const duplicate = await client
      .post('/api/v1/admin/users')
      .json({ ...payload, email: 'PELATIH.BARU@example.com' })
      .withGuard('api')
      .loginAs(admin)
    duplicate.assertStatus(422)
    duplicate.assertBodyContains({ errors: { email: [] } })
    assert.equal(
      await User.query()
        .where('role', 'coach')
        .count('* as n')
        .then((r) => Number(r[0].$extras.n)),
      1
    )
  })

  test('unknown or malformed ids are 404 with a code', async ({ client }) => {
    const admin = await UserFactory.apply('admin').create()
    const missing = await client
      .patch('/api/v1/admin/users/7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f')
      .json({ name: 'Siapa' })
      .withGuard('api')
      .loginAs(admin)
    missing.assertStatus(404)
    missing.assertBodyContains({ code: 'USER_NOT_FOUND' })

    const malformed = await client
      .patch('/api/v1/admin/users/not-a-uuid')
      .json({ name: 'Siapa' })
      .withGuard('api')
      .loginAs(admin)
    malformed.assertStatus(404)
  })

  test('deactivating an account revokes its tokens', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const member = await UserFactory.create()
    const token = await User.accessTokens.create(member)

    const before = await client.get('/api/v1/auth/me').bearerToken(token.value!.release())
    before.assertStatus(200)

    const response = await client
      .delete(`/api/v1/admin/users/${member.id}`)
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)
    response.assertBodyContains({ data: { status: 'inactive' } })

    const after = await client.get('/api/v1/auth/me').bearerToken(token.value!.release())
    after.assertStatus(401)
    assert.lengthOf(await User.accessTokens.all(member), 0)
  })

  test('changes role and status; an email taken by another account is refused', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    const user = await UserFactory.create()
    const other = await UserFactory.create()

    const promoted = await client
      .patch(`/api/v1/admin/users/${user.id}`)
      .json({ role: 'coach', name: 'Coach Baru', status: 'suspended' })
      .withGuard('api')
      .loginAs(admin)
    promoted.assertStatus(200)
    promoted.assertBodyContains({
      data: { role: 'coach', name: 'Coach Baru', status: 'suspended' },
    })
    await user.refresh()
    assert.equal(user.role, 'coach')

    const taken = await client
      .patch(`/api/v1/admin/users/${user.id}`)
      .json({ email: other.email.toUpperCase() })
      .withGuard('api')
      .loginAs(admin)
    taken.assertStatus(422)
    taken.assertBodyContains({ errors: { email: [] } })

    const ownEmail = await client
      .patch(`/api/v1/admin/users/${user.id}`)
      .json({ email: user.email })
      .withGuard('api')
      .loginAs(admin)
    ownEmail.assertStatus(200)
  })

  test('an admin cannot deactivate or demote their own account (422 on the field)', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.apply('admin').create()
    await UserFactory.apply('admin').create()

    const deactivated = await client
      .delete(`/api/v1/admin/users/${admin.id}`)
      .withGuard('api')
      .loginAs(admin)
    deactivated.assertStatus(422)
    deactivated.assertBodyContains({ code: 'USER_SELF_LOCKOUT', errors: { status: [] } })

    const demoted = await client
      .patch(`/api/v1/admin/users/${admin.id}`)
      .json({ role: 'coach' })
      .withGuard('api')
      .loginAs(admin)
    demoted.assertStatus(422)
    demoted.assertBodyContains({ code: 'USER_SELF_LOCKOUT', errors: { role: [] } })

    const renamed = await client
      .patch(`/api/v1/admin/users/${admin.id}`)
      .json({ name: 'Admin Baru' })
      .withGuard('api')
      .loginAs(admin)
    renamed.assertStatus(200)
    await admin.refresh()
    assert.equal(admin.role, 'admin')
    assert.equal(admin.status, 'active')
  })

  test('another admin can be demoted; the last active admin cannot', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    const other = await UserFactory.apply('admin').create()

    const demoted = await client
      .patch(`/api/v1/admin/users/${other.id}`)
      .json({ role: 'coach' })
      .withGuard('api')
      .loginAs(admin)
    demoted.assertStatus(200)

    assert.equal(await refusalCode(updateUser(admin, { status: 'inactive' })), 'USER_LAST_ADMIN')
    assert.equal(await refusalCode(deactivateUser(admin)), 'USER_LAST_ADMIN')
    assert.isNull(await refusalCode(updateUser(admin, { name: 'Tetap Admin' })))
  })

  test('counts accounts by role and status', async ({ client }) => {
    const admin = await UserFactory.apply('admin').create()
    await UserFactory.apply('coach').create()
    const [parent] = await UserFactory.apply('inactive').createMany(2)
    // an account from two months ago is not a registration of this month
    await UserFactory.merge({ createdAt: DateTime.now().minus({ months: 2 }) }).create()
    await MemberFactory.merge({ accountId: parent.id, status: 'pending' }).create()
    await MemberFactory.merge({ accountId: parent.id, status: 'active' }).create()

    const response = await client.get('/api/v1/admin/users/stats').withGuard('api').loginAs(admin)
    response.assertStatus(200)
    response.assertBody({
      success: true,
      message: 'OK',
      data: {
        total: 5,
        by_role: { admin: 1, coach: 1, member: 3 },
        by_status: { active: 3, inactive: 2, suspended: 0 },
        pending_approvals: 1,
        new_registrations_this_month: 4,
      },
    })
  })
})
