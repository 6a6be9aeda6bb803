/*
|--------------------------------------------------------------------------
| Health checks (GET /api/v1/health)
|--------------------------------------------------------------------------
|
| The app itself, the database, and Redis when REDIS_URL is set. The list
| is built on every run so that the current database connection and
| environment are checked, never a stale client.
|
*/

import net from 'node:net'
import tls from 'node:tls'
import db from '@adonisjs/lucid/services/db'
import { DbCheck } from '@adonisjs/lucid/database'
import { BaseCheck, HealthChecks, Result } from '@adonisjs/core/health'
import type { HealthCheckResult } from '@adonisjs/core/types/health'
import env from '#start/env'

/**
 * Liveness: answering at all means the process and its event loop work
 */
class AppCheck extends BaseCheck {
  name = 'app'

  async run(): Promise<HealthCheckResult> {
    return Result.ok('The app is running')
  }
}

/**
 * A probe must answer even when an engine hangs: a check that takes
 * longer than this counts as failed
 */
const CHECK_TIMEOUT_MS = 3000

/**
 * The check's answer, or a failure after `ms`. The timer is cleared as soon
 * as the check answers: a pending timer keeps its request's whole context
 * alive (Node carries the async context into timers), and under a probe
 * every 3 s × thousands of requests per second that was hundreds of
 * megabytes (docs/performance.md).
 */
export async function withinTimeout(
  check: Promise<HealthCheckResult>,
  ms: number
): Promise<HealthCheckResult> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<HealthCheckResult>((resolve) => {
    timer = setTimeout(
      () => resolve(Result.failed('Timed out', new Error(`No answer within ${ms} ms`))),
      ms
    )
    timer.unref()
  })
  try {
    return await Promise.race([check, expired])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Runs Lucid's database check against the connection as it is now
 */
class DatabaseCheck extends BaseCheck {
  name = 'database'

  async run(): Promise<HealthCheckResult> {
    const result = await withinTimeout(new DbCheck(db.connection()).run(), CHECK_TIMEOUT_MS)
    return result.status === 'ok'
      ? Result.ok('The database answered')
      : Result.failed('The database did not answer', result.meta?.error)
  }
}

/**
 * Sends PING (after AUTH when the URL carries credentials) over a plain
 * socket and expects +PONG: no Redis client library needed.
 */
export function pingRedis(redisUrl: string, timeoutMs = CHECK_TIMEOUT_MS): Promise<void> {
  const url = new URL(redisUrl)
  const port = Number(url.port || 6379)
  const host = url.hostname || '127.0.0.1'

  const command = (...parts: string[]) =>
    `*${parts.length}\r\n` +
    parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join('')

  let payload = ''
  if (url.password) {
    const password = decodeURIComponent(url.password)
    payload += url.username
      ? command('AUTH', decodeURIComponent(url.username), password)
      : command('AUTH', password)
  }
  payload += command('PING')

  return new Promise((resolve, reject) => {
    const socket =
      url.protocol === 'rediss:'
        ? tls.connect({ host, port, servername: host })
        : net.connect({ host, port })
    let received = ''

    const finish = (error?: Error) => {
      socket.destroy()
      error ? reject(error) : resolve()
    }

    socket.setTimeout(timeoutMs, () => finish(new Error('Redis did not answer in time')))
    socket.once('error', (error) => finish(error))
    socket.once(url.protocol === 'rediss:' ? 'secureConnect' : 'connect', () =>
      socket.write(payload)
    )
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8')
      const errorLine = received.match(/^-(.*)\r\n/m)
      if (errorLine) {
        finish(new Error(`Redis refused: ${errorLine[1]}`))
      } else if (received.includes('+PONG\r\n')) {
        finish()
      }
    })
  })
}

class RedisCheck extends BaseCheck {
  name = 'redis'

  constructor(private redisUrl: string) {
    super()
  }

  async run(): Promise<HealthCheckResult> {
    try {
      await pingRedis(this.redisUrl)
      return Result.ok('Redis answered')
    } catch (error) {
      return Result.failed('Redis is not reachable', error as Error)
    }
  }
}

/**
 * Readiness: the database must answer; Redis (when REDIS_URL is set) is
 * reported but only degrades the instance, which still serves everything
 * except live updates shared with other instances
 */
export function readinessChecks() {
  const checks = new HealthChecks().register([new DatabaseCheck()])
  const redisUrl = env.get('REDIS_URL')
  if (redisUrl) {
    checks.append([new RedisCheck(redisUrl)])
  }
  return checks
}

/**
 * The checks to run now
 */
export function healthChecks() {
  const checks = new HealthChecks().register([new AppCheck(), new DatabaseCheck()])
  const redisUrl = env.get('REDIS_URL')
  if (redisUrl) {
    checks.append([new RedisCheck(redisUrl)])
  }
  return checks
}
