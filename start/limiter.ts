/*
|--------------------------------------------------------------------------
| Rate limits
|--------------------------------------------------------------------------
|
| Every /api/v1 answer counts against a 15-minute budget (seed 004): 100
| requests per IP for visitors, 500 per signed-in account, 1,000 per
| admin (API_RATE_LIMIT_PUBLIC/MEMBER/ADMIN); the health probes are not
| counted. Sign-in, sign-up and forgot-password allow AUTH_RATE_LIMIT
| attempts (default 5) per minute for one IP and email, and
| AUTH_IP_RATE_LIMIT (default 20) per minute for one IP whatever the
| email; refresh, reset-password and change-password have the same pair
| (keyed by the token or the account). Every limited response carries
| X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset (Unix
| seconds); a refusal is a 429 RATE_LIMIT_EXCEEDED with Retry-After and
| `data.retry_after`.
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
export const AUTH_IP_RATE_LIMIT = env.get('AUTH_IP_RATE_LIMIT', 20)
const WINDOW = '1 minute'

export const API_RATE_LIMITS = {
  public: env.get('API_RATE_LIMIT_PUBLIC', 100),
  member: env.get('API_RATE_LIMIT_MEMBER', 500),
  admin: env.get('API_RATE_LIMIT_ADMIN', 1000),
}
const API_WINDOW = '15 minutes'

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
const limiters = new WeakMap<object, Map<string, Limiter>>()

function limiterFor(requests: number, duration: string): Limiter {
  if (limiter.config.default !== 'database') {
    return limiter.use({ requests, duration })
  }
  const client = db.connection()
  const knex = client.getWriteClient()
  const byBudget = limiters.get(knex) ?? new Map<string, Limiter>()
  limiters.set(knex, byBudget)
  const budget = `${requests}/${duration}`
  let found = byBudget.get(budget)
  if (!found) {
    found = new Limiter(
      new LimiterDatabaseStore(client, {
        tableName: RATE_LIMITS_TABLE,
        requests,
        duration,
        clearExpiredByTimeout: !client.isTransaction,
      })
    )
    byBudget.set(budget, found)
  }
  return found
}

const authLimiter = () => limiterFor(AUTH_RATE_LIMIT, WINDOW)

/**
 * Consumes one request of `key` from a budget; a refusal carries the
 * headers and `data.retry_after`
 */
async function consume(budget: Limiter, key: string): Promise<LimitState> {
  try {
    return await budget.consume(key)
  } catch (error) {
    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      error.setHeaders(rateLimitHeaders(error.response, true))
    }
    throw error
  }
}

function sendHeaders(ctx: HttpContext, state: LimitState) {
  for (const [name, value] of Object.entries(rateLimitHeaders(state))) {
    ctx.response.header(name, value)
  }
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

const digest = (value: unknown) =>
  createHash('sha256')
    .update(typeof value === 'string' ? value.trim().toLowerCase() : '')
    .digest('hex')
    .slice(0, 32)

/**
 * Who an attempt is about: the email typed in, the token presented, or the
 * signed-in account (a digest: bounded length whatever the input)
 */
type Subject = (ctx: HttpContext) => string

const byEmail: Subject = (ctx) => digest(ctx.request.input('email'))
const byToken: Subject = (ctx) =>
  digest(ctx.request.input('refresh_token') ?? ctx.request.input('token'))
const byAccount: Subject = (ctx) => digest(String(ctx.auth?.user?.id ?? ''))

/**
 * Two budgets per attempt: the IP with this subject (AUTH_RATE_LIMIT), and
 * the IP alone (AUTH_IP_RATE_LIMIT) so that one address cannot try many
 * emails or tokens. The headers report the tighter one.
 */
function throttleAuth(action: string, subject: Subject = byEmail) {
  const middleware = async (ctx: HttpContext, next: NextFn) => {
    const ip = ctx.request.ip()
    const perSubject = await consume(authLimiter(), `auth_${action}_${ip}_${subject(ctx)}`)
    const perIp = await consume(limiterFor(AUTH_IP_RATE_LIMIT, WINDOW), `auth_${action}_ip_${ip}`)
    sendHeaders(ctx, perSubject.remaining <= perIp.remaining ? perSubject : perIp)
    return next()
  }
  Object.defineProperty(middleware, 'name', { value: `${action}Throttle` })
  return middleware
}

/**
 * The general budget of every /api/v1 answer: per account when signed in
 * (admins get more), per IP for visitors. Health probes are not counted.
 * Route throttles (sign-in …) run later and report their own headers.
 */
export async function apiThrottle(ctx: HttpContext, next: NextFn) {
  if (ctx.route?.name?.startsWith('api.v1.health')) {
    return next()
  }
  const user = ctx.auth?.user
  const [requests, key] = user
    ? [
        user.role === 'admin' ? API_RATE_LIMITS.admin : API_RATE_LIMITS.member,
        `api_user_${user.id}`,
      ]
    : [API_RATE_LIMITS.public, `api_ip_${ctx.request.ip()}`]
  sendHeaders(ctx, await consume(limiterFor(requests, API_WINDOW), key))
  return next()
}

export const loginThrottle = throttleAuth('login')
export const registerThrottle = throttleAuth('register')
export const forgotPasswordThrottle = throttleAuth('forgot_password')
export const refreshThrottle = throttleAuth('refresh', byToken)
export const resetPasswordThrottle = throttleAuth('reset_password', byToken)
export const signupConfirmThrottle = throttleAuth('signup_confirm', byToken)
export const changePasswordThrottle = throttleAuth('change_password', byAccount)
const statusThrottle = throttleAuth('enrollment_status', (ctx) =>
  digest(ctx.request.input('registration_number'))
)

/**
 * The public enrollment status check: per IP and registration number, and
 * per IP alone, so that numbers cannot be tried in bulk. Called by the
 * controllers once the query is valid (a malformed one is a 422 and looks
 * nothing up); a refusal throws the 429.
 */
export async function throttleEnrollmentStatus(ctx: HttpContext) {
  await statusThrottle(ctx, async () => {})
}

export const CHAT_RATE_LIMITS = {
  start: env.get('CHAT_START_RATE_LIMIT', 5),
  message: env.get('CHAT_MESSAGE_RATE_LIMIT', 20),
  ipMessage: env.get('CHAT_IP_MESSAGE_RATE_LIMIT', 60),
}

/**
 * Starting a live chat: CHAT_START_RATE_LIMIT (default 5) per IP in 10
 * minutes. Called by the controllers once the input is valid; a refusal
 * throws the 429.
 */
export async function throttleChatStart(ctx: HttpContext) {
  const ip = ctx.request.ip()
  sendHeaders(
    ctx,
    await consume(limiterFor(CHAT_RATE_LIMITS.start, '10 minutes'), `chat_start_ip_${ip}`)
  )
}

/**
 * Writing in a live chat: CHAT_MESSAGE_RATE_LIMIT (default 20) per minute
 * for one chat token (or staff account), and CHAT_IP_MESSAGE_RATE_LIMIT
 * (default 60) per minute for one IP whatever the token
 */
export async function throttleChatMessage(ctx: HttpContext, writer: string) {
  const ip = ctx.request.ip()
  const perWriter = await consume(
    limiterFor(CHAT_RATE_LIMITS.message, WINDOW),
    `chat_message_${digest(writer)}`
  )
  const perIp = await consume(
    limiterFor(CHAT_RATE_LIMITS.ipMessage, WINDOW),
    `chat_message_ip_${ip}`
  )
  sendHeaders(ctx, perWriter.remaining <= perIp.remaining ? perWriter : perIp)
}

/**
 * Forgets every count. Tests inside a global transaction need not call it
 * (their counts roll back); suites without one (browser) may.
 */
export function clearRateLimits() {
  return authLimiter().clear()
}
