/*
|--------------------------------------------------------------------------
| Analytics timings
|--------------------------------------------------------------------------
|
| Times every GET /api/v1/analytics/… report over HTTP against a running
| server on the large club (`db:seed --size=large`): signed in as the
| admin, for one month, the default period (the twelve months up to the
| end of this one) and twelve months around today (the large club's
| whole schedule); one warm-up, then the median (and min–max) of five
| requests one after another. Prints a Markdown table.
|
|   PORT=3403 EMBEDDED_PG_PORT=54403 npm run dev        (another shell)
|   EMBEDDED_PG_PORT=54403 npm run bench:analytics
|
| BENCH_BASE (default http://localhost:$PORT) points it at another server.
|
*/

import { loadavg } from 'node:os'
import pg from 'pg'
import { DateTime } from 'luxon'
import { ensureDotEnv, ensureLocalDatabase } from '../bin/local.js'

const RUNS = 5
const base = process.env.BENCH_BASE || `http://localhost:${process.env.PORT || 3403}`
const zone = process.env.APP_TIMEZONE || 'Asia/Jakarta'

ensureDotEnv()
const database = await ensureLocalDatabase()
const client = new pg.Client({ connectionString: process.env.DATABASE_URL || database?.url })
await client.connect()
const pick = async (sql: string) => {
  const { rows } = await client.query(sql)
  if (!rows[0]) throw new Error(`Nothing found for ${sql}: seed with db:seed --size=large`)
  return rows[0].id as string
}
const programId = await pick(`SELECT id FROM programs WHERE code = 'BLK-001'`)
const coachId = await pick(`SELECT id FROM users WHERE email = 'coach-001@bulk.latih.test'`)
const memberId = await pick(
  `SELECT m.id FROM members m JOIN users u ON u.id = m.account_id
    WHERE u.email = 'parent-0001@bulk.latih.test' ORDER BY m.name LIMIT 1`
)
await client.end()

const signIn = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'accept': 'application/json' },
  body: JSON.stringify({ email: 'admin@latih.test', password: 'latih-demo-2026' }),
})
const signedIn = (await signIn.json()) as { data?: { token?: string; access_token?: string } }
const token = signedIn.data?.token ?? signedIn.data?.access_token
if (!token) throw new Error(`Signing in failed: ${JSON.stringify(signedIn).slice(0, 300)}`)

const today = DateTime.now().setZone(zone)
const ranges: { name: string; query: string }[] = [
  {
    name: 'this month',
    query: `?from=${today.startOf('month').toISODate()}&to=${today.endOf('month').toISODate()}`,
  },
  { name: 'default (12 months)', query: '' },
  {
    name: '12 months around today',
    query: `?from=${today.minus({ months: 8 }).startOf('month').toISODate()}&to=${today
      .plus({ months: 3 })
      .endOf('month')
      .toISODate()}`,
  },
]
const reports = [
  { name: 'dashboard', path: '/api/v1/analytics/dashboard' },
  { name: 'bookings', path: '/api/v1/analytics/bookings' },
  { name: 'programs/:id (BLK-001)', path: `/api/v1/analytics/programs/${programId}` },
  { name: 'coaches/:id (coach-001)', path: `/api/v1/analytics/coaches/${coachId}` },
  { name: 'members/:id (a bulk child)', path: `/api/v1/analytics/members/${memberId}` },
]

async function time(url: string) {
  const started = performance.now()
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  })
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  return performance.now() - started
}

const cells: string[][] = []
for (const report of reports) {
  const row = [`\`GET ${report.name}\``]
  for (const range of ranges) {
    const url = `${base}${report.path}${range.query}`
    await time(url)
    const runs: number[] = []
    for (let run = 0; run < RUNS; run++) runs.push(await time(url))
    runs.sort((a, b) => a - b)
    const ms = (value: number) => Math.round(value)
    row.push(`${ms(runs[Math.floor(RUNS / 2)])} (${ms(runs[0])}–${ms(runs[RUNS - 1])})`)
  }
  cells.push(row)
}

const load = loadavg()
console.log(
  `Median (min–max) ms of ${RUNS} requests after a warm-up, ${base}, ${new Date().toISOString()}, load average ${load
    .map((value) => value.toFixed(1))
    .join(' ')}\n`
)
console.log(`| report | ${ranges.map((range) => range.name).join(' | ')} |`)
console.log(`| --- | ${ranges.map(() => '---').join(' | ')} |`)
for (const row of cells) console.log(`| ${row.join(' | ')} |`)
