import { test } from '@japa/runner'
import { ResilientRedisTransport } from '#services/redis_bus'
import { redisOptions } from '#config/redis'
import { freePort } from '#database/embedded_postgres'

/**
 * Without a Redis server: the bus must not throw, queue or spam; the
 * cluster suite (tests/cluster) covers it against a real Redis
 */
test.group('Redis bus | Redis down', () => {
  test('publishing while Redis is down drops the message and never throws', async ({
    assert,
    cleanup,
  }) => {
    const bus = new ResilientRedisTransport(
      redisOptions(`redis://127.0.0.1:${await freePort()}`)
    ).setId('test')
    cleanup(() => bus.disconnect())
    let received = 0
    await bus.subscribe('transmit::broadcast', () => received++)

    const started = Date.now()
    while (bus.state !== 'down' && Date.now() - started < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    assert.equal(bus.state, 'down')

    await bus.publish('transmit::broadcast', { channel: 'training-sessions', payload: {} })
    assert.equal(received, 0)
  })
})
