import { test } from '@japa/runner'
import { Result } from '@adonisjs/core/health'
import { withinTimeout } from '#start/health'

const pendingTimers = () =>
  process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length

test.group('Health | a check within its timeout', () => {
  test('an answered check leaves no timer behind (it would hold its request)', async ({
    assert,
  }) => {
    const before = pendingTimers()
    for (let index = 0; index < 50; index++) {
      const result = await withinTimeout(Promise.resolve(Result.ok('fine')), 60_000)
      assert.equal(result.status, 'ok')
    }
    assert.isAtMost(pendingTimers(), before)
  })

  test('a check that never answers fails after the timeout', async ({ assert }) => {
    const result = await withinTimeout(new Promise(() => {}), 20)
    assert.equal(result.status, 'error')
    assert.equal(result.message, 'Timed out')
  })
})
