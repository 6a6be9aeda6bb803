/*
|--------------------------------------------------------------------------
| npm run bench
|--------------------------------------------------------------------------
|
| Latih against its floor, in one run on one machine (docs/performance.md):
|
|   1. builds the app (`node ace build`) unless BENCH_SKIP_BUILD=1;
|   2. migrates the development database (embedded PostgreSQL unless
|      DATABASE_URL is set) and seeds the large club (`db:seed --size=large`,
|      BENCH_SESSIONS to change its size) when it is not there yet;
|   3. starts the production server (build/bin/server.js, NODE_ENV=production)
|      and the floor (bench/floor.ts: bare node:http + pg, the same SQL and
|      JSON);
|   4. for every endpoint, interleaves the two under autocannon
|      (BENCH_CONNECTIONS, default 50; BENCH_SECONDS per run, default 10;
|      BENCH_ROUNDS rounds, default 3) and takes the medians;
|   5. prints req/s, p50, p99, errors and RSS of each, and Latih's ratio to
|      the floor;
|   6. against the same server: 1,000 parallel bookings for a 100-seat
|      session (bench/bookings.ts) and a Transmit broadcast to 10,000 SSE
|      clients (bench/broadcast.ts), with the bench's own families and
|      sessions (bench/club.ts);
|   7. exits 1 when a target is missed.
|
| The list at 10k / 100k / 1M sessions is `npm run bench:flat`
| (bench/flat.ts), opt-in: it seeds a million sessions.
|
| BENCH_CPU_PROF=<dir> runs the server under `node --cpu-prof` (summarise the
| profile with bench/cpu_top.ts); BENCH_ONLY=<text> keeps the endpoints whose
| name contains it ("parallel bookings", "broadcast" for steps 6 alone).
| BENCH_SSE_CLIENTS and BENCH_SSE_PROCESSES size the broadcast.
|
| Compare ratios from one run, never absolute numbers across runs: the
| machine is shared and noisy.
|
*/

import { spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import autocannon from 'autocannon'
import pg from 'pg'
import { freePort } from '../database/embedded_postgres.js'
import { ensureDotEnv, ensureLocalDatabase } from '../bin/local.js'
import { NODE, ROOT, median, readDotEnv, rssMb, run, serverEnv, stop, waitFor } from './lib.js'
import { prepareFamilies, removeBenchSessions } from './club.js'
import { BOOKING_TARGET, parallelBookings } from './bookings.js'
import { broadcastToClients } from './broadcast.js'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50)
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const SESSIONS = Number(process.env.BENCH_SESSIONS || 100_000)

interface Scenario {
  name: string
  path: string
  /** Latih's req/s at least this share of the floor's */
  minRatio: number
  /** p99 under this many ms */
  maxP99?: number
  signedIn?: boolean
}

const SCENARIOS: Scenario[] = [
  {
    name: 'GET /api/v1/training-sessions?limit=25',
    path: '/api/v1/training-sessions?limit=25',
    minRatio: 0.7,
    maxP99: 100,
  },
  {
    name: '… &search=renang',
    path: '/api/v1/training-sessions?limit=25&search=renang',
    minRatio: 0.5,
  },
  { name: 'GET /api/v1/programs', path: '/api/v1/programs', minRatio: 0.5 },
  { name: 'GET /api/v1/health', path: '/api/v1/health', minRatio: 0 },
  { name: 'GET / (home page)', path: '/', minRatio: 0.5 },
  { name: 'GET /api/v1/me/bookings', path: '/api/v1/me/bookings', minRatio: 0.5, signedIn: true },
]
const MAX_RSS_MB = 250

async function load(base: string, path: string, headers: Record<string, string>, pid: number) {
  let peak = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid))
  }, 250)
  const result = await autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
  })
  clearInterval(sampler)
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    rss: Math.max(peak, rssMb(pid)),
  }
}

ensureDotEnv()
const database = await ensureLocalDatabase()
const dotEnv = readDotEnv()
const databaseUrl = process.env.DATABASE_URL || database?.url || dotEnv.DATABASE_URL
const env = { ...process.env, ...dotEnv, DATABASE_URL: databaseUrl }

let latih: ChildProcess | undefined
let floor: ChildProcess | undefined
let failed = false
try {
  if (!process.env.BENCH_SKIP_BUILD) run(NODE, ['ace', 'build'], env)
  run(NODE, ['ace', 'migration:run', '--force'], env)

  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM training_sessions ts JOIN users u ON u.id = ts.coach_id
     WHERE u.email LIKE '%@bulk.latih.test'`
  )
  await client.end()
  if (rows[0].n !== SESSIONS) {
    run(NODE, ['ace', 'db:seed', `--sessions=${SESSIONS}`], env)
  }

  const latihPort = await freePort()
  const floorPort = await freePort()
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : []
  latih = spawn(NODE, [...profile, 'bin/server.js'], {
    cwd: `${ROOT}build`,
    env: serverEnv(env, latihPort),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const latihBase = `http://127.0.0.1:${latihPort}`
  await waitFor(`${latihBase}/api/v1/ping`)

  const signIn = await fetch(`${latihBase}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept': 'application/json' },
    body: JSON.stringify({ email: 'parent-0001@bulk.latih.test', password: 'latih-demo-2026' }),
  })
  const signedIn = (await signIn.json()) as any
  const token = signedIn?.data?.token ?? signedIn?.data?.access_token
  if (!token) throw new Error(`Signing in failed: ${JSON.stringify(signedIn).slice(0, 300)}`)

  const homePath = `${ROOT}tmp/bench-home.html`
  const home = await fetch(`${latihBase}/`)
  writeFileSync(homePath, Buffer.from(await home.arrayBuffer()))
  floor = spawn(NODE, ['--import=@poppinss/ts-exec', 'bench/floor.ts'], {
    cwd: ROOT,
    env: { ...env, FLOOR_PORT: String(floorPort), HOME_HTML: homePath },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const floorBase = `http://127.0.0.1:${floorPort}`
  await waitFor(`${floorBase}/api/v1/health`)

  const only = process.env.BENCH_ONLY
  console.log(
    `\nLatih vs floor: ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} interleaved rounds (medians), ${SESSIONS} sessions\n`
  )
  console.log(
    'endpoint'.padEnd(42) +
      'Latih req/s  p50   p99   err  RSS MB | floor req/s  p50   p99   err | ratio'
  )
  let peakRss = 0
  for (const scenario of SCENARIOS.filter((entry) => !only || entry.name.includes(only))) {
    const headers: Record<string, string> = scenario.signedIn
      ? { authorization: `Bearer ${token}` }
      : {}
    const runs = { latih: [] as any[], floor: [] as any[] }
    for (let round = 0; round < ROUNDS; round++) {
      runs.latih.push(await load(latihBase, scenario.path, headers, latih.pid!))
      runs.floor.push(await load(floorBase, scenario.path, headers, floor.pid!))
    }
    const pick = (list: any[], key: string) => median(list.map((entry) => entry[key]))
    const ours = {
      rps: pick(runs.latih, 'rps'),
      p50: pick(runs.latih, 'p50'),
      p99: pick(runs.latih, 'p99'),
      errors: runs.latih.reduce((sum, entry) => sum + entry.errors, 0),
      rss: Math.max(...runs.latih.map((entry) => entry.rss)),
    }
    const base = {
      rps: pick(runs.floor, 'rps'),
      p50: pick(runs.floor, 'p50'),
      p99: pick(runs.floor, 'p99'),
      errors: runs.floor.reduce((sum, entry) => sum + entry.errors, 0),
    }
    peakRss = Math.max(peakRss, ours.rss)
    const ratio = base.rps ? ours.rps / base.rps : 0
    const ok =
      ours.errors === 0 &&
      ratio >= scenario.minRatio &&
      (scenario.maxP99 === undefined || ours.p99 <= scenario.maxP99)
    failed ||= !ok
    console.log(
      `${ok ? 'ok  ' : 'MISS'} ${scenario.name.padEnd(37)} ` +
        `${ours.rps.toFixed(0).padStart(6)} ${String(ours.p50).padStart(5)} ${String(ours.p99).padStart(5)} ` +
        `${String(ours.errors).padStart(4)} ${ours.rss.toFixed(0).padStart(6)} | ` +
        `${base.rps.toFixed(0).padStart(10)} ${String(base.p50).padStart(5)} ${String(base.p99).padStart(5)} ` +
        `${String(base.errors).padStart(4)} | ${ratio.toFixed(2)} (target ≥ ${scenario.minRatio}` +
        `${scenario.maxP99 ? `, p99 < ${scenario.maxP99} ms` : ''})`
    )
  }
  const rssOk = peakRss <= MAX_RSS_MB
  failed ||= !rssOk
  console.log(
    `\n${rssOk ? 'ok  ' : 'MISS'} Latih RSS peak ${peakRss.toFixed(0)} MB (target < ${MAX_RSS_MB})`
  )

  /**
   * The write and push targets (bench/bookings.ts, bench/broadcast.ts),
   * against the same production server, after the list loads
   */
  const wanted = (name: string) => !only || name.includes(only)
  if (wanted('parallel bookings') || wanted('broadcast')) {
    const bench = new pg.Client({ connectionString: databaseUrl })
    await bench.connect()
    try {
      await removeBenchSessions(bench)
      const families = await prepareFamilies(bench, BOOKING_TARGET.requests)
      if (wanted('parallel bookings')) {
        const booked = await parallelBookings({
          base: latihBase,
          client: bench,
          families,
          pid: latih.pid!,
        })
        failed ||= !booked.ok
      }
      if (wanted('broadcast')) {
        const broadcast = await broadcastToClients({
          base: latihBase,
          client: bench,
          families,
          pid: latih.pid!,
        })
        failed ||= !broadcast.ok
      }
    } finally {
      await removeBenchSessions(bench).catch(() => {})
      await bench.end()
    }
  }
} finally {
  if (latih) await stop(latih)
  if (floor) await stop(floor)
  await database?.stop()
}
/*
 * exit explicitly: the embedded PostgreSQL's stop leaves handlers that
 * otherwise let the process end with status 0 after a miss
 */
process.exit(failed ? 1 : 0)
