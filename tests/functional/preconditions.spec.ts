import { test } from '@japa/runner'
import type { ApiClient, ApiRequest } from '@japa/api-client'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Member from '#models/member'
import CoachProfile from '#models/coach_profile'
import TrainingSession from '#models/training_session'
import { ProgramFactory } from '#database/factories/program_factory'
import { RoomFactory } from '#database/factories/room_factory'
import { SessionTimeFactory } from '#database/factories/session_time_factory'
import { admin, at, bearer, coach, localDate, sessionOf } from './schedule/helpers.js'
import { makeMember, makePackage, makeUser } from './club/fixtures.js'

/**
 * Optimistic locking on the update endpoints (docs/api.md): the ETag
 * W/"<updated_at epoch ms>" in If-Match, or `updated_at` in the body.
 */

const etag = (row: { updatedAt: { toMillis(): number } }) => `W/"${row.updatedAt.toMillis()}"`

test.group('Optimistic locking · programs', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('two admins edit from the same version: the second gets 409 RESOURCE_CHANGED', async ({
    client,
    assert,
  }) => {
    const program = await ProgramFactory.merge({ name: 'Panahan Dasar' }).create()
    const [dewi, budi] = [await admin(), await admin()]

    const dewiRead = await client
      .get(`/api/v1/programs/${program.id}`)
      .withGuard('api')
      .loginAs(dewi)
    const budiRead = await client
      .get(`/api/v1/programs/${program.id}`)
      .withGuard('api')
      .loginAs(budi)
    dewiRead.assertStatus(200)
    const version = dewiRead.header('etag')!
    assert.equal(version, etag(program))
    assert.equal(budiRead.header('etag')!, version)

    const first = await client
      .put(`/api/v1/programs/${program.id}`)
      .header('If-Match', version)
      .json({ name: 'Panahan Dewi' })
      .withGuard('api')
      .loginAs(dewi)
    first.assertStatus(200)
    const newVersion = first.header('etag')!
    assert.notEqual(newVersion, version)
    assert.equal(newVersion, `W/"${Date.parse(first.body().data.updated_at)}"`)

    const second = await client
      .put(`/api/v1/programs/${program.id}`)
      .header('If-Match', budiRead.header('etag')!)
      .json({ name: 'Panahan Budi' })
      .withGuard('api')
      .loginAs(budi)
    second.assertStatus(409)
    second.assertBodyContains({
      success: false,
      code: 'RESOURCE_CHANGED',
      message:
        'Data ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi perubahan Anda.',
      data: { current_version: newVersion, updated_at: first.body().data.updated_at },
    })

    await program.refresh()
    assert.equal(program.name, 'Panahan Dewi')
    assert.equal(etag(program), newVersion)
  })

  test('the body form: updated_at as the resource shows it', async ({ client, assert }) => {
    const program = await ProgramFactory.merge({ name: 'Piano Dasar' }).create()
    const dewi = await admin()
    await dewi.merge({ locale: 'en' }).save()
    const read = await client.get(`/api/v1/programs/${program.id}`)
    const updatedAt = read.body().data.updated_at

    const first = await client
      .put(`/api/v1/programs/${program.id}`)
      .json({ name: 'Piano Satu', updated_at: updatedAt })
      .withGuard('api')
      .loginAs(dewi)
    first.assertStatus(200)
    assert.notEqual(first.body().data.updated_at, updatedAt)

    const stale = await client
      .put(`/api/v1/programs/${program.id}`)
      .json({ name: 'Piano Dua', updated_at: updatedAt })
      .withGuard('api')
      .loginAs(dewi)
    stale.assertStatus(409)
    stale.assertBodyContains({
      code: 'RESOURCE_CHANGED',
      message: 'This was just changed by someone else. Reload the page and make your change again.',
      data: { updated_at: first.body().data.updated_at },
    })
    await program.refresh()
    assert.equal(program.name, 'Piano Satu')
  })

  test('an unreadable precondition is a 422 naming the header or the field', async ({
    client,
    assert,
  }) => {
    const program = await ProgramFactory.merge({ name: 'Biola' }).create()
    const dewi = await admin()
    for (const header of ['1764580000123', 'W/"abc"', '"1", "2"', 'W/']) {
      const response = await client
        .put(`/api/v1/programs/${program.id}`)
        .header('If-Match', header)
        .json({ name: 'Biola Baru' })
        .withGuard('api')
        .loginAs(dewi)
      response.assertStatus(422)
      response.assertBodyContains({ code: 'VALIDATION_FAILED', errors: { 'If-Match': [] } })
    }
    for (const value of ['yesterday', '2026-12-01', 1764580000123, true]) {
      const response = await client
        .put(`/api/v1/programs/${program.id}`)
        .json({ name: 'Biola Baru', updated_at: value })
        .withGuard('api')
        .loginAs(dewi)
      response.assertStatus(422)
      response.assertBodyContains({ code: 'VALIDATION_FAILED', errors: { updated_at: [] } })
    }
    await program.refresh()
    assert.equal(program.name, 'Biola')
  })

  test('without a precondition (or with If-Match: *) the update proceeds as before', async ({
    client,
    assert,
  }) => {
    const program = await ProgramFactory.merge({ name: 'Renang' }).create()
    const dewi = await admin()
    const before = program.updatedAt.toMillis()

    const plain = await client
      .put(`/api/v1/programs/${program.id}`)
      .json({ name: 'Renang Pagi' })
      .withGuard('api')
      .loginAs(dewi)
    plain.assertStatus(200)
    const star = await client
      .put(`/api/v1/programs/${program.id}`)
      .header('If-Match', '*')
      .json({ name: 'Renang Sore' })
      .withGuard('api')
      .loginAs(dewi)
    star.assertStatus(200)

    await program.refresh()
    assert.equal(program.name, 'Renang Sore')
    assert.isAbove(program.updatedAt.toMillis(), before)
  })

  test('two quick edits always produce two different versions', async ({ client, assert }) => {
    const program = await ProgramFactory.create()
    const dewi = await admin()
    const versions = new Set<string>()
    let version = etag(program)
    versions.add(version)
    for (let edit = 0; edit < 5; edit++) {
      const response = await client
        .put(`/api/v1/programs/${program.id}`)
        .header('If-Match', version)
        .json({ name: `Program ${edit}` })
        .withGuard('api')
        .loginAs(dewi)
      response.assertStatus(200)
      version = response.header('etag')!
      versions.add(version)
    }
    assert.equal(versions.size, 6)
  })
})

test.group('Optimistic locking · training sessions and members', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('PATCH /training-sessions/:id refuses an edit made from an old version', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const session = await sessionOf(rina, at(3, '09:00'), 60, { title: 'Latihan Pagi' })

    const read = await client.get(`/api/v1/training-sessions/${session.id}`)
    read.assertStatus(200)
    const version = read.header('etag')!
    assert.equal(version, etag(session))

    const first = await client
      .patch(`/api/v1/training-sessions/${session.id}`)
      .header('If-Match', version)
      .json({ title: 'Latihan Rina' })
      .withGuard('api')
      .loginAs(rina)
    first.assertStatus(200)

    const second = await client
      .patch(`/api/v1/training-sessions/${session.id}`)
      .json({ title: 'Latihan Admin', updated_at: read.body().data.updated_at })
      .withGuard('api')
      .loginAs(await admin())
    second.assertStatus(409)
    second.assertBodyContains({
      code: 'RESOURCE_CHANGED',
      data: { current_version: first.header('etag')! },
    })
    await session.refresh()
    assert.equal(session.title, 'Latihan Rina')
  })

  test('PATCH /me/members/:id: the parent edits from the version they read', async ({
    client,
    assert,
  }) => {
    const parent = await makeUser()
    const child = await makeMember(parent, { name: 'Rara' })

    const list = await client.get('/api/v1/me/members').withGuard('api').loginAs(parent)
    const updatedAt = list.body().data[0].updated_at

    const first = await client
      .patch(`/api/v1/me/members/${child.id}`)
      .json({ school: 'SD Negeri 1', updated_at: updatedAt })
      .withGuard('api')
      .loginAs(parent)
    first.assertStatus(200)
    assert.notEqual(first.header('etag')!, etag(child))

    const stale = await client
      .patch(`/api/v1/me/members/${child.id}`)
      .header('If-Match', etag(child))
      .json({ school: 'SD Negeri 2' })
      .withGuard('api')
      .loginAs(parent)
    stale.assertStatus(409)
    stale.assertBodyContains({ code: 'RESOURCE_CHANGED' })

    const unreadable = await client
      .patch(`/api/v1/me/members/${child.id}`)
      .header('If-Match', 'soon')
      .json({ school: 'SD Negeri 3' })
      .withGuard('api')
      .loginAs(parent)
    unreadable.assertStatus(422)

    const plain = await client
      .patch(`/api/v1/me/members/${child.id}`)
      .json({ grade: '4' })
      .withGuard('api')
      .loginAs(parent)
    plain.assertStatus(200)

    const member = await Member.findOrFail(child.id)
    assert.equal(member.school, 'SD Negeri 1')
    assert.equal(member.grade, '4')
  })

  test('every versioned update answers its ETag and refuses a stale one', async ({
    client,
    assert,
  }) => {
    const boss = await admin()
    const rina = await coach()
    const parent = await makeUser()
    const room = await RoomFactory.create()
    const slot = await SessionTimeFactory.create()
    const pkg = await makePackage()
    const child = await makeMember(parent)
    const account = await makeUser()
    const series = await client
      .post('/api/v1/training-sessions/series')
      .json({
        title: 'Latihan Rutin',
        weekdays: ['mon', 'wed'],
        start_time: '16:00',
        end_time: '17:30',
        starts_on: localDate(1),
        ends_on: localDate(14),
        capacity: 10,
      })
      .withGuard('api')
      .loginAs(rina)
    series.assertStatus(201)
    const seriesId = series.body().data.series.id

    const cases: {
      read?: string
      write: (client: ApiClient) => ApiRequest
      body: Record<string, unknown>[]
      as: User
    }[] = [
      {
        read: `/api/v1/rooms/${room.id}`,
        write: (c) => c.put(`/api/v1/rooms/${room.id}`),
        body: [{ name: 'Ruang Satu' }, { name: 'Ruang Dua' }],
        as: boss,
      },
      {
        read: `/api/v1/session-times/${slot.id}`,
        write: (c) => c.put(`/api/v1/session-times/${slot.id}`),
        body: [{ label: 'Pagi Satu' }, { label: 'Pagi Dua' }],
        as: boss,
      },
      {
        read: `/api/v1/admin/coaches/${rina.id}`,
        write: (c) => c.put(`/api/v1/admin/coaches/${rina.id}`),
        body: [{ bio: 'Pelatih panahan' }, { bio: 'Pelatih renang' }],
        as: boss,
      },
      {
        read: `/api/v1/training-sessions/series/${seriesId}`,
        write: (c) => c.patch(`/api/v1/training-sessions/series/${seriesId}`),
        body: [{ title: 'Rutin Satu' }, { title: 'Rutin Dua' }],
        as: boss,
      },
      {
        read: `/api/v1/admin/members/${child.id}`,
        write: (c) => c.patch(`/api/v1/admin/members/${child.id}`),
        body: [{ notes: 'Satu' }, { notes: 'Dua' }],
        as: boss,
      },
      {
        read: `/api/v1/admin/packages/${pkg.id}`,
        write: (c) => c.put(`/api/v1/admin/packages/${pkg.id}`),
        body: [{ name: 'Paket Satu' }, { name: 'Paket Dua' }],
        as: boss,
      },
      {
        write: (c) => c.patch(`/api/v1/admin/users/${account.id}`),
        body: [{ name: 'Akun Satu' }, { name: 'Akun Dua' }],
        as: boss,
      },
      {
        read: '/api/v1/auth/me',
        write: (c) => c.put('/api/v1/auth/me'),
        body: [{ name: 'Orang Tua Satu' }, { name: 'Orang Tua Dua' }],
        as: parent,
      },
    ]

    for (const { read, write, body, as } of cases) {
      let version: string
      if (read) {
        const shown = await client.get(read).withGuard('api').loginAs(as)
        shown.assertStatus(200)
        version = shown.header('etag')!
      } else {
        version = etag(await User.findOrFail(account.id))
      }
      assert.match(version, /^W\/"\d+"$/, read)

      const first = await write(client)
        .header('If-Match', version)
        .json(body[0])
        .withGuard('api')
        .loginAs(as)
      assert.equal(first.status(), 200, JSON.stringify(first.body()))
      assert.match(first.header('etag')!, /^W\/"\d+"$/)
      assert.notEqual(first.header('etag')!, version)

      const second = await write(client)
        .header('If-Match', version)
        .json(body[1])
        .withGuard('api')
        .loginAs(as)
      assert.equal(second.status(), 409, JSON.stringify(second.body()))
      assert.equal(second.body().code, 'RESOURCE_CHANGED')
      assert.equal(second.body().data.current_version, first.header('etag')!)
    }

    await room.refresh()
    assert.equal(room.name, 'Ruang Satu')
    const profile = await CoachProfile.findByOrFail('user_id', rina.id)
    assert.equal(profile.bio, 'Pelatih panahan')
  })
})

/**
 * Real parallel requests: no global transaction (it would put every request
 * on one connection); the tables are truncated after each test instead.
 */
test.group('Optimistic locking · racing edits (parallel requests)', (group) => {
  group.each.setup(() => testUtils.db().truncate())

  test('simultaneous PUTs from the same version: exactly one 200, the others 409', async ({
    client,
    assert,
  }) => {
    const program = await ProgramFactory.merge({ name: 'Panahan' }).create()
    const token = await bearer(await admin())
    const version = etag(program)

    for (const parallel of [2, 10]) {
      const [row] = await db.from('programs').where('id', program.id)
      const current = `W/"${new Date(row.updated_at).getTime()}"`
      const responses = await Promise.all(
        Array.from({ length: parallel }, (_, index) =>
          client
            .put(`/api/v1/programs/${program.id}`)
            .header('authorization', `Bearer ${token}`)
            .header('If-Match', parallel === 2 ? version : current)
            .json({ name: `Panahan ${parallel}-${index}` })
        )
      )

      const counts: Record<number, number> = {}
      for (const response of responses) {
        counts[response.status()] = (counts[response.status()] ?? 0) + 1
      }
      assert.deepEqual(counts, { 200: 1, 409: parallel - 1 })
      const winner = responses.find((response) => response.status() === 200)!
      for (const loser of responses.filter((response) => response.status() === 409)) {
        assert.equal(loser.body().code, 'RESOURCE_CHANGED')
        assert.equal(loser.body().data.current_version, winner.header('etag'))
      }
      const [saved] = await db.from('programs').where('id', program.id)
      assert.equal(saved.name, winner.body().data.name)
    }
  })

  test('ten simultaneous PATCHes of a training session from one version: exactly one wins', async ({
    client,
    assert,
  }) => {
    const rina = await coach()
    const session = await sessionOf(rina, at(3, '09:00'), 60)
    const token = await bearer(rina)
    const version = etag(session)

    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        client
          .patch(`/api/v1/training-sessions/${session.id}`)
          .header('authorization', `Bearer ${token}`)
          .header('If-Match', version)
          .json({ title: `Latihan ${index}` })
      )
    )

    const counts: Record<number, number> = {}
    for (const response of responses) {
      counts[response.status()] = (counts[response.status()] ?? 0) + 1
    }
    assert.deepEqual(counts, { 200: 1, 409: 9 })
    const winner = responses.find((response) => response.status() === 200)!
    const fresh = await TrainingSession.findOrFail(session.id)
    assert.equal(fresh.title, winner.body().data.title)
  })
})

test.group('Optimistic locking · the OpenAPI document', () => {
  const updates = [
    'put /programs/{id}',
    'put /rooms/{id}',
    'put /session-times/{id}',
    'put /admin/coaches/{id}',
    'patch /training-sessions/{id}',
    'patch /training-sessions/series/{id}',
    'patch /admin/members/{id}',
    'patch /me/members/{id}',
    'put /admin/packages/{id}',
    'patch /admin/users/{id}',
    'put /auth/me',
  ]

  test('every versioned update documents If-Match, updated_at, the ETag and the 409', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/api/v1/openapi.json')
    const document = response.body()
    assert.equal(document.components.parameters.IfMatch.name, 'If-Match')
    for (const entry of updates) {
      const [method, path] = entry.split(' ')
      const operation = document.paths[path][method]
      assert.deepInclude(operation.parameters, { $ref: '#/components/parameters/IfMatch' }, entry)
      assert.include(JSON.stringify(operation.requestBody), '"updated_at"', entry)
      assert.property(operation.responses['200'].headers, 'ETag', entry)
      assert.include(
        operation.responses['409'].content['application/json'].schema.allOf[1].properties.code.enum,
        'RESOURCE_CHANGED',
        entry
      )
      const read = document.paths[path].get
      if (read) {
        assert.property(read.responses['200'].headers, 'ETag', `get ${path}`)
      }
    }
  })
})
