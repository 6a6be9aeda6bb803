import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import Achievement from '#models/achievement'
import { clock } from '#services/clock'
import { timezone } from '#config/app'
import { bearer, createAdmin, createMember, createParent } from '#tests/fixtures'
import { jpeg, photoGone, photoStored } from './photos.js'

async function statusOf(request: PromiseLike<{ status(): number }>) {
  const response = await request
  return response.status()
}

const day = (offset: number) => DateTime.now().setZone(timezone).plus({ days: offset })

test.group('Site | achievements', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => clock.reset())

  test('a member achievement needs a member_id, and one that exists', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const auth = await bearer(admin)
    const fields = { type: 'member', title: 'Juara 1', description: 'Emas', date: '2026-01-10' }

    const missing = await client
      .post('/api/v1/admin/achievements')
      .header('authorization', auth)
      .json(fields)
    missing.assertStatus(422)
    assert.property(missing.body().errors, 'member_id')

    const unknown = await client
      .post('/api/v1/admin/achievements')
      .header('authorization', auth)
      .json({ ...fields, member_id: randomUUID() })
    unknown.assertStatus(422)
    assert.property(unknown.body().errors, 'member_id')

    const club = await client
      .post('/api/v1/admin/achievements')
      .header('authorization', auth)
      .json({ ...fields, type: 'club' })
    club.assertStatus(201)
    assert.isNull(club.body().data.member)

    const child = await createMember(await createParent(), { status: 'active' })
    const ok = await client
      .post('/api/v1/admin/achievements')
      .header('authorization', auth)
      .json({ ...fields, member_id: child.id })
    ok.assertStatus(201)
    assert.equal(ok.body().data.member.id, child.id)
  })

  test('an achievement is hidden before its date, for the list, the detail and the filter', async ({
    client,
    assert,
  }) => {
    const future = await Achievement.create({
      type: 'club',
      title: 'Prestasi yang akan datang',
      description: 'Belum',
      achievedOn: day(3),
    })
    const ids = async (qs: Record<string, string> = {}) => {
      const response = await client.get('/api/v1/achievements').qs({ limit: 100, ...qs })
      response.assertStatus(200)
      return response.body().data.map((row: { id: string }) => row.id)
    }
    assert.notInclude(await ids(), future.id)
    assert.equal(await statusOf(client.get(`/api/v1/achievements/${future.id}`)), 404)
    assert.equal(await statusOf(client.get(`/achievements/${future.id}`)), 404)

    clock.travelTo(day(3).startOf('day').plus({ hours: 1 }))
    assert.include(await ids(), future.id)
    assert.include(await ids({ type: 'club' }), future.id)
    assert.notInclude(await ids({ type: 'member' }), future.id)
    assert.equal(await statusOf(client.get(`/api/v1/achievements/${future.id}`)), 200)
    assert.equal(await statusOf(client.get(`/achievements/${future.id}`)), 200)
  })

  test("a member's achievements appear on their parent's dashboard and /me/dashboard", async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const child = await createMember(parent, { status: 'active' })
    const other = await createMember(await createParent(), { status: 'active' })
    await Achievement.createMany([
      {
        type: 'member',
        memberId: child.id,
        title: 'Emas anakku',
        description: 'x',
        achievedOn: day(-1),
      },
      {
        type: 'member',
        memberId: other.id,
        title: 'Emas anak lain',
        description: 'x',
        achievedOn: day(-1),
      },
      {
        type: 'member',
        memberId: child.id,
        title: 'Belum terjadi',
        description: 'x',
        achievedOn: day(5),
      },
    ])

    const api = await client
      .get('/api/v1/me/dashboard')
      .header('authorization', await bearer(parent))
    api.assertStatus(200)
    const titles = api.body().data.achievements.map((row: { title: string }) => row.title)
    assert.deepEqual(titles, ['Emas anakku'])

    const page = await client.get('/dashboard').loginAs(parent)
    page.assertStatus(200)
    assert.include(page.text(), 'Emas anakku')
    assert.notInclude(page.text(), 'Emas anak lain')
  })

  test('deleting an achievement deletes its photo files', async ({ client, assert }) => {
    const admin = await createAdmin()
    const auth = await bearer(admin)
    const created = await client
      .post('/api/v1/admin/achievements')
      .header('authorization', auth)
      .field('type', 'club')
      .field('title', 'Juara dengan foto')
      .field('description', 'Foto tim')
      .field('date', '2026-01-10')
      .file('photo', await jpeg(), { filename: 'tim.jpg' })
    created.assertStatus(201)
    const achievement = await Achievement.findOrFail(created.body().data.id)
    assert.isTrue(await photoStored(achievement.photoKey!))

    const deleted = await client
      .delete(`/api/v1/admin/achievements/${achievement.id}`)
      .header('authorization', auth)
    deleted.assertStatus(200)
    assert.isTrue(await photoGone(achievement.photoKey!))
  })

  test('the admin dashboard counts news and achievements', async ({ client, assert }) => {
    const admin = await createAdmin()
    await Achievement.create({ type: 'club', title: 'Satu', description: 'x', achievedOn: day(-1) })
    const response = await client
      .get('/api/v1/admin/dashboard')
      .header('authorization', await bearer(admin))
    response.assertStatus(200)
    assert.isAtLeast(response.body().data.statistics.total_achievements, 1)
    assert.isNumber(response.body().data.statistics.total_news)
  })
})
