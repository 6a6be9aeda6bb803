import pg from 'pg'
import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import cache from '@adonisjs/cache/services/main'
import logger from '@adonisjs/core/services/logger'
import env from '#start/env'

/**
 * What visitors read, cached by this instance: the front page and the
 * other content pages of a visitor without a session, and the anonymous
 * answers of the public catalogue (the schedule, programs).
 *
 * Never stale after a write: PostgreSQL sends NOTIFY latih_public when a
 * transaction that wrote a table these come from commits (migration 0760),
 * to every instance listening, and each one drops everything it cached.
 * An answer computed while such a write committed is not kept (the
 * generation moved on while it was made). While the listening connection
 * is down nothing is cached, so a missed notification cannot leave a stale
 * entry behind. What changes with time alone (a news item reaching its
 * publish time, a session that has ended) shows within the TTL
 * (PUBLIC_CACHE_TTL_SECONDS, default 10).
 *
 * On in production (`PUBLIC_CACHE=false` turns it off), off in development
 * and tests unless PUBLIC_CACHE=true.
 */
const CHANNEL = 'latih_public'
const RECONNECT_MS = 1000

let enabled = env.get('PUBLIC_CACHE', app.inProduction)
const store = () => cache.namespace('public')

let generation = 0
let listening = false
let client: pg.Client | null = null
let stopped = false
let starting: Promise<void> | null = null

export interface Ticket {
  generation: number
}

/**
 * Everything cached is dropped: a write committed
 */
export async function forgetPublic() {
  generation++
  if (enabled) await store().clear()
}

async function connect() {
  const connection = new pg.Client({ connectionString: env.get('DATABASE_URL') })
  connection.on('notification', (message) => {
    if (message.channel === CHANNEL) void forgetPublic()
  })
  connection.on('error', (error) => {
    if (!stopped) logger.warn({ err: error }, 'public cache: the NOTIFY connection failed')
  })
  connection.on('end', () => {
    listening = false
    client = null
    void forgetPublic()
    if (!stopped) setTimeout(() => void listen(), RECONNECT_MS).unref()
  })
  await connection.connect()
  await connection.query(`LISTEN ${CHANNEL}`)
  client = connection
  // what was cached before this connection listened may have missed a write
  await forgetPublic()
  listening = true
}

async function listen() {
  if (stopped || listening) return
  try {
    await connect()
  } catch (error) {
    logger.warn({ err: error }, 'public cache: cannot listen, caching nothing until it can')
    if (!stopped) setTimeout(() => void listen(), RECONNECT_MS).unref()
  }
}

/**
 * Starts listening (once); the cache is used only once it listens
 */
export function startPublicCache() {
  if (!enabled) return Promise.resolve()
  stopped = false
  starting ??= listen().finally(() => {
    starting = null
  })
  return starting
}

/**
 * Turns the cache on or off in this process (tests)
 */
export function enablePublicCache(on: boolean) {
  enabled = on
}

export async function stopPublicCache() {
  stopped = true
  listening = false
  const connection = client
  client = null
  await connection?.end().catch(() => {})
  await store()
    .clear()
    .catch(() => {})
}

export function publicCacheActive() {
  return enabled && listening
}

/**
 * The cached value of `key`, or undefined
 */
export async function readPublic<T>(key: string): Promise<T | undefined> {
  if (!publicCacheActive()) {
    void startPublicCache()
    return undefined
  }
  return (await store().get<T>({ key })) ?? undefined
}

/**
 * Taken before computing an answer to keep: `keepPublic` then refuses it
 * when a write committed meanwhile
 */
export function ticket(): Ticket {
  return { generation }
}

export async function keepPublic(from: Ticket, key: string, value: unknown) {
  if (!publicCacheActive() || from.generation !== generation) return
  await store().set({ key, value })
}

/**
 * Headers that belong to one request, not to the answer kept: its cookies,
 * id, length, and the rate-limit counts of whoever asked
 */
const NOT_KEPT = new Set([
  'set-cookie',
  'x-request-id',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
])

type KeptHeaders = Record<string, string | string[]>

interface KeptAnswer {
  headers: KeptHeaders
  body: string
}

/**
 * The headers of an answer to keep with it: the security headers Shield
 * writes on the Node response (CSP, HSTS, frame options) and the ones the
 * app set (type, language, cache-control). A kept answer is served before
 * Shield runs, so it must carry them itself.
 */
function headersToKeep(response: HttpContext['response']): KeptHeaders {
  const kept: KeptHeaders = {}
  const add = (name: string, value: unknown) => {
    const key = name.toLowerCase()
    if (NOT_KEPT.has(key) || value === undefined || value === null) return
    kept[key] = Array.isArray(value) ? value.map(String) : String(value)
  }
  for (const [name, value] of Object.entries(response.response.getHeaders())) add(name, value)
  for (const [name, value] of Object.entries(response.getHeaders())) add(name, value)
  return kept
}

function replayHeaders(response: HttpContext['response'], headers: KeptHeaders) {
  for (const [name, value] of Object.entries(headers)) {
    response.header(name, value)
  }
}

const making = new Map<string, Promise<void>>()

/**
 * One answer made at a time per key: after the cache was emptied, the
 * visitors asking for the same page at once wait for the first one's
 * answer instead of all making it (`makeOnce` then reads the cache again).
 * Only while the cache is in use: otherwise nothing would be kept to wait
 * for.
 */
export async function readOrClaim<T>(
  key: string
): Promise<{ hit: T | undefined; release: () => void }> {
  const hit = await readPublic<T>(key)
  if (hit !== undefined || !publicCacheActive()) return { hit, release: () => {} }
  const pending = making.get(key)
  if (pending) {
    await pending
    const after = await readPublic<T>(key)
    if (after !== undefined) return { hit: after, release: () => {} }
  }
  let done!: () => void
  const mine = new Promise<void>((resolve) => (done = resolve))
  making.set(key, mine)
  return {
    hit: undefined,
    release: () => {
      if (making.get(key) === mine) making.delete(key)
      done()
    },
  }
}

/**
 * A whole answer through the cache: the kept answer of `key` with its
 * headers, or the rest of the request (`next`), whose 200 answer is kept
 * when `keepable` returns its body and type. Visitors asking at once for a
 * missing answer wait for the first one's (`readOrClaim`).
 */
export async function answerThroughPublicCache(
  ctx: HttpContext,
  key: string,
  next: () => Promise<unknown>,
  keepable: (response: HttpContext['response']) => { body: string; type: string } | undefined
) {
  const { hit, release } = await readOrClaim<KeptAnswer>(key)
  if (hit) {
    replayHeaders(ctx.response, hit.headers)
    ctx.response.status(200).send(hit.body)
    return
  }
  try {
    const from = ticket()
    await next()
    const kept = ctx.response.getStatus() === 200 ? keepable(ctx.response) : undefined
    if (kept) {
      const headers = headersToKeep(ctx.response)
      headers['content-type'] ??= kept.type
      await keepPublic(from, key, { headers, body: kept.body })
    }
  } finally {
    release()
  }
}
