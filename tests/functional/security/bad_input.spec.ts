import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory } from '#database/factories/user_factory'
import Member from '#models/member'

/**
 * PostgreSQL refuses NUL in text: it must be a 422 naming the field, never
 * a 500, and nothing is written
 */
test.group('Security | NUL characters in input', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a NUL in a JSON body is a 422 on that field', async ({ client, assert }) => {
    const parent = await UserFactory.create()
    const response = await client
      .post('/api/v1/me/members')
      .header('accept-language', 'en')
      .json({ name: 'Putri\u0000Ayu', relationship: 'child' })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(422)
    response.assertBodyContains({ code: 'VALIDATION_FAILED' })
    assert.deepEqual(Object.keys(response.body().errors), ['name'])
    assert.isNull(await Member.findBy('account_id', parent.id))
  })

  test('a NUL deep in a body names its path', async ({ client, assert }) => {
    const coach = await UserFactory.apply('coach').create()
    const response = await client
      .put('/api/v1/training-sessions/7d3c2b4e-1f2a-4b5c-8d9e-0a1b2c3d4e5f/attendance')
      .json({ attendances: [{ member_id: 'x', status: 'present', notes: 'a\u0000' }] })
      .withGuard('api')
      .loginAs(coach)
    response.assertStatus(422)
    assert.deepEqual(Object.keys(response.body().errors), ['attendances.0.notes'])
  })

  test('a NUL in a search is a 422, on lists and on pages', async ({ client, assert }) => {
    const api = await client.get('/api/v1/training-sessions?search=%00')
    api.assertStatus(422)
    assert.deepEqual(Object.keys(api.body().errors), ['search'])

    const page = await client.get('/schedule?search=%00')
    page.assertStatus(422)
    assert.include(page.text(), 'Permintaan tidak valid')
  })

  test('a NUL in a portal form goes back to the form with the field marked', async ({
    client,
    assert,
  }) => {
    const parent = await UserFactory.create()
    const response = await client
      .post('/parent/children')
      .header('referer', '/parent/children/new')
      .loginAs(parent)
      .withCsrfToken()
      .form({ name: 'Putri\u0000Ayu', relationship: 'child' })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/parent/children/new')
    assert.property(response.flashMessages().inputErrorsBag, 'name')
  })
})
