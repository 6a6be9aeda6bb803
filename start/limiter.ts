/*
|--------------------------------------------------------------------------
| Rate limits
|--------------------------------------------------------------------------
|
| Sign-in, sign-up and forgot-password allow AUTH_RATE_LIMIT attempts
| (default 5) per minute for one IP and email. Every limited response
| carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset
| (Unix seconds); a refusal is a 429 RATE_LIMIT_EXCEEDED with Retry-After.
| Counters live in the default store (PostgreSQL table rate_limits), so
| every app instance sees the same counts. The same middleware serves the
| API routes and the portal forms.
|
*/

import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import limiter from '@adonisjs/limiter/services/main'
import { Limiter, errors as limiterErrors } from '@adonisjs/limiter'
import LimiterDatabaseStore from '@adonisjs/limiter/stores/database'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import env from '#start/env'

interface LimitState {
  limit: number
  remaining: number
  /**
   * Seconds until the window resets
   */
  availableIn: number
}

export const AUTH_RATE_LIMIT = env.get('AUTH_RATE_LIMIT', 5)
const WINDOW = '1 minute'

/**
 * The table of the "database" store in config/limiter.ts
 */
const RATE_LIMITS_TABLE = 'rate_limits'

/**
 * One limiter per database client. The limiter manager would keep the
 * client it saw first for the life of the process; resolving it here
 * follows the current one instead: the pool in production, and in tests
 * each test's global transaction (so counts roll back with the test) or a
 * connection that was replaced. When config/limiter.ts picks another
 * default store (Redis), the manager's limiter is used as is.
 */
const limiters = new WeakMap<object, Limiter>()

function authLimiter(): Limiter {
  if (limiter.config.default !== 'database') {
    return limiter.use({ requests: AUTH_RATE_LIMIT, duration: WINDOW })
  }
  const client = db.connection()
  const knex = client.getWriteClient()
  let found = limiters.get(knex)
  if (!found) {
    found = new Limiter(
      new LimiterDatabaseStore(client, {
        tableName: RATE_LIMITS_TABLE,
        requests: AUTH_RATE_LIMIT,
        duration: WINDOW,
        clearExpiredByTimeout: !client.isTransaction,
      })
    )
    limiters.set(knex, found)
  }
  return found
}

export function rateLimitHeaders(state: LimitState, refused = false) {
  const seconds = Math.max(1, state.availableIn || 0)
  const headers: Record<string, number> = {
    'X-RateLimit-Limit': state.limit,
    'X-RateLimit-Remaining': Math.max(0, state.remaining),
    'X-RateLimit-Reset': Math.ceil(Date.now() / 1000) + seconds,
  }
  if (refused) {
    headers['Retry-After'] = seconds
  }
  return headers
}

/**
 * The key is the action, the client IP and a digest of the email typed in
 * (bounded length whatever the input).
 */
function keyFor(action: string, ctx: HttpContext) {
  const email = ctx.request.input('email')
  const who = typeof email === 'string' ? email.trim().toLowerCase() : ''
  const digest = createHash('sha256').update(who).digest('hex').slice(0, 32)
  return `auth_${action}_${ctx.request.ip()}_${digest}`
}

function throttleAuth(action: string) {
  const middleware = async (ctx: HttpContext, next: NextFn) => {
    let state: LimitState
    try {
      state = await authLimiter().consume(keyFor(action, ctx))
    } catch (error) {
      if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
        error.setHeaders(rateLimitHeaders(error.response, true))
      }
      throw error
    }
    for (const [name, value] of Object.entries(rateLimitHeaders(state))) {
      ctx.response.header(name, value)
    }
    return next()
  }
  Object.defineProperty(middleware, 'name', { value: `${action}Throttle` })
  return middleware
}

export const loginThrottle = throttleAuth('login')
export const registerThrottle = throttleAuth('register')
export const forgotPasswordThrottle = throttleAuth('forgot_password')

/**
 * Forgets every count. Tests inside a global transaction need not call it
 * (their counts roll back); suites without one (browser) may.
 */
export function clearRateLimits() {
  return authLimiter().clear()
}
