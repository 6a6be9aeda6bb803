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
import { requestInTwoHalves, ROOT, Worker } from './harness.js'
import { spawn } from 'node:child_process'
import { RECURRING } from '../../commands/jobs_schedule.js'

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
    const stopAll = async () => {
      subscriber?.close()
      await Promise.all([proxy?.stop(), a?.stop(), b?.stop()])
      await redis?.kill()
      cleanWorkDir()
    }
    try {
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
    } catch (error) {
      // nothing started may outlive a failed setup
      await stopAll()
      throw error
    }
    return stopAll
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

  test("B's cached public schedule shows a session created through A", async ({ assert }) => {
    const list = () =>
      request(proxy.base, 'GET', '/api/v1/training-sessions?limit=100', { jar: pinnedTo('b') })
    const before = await list()
    assert.equal(before.status, 200, before.text)
    // B now keeps this answer (production: the public cache is on)
    await list()

    const response = await request(proxy.base, 'POST', '/api/v1/training-sessions', {
      json: sessionBody(6),
      jar: pinnedTo('a'),
      headers: { authorization: `Bearer ${token}` },
    })
    assert.equal(response.status, 201, response.text)
    const id = response.json().data.id

    // A's commit reaches B through PostgreSQL's NOTIFY, with or without Redis
    const titleOnB = async () => {
      const after = await list()
      return after.json().data.find((session: { id: string }) => session.id === id)?.title as
        string | undefined
    }
    const firstTitle = await until('B lists the session created on A', titleOnB)

    // a write that skips the triggers (so sends no NOTIFY) is not seen: B answers from its cache
    await db.transaction(async (trx) => {
      await trx.rawQuery('SET LOCAL session_replication_role = replica')
      await trx.rawQuery('UPDATE training_sessions SET title = ? WHERE id = ?', ['Diam', id])
    })
    assert.equal(await titleOnB(), firstTitle)

    // the same write with its trigger empties B's cache
    await db.rawQuery('UPDATE training_sessions SET title = ? WHERE id = ?', ['Terlihat', id])
    await until('B shows the new title', async () =>
      (await titleOnB()) === 'Terlihat' ? true : undefined
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

  test('the recurring jobs are stored once, however many machines schedule them', async ({
    assert,
  }) => {
    const schedule = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['ace', 'jobs:schedule'], {
          cwd: ROOT,
          env: {
            PATH: process.env.PATH,
            NODE_ENV: 'production',
            APP_URL: 'https://latih.test',
            APP_KEY: env.get('APP_KEY').release(),
            DATABASE_URL: process.env.DATABASE_URL,
          },
          stdio: 'ignore',
        })
        child.on('exit', resolve)
      })
    assert.deepEqual(await Promise.all([schedule(), schedule()]), [0, 0])
    assert.deepEqual(await schedule(), 0)

    const rows = await db.from('queue_schedules').select('id').orderBy('id')
    assert.deepEqual(
      rows.map((row) => row.id),
      RECURRING.map((entry) => entry.id).sort()
    )
  })

  test('SIGTERM with open event streams exits within the timeout', async ({ assert }) => {
    const streams = [new StreamClient(proxy.base, pinnedTo('b')), subscriber]
    await streams[0].connect()
    const subscribed = await streams[0].subscribe('training-sessions')
    assert.equal(subscribed.status, 204)

    // a request B is still reading when SIGTERM comes gets its answer
    const inFlight = requestInTwoHalves(b.address, '/api/v1/auth/login', {
      email: uniqueEmail('late'),
      password: 'not-the-password',
    })
    await sleep(200)

    const started = Date.now()
    b.child!.process.kill('SIGTERM')
    await sleep(300)
    assert.equal(await inFlight.finish(), 401)
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
