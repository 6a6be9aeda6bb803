import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory } from '#database/factories/user_factory'
import { makeMember } from './club/fixtures.js'
import { at, iso } from './schedule/helpers.js'

/**
 * One voice: every refusal reaches API clients in the language they ask
 * for, field by field; success messages too.
 */
test.group('Errors | translated once, in the request language', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an Indonesian API client gets Indonesian field errors, an English one English', async ({
    client,
    assert,
  }) => {
    const coach = await UserFactory.apply('coach').create()
    const payload = { starts_at: iso(at(2, '10:00')), ends_at: iso(at(2, '09:00')) }

    const id = await client
      .post('/api/v1/training-sessions')
      .header('accept-language', 'id')
      .json(payload)
      .withGuard('api')
      .loginAs(coach)
    id.assertStatus(422)
    id.assertBodyContains({ code: 'VALIDATION_FAILED', message: 'Data yang dikirim tidak valid' })
    assert.deepEqual(id.body().errors, { ends_at: ['Waktu selesai harus setelah waktu mulai.'] })

    const en = await client
      .post('/api/v1/training-sessions')
      .header('accept-language', 'en')
      .json(payload)
      .withGuard('api')
      .loginAs(coach)
    assert.deepEqual(en.body().errors, { ends_at: ['The end must be after the start.'] })

    const vine = await client
      .post('/api/v1/training-sessions')
      .header('accept-language', 'id')
      .json({ starts_at: 'besok', capacity: 0 })
      .withGuard('api')
      .loginAs(coach)
    vine.assertStatus(422)
    const messages = Object.values(vine.body().errors as Record<string, string[]>).flat()
    assert.isAbove(messages.length, 0)
    for (const message of messages) {
      assert.notMatch(message, /\bmust\b|\bfield\b|\bthe\b/i, `English in "${message}"`)
    }
  })

  test('for the API an explicit Accept-Language wins over the saved language', async ({
    client,
  }) => {
    const parent = await UserFactory.merge({ locale: 'en' }).create()
    const member = await makeMember(parent)

    const asked = await client
      .patch(`/api/v1/me/members/${member.id}`)
      .header('accept-language', 'id')
      .json({ name: 'Putri Ayu' })
      .withGuard('api')
      .loginAs(parent)
    asked.assertStatus(200)
    asked.assertBodyContains({ message: 'Anggota diperbarui' })

    const saved = await client
      .patch(`/api/v1/me/members/${member.id}`)
      .json({ name: 'Putri Ayu' })
      .withGuard('api')
      .loginAs(parent)
    saved.assertBodyContains({ message: 'Member updated' })
  })

  test('a domain refusal carries its code, field and parameters', async ({ client, assert }) => {
    const coach = await UserFactory.apply('coach').create()
    const response = await client
      .post('/api/v1/training-sessions')
      .header('accept-language', 'en')
      .json({ starts_at: iso(at(-1, '10:00')), ends_at: iso(at(-1, '11:00')) })
      .withGuard('api')
      .loginAs(coach)
    response.assertStatus(422)
    assert.equal(response.body().code, 'SCHEDULE_PAST_TIME')
    assert.equal(response.body().message, 'A session cannot start in the past')
    assert.deepEqual(response.body().errors, {
      starts_at: ['The session must start in the future.'],
    })
  })
})
