/*
|--------------------------------------------------------------------------
| npm run bench
|--------------------------------------------------------------------------
|
| Starts the app (production-like: no HMR, no query debug) against the
| development database (embedded PostgreSQL unless DATABASE_URL is set),
| makes sure the demo club exists, then measures the hot read paths a
| phone hits most. Prints requests/second, p50/p95/p99 latency and the
| server's resident memory, and checks them against the targets below.
| Exit code 1 when a target is missed.
|
*/

import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { freePort } from '../database/embedded_postgres.js'
import { ensureDotEnv, ensureLocalDatabase } from '../bin/local.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const REQUESTS = Number(process.env.BENCH_REQUESTS || 400)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 20)

/**
 * Targets for one 2-core machine (the server runs from source through
 * ts-exec, which costs memory a built server does not pay)
 */
const TARGETS = { p95Ms: 150, minRps: 100, maxRssMb: 512 }

const SCENARIOS = [
  { name: 'GET /api/v1/health', path: '/api/v1/health' },
  { name: 'GET /api/v1/programs', path: '/api/v1/programs' },
  { name: 'GET /api/v1/training-sessions', path: '/api/v1/training-sessions?limit=25' },
  { name: 'GET / (home page)', path: '/' },
]

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function waitForServer(base: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`${base}/api/v1/ping`)
      if (response.ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('The server did not start within 30 seconds')
}

async function run(base: string, path: string) {
  const latencies: number[] = []
  let failures = 0
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++
        const begin = performance.now()
        const response = await fetch(`${base}${path}`)
        await response.arrayBuffer()
        latencies.push(performance.now() - begin)
        if (!response.ok) failures++
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures,
  }
}

function rssMb(pid: number) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const match = status.match(/VmRSS:\s+(\d+)/)
    return match ? Number(match[1]) / 1024 : Number.NaN
  } catch {
    return Number.NaN
  }
}

ensureDotEnv()
const database = await ensureLocalDatabase()
const port = await freePort()
const base = `http://127.0.0.1:${port}`

const server = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
  cwd: ROOT,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DB_AUTO_SETUP: 'true',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})

let failed = false
try {
  await waitForServer(base)
  console.log(`Latih bench: ${REQUESTS} requests per scenario, ${CONCURRENCY} at a time\n`)
  for (const scenario of SCENARIOS) {
    await run(base, scenario.path) // warm up
    const result = await run(base, scenario.path)
    const ok = result.failures === 0 && result.p95 <= TARGETS.p95Ms && result.rps >= TARGETS.minRps
    failed ||= !ok
    console.log(
      `${ok ? 'ok  ' : 'MISS'} ${scenario.name.padEnd(34)} ${result.rps.toFixed(0).padStart(6)} req/s` +
        `  p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms` +
        (result.failures ? `  ${result.failures} failed` : '')
    )
  }
  const rss = rssMb(server.pid!)
  const rssOk = !(rss > TARGETS.maxRssMb)
  failed ||= !rssOk
  console.log(`\n${rssOk ? 'ok  ' : 'MISS'} server memory (RSS) ${rss.toFixed(0)} MB`)
  console.log(
    `targets: p95 ≤ ${TARGETS.p95Ms} ms, ≥ ${TARGETS.minRps} req/s per scenario, RSS ≤ ${TARGETS.maxRssMb} MB`
  )
} finally {
  server.kill('SIGTERM')
  await new Promise((resolve) => server.once('exit', resolve))
  await database?.stop()
}
process.exitCode = failed ? 1 : 0
