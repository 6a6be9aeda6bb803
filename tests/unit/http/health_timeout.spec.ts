import { createHook } from 'node:async_hooks'
import { test } from '@japa/runner'
import { Result } from '@adonisjs/core/health'
import { withinTimeout } from '#start/health'

test.group('Health | a check within its timeout', () => {
  test('an answered check leaves no timer behind (it would hold its request)', async ({
    assert,
  }) => {
    // timers made and not yet cleared or fired (unref'd ones included)
    const pending = new Set<number>()
    const hook = createHook({
      init(id, type) {
        if (type === 'Timeout') pending.add(id)
      },
      destroy(id) {
        pending.delete(id)
      },
    }).enable()
    try {
      for (let index = 0; index < 50; index++) {
        const result = await withinTimeout(Promise.resolve(Result.ok('fine')), 60_000)
        assert.equal(result.status, 'ok')
      }
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      hook.disable()
    }
    assert.equal(pending.size, 0)
  })

  test('a check that never answers fails after the timeout', async ({ assert }) => {
    const result = await withinTimeout(new Promise(() => {}), 20)
    assert.equal(result.status, 'error')
    assert.equal(result.message, 'Timed out')
  })
})
