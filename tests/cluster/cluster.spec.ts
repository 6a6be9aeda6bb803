/*
| Two production instances behind HAProxy (docs/deploy/haproxy.cfg), one
| PostgreSQL (the test run's) and a real Redis: what README's "Scale-out"
| and docs/deploy.md promise, proved. Without redis-server, haproxy or
| openssl on the machine the tests are skipped, except in CI (CI=true),
| where that is a failure: .ci/run installs them.
*/

import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { createCoach, PASSWORD, uniqueEmail, createUser } from '#tests/fixtures'
import {
  CookieJar,
  freePort,
  Instance,
  missingTools,
  prepareWorkDir,
  Proxy,
  Redis,
  request,
  sleep,
  StreamClient,
  until,
} from './harness.js'
import env from '#start/env'
import db from '@adonisjs/lucid/services/db'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createProgram } from '#tests/fixtures'
import { application } from '../functional/enrollments/fixtures.js'
import { ROOT, Worker } from './harness.js'

const missing = missingTools()
const inCi = process.env.CI === 'true'
const skipped = missing.length > 0 && !inCi
const reason = `needs ${missing.join(', ')} (apt-get install -y redis-server haproxy openssl)`

const SHUTDOWN_TIMEOUT_MS = 5000

/**
 * A cookie jar that routes through the proxy to one instance ("a" or "b")
 */
function pinnedTo(server: 'a' | 'b') {
  const jar = new CookieJar()
  jar.cookies.set('LATIH_STREAM', server)
  return jar
}

function sessionBody(days: number) {
  const start = DateTime.now().plus({ days }).startOf('hour')
  return {
    kind: 'coaching',
    delivery: 'online',
    meeting_url: 'https://meet.example.test/j/1',
    starts_at: start.toUTC().toISO(),
    ends_at: start.plus({ hours: 1 }).toUTC().toISO(),
  }
}

const created = (client: StreamClient, id: string) =>
  client
    .on('training-sessions')
    .some((message) => message.payload?.event === 'created' && message.payload.session?.id === id)

test.group('Two instances behind HAProxy', (group) => {
  let redis: Redis
  let a: Instance
  let b: Instance
  let proxy: Proxy
  let token: string
  let subscriber: StreamClient

  group.tap((t) => {
    t.skip(skipped, reason)
  })

  group.setup(async () => {
    if (missing.length && inCi) {
      throw new Error(`CI must run the cluster test: ${reason}`)
    }
    if (skipped) return () => {}
    const cleanWorkDir = prepareWorkDir()
    redis = new Redis(await freePort())
    await redis.start()
    const instanceEnv = { SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) }
    const common = {
      redisUrl: redis.url,
      env: { ...instanceEnv, APP_KEY: env.get('APP_KEY').release() },
    }
    a = new Instance('a', await freePort(), common)
    b = new Instance('b', await freePort(), common)
    await Promise.all([a.start(), b.start()])
    proxy = new Proxy(await freePort(), await freePort())
    await proxy.start([a, b])

    return async () => {
      subscriber?.close()
      await Promise.all([proxy?.stop(), a?.stop(), b?.stop()])
      await redis?.kill()
      cleanWorkDir()
    }
  })

  test('a subscriber on B receives a session created through A', async ({ assert }) => {
    const coach = await createCoach()
    const login = await request(proxy.base, 'POST', '/api/v1/auth/login', {
      json: { email: coach.email, password: PASSWORD },
      jar: pinnedTo('a'),
    })
    assert.equal(login.status, 200, login.text)
    token = login.json().data.token

    subscriber = new StreamClient(proxy.base, pinnedTo('b'))
    await subscriber.connect()
    const subscribed = await subscriber.subscribe('training-sessions')
    assert.equal(subscribed.status, 204, subscribed.text)

    // the subscribe POST must reach the instance holding the stream: sent
    // to the other one it is refused, which is why /__transmit/ is sticky
    const astray = new StreamClient(proxy.base, pinnedTo('b'))
    await astray.connect()
    astray.jar.cookies.set('LATIH_STREAM', 'a')
    const refused = await astray.subscribe('training-sessions')
    astray.close()
    assert.equal(refused.status, 400)

    const response = await request(proxy.base, 'POST', '/api/v1/training-sessions', {
      json: sessionBody(3),
      jar: pinnedTo('a'),
      headers: { authorization: `Bearer ${token}` },
    })
    assert.equal(response.status, 201, response.text)
    const id = response.json().data.id

    await until('B delivers the session created on A', async () =>
      created(subscriber, id) ? true : undefined
    )
  })

  test('the sign-in limit is shared, whatever X-Forwarded-For a client sends', async ({
    assert,
  }) => {
    const user = await createUser('member', { email: uniqueEmail('limit') })
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      const reply = await request(proxy.base, 'POST', '/api/v1/auth/login', {
        json: { email: user.email, password: 'wrong-password' },
        jar: pinnedTo(attempt % 2 === 0 ? 'a' : 'b'),
        headers: { 'x-forwarded-for': `203.0.113.${attempt + 1}` },
      })
      statuses.push(reply.status)
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429])
  })

  test('Redis killed: both serve, a fresh instance boots, the outage is dropped, then resync', async ({
    assert,
  }) => {
    await redis.kill()

    for (const server of ['a', 'b'] as const) {
      const programs = await request(proxy.base, 'GET', '/api/v1/programs', {
        jar: pinnedTo(server),
      })
      assert.equal(programs.status, 200, `programs on ${server}`)
    }
    await until('both instances report Redis degraded', async () => {
      const replies = await Promise.all(
        (['a', 'b'] as const).map((server) =>
          request(proxy.base, 'GET', '/api/v1/health/ready', { jar: pinnedTo(server) })
        )
      )
      return replies.every(
        (reply) => reply.status === 200 && reply.json().data.services.redis === 'degraded'
      )
        ? true
        : undefined
    })

    const fresh = new Instance('c', await freePort(), {
      redisUrl: redis.url,
      env: { APP_KEY: env.get('APP_KEY').release() },
    })
    try {
      await fresh.start()
      const direct = await fetch(`http://${fresh.address}/api/v1/health/ready`)
      assert.equal(direct.status, 200)
      const body = (await direct.json()) as any
      assert.equal(body.data.services.redis, 'degraded')
    } finally {
      await fresh.stop()
    }

    // a broadcast during the outage reaches nobody on B, and never later
    const during = await request(proxy.base, 'POST', '/api/v1/training-sessions', {
      json: sessionBody(4),
      jar: pinnedTo('a'),
      headers: { authorization: `Bearer ${token}` },
    })
    assert.equal(during.status, 201, during.text)
    const droppedId = during.json().data.id

    await sleep(500)
    await redis.start()
    await until('B tells its browsers to resync', async () =>
      subscriber.on('training-sessions').some((message) => message.payload?.type === 'resync')
        ? true
        : undefined
    )
    await sleep(500)
    assert.isFalse(created(subscriber, droppedId), 'the outage broadcast came late')

    // the bus works again
    const after = await request(proxy.base, 'POST', '/api/v1/training-sessions', {
      json: sessionBody(5),
      jar: pinnedTo('a'),
      headers: { authorization: `Bearer ${token}` },
    })
    await until('B delivers again', async () =>
      created(subscriber, after.json().data.id) ? true : undefined
    )

    for (const instance of [a, b, fresh]) {
      assert.lengthOf(instance.logLines(/Redis is not reachable/), 1, instance.name)
      assert.lengthOf(instance.logLines(/\[ioredis\]|Unhandled error/), 0, instance.name)
    }
  })

  test('mail queued on A waits in PostgreSQL and two workers send each exactly once', async ({
    assert,
  }) => {
    const program = await createProgram()
    const emails: string[] = []
    for (let index = 0; index < 4; index++) {
      const body = application(program.id)
      emails.push(body.email)
      const reply = await request(proxy.base, 'POST', '/api/v1/enrollments', {
        json: body,
        jar: pinnedTo('a'),
      })
      assert.equal(reply.status, 201, reply.text)
    }
    const waiting = await db
      .from('queue_jobs')
      .whereLike('data', '%SendMailJob%')
      .count('* as total')
    assert.equal(Number(waiting[0].total), 4, 'no worker yet: the mails wait as jobs')

    const workerEnv = { APP_KEY: env.get('APP_KEY').release() }
    const workers = [new Worker('w1', workerEnv), new Worker('w2', workerEnv)]
    try {
      await Promise.all(workers.map((worker) => worker.start()))
      await until('the workers empty the queue', async () => {
        const left = await db.from('queue_jobs').count('* as total')
        return Number(left[0].total) === 0 ? true : undefined
      })
      await sleep(1500)
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()))
    }

    const directory = join(ROOT, 'tmp', 'mail')
    const files = await readdir(directory)
    const bodies = await Promise.all(files.map((file) => readFile(join(directory, file), 'utf8')))
    for (const email of emails) {
      assert.lengthOf(
        bodies.filter((text) => text.includes(email)),
        1,
        `one mail to ${email}`
      )
    }
    for (const worker of workers) {
      assert.equal(worker.child!.exitCode, 0, worker.child!.output.slice(-2000))
    }
  })

  test('SIGTERM with open event streams exits within the timeout', async ({ assert }) => {
    const streams = [new StreamClient(proxy.base, pinnedTo('b')), subscriber]
    await streams[0].connect()
    const subscribed = await streams[0].subscribe('training-sessions')
    assert.equal(subscribed.status, 204)

    const started = Date.now()
    b.child!.process.kill('SIGTERM')
    const code = await b.child!.exited
    const took = Date.now() - started

    assert.equal(code, 0, b.child!.output.slice(-3000))
    assert.isBelow(took, SHUTDOWN_TIMEOUT_MS)
    await Promise.all(streams.map((stream) => stream.ended))

    // the proxy sends B's traffic to A
    const reply = await request(proxy.base, 'GET', '/api/v1/health/ready', { jar: pinnedTo('b') })
    assert.equal(reply.status, 200)
    const served = reply.json()
    assert.equal(served.data.status, 'ok')
  })
})
