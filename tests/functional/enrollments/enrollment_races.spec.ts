import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { ProgramFactory } from '#database/factories/program_factory'
import { UserFactory } from '#database/factories/user_factory'
import { bearer } from '#tests/fixtures'
import { truncateAfterRace } from '../race_database.js'
import { application } from './fixtures.js'

/**
 * Real parallel HTTP requests against the real database: no global
 * transaction (it would serialize everything on one connection)
 */
test.group('Enrollments · races (parallel requests)', (group) => {
  group.each.setup(truncateAfterRace)

  test('20 concurrent submissions get 20 distinct, gap-free numbers', async ({
    client,
    assert,
  }) => {
    const program = await ProgramFactory.create()
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.post('/api/v1/enrollments').json(application(program.id))
      )
    )
    assert.deepEqual([...new Set(responses.map((response) => response.status()))], [201])
    const numbers = responses.map((response) => response.body().data.registration_number as string)
    const sequence = numbers.map((number) => Number(number.split('-').at(-1))).sort((a, b) => a - b)
    assert.deepEqual(
      sequence,
      Array.from({ length: 20 }, (_, index) => index + 1)
    )
    assert.equal(new Set(numbers.map((number) => number.slice(0, 11))).size, 1)
    const [row] = await db.from('enrollments').count('* as n')
    assert.equal(Number(row.n), 20)
  })

  test('the same application sent 10 times at once: one enrollment, the rest 409, no gap', async ({
    client,
    assert,
  }) => {
    const program = await ProgramFactory.create()
    const body = application(program.id)
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => client.post('/api/v1/enrollments').json(body))
    )
    const statuses = responses.map((response) => response.status()).sort()
    assert.deepEqual(statuses, [201, ...Array(9).fill(409)])
    const next = await client.post('/api/v1/enrollments').json(application(program.id))
    assert.match(next.body().data.registration_number, /-002$/)
  })
})

test.group('Enrollments · approval races (parallel requests)', (group) => {
  group.each.setup(truncateAfterRace)

  test('10 concurrent approvals for 3 free places: exactly 3 approved, 7 × 409 ENROLLMENT_COURSE_FULL', async ({
    client,
    assert,
  }) => {
    const admin = await UserFactory.merge({ role: 'admin', status: 'active' }).create()
    const token = await bearer(admin)
    const program = await ProgramFactory.merge({ maxStudents: 3 }).create()
    const applications = await Promise.all(
      Array.from({ length: 10 }, () =>
        client.post('/api/v1/enrollments').json(application(program.id))
      )
    )
    const ids = applications.map((response) => response.body().data.id as string)

    const responses = await Promise.all(
      ids.map((id) =>
        client.post(`/api/v1/enrollments/${id}/approve`).header('authorization', token)
      )
    )
    const statuses = responses.map((response) => response.status())
    assert.lengthOf(
      statuses.filter((status) => status === 200),
      3
    )
    const refused = responses.filter((response) => response.status() === 409)
    assert.lengthOf(refused, 7)
    assert.isTrue(refused.every((response) => response.body().code === 'ENROLLMENT_COURSE_FULL'))

    const [approved] = await db.from('enrollments').where('status', 'approved').count('* as n')
    assert.equal(Number(approved.n), 3)
    const [members] = await db.from('members').count('* as n')
    assert.equal(Number(members.n), 3)
  })
})
