/*
|--------------------------------------------------------------------------
| What the bench scripts share
|--------------------------------------------------------------------------
|
| Paths, the .env, child processes, waiting for a server, a process's RSS
| and small statistics. bench/run.ts, bench/flat.ts and the scenarios in
| bench/*.ts use them.
|
*/

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../', import.meta.url))
export const NODE = process.execPath

export type Env = Record<string, string | undefined>

export function readDotEnv() {
  const values: Record<string, string> = {}
  for (const line of readFileSync(`${ROOT}.env`, 'utf8').split('\n')) {
    const match = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/)
    if (match) values[match[1]] = match[2].replace(/^['"]|['"]$/g, '')
  }
  return values
}

export function run(command: string, args: string[], env: Env) {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`)
}

export async function waitFor(url: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within 60 seconds`)
}

export function rssMb(pid: number) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)
    return match ? Number(match[1]) / 1024 : Number.NaN
  } catch {
    return Number.NaN
  }
}

/**
 * The peak RSS of a process while `work` runs, sampled every 100 ms
 */
export async function withPeakRss<T>(pid: number, work: () => Promise<T>) {
  let peak = rssMb(pid)
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid))
  }, 100)
  try {
    const result = await work()
    return { result, peakRss: Math.max(peak, rssMb(pid)) }
  } finally {
    clearInterval(sampler)
  }
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * The p-th percentile (0–100) by nearest rank
 */
export function percentile(values: number[], p: number) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export function stop(child: ChildProcess) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(null)
    child.once('exit', resolve)
    child.kill('SIGTERM')
  })
}

/**
 * The environment of the production server the bench measures: rate
 * limits lifted, quiet logs
 */
export function serverEnv(env: Env, port: number): Env {
  return {
    ...env,
    NODE_ENV: 'production',
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DB_AUTO_SETUP: 'false',
    API_RATE_LIMIT_PUBLIC: '100000000',
    API_RATE_LIMIT_MEMBER: '100000000',
    API_RATE_LIMIT_ADMIN: '100000000',
  }
}

/**
 * Starts the built production server (build/bin/server.js) and waits
 * until it answers
 */
export async function startServer(env: Env, port: number, nodeArgs: string[] = []) {
  const child = spawn(NODE, [...nodeArgs, 'bin/server.js'], {
    cwd: `${ROOT}build`,
    env: serverEnv(env, port),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const base = `http://127.0.0.1:${port}`
  await waitFor(`${base}/api/v1/ping`)
  return { child, base }
}

export const fmt = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toFixed(digits) : '—'

const TICKS_PER_SECOND = 100

function cpuTicks(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
  } catch {
    return null
  }
}

/**
 * CPU seconds a process has used so far
 */
export function cpuSeconds(pid: number) {
  return (cpuTicks(pid)?.ticks ?? Number.NaN) / TICKS_PER_SECOND
}

/**
 * CPU ticks of every child of a process (PostgreSQL's backends: the
 * children of the postmaster), by pid
 */
export function childTicks(parent: number) {
  const ticks = new Map<string, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = cpuTicks(Number(entry))
    if (stat?.ppid === parent) ticks.set(entry, stat.ticks)
  }
  return ticks
}

/**
 * CPU seconds the server process and the database's backends spend while
 * `work` runs. The postmaster is the parent of the backend `client` talks
 * to. A backend that exits meanwhile takes its share with it (the app's
 * pool keeps its connections, so little is lost).
 */
export async function cpuDuring<T>(serverPid: number, postmaster: number, work: () => Promise<T>) {
  const serverBefore = cpuSeconds(serverPid)
  const dbBefore = childTicks(postmaster)
  const result = await work()
  const serverAfter = cpuSeconds(serverPid)
  let dbTicks = 0
  for (const [pid, ticks] of childTicks(postmaster)) dbTicks += ticks - (dbBefore.get(pid) ?? 0)
  return {
    result,
    serverCpu: serverAfter - serverBefore,
    dbCpu: dbTicks / TICKS_PER_SECOND,
  }
}

/**
 * The postmaster's pid: the parent of the backend serving this client
 */
export async function postmasterOf(client: { query(sql: string): Promise<{ rows: any[] }> }) {
  const { rows } = await client.query('SELECT pg_backend_pid() AS pid')
  return cpuTicks(Number(rows[0].pid))?.ppid ?? 0
}
