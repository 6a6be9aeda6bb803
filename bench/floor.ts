/*
|--------------------------------------------------------------------------
| The floor: what the bench compares Latih with
|--------------------------------------------------------------------------
|
| A bare node:http + pg server that answers the bench's endpoints with the
| SQL Latih runs for them (the same statements, in the same number of round
| trips) and the same JSON keys, and nothing else: no framework, no
| middleware, no models, no validation. What Latih spends above it is the
| framework's cost. Started by bench/run.ts:
|
|   FLOOR_PORT=4000 DATABASE_URL=postgres://… HOME_HTML=/tmp/home.html node bench/floor.ts
|
*/

import { createHash, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import pg from 'pg'

const COUNT_CAP = 10_000
const TZ = process.env.APP_TIMEZONE || 'Asia/Jakarta'
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
const homeHtml = process.env.HOME_HTML ? readFileSync(process.env.HOME_HTML) : Buffer.from('')

const iso = (value: Date | null) => (value ? value.toISOString() : null)
const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: TZ })

function json(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

function pageMeta(counted: number, page: number, limit: number, onPage: number, more: boolean) {
  const capped = counted > COUNT_CAP
  const total = capped ? Math.max(COUNT_CAP, (page - 1) * limit + onPage + (more ? 1 : 0)) : counted
  const totalPages = Math.max(1, Math.ceil(total / limit))
  return {
    current_page: page,
    per_page: limit,
    total_items: total,
    total_pages: totalPages,
    next_page: more ? page + 1 : null,
    prev_page: page > 1 ? Math.min(page - 1, totalPages) : null,
    total_items_is_lower_bound: capped,
    next_cursor: null,
  }
}

async function byIds(table: string, columns: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter(Boolean))]
  if (!wanted.length) return new Map<string, any>()
  const key = table === 'coach_profiles' ? 'user_id' : 'id'
  const { rows } = await pool.query(
    `SELECT ${columns} FROM ${table} WHERE ${key} = ANY($1::uuid[])`,
    [wanted]
  )
  return new Map(rows.map((row) => [row[key], row]))
}

async function trainingSessions(params: URLSearchParams) {
  const limit = Math.min(100, Number(params.get('limit') || 25))
  const page = Math.max(1, Number(params.get('page') || 1))
  const search = params.get('search')
  const where = [`status IN ('scheduled', 'open')`, `audience = 'public'`, `ends_at > now()`]
  const values: unknown[] = []
  if (search) {
    values.push(`%${search.replace(/[%_\\]/g, '\\$&')}%`)
    where.push(`(title ILIKE $1 OR program_id IN (SELECT id FROM programs WHERE name ILIKE $1)
      OR coach_id IN (SELECT id FROM users WHERE name ILIKE $1))`)
  }
  const filter = where.join(' AND ')
  const counted = await pool.query(
    `SELECT count(*)::int AS total FROM (SELECT 1 FROM training_sessions WHERE ${filter} LIMIT ${COUNT_CAP + 1}) capped`,
    values
  )
  const { rows } = await pool.query(
    `SELECT * FROM training_sessions WHERE ${filter} ORDER BY starts_at, id
     LIMIT ${limit + 1} OFFSET ${(page - 1) * limit}`,
    values
  )
  const more = rows.length > limit
  const sessions = rows.slice(0, limit)
  const [programsById, coaches, profiles, rooms, slots] = await Promise.all([
    byIds(
      'programs',
      '*',
      sessions.map((row) => row.program_id)
    ),
    byIds(
      'users',
      'id, name, email, phone, wa_number, role, status, locale, last_login_at, created_at, updated_at',
      sessions.map((row) => row.coach_id)
    ),
    byIds(
      'coach_profiles',
      '*',
      sessions.map((row) => row.coach_id)
    ),
    byIds(
      'rooms',
      '*',
      sessions.map((row) => row.room_id)
    ),
    byIds(
      'session_times',
      '*',
      sessions.map((row) => row.session_time_id)
    ),
  ])
  const data = sessions.map((row) => {
    const program = programsById.get(row.program_id)
    const coach = coaches.get(row.coach_id)
    const profile = profiles.get(row.coach_id)
    const room = rooms.get(row.room_id)
    const slot = slots.get(row.session_time_id)
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      description: row.description,
      status: row.status,
      date: localDate.format(row.starts_at),
      starts_at: iso(row.starts_at),
      ends_at: iso(row.ends_at),
      capacity: row.capacity,
      booked_count: row.booked_count,
      seats_left: Math.max(0, row.capacity - row.booked_count),
      waitlist_enabled: row.waitlist_enabled,
      delivery: row.delivery,
      location: row.location,
      meeting_platform: row.meeting_platform,
      audience: row.audience,
      classification: row.classification,
      stage: row.stage,
      region: row.region,
      program_id: row.program_id,
      coach_id: row.coach_id,
      room_id: row.room_id,
      session_time_id: row.session_time_id,
      series_id: row.series_id,
      actual_started_at: iso(row.actual_started_at),
      actual_ended_at: iso(row.actual_ended_at),
      cancelled_at: iso(row.cancelled_at),
      cancellation_reason: row.cancellation_reason,
      created_at: iso(row.created_at),
      updated_at: iso(row.updated_at),
      program: program
        ? { id: program.id, name: program.name, code: program.code, level: program.level }
        : null,
      coach: {
        id: coach?.id,
        name: coach?.name,
        bio: profile?.bio ?? null,
        specialization: profile?.specialization ?? null,
      },
      room: room ? { id: room.id, name: room.name } : null,
      session_time: slot ? { id: slot.id, label: slot.label } : null,
    }
  })
  return {
    success: true,
    message: 'OK',
    data,
    meta: pageMeta(counted.rows[0].total, page, limit, data.length, more),
  }
}

async function programs() {
  const counted = await pool.query(
    `SELECT count(*)::int AS total FROM programs WHERE status = 'active'`
  )
  const { rows } = await pool.query(
    `SELECT * FROM programs WHERE status = 'active' ORDER BY name, id LIMIT 25`
  )
  const data = rows.map((row) => ({
    id: row.id,
    name: row.name,
    code: row.code,
    description: row.description,
    category: row.category,
    level: row.level,
    session_minutes: row.session_minutes,
    duration_hours: row.duration_hours,
    price_per_session: row.price_per_session,
    max_students: row.max_students,
    image_url: row.image_url,
    status: row.status,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  }))
  return {
    success: true,
    message: 'OK',
    data,
    meta: pageMeta(counted.rows[0].total, 1, 25, data.length, false),
  }
}

/**
 * The token check Latih's guard does: the row by id, then the secret's
 * SHA-256 against its hash
 */
async function tokenUser(header: string | undefined) {
  const value = header?.startsWith('Bearer lat_') ? header.slice('Bearer lat_'.length) : null
  if (!value) return null
  const [identifier, secret] = value.split('.')
  const id = Buffer.from(identifier, 'base64url').toString()
  const { rows } = await pool.query(
    `SELECT * FROM auth_access_tokens WHERE id = $1 AND type = 'auth_token' LIMIT 1`,
    [id]
  )
  const row = rows[0]
  if (!row) return null
  const hash = createHash('sha256')
    .update(Buffer.from(secret, 'base64url').toString())
    .digest('hex')
  if (!timingSafeEqual(Buffer.from(hash), Buffer.from(row.hash))) return null
  const user = await pool.query('SELECT * FROM users WHERE id = $1 LIMIT 1', [row.tokenable_id])
  return user.rows[0] ?? null
}

async function myBookings(authorization: string | undefined) {
  const user = await tokenUser(authorization)
  if (!user) return null
  const from = `FROM bookings b
    JOIN training_sessions ts ON ts.id = b.training_session_id
    JOIN members m ON m.id = b.member_id
    WHERE m.account_id = $1`
  const counted = await pool.query(`SELECT count(*)::int AS total ${from}`, [user.id])
  const { rows } = await pool.query(
    `SELECT b.*, ts.title, ts.starts_at, ts.ends_at, ts.status AS session_status, m.name AS member_name
     ${from}
     ORDER BY (ts.starts_at < now()) ASC,
       CASE WHEN ts.starts_at >= now() THEN ts.starts_at END ASC, ts.starts_at DESC, b.id
     LIMIT 25`,
    [user.id]
  )
  const data = rows.map((row) => ({
    id: row.id,
    status: row.status,
    waitlist_position: row.waitlist_position,
    booked_at: iso(row.booked_at),
    confirmed_at: iso(row.confirmed_at),
    cancelled_at: iso(row.cancelled_at),
    member: { id: row.member_id, name: row.member_name },
    training_session: {
      id: row.training_session_id,
      title: row.title,
      status: row.session_status,
      starts_at: iso(row.starts_at),
      ends_at: iso(row.ends_at),
    },
  }))
  return {
    success: true,
    message: 'OK',
    data,
    meta: pageMeta(counted.rows[0].total, 1, 25, data.length, false),
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://floor')
  try {
    if (url.pathname === '/api/v1/training-sessions') {
      return json(res, 200, await trainingSessions(url.searchParams))
    }
    if (url.pathname === '/api/v1/programs') return json(res, 200, await programs())
    if (url.pathname === '/api/v1/health') {
      await pool.query('SELECT 1')
      return json(res, 200, {
        success: true,
        message: 'OK',
        data: { status: 'ok', checks: { app: 'ok', database: 'ok' } },
      })
    }
    if (url.pathname === '/api/v1/me/bookings') {
      const body = await myBookings(req.headers.authorization)
      return body ? json(res, 200, body) : json(res, 401, { success: false, code: 'UNAUTHORIZED' })
    }
    if (url.pathname === '/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': homeHtml.length,
      })
      return res.end(homeHtml)
    }
    json(res, 404, { success: false, code: 'ROUTE_NOT_FOUND' })
  } catch (error) {
    console.error(error)
    json(res, 500, { success: false, code: 'SERVER_ERROR' })
  }
})

server.listen(Number(process.env.FLOOR_PORT || 4000), '127.0.0.1', () => {
  console.log(`floor listening on ${process.env.FLOOR_PORT || 4000}`)
})
process.on('SIGTERM', () => {
  server.close()
  void pool.end()
})
