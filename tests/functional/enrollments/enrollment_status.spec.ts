import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import testUtils from '@adonisjs/core/services/test_utils'
import { AUTH_RATE_LIMIT } from '#start/limiter'
import { createProgram } from '#tests/fixtures'
import { application } from './fixtures.js'

test.group('Enrollments · the status check', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  async function enrolled(client: ApiClient) {
    const program = await createProgram()
    const body = application(program.id)
    const response = await client.post('/api/v1/enrollments').json(body)
    return { email: String(body.email), number: response.body().data.registration_number }
  }

  test('email and registration number together show the enrollment', async ({ client, assert }) => {
    const { email, number } = await enrolled(client)
    const response = await client
      .get('/api/v1/enrollments/status')
      .qs({ email: email.toUpperCase(), registration_number: number.toLowerCase() })
    response.assertStatus(200)
    assert.equal(response.body().data.registration_number, number)
    assert.equal(response.body().data.status, 'pending')
  })

  test('a wrong email and a wrong number give the same 404', async ({ client, assert }) => {
    const { email, number } = await enrolled(client)
    const wrongEmail = await client
      .get('/api/v1/enrollments/status')
      .qs({ email: 'someone.else@example.com', registration_number: number })
    const wrongNumber = await client
      .get('/api/v1/enrollments/status')
      .qs({ email, registration_number: 'REG-2020-01-999' })
    wrongEmail.assertStatus(404)
    wrongNumber.assertStatus(404)
    assert.deepEqual(wrongEmail.body(), wrongNumber.body())
    assert.equal(wrongEmail.body().code, 'ENROLLMENT_NOT_FOUND')
  })

  test('both are required', async ({ client }) => {
    const response = await client.get('/api/v1/enrollments/status').qs({ email: 'a@example.com' })
    response.assertStatus(422)
    response.assertBodyContains({ errors: { registration_number: [] } })
  })

  test('guessing numbers is rate limited: 429 RATE_LIMIT_EXCEEDED', async ({ client, assert }) => {
    const statuses: number[] = []
    for (let attempt = 0; attempt <= AUTH_RATE_LIMIT; attempt++) {
      const response = await client
        .get('/api/v1/enrollments/status')
        .qs({ email: 'a@example.com', registration_number: 'REG-2026-01-001' })
      statuses.push(response.status())
    }
    assert.equal(statuses.at(-1), 429)
    assert.deepEqual(statuses.slice(0, -1), Array(AUTH_RATE_LIMIT).fill(404))
  })
})
