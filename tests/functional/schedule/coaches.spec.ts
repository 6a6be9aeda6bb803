import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import CoachProfile from '#models/coach_profile'
import { UserFactory } from '#database/factories/user_factory'
import { admin, at, bearer, coach, member, sessionOf } from './helpers.js'

test.group('Coaches', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('admins create a coach account with its profile', async ({ client, assert }) => {
    const response = await client
      .post('/api/v1/admin/coaches')
      .json({
        name: 'Coach Dewi',
        email: 'Dewi@Example.com',
        password: 'panahan-123',
        phone: '+628123456789',
        bio: 'Pelatih nasional',
        specialization: 'Recurve',
      })
      .withGuard('api')
      .loginAs(await admin())

    response.assertStatus(201)
    response.assertBodyContains({
      data: {
        name: 'Coach Dewi',
        email: 'dewi@example.com',
        status: 'active',
        specialization: 'Recurve',
      },
    })
    const user = await User.findByOrFail('email', 'dewi@example.com')
    assert.equal(user.role, 'coach')
    const profile = await CoachProfile.findByOrFail('user_id', user.id)
    assert.equal(profile.bio, 'Pelatih nasional')
  })

  test('admins read one coach with contact details; others may not', async ({ client, assert }) => {
    const rina = await UserFactory.apply('coach').merge({ name: 'Rina' }).create()
    await CoachProfile.query().where('user_id', rina.id).update({ specialization: 'Compound' })

    const response = await client
      .get(`/api/v1/admin/coaches/${rina.id}`)
      .withGuard('api')
      .loginAs(await admin())
    response.assertStatus(200)
    response.assertBodyContains({
      data: { name: 'Rina', email: rina.email, specialization: 'Compound' },
    })

    const forbidden = await client
      .get(`/api/v1/admin/coaches/${rina.id}`)
      .withGuard('api')
      .loginAs(await member())
    forbidden.assertStatus(403)

    const plainMember = await UserFactory.create()
    const notACoach = await client
      .get(`/api/v1/admin/coaches/${plainMember.id}`)
      .withGuard('api')
      .loginAs(await admin())
    notACoach.assertStatus(404)
    assert.match(notACoach.body().code, /_NOT_FOUND$/)
  })

  test('any account that becomes a coach gets a profile', async ({ assert }) => {
    const account = await UserFactory.create()
    assert.isNull(await CoachProfile.findBy('user_id', account.id))
    account.role = 'coach'
    await account.save()
    assert.isNotNull(await CoachProfile.findBy('user_id', account.id))
  })

  test('the public list shows active coaches with profiles, never contact details', async ({
    client,
    assert,
  }) => {
    const rina = await UserFactory.apply('coach').merge({ name: 'Rina' }).create()
    await CoachProfile.query().where('user_id', rina.id).update({ specialization: 'Compound' })
    await UserFactory.apply('coach').apply('inactive').merge({ name: 'Former' }).create()
    await UserFactory.merge({ name: 'Member' }).create()

    const response = await client.get('/api/v1/coaches')
    response.assertStatus(200)
    assert.deepEqual(response.body().data, [
      { id: rina.id, name: 'Rina', bio: null, specialization: 'Compound' },
    ])

    const search = await client.get('/api/v1/coaches').qs({ search: 'compound' })
    assert.lengthOf(search.body().data, 1)

    const profile = await client.get(`/api/v1/coaches/${rina.id}`)
    profile.assertBodyContains({ data: { id: rina.id, specialization: 'Compound' } })
  })

  test('an account that is not an active coach is 404 COACH_NOT_FOUND', async ({ client }) => {
    const parent = await member()
    const former = await UserFactory.apply('coach').apply('inactive').create()
    for (const id of [parent.id, former.id, '7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f']) {
      const response = await client.get(`/api/v1/coaches/${id}/slots`)
      response.assertStatus(404)
      response.assertBodyContains({ code: 'COACH_NOT_FOUND' })
    }
    const adminView = await client
      .put(`/api/v1/admin/coaches/${parent.id}`)
      .json({ name: 'Nope' })
      .withGuard('api')
      .loginAs(await admin())
    adminView.assertStatus(404)
    adminView.assertBodyContains({ code: 'COACH_NOT_FOUND' })
  })

  test("a coach's slots: future, open, public mentoring sessions only", async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const slot = await sessionOf(rina, at(2, '14:30'), 60, {
      kind: 'mentoring',
      status: 'open',
      capacity: 5,
    })
    await sessionOf(rina, at(3, '14:30'), 60, { kind: 'mentoring', status: 'scheduled' })
    await sessionOf(rina, at(4, '14:30'), 60, { kind: 'training', status: 'open' })
    await sessionOf(rina, at(5, '14:30'), 60, {
      kind: 'mentoring',
      status: 'open',
      audience: 'invited',
    })
    await sessionOf(rina, at(-2, '14:30'), 60, { kind: 'mentoring', status: 'open' })

    const response = await client.get(`/api/v1/coaches/${rina.id}/slots`)
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((entry: { id: string }) => entry.id),
      [slot.id]
    )
    assert.deepInclude(response.body().data[0], { capacity: 5, seats_left: 5, kind: 'mentoring' })
  })

  test('admins update and deactivate coaches; others may not', async ({ client, assert }) => {
    const boss = await admin()
    const rina = await coach()
    const token = await bearer(rina)

    const forbidden = await client
      .put(`/api/v1/admin/coaches/${rina.id}`)
      .json({ bio: 'x' })
      .withGuard('api')
      .loginAs(rina)
    forbidden.assertStatus(403)

    const updated = await client
      .put(`/api/v1/admin/coaches/${rina.id}`)
      .json({ bio: 'Pelatih senior', specialization: 'Barebow' })
      .withGuard('api')
      .loginAs(boss)
    updated.assertStatus(200)
    updated.assertBodyContains({ data: { bio: 'Pelatih senior', specialization: 'Barebow' } })

    const listed = await client.get('/api/v1/admin/coaches').withGuard('api').loginAs(boss)
    assert.equal(listed.body().data[0].email, rina.email)

    const deactivated = await client
      .delete(`/api/v1/admin/coaches/${rina.id}`)
      .withGuard('api')
      .loginAs(boss)
    deactivated.assertStatus(200)
    deactivated.assertBodyContains({ data: { status: 'inactive' } })
    const after = await client.get('/api/v1/coach/dashboard').bearerToken(token)
    after.assertStatus(401)
  })

  test("the coach dashboard shows today's sessions, what comes next and totals", async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const today = await sessionOf(rina, at(0, '23:00'), 30, { title: 'Malam ini' })
    await sessionOf(rina, at(2, '09:00'), 60, { title: 'Lusa' })
    await sessionOf(rina, at(3, '09:00'), 60, { title: 'Batal', status: 'cancelled' })
    await sessionOf(await coach(), at(2, '12:00'), 60, { title: 'Orang lain' })

    const response = await client.get('/api/v1/coach/dashboard').withGuard('api').loginAs(rina)
    response.assertStatus(200)
    const data = response.body().data
    assert.deepInclude(data.coach, { id: rina.id, name: rina.name })
    assert.deepEqual(data.statistics, {
      today_sessions: 1,
      upcoming_sessions: 1,
      total_sessions: 2,
    })
    assert.deepEqual(
      data.today_sessions.map((s: { id: string }) => s.id),
      [today.id]
    )
    assert.deepEqual(
      data.upcoming_sessions.map((s: { title: string }) => s.title),
      ['Lusa']
    )

    const byMember = await client
      .get('/api/v1/coach/dashboard')
      .withGuard('api')
      .loginAs(await member())
    byMember.assertStatus(403)
  })
})
