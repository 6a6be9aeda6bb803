import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import emitter from '@adonisjs/core/services/emitter'
import Member from '#models/member'
import MemberApproved from '#events/member_approved'
import { makeMember, makeUser } from './fixtures.js'

test.group('Club · a parent’s members', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a parent adds a child; it starts pending and is theirs', async ({ client, assert }) => {
    const parent = await makeUser()
    const response = await client
      .post('/api/v1/me/members')
      .json({ name: 'Rara Santoso', relationship: 'child', date_of_birth: '2015-04-02' })
      .withGuard('api')
      .loginAs(parent)

    response.assertStatus(201)
    response.assertBodyContains({
      success: true,
      data: {
        name: 'Rara Santoso',
        relationship: 'child',
        status: 'pending',
        date_of_birth: '2015-04-02',
      },
    })
    const member = await Member.findOrFail(response.body().data.id)
    assert.equal(member.accountId, parent.id)
  })

  test('at most one self member per account (409 MEMBER_SELF_EXISTS)', async ({ client }) => {
    const parent = await makeUser()
    const first = await client
      .post('/api/v1/me/members')
      .json({ name: 'Budi Santoso', relationship: 'self' })
      .withGuard('api')
      .loginAs(parent)
    first.assertStatus(201)

    const second = await client
      .post('/api/v1/me/members')
      .json({ name: 'Budi Lagi', relationship: 'self' })
      .withGuard('api')
      .loginAs(parent)
    second.assertStatus(409)
    second.assertBodyContains({ code: 'MEMBER_SELF_EXISTS' })

    const child = await client
      .post('/api/v1/me/members')
      .json({ name: 'Anak Budi', relationship: 'child' })
      .withGuard('api')
      .loginAs(parent)
    child.assertStatus(201)
  })

  test('the database refuses a second self member even without the check', async ({ assert }) => {
    const parent = await makeUser()
    await makeMember(parent, { relationship: 'self' })
    await assert.rejects(() => makeMember(parent, { relationship: 'self' }))
  })

  test('a turned-self child cannot make two selves either', async ({ client }) => {
    const parent = await makeUser()
    await makeMember(parent, { relationship: 'self' })
    const child = await makeMember(parent)
    const response = await client
      .patch(`/api/v1/me/members/${child.id}`)
      .json({ relationship: 'self' })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(409)
    response.assertBodyContains({ code: 'MEMBER_SELF_EXISTS' })
  })

  test('validates the input per field', async ({ client }) => {
    const parent = await makeUser()
    const response = await client
      .post('/api/v1/me/members')
      .json({ name: 'X', relationship: 'cousin', date_of_birth: '2999-01-01' })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(422)
    response.assertBodyContains({
      code: 'VALIDATION_FAILED',
      errors: { name: [], relationship: [], date_of_birth: [] },
    })
  })

  test('lists only the account’s own members', async ({ client, assert }) => {
    const parentA = await makeUser()
    const parentB = await makeUser()
    await makeMember(parentA, { name: 'Anak A' })
    await makeMember(parentA, { name: 'Ayah A', relationship: 'self' })
    await makeMember(parentB, { name: 'Anak B' })

    const response = await client.get('/api/v1/me/members').withGuard('api').loginAs(parentA)
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((member: { name: string }) => member.name),
      ['Ayah A', 'Anak A']
    )
  })

  test('a parent edits their child, never another family’s (404)', async ({ client, assert }) => {
    const parentA = await makeUser()
    const parentB = await makeUser()
    const childB = await makeMember(parentB, { name: 'Anak B' })
    const childA = await makeMember(parentA, { name: 'Anak A' })

    const own = await client
      .patch(`/api/v1/me/members/${childA.id}`)
      .json({ school: 'SD Negeri 1', grade: '4' })
      .withGuard('api')
      .loginAs(parentA)
    own.assertStatus(200)
    own.assertBodyContains({ data: { school: 'SD Negeri 1', grade: '4' } })

    const foreign = await client
      .patch(`/api/v1/me/members/${childB.id}`)
      .json({ name: 'Diambil Alih' })
      .withGuard('api')
      .loginAs(parentA)
    foreign.assertStatus(404)
    foreign.assertBodyContains({ code: 'MEMBER_NOT_FOUND' })
    await childB.refresh()
    assert.equal(childB.name, 'Anak B')
  })

  test('needs a signed-in account', async ({ client }) => {
    const response = await client.get('/api/v1/me/members')
    response.assertStatus(401)
  })
})

test.group('Club · admin members', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('lists the approvals queue with ?status=pending, oldest first', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const parent = await makeUser()
    await makeMember(parent, { name: 'Sudah Aktif' })
    const older = await makeMember(parent, { name: 'Menunggu 1', status: 'pending' })
    await makeMember(parent, { name: 'Menunggu 2', status: 'pending' })
    await Member.query()
      .where('id', older.id)
      .update({ created_at: new Date('2025-01-01') })

    const response = await client
      .get('/api/v1/admin/members')
      .qs({ status: 'pending' })
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((member: { name: string }) => member.name),
      ['Menunggu 1', 'Menunggu 2']
    )
    assert.equal(response.body().meta.total_items, 2)
    assert.equal(response.body().data[0].account.id, parent.id)
  })

  test('approve: pending → active, once (409 after), and tells the parent', async ({
    client,
    assert,
  }) => {
    const events = emitter.fake([MemberApproved])
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser(), { status: 'pending', approvedAt: null })

    const approved = await client
      .post(`/api/v1/admin/members/${member.id}/approve`)
      .withGuard('api')
      .loginAs(admin)
    approved.assertStatus(200)
    approved.assertBodyContains({ data: { status: 'active', approved_by: admin.id } })
    events.assertEmitted(MemberApproved)
    emitter.restore()

    const again = await client
      .post(`/api/v1/admin/members/${member.id}/approve`)
      .withGuard('api')
      .loginAs(admin)
    again.assertStatus(409)
    again.assertBodyContains({ code: 'INVALID_STATE_TRANSITION' })
    await member.refresh()
    assert.equal(member.status, 'active')
  })

  test('deactivate (DELETE) is soft and restore brings the member back', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser())

    const removed = await client
      .delete(`/api/v1/admin/members/${member.id}`)
      .withGuard('api')
      .loginAs(admin)
    removed.assertStatus(200)
    removed.assertBodyContains({ data: { status: 'inactive' } })
    assert.isNotNull(await Member.find(member.id))

    const twice = await client
      .post(`/api/v1/admin/members/${member.id}/deactivate`)
      .withGuard('api')
      .loginAs(admin)
    twice.assertStatus(409)

    const restored = await client
      .post(`/api/v1/admin/members/${member.id}/restore`)
      .withGuard('api')
      .loginAs(admin)
    restored.assertStatus(200)
    restored.assertBodyContains({ data: { status: 'active', deactivated_at: null } })
  })

  test('restoring a never-approved member puts them back in the queue', async ({ client }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser(), { status: 'inactive', approvedAt: null })
    const restored = await client
      .post(`/api/v1/admin/members/${member.id}/restore`)
      .withGuard('api')
      .loginAs(admin)
    restored.assertBodyContains({ data: { status: 'pending' } })
  })

  test('reject turns a pending sign-up down; restore puts it back in the queue', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser(), { status: 'pending', approvedAt: null })

    const rejected = await client
      .post(`/api/v1/admin/members/${member.id}/reject`)
      .withGuard('api')
      .loginAs(admin)
    rejected.assertStatus(200)
    rejected.assertBodyContains({ data: { status: 'rejected' } })

    const approve = await client
      .post(`/api/v1/admin/members/${member.id}/approve`)
      .withGuard('api')
      .loginAs(admin)
    approve.assertStatus(409)
    approve.assertBodyContains({ code: 'INVALID_STATE_TRANSITION' })

    const restored = await client
      .post(`/api/v1/admin/members/${member.id}/restore`)
      .withGuard('api')
      .loginAs(admin)
    restored.assertBodyContains({ data: { status: 'pending' } })
    await member.refresh()
    assert.equal(member.status, 'pending')
  })

  test('only a pending member can be rejected; parents cannot reject', async ({ client }) => {
    const admin = await makeUser('admin')
    const parent = await makeUser()
    const active = await makeMember(parent)
    const pending = await makeMember(parent, { status: 'pending', approvedAt: null })

    const refused = await client
      .post(`/api/v1/admin/members/${active.id}/reject`)
      .withGuard('api')
      .loginAs(admin)
    refused.assertStatus(409)
    refused.assertBodyContains({ code: 'INVALID_STATE_TRANSITION' })

    const forbidden = await client
      .post(`/api/v1/admin/members/${pending.id}/reject`)
      .withGuard('api')
      .loginAs(parent)
    forbidden.assertStatus(403)
  })

  test('restore of an active member is refused', async ({ client }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser())
    const response = await client
      .post(`/api/v1/admin/members/${member.id}/restore`)
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(409)
    response.assertBodyContains({ code: 'INVALID_STATE_TRANSITION' })
  })

  test('admins create, read and edit members', async ({ client }) => {
    const admin = await makeUser('admin')
    const parent = await makeUser()
    const created = await client
      .post('/api/v1/admin/members')
      .json({
        account_id: parent.id,
        name: 'Dimas',
        status: 'active',
        guardian_phone: '+62 812 1111 2222',
      })
      .withGuard('api')
      .loginAs(admin)
    created.assertStatus(201)
    created.assertBodyContains({
      data: { name: 'Dimas', status: 'active', account_id: parent.id, relationship: 'child' },
    })
    const id = created.body().data.id

    const shown = await client.get(`/api/v1/admin/members/${id}`).withGuard('api').loginAs(admin)
    shown.assertBodyContains({ data: { id, guardian_phone: '+62 812 1111 2222' } })

    const edited = await client
      .patch(`/api/v1/admin/members/${id}`)
      .json({ notes: 'Kidal' })
      .withGuard('api')
      .loginAs(admin)
    edited.assertBodyContains({ data: { notes: 'Kidal', status: 'active' } })

    const missing = await client
      .get('/api/v1/admin/members/00000000-0000-4000-8000-000000000000')
      .withGuard('api')
      .loginAs(admin)
    missing.assertStatus(404)
    missing.assertBodyContains({ code: 'MEMBER_NOT_FOUND' })
  })

  test('is for admins only', async ({ client }) => {
    const member = await makeMember(await makeUser(), { status: 'pending' })
    for (const user of [await makeUser(), await makeUser('coach')]) {
      const list = await client.get('/api/v1/admin/members').withGuard('api').loginAs(user)
      list.assertStatus(403)
      const approve = await client
        .post(`/api/v1/admin/members/${member.id}/approve`)
        .withGuard('api')
        .loginAs(user)
      approve.assertStatus(403)
      approve.assertBodyContains({ code: 'AUTH_FORBIDDEN' })
    }
  })
})
