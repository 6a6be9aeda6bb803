import net from 'node:net'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type { PostgreConfig } from '@adonisjs/lucid/types/database'
import env from '#start/env'
import { freePort } from '#database/embedded_postgres'
import { lifecycle } from '#services/lifecycle'

/**
 * A stand-in Redis that answers PING with +PONG, so the Redis check is
 * exercised over a real socket without a Redis server
 */
async function fakeRedis() {
  const received: string[] = []
  const server = net.createServer((socket) => {
    socket.on('data', (chunk) => {
      received.push(chunk.toString('utf8'))
      if (chunk.toString('utf8').includes('PING')) socket.write('+PONG\r\n')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    url: `redis://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * REDIS_URL as the health checks read it (undefined = not configured)
 */
function setRedisUrl(value: string | undefined) {
  env.set('REDIS_URL', value as string)
  if (value === undefined) delete process.env.REDIS_URL
}

test.group('Health', (group) => {
  group.each.setup(() => {
    const redisUrl = env.get('REDIS_URL')
    return () => setRedisUrl(redisUrl)
  })

  test('healthy: 200 with the report in the envelope', async ({ client, assert }) => {
    setRedisUrl(undefined)

    const response = await client.get('/api/v1/health')

    response.assertStatus(200)
    const body = response.body()
    assert.isTrue(body.success)
    assert.equal(body.data.status, 'ok')
    assert.deepEqual(body.data.services, { app: 'up', database: 'up' })
    assert.deepEqual(
      body.data.checks.map((check: any) => [check.name, check.status]),
      [
        ['app', 'ok'],
        ['database', 'ok'],
      ]
    )
    assert.match(body.data.timestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    assert.isNumber(body.data.uptime_seconds)
  })

  test('is public: no token needed, a bad token does not matter', async ({ client }) => {
    setRedisUrl(undefined)

    const response = await client.get('/api/v1/health').header('authorization', 'Bearer nope')

    response.assertStatus(200)
  })

  test('checks Redis when REDIS_URL is set', async ({ client, assert }) => {
    const redis = await fakeRedis()
    setRedisUrl(redis.url)
    try {
      const response = await client.get('/api/v1/health')

      response.assertStatus(200)
      assert.deepEqual(response.body().data.services, { app: 'up', database: 'up', redis: 'up' })
      assert.include(redis.received.join(''), 'PING')
    } finally {
      await redis.close()
    }
  })

  test('an unreachable Redis is a 503', async ({ client, assert }) => {
    setRedisUrl(`redis://127.0.0.1:${await freePort()}`)

    const response = await client.get('/api/v1/health')

    response.assertStatus(503)
    response.assertBodyContains({ success: false, code: 'SERVICE_UNAVAILABLE' })
    assert.deepEqual(response.body().data.services, { app: 'up', database: 'up', redis: 'down' })
  })
})

/**
 * Points the app's database connection somewhere else until restored
 */
function pointDatabaseAt(connectionString: string, acquireTimeoutMillis: number) {
  const original = db.manager.get('postgres')!.config as PostgreConfig
  db.manager.patch('postgres', {
    ...original,
    connection: { connectionString },
    pool: { min: 0, max: 2, acquireTimeoutMillis },
  })
  return () => db.manager.patch('postgres', original)
}

test.group('Health | database down', (group) => {
  group.each.setup(() => {
    const redisUrl = env.get('REDIS_URL')
    setRedisUrl(undefined)
    return () => setRedisUrl(redisUrl)
  })

  test('503 SERVICE_UNAVAILABLE naming the database, without internals', async ({
    client,
    assert,
    cleanup,
  }) => {
    const deadPort = await freePort()
    cleanup(pointDatabaseAt(`postgres://postgres:postgres@127.0.0.1:${deadPort}/none`, 2000))

    const response = await client.get('/api/v1/health').header('accept-language', 'en')

    response.assertStatus(503)
    const body = response.body()
    assert.equal(body.success, false)
    assert.equal(body.code, 'SERVICE_UNAVAILABLE')
    assert.equal(body.message, 'The service is temporarily unavailable, try again shortly')
    assert.equal(response.header('retry-after'), '5')
    assert.equal(body.data.status, 'error')
    assert.deepEqual(body.data.services, { app: 'up', database: 'down' })
    assert.notInclude(JSON.stringify(body), 'ECONNREFUSED')
  })

  test('a database that accepts but never answers is a 503 too, not a hung probe', async ({
    client,
    assert,
    cleanup,
  }) => {
    const sockets = new Set<net.Socket>()
    const silent = net.createServer((socket) => sockets.add(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as net.AddressInfo).port
    cleanup(async () => {
      sockets.forEach((socket) => socket.destroy())
      await new Promise<void>((resolve) => silent.close(() => resolve()))
    })
    cleanup(pointDatabaseAt(`postgres://postgres:postgres@127.0.0.1:${port}/none`, 60_000))

    const response = await client.get('/api/v1/health')

    response.assertStatus(503)
    assert.deepEqual(response.body().data.services, { app: 'up', database: 'down' })
  })
})

test.group('Health | live and ready', (group) => {
  group.each.setup(() => {
    const redisUrl = env.get('REDIS_URL')
    return () => setRedisUrl(redisUrl)
  })

  test('live answers without touching the database', async ({ client, assert, cleanup }) => {
    setRedisUrl(`redis://127.0.0.1:${await freePort()}`)
    cleanup(pointDatabaseAt(`postgres://postgres:postgres@127.0.0.1:${await freePort()}/none`, 500))

    const response = await client.get('/api/v1/health/live')

    response.assertStatus(200)
    assert.equal(response.body().data.status, 'ok')
    assert.isUndefined(response.header('x-ratelimit-limit'))
  })

  test('ready: 200 ok with the database', async ({ client, assert }) => {
    setRedisUrl(undefined)

    const response = await client.get('/api/v1/health/ready')

    response.assertStatus(200)
    assert.equal(response.body().data.status, 'ok')
    assert.deepEqual(response.body().data.services, { database: 'up' })
  })

  test('ready: Redis down is degraded, still 200', async ({ client, assert }) => {
    setRedisUrl(`redis://127.0.0.1:${await freePort()}`)

    const response = await client.get('/api/v1/health/ready')

    response.assertStatus(200)
    assert.equal(response.body().data.status, 'degraded')
    assert.deepEqual(response.body().data.services, { database: 'up', redis: 'degraded' })
  })

  test('ready: the database down is a 503', async ({ client, assert, cleanup }) => {
    setRedisUrl(undefined)
    cleanup(
      pointDatabaseAt(`postgres://postgres:postgres@127.0.0.1:${await freePort()}/none`, 1000)
    )

    const response = await client.get('/api/v1/health/ready')

    response.assertStatus(503)
    response.assertBodyContains({ success: false, code: 'SERVICE_UNAVAILABLE' })
    assert.deepEqual(response.body().data.services, { database: 'down' })
  })

  test('ready: 503 once the process is draining', async ({ client, assert, cleanup }) => {
    setRedisUrl(undefined)
    lifecycle.startDraining()
    cleanup(() => lifecycle.stopDraining())

    const response = await client.get('/api/v1/health/ready')

    response.assertStatus(503)
    assert.isTrue(response.body().data.draining)
  })
})
