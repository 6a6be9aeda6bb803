import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import testUtils from '@adonisjs/core/services/test_utils'
import Program from '#models/program'
import { ProgramFactory } from '#database/factories/program_factory'
import { RoomFactory } from '#database/factories/room_factory'
import { admin, at, coach, member, sessionOf } from './helpers.js'

const names = (body: any) => body.data.map((program: { name: string }) => program.name)

async function listed(client: ApiClient, qs: Record<string, unknown>) {
  const response = await client.get('/api/v1/programs').qs(qs)
  return names(response.body())
}

test.group('Programs', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the public catalogue lists active programs, filtered and paginated', async ({
    client,
    assert,
  }) => {
    await ProgramFactory.merge({
      name: 'Panahan Dasar',
      level: 'beginner',
      category: 'Archery',
    }).create()
    await ProgramFactory.merge({
      name: 'Panahan Lanjut',
      level: 'advanced',
      category: 'Archery',
    }).create()
    await ProgramFactory.merge({
      name: 'Piano Dasar',
      level: 'beginner',
      category: 'Music',
    }).create()
    await ProgramFactory.merge({ name: 'Panahan Lama' }).apply('inactive').create()

    const all = await client.get('/api/v1/programs')
    all.assertStatus(200)
    assert.deepEqual(names(all.body()), ['Panahan Dasar', 'Panahan Lanjut', 'Piano Dasar'])
    assert.deepEqual(all.body().meta.total_items, 3)

    assert.deepEqual(await listed(client, { level: 'beginner' }), ['Panahan Dasar', 'Piano Dasar'])
    assert.deepEqual(await listed(client, { category: 'music' }), ['Piano Dasar'])
    assert.deepEqual(await listed(client, { search: 'panahan' }), [
      'Panahan Dasar',
      'Panahan Lanjut',
    ])
    const page = await client.get('/api/v1/programs').qs({ limit: 2, page: 2 })
    assert.deepEqual(names(page.body()), ['Piano Dasar'])
    assert.equal(page.body().meta.total_pages, 2)

    const asAdmin = await client
      .get('/api/v1/programs')
      .withGuard('api')
      .loginAs(await admin())
    assert.include(names(asAdmin.body()), 'Panahan Lama')
  })

  test('bad list parameters are a 422 per field', async ({ client }) => {
    for (const [qs, field] of [
      [{ level: 'expert' }, 'level'],
      [{ status: 'gone' }, 'status'],
      [{ page: -1 }, 'page'],
      [{ limit: 'all' }, 'limit'],
    ] as const) {
      const response = await client.get('/api/v1/programs').qs(qs)
      response.assertStatus(422)
      response.assertBodyContains({ code: 'VALIDATION_FAILED', errors: { [field]: [] } })
    }
  })

  test('the detail shows upcoming public sessions with seats left', async ({ client, assert }) => {
    const program = await ProgramFactory.create()
    const rina = await coach()
    const room = await RoomFactory.create()
    await sessionOf(rina, at(3, '09:00'), 60, {
      programId: program.id,
      roomId: room.id,
      capacity: 5,
      bookedCount: 3,
      status: 'open',
    })
    await sessionOf(rina, at(2, '09:00'), 60, { programId: program.id, status: 'cancelled' })
    await sessionOf(rina, at(4, '09:00'), 60, { programId: program.id, status: 'closed' })

    const response = await client.get(`/api/v1/programs/${program.id}`)
    response.assertStatus(200)
    const data = response.body().data
    assert.equal(data.code, program.code)
    assert.lengthOf(data.upcoming_sessions, 1)
    assert.deepInclude(data.upcoming_sessions[0], { capacity: 5, booked_count: 3, seats_left: 2 })
    assert.deepInclude(data.upcoming_sessions[0].coach, { id: rina.id, name: rina.name })
    assert.property(data.upcoming_sessions[0].coach, 'specialization')
    assert.deepInclude(data.upcoming_sessions[0].room, { id: room.id })
  })

  test('unknown and inactive programs are 404 PROGRAM_NOT_FOUND for the public', async ({
    client,
  }) => {
    const inactive = await ProgramFactory.apply('inactive').create()
    for (const id of [inactive.id, '7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f']) {
      const response = await client.get(`/api/v1/programs/${id}`)
      response.assertStatus(404)
      response.assertBodyContains({ code: 'PROGRAM_NOT_FOUND' })
    }
    const asAdmin = await client
      .get(`/api/v1/programs/${inactive.id}`)
      .withGuard('api')
      .loginAs(await admin())
    asAdmin.assertStatus(200)
  })

  test('admins create, update and delete; the code is unique regardless of case', async ({
    client,
    assert,
  }) => {
    const boss = await admin()
    const created = await client
      .post('/api/v1/programs')
      .json({
        name: 'Panahan Dasar',
        code: 'ARC-101',
        level: 'beginner',
        category: 'Archery',
        price_per_session: 150000,
        max_students: 10,
      })
      .withGuard('api')
      .loginAs(boss)
    created.assertStatus(201)
    created.assertBodyContains({
      data: { code: 'ARC-101', price_per_session: 150000, status: 'active' },
    })
    const id = created.body().data.id

    const duplicate = await client
      .post('/api/v1/programs')
      .json({ name: 'Copy', code: 'arc-101' })
      .withGuard('api')
      .loginAs(boss)
    duplicate.assertStatus(422)
    duplicate.assertBodyContains({ errors: { code: [] } })

    const updated = await client
      .put(`/api/v1/programs/${id}`)
      .json({ name: 'Panahan Pemula', status: 'inactive' })
      .withGuard('api')
      .loginAs(boss)
    updated.assertStatus(200)
    updated.assertBodyContains({
      data: { name: 'Panahan Pemula', status: 'inactive', code: 'ARC-101' },
    })

    const deleted = await client.delete(`/api/v1/programs/${id}`).withGuard('api').loginAs(boss)
    deleted.assertStatus(200)
    assert.isNull(await Program.find(id))
  })

  test('bad program input is a 422 naming the field', async ({ client, assert }) => {
    const boss = await admin()
    for (const [payload, field] of [
      [{ code: 'X-1' }, 'name'],
      [{ name: 'Ok' }, 'code'],
      [{ name: 'Ok', code: 'has space' }, 'code'],
      [{ name: 'Ok', code: 'OK-1', level: 'expert' }, 'level'],
      [{ name: 'Ok', code: 'OK-1', price_per_session: 99.5 }, 'price_per_session'],
      [{ name: 'Ok', code: 'OK-1', price_per_session: -1 }, 'price_per_session'],
      [{ name: 'Ok', code: 'OK-1', max_students: 0 }, 'max_students'],
      [{ name: 'Ok', code: 'OK-1', image_url: 'not a url' }, 'image_url'],
    ] as const) {
      const response = await client
        .post('/api/v1/programs')
        .json(payload)
        .withGuard('api')
        .loginAs(boss)
      response.assertStatus(422)
      response.assertBodyContains({ errors: { [field]: [] } })
    }
    assert.lengthOf(await Program.all(), 0)
  })

  test('a program with sessions cannot be deleted (409 PROGRAM_IN_USE)', async ({
    client,
    assert,
  }) => {
    const program = await ProgramFactory.create()
    await sessionOf(await coach(), at(2, '09:00'), 60, { programId: program.id })
    const response = await client
      .delete(`/api/v1/programs/${program.id}`)
      .withGuard('api')
      .loginAs(await admin())
    response.assertStatus(409)
    response.assertBodyContains({ code: 'PROGRAM_IN_USE' })
    assert.isNotNull(await Program.find(program.id))
  })

  test('managing and statistics are for admins only', async ({ client }) => {
    const program = await ProgramFactory.create()
    for (const user of [await coach(), await member()]) {
      for (const request of [
        client.post('/api/v1/programs').json({ name: 'X', code: 'X-1' }),
        client.put(`/api/v1/programs/${program.id}`).json({ name: 'X' }),
        client.delete(`/api/v1/programs/${program.id}`),
        client.get('/api/v1/programs/stats'),
      ]) {
        const response = await request.withGuard('api').loginAs(user)
        response.assertStatus(403)
        response.assertBodyContains({ code: 'AUTH_FORBIDDEN' })
      }
    }
    const anonymous = await client.get('/api/v1/programs/stats')
    anonymous.assertStatus(401)
  })

  test('statistics count programs by status and level, and the most booked', async ({
    client,
    assert,
  }) => {
    const popular = await ProgramFactory.merge({ name: 'Populer', level: 'advanced' }).create()
    await ProgramFactory.create()
    await ProgramFactory.apply('inactive').create()
    await sessionOf(await coach(), at(2, '09:00'), 60, { programId: popular.id, bookedCount: 4 })

    const response = await client
      .get('/api/v1/programs/stats')
      .withGuard('api')
      .loginAs(await admin())
    response.assertStatus(200)
    const data = response.body().data
    assert.deepInclude(data, {
      total_programs: 3,
      active_programs: 2,
      inactive_programs: 1,
      upcoming_sessions: 1,
      seats_booked: 4,
    })
    assert.deepEqual(data.programs_by_level, { beginner: 2, intermediate: 0, advanced: 1 })
    assert.deepInclude(data.most_popular_programs[0], { program_id: popular.id, seats_booked: 4 })
  })
})
