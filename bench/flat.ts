/*
|--------------------------------------------------------------------------
| npm run bench:flat — the list as the club grows
|--------------------------------------------------------------------------
|
| Issue 15's target: the public list, `GET /api/v1/training-sessions?limit=25`,
| answers with the same p50 (within ±25 %) at 10,000, 100,000 and
| 1,000,000 sessions. Sizes: BENCH_FLAT_SIZES, default "10000,100000,1000000".
|
|   1. every size gets its own database next to the bench's
|      (<database>_flat_<size>), migrated and seeded with the large club at
|      that size (`db:seed --sessions=N`) unless it already holds it: a
|      million sessions take 15–20 minutes the first time, nothing later;
|   2. one production server (build/bin/server.js) per size, all running
|      at once, warmed up;
|   3. BENCH_FLAT_ROUNDS (default 3) interleaved rounds: in each, every
|      path of BENCH_FLAT_PATHS (default the list and the list with a
|      search) at 1 and 10 connections (BENCH_FLAT_CONNECTIONS) for
|      BENCH_FLAT_SECONDS (default 10) against each size in turn, so the
|      machine's noise falls on all sizes alike; a small closed-loop client
|      times each answer (autocannon's percentiles are whole milliseconds,
|      too coarse for ±25 % of a few ms);
|   4. prints the median p50, p99 and req/s per size, and per path and
|      connections whether every size's p50 lies within ±25 % of the
|      median of the sizes; exits 1 when the list's (the first path) does
|      not at some number of connections. The other paths are shown for
|      comparison ("info").
|
| The servers run with PUBLIC_CACHE=false: a cached answer costs the same
| at any size and would say nothing about the queries (BENCH_FLAT_CACHE=1
| keeps the cache on).
|
| Opt-in (not part of `npm run bench`) because of the million-session
| seed and its disk (several GB). BENCH_SKIP_BUILD=1 reuses build/.
|
*/

import http from 'node:http'
import type { ChildProcess } from 'node:child_process'
import pg from 'pg'
import { freePort } from '../database/embedded_postgres.js'
import { ensureDotEnv, ensureLocalDatabase } from '../bin/local.js'
import { NODE, median, percentile, readDotEnv, rssMb, run, startServer, stop } from './lib.js'

const SIZES = (process.env.BENCH_FLAT_SIZES || '10000,100000,1000000').split(',').map(Number)
const PATHS = (
  process.env.BENCH_FLAT_PATHS ||
  '/api/v1/training-sessions?limit=25,/api/v1/training-sessions?limit=25&search=renang'
).split(',')
const CONNECTIONS = (process.env.BENCH_FLAT_CONNECTIONS || '1,10').split(',').map(Number)
const SECONDS = Number(process.env.BENCH_FLAT_SECONDS || 10)
const ROUNDS = Number(process.env.BENCH_FLAT_ROUNDS || 3)
const TOLERANCE = 0.25
const CACHE = process.env.BENCH_FLAT_CACHE === '1'

interface Measure {
  p50: number
  p99: number
  rps: number
  errors: number
}

/**
 * `connections` clients, each sending the next request when the last one
 * is answered, for `seconds`
 */
async function measure(base: string, path: string, connections: number, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies: number[] = []
  let errors = 0
  const until = performance.now() + seconds * 1000
  const once = () =>
    new Promise<void>((resolve) => {
      const sent = performance.now()
      http
        .get(
          new URL(path, base),
          { agent, headers: { accept: 'application/json' } },
          (response) => {
            response.resume()
            response.on('end', () => {
              if (response.statusCode === 200) latencies.push(performance.now() - sent)
              else errors++
              resolve()
            })
          }
        )
        .on('error', () => {
          errors++
          resolve()
        })
    })
  const started = performance.now()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) await once()
    })
  )
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: latencies.length / elapsed,
    errors,
  } satisfies Measure
}

ensureDotEnv()
const database = await ensureLocalDatabase()
const dotEnv = readDotEnv()
const databaseUrl = process.env.DATABASE_URL || database?.url || dotEnv.DATABASE_URL
const env = { ...process.env, ...dotEnv, DATABASE_URL: databaseUrl }

/**
 * The database of one size: created when missing, migrated, seeded unless
 * it already holds that many sessions of the large club
 */
async function databaseFor(size: number) {
  const url = new URL(databaseUrl!)
  const name = `${url.pathname.slice(1)}_flat_${size}`
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
  if (!rows.length) await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  url.pathname = `/${name}`
  const sizeEnv = { ...env, DATABASE_URL: url.toString() }
  run(NODE, ['ace', 'migration:run', '--force'], sizeEnv)

  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  const { rows: counted } = await client.query(
    `SELECT count(*)::int AS n FROM training_sessions ts JOIN users u ON u.id = ts.coach_id
     WHERE u.email LIKE '%@bulk.latih.test'`
  )
  await client.end()
  let seconds = 0
  if (counted[0].n !== size) {
    const started = performance.now()
    run(NODE, ['ace', 'db:seed', `--sessions=${size}`], sizeEnv)
    seconds = (performance.now() - started) / 1000
  }
  return { env: sizeEnv, seconds }
}

const servers: ChildProcess[] = []
let failed = false
const results = new Map<string, Measure[]>()
try {
  if (!process.env.BENCH_SKIP_BUILD) run(NODE, ['ace', 'build'], env)

  const bases = new Map<number, string>()
  const seeded = new Map<number, number>()
  for (const size of SIZES) {
    const prepared = await databaseFor(size)
    seeded.set(size, prepared.seconds)
  }
  for (const size of SIZES) {
    const url = new URL(databaseUrl!)
    url.pathname = `/${url.pathname.slice(1)}_flat_${size}`
    const started = await startServer(
      { ...env, DATABASE_URL: url.toString(), PUBLIC_CACHE: CACHE ? 'true' : 'false' },
      await freePort()
    )
    servers.push(started.child)
    bases.set(size, started.base)
    for (const path of PATHS) await measure(started.base, path, 10, 2)
  }

  for (let round = 0; round < ROUNDS; round++) {
    for (const path of PATHS) {
      for (const connections of CONNECTIONS) {
        for (const [index, size] of SIZES.entries()) {
          const result = await measure(bases.get(size)!, path, connections, SECONDS)
          const key = `${size} ${connections} ${path}`
          results.set(key, [...(results.get(key) ?? []), result])
          console.log(
            `round ${round + 1}  ${String(size).padStart(8)} sessions  ${String(connections).padStart(2)} conn  ` +
              `p50 ${result.p50.toFixed(1).padStart(6)} ms  p99 ${result.p99.toFixed(1).padStart(6)} ms  ` +
              `${result.rps.toFixed(0).padStart(5)} req/s  ${result.errors} err  ` +
              `RSS ${rssMb(servers[index].pid!).toFixed(0)} MB  ${path}`
          )
        }
      }
    }
  }

  console.log(
    `\nThe list at ${SIZES.join(' / ')} sessions (seeded now in ${SIZES.map((size) => `${seeded.get(size)!.toFixed(0)} s`).join(' / ')}), ` +
      `${ROUNDS} interleaved rounds of ${SECONDS} s, medians, public cache ${CACHE ? 'on' : 'off'}; ` +
      `in ms per size\n`
  )
  for (const path of PATHS) {
    for (const connections of CONNECTIONS) {
      const pick = (size: number, key: keyof Measure) =>
        median(results.get(`${size} ${connections} ${path}`)!.map((entry) => entry[key]))
      const p50s = SIZES.map((size) => pick(size, 'p50'))
      const middle = median(p50s)
      const worst = Math.max(...p50s.map((value) => Math.abs(value - middle) / middle))
      const errors = SIZES.reduce(
        (sum, size) =>
          sum +
          results
            .get(`${size} ${connections} ${path}`)!
            .reduce((total, entry) => total + entry.errors, 0),
        0
      )
      const ok = worst <= TOLERANCE && errors === 0
      // the target is the list's (the first path); the others are shown beside it
      const target = path === PATHS[0]
      if (target) failed ||= !ok
      console.log(
        `${target ? (ok ? 'ok  ' : 'MISS') : 'info'} ${String(connections).padStart(2)} conn  ` +
          `p50 ${p50s.map((value) => value.toFixed(1)).join(' / ')}  ` +
          `p99 ${SIZES.map((size) => pick(size, 'p99').toFixed(1)).join(' / ')}  ` +
          `req/s ${SIZES.map((size) => pick(size, 'rps').toFixed(0)).join(' / ')}  ` +
          `(furthest ${(worst * 100).toFixed(0)} % from their median, target ±${TOLERANCE * 100} %; ${errors} err)  ${path}`
      )
    }
  }
} finally {
  for (const server of servers) await stop(server)
  await database?.stop()
}
process.exit(failed ? 1 : 0)
