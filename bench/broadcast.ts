/*
|--------------------------------------------------------------------------
| A Transmit broadcast reaching 10,000 subscribed clients
|--------------------------------------------------------------------------
|
| Issue 15's target: one instance, 10,000 SSE clients subscribed to the
| public schedule's channel (`training-sessions`, what the schedule page
| listens to), a broadcast reaches them with p99 under 250 ms, and the
| server's RSS stays under 500 MB.
|
| BENCH_SSE_CLIENTS (default 10,000) clients are spread over
| BENCH_SSE_PROCESSES (default 4) children (bench/sse_clients.ts). The
| broadcast is the app's own: a parent books a seat of a fresh session
| (POST /api/v1/bookings), the booking listener sends `seats_changed`.
| Each client notes when its socket hands over the frame (hrtime, the same
| monotonic clock in every process). Delivery is measured from the first
| client's frame, the moment the broadcast began: the booking's own work
| before it (its SQL, the listener's waitlist count) is not delivery, and
| is printed apart (from the POST leaving to the first frame; the p99
| from the POST). Three bookings, three broadcasts; the row shows the
| median of their p99s (all three are printed).
|
*/

import http from 'node:http'
import { fork, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import { createSession, type Family } from './club.js'
import { ROOT, median, percentile, rssMb, withPeakRss } from './lib.js'

export const BROADCAST_TARGET = {
  clients: Number(process.env.BENCH_SSE_CLIENTS || 10_000),
  maxP99: 250,
  maxRss: 500,
}
const PROCESSES = Number(process.env.BENCH_SSE_PROCESSES || 4)
const ROUNDS = 3
const CHANNEL = 'training-sessions'

function book(base: string, family: Family, sessionId: string) {
  return new Promise<number>((resolve) => {
    const request = http.request(
      new URL('/api/v1/bookings', base),
      {
        method: 'POST',
        headers: {
          'accept': 'application/json',
          'content-type': 'application/json',
          'authorization': `Bearer ${family.token}`,
          'idempotency-key': randomUUID(),
        },
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      }
    )
    request.on('error', () => resolve(0))
    request.end(JSON.stringify({ training_session_id: sessionId, member_id: family.memberId }))
  })
}

function nextMessage(child: ChildProcess, type: string, timeoutMs: number) {
  return new Promise<any>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage)
      reject(new Error(`no "${type}" from a client process within ${timeoutMs / 1000} s`))
    }, timeoutMs)
    function onMessage(message: any) {
      if (message?.type !== type) return
      clearTimeout(timer)
      child.off('message', onMessage)
      resolve(message)
    }
    child.on('message', onMessage)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function broadcastToClients(options: {
  base: string
  client: pg.Client
  families: Family[]
  pid: number
}) {
  const { base, client, families, pid } = options
  const sessionId = await createSession(client, {
    capacity: 50,
    title: 'Bench: siaran ke 10.000 klien',
  })
  const rssBefore = rssMb(pid)
  const children: ChildProcess[] = []
  const openStarted = performance.now()
  let peakOpening = rssBefore
  const sampler = setInterval(() => {
    peakOpening = Math.max(peakOpening, rssMb(pid))
  }, 250)
  try {
    const share = Math.ceil(BROADCAST_TARGET.clients / PROCESSES)
    for (let index = 0; index < PROCESSES; index++) {
      const count = Math.min(share, BROADCAST_TARGET.clients - index * share)
      children.push(
        fork(`${ROOT}bench/sse_clients.ts`, [], {
          execArgv: ['--import=@poppinss/ts-exec'],
          cwd: ROOT,
          env: {
            ...process.env,
            SSE_BASE: base,
            SSE_COUNT: String(count),
            SSE_NET: String(index + 1),
            SSE_CHANNEL: CHANNEL,
          },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        })
      )
    }
    const ready = await Promise.all(
      children.map((child) => nextMessage(child, 'ready', 10 * 60_000))
    )
    const subscribed = ready.reduce((sum, message) => sum + message.subscribed, 0)
    const openSeconds = (performance.now() - openStarted) / 1000
    const failures = ready.flatMap((message) => message.failures)
    const rssIdle = rssMb(pid)
    clearInterval(sampler)

    const rounds: Array<{
      first: number
      p50: number
      p99: number
      max: number
      delivered: number
      answered: number
      e2eP99: number
    }> = []
    const { peakRss: peakRounds } = await withPeakRss(pid, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const family = families[round]
        const markers = [sessionId, `"booked_count":${round + 1}`]
        for (const child of children) child.send({ type: 'expect', markers })
        await sleep(200)
        const sent = process.hrtime.bigint()
        const status = await book(base, family, sessionId)
        const answered = Number(process.hrtime.bigint() - sent) / 1e6
        if (status !== 201) throw new Error(`the booking that broadcasts answered ${status}`)
        // the slowest client has a second and a half beyond the booking's answer
        await sleep(1500)
        const replies = await Promise.all(
          children.map((child) => {
            const reply = nextMessage(child, 'arrivals', 30_000)
            child.send({ type: 'collect' })
            return reply
          })
        )
        const times: Array<string | null> = replies.flatMap((reply) => reply.times)
        const latencies = times
          .filter((time): time is string => time !== null)
          .map((time) => Number(BigInt(time) - sent) / 1e6)
        const first = Math.min(...latencies)
        const delivery = latencies.map((latency) => latency - first)
        rounds.push({
          first,
          answered,
          p50: percentile(delivery, 50),
          p99: percentile(delivery, 99),
          max: Math.max(...delivery),
          e2eP99: percentile(latencies, 99),
          // a client that never got the frame counts as not delivered
          delivered: latencies.length,
        })
        await sleep(500)
      }
    })

    const peakRss = Math.max(peakOpening, peakRounds)
    const p99 = median(rounds.map((entry) => entry.p99))
    const p50 = median(rounds.map((entry) => entry.p50))
    const delivered = Math.min(...rounds.map((entry) => entry.delivered))
    const ok =
      subscribed === BROADCAST_TARGET.clients &&
      delivered === BROADCAST_TARGET.clients &&
      p99 < BROADCAST_TARGET.maxP99 &&
      peakRss < BROADCAST_TARGET.maxRss
    const e2eP99 = median(rounds.map((entry) => entry.e2eP99))
    console.log(
      `\n${ok ? 'ok  ' : 'MISS'} Transmit broadcast to ${subscribed} subscribed SSE clients ` +
        `(target ${BROADCAST_TARGET.clients}; ${PROCESSES} client processes, opened in ${openSeconds.toFixed(0)} s): ` +
        `delivery p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms (target < ${BROADCAST_TARGET.maxP99}), ` +
        `from the booking's POST p99 ${e2eP99.toFixed(0)} ms; delivered to ${delivered}; ` +
        `RSS ${rssBefore.toFixed(0)} → ${rssIdle.toFixed(0)} MB subscribed, ` +
        `peak ${peakRss.toFixed(0)} MB (target < ${BROADCAST_TARGET.maxRss})`
    )
    console.log(
      `     rounds (ms after the POST: its answer, the first frame; then delivery after the first frame): ${rounds
        .map(
          (entry) =>
            `answer ${entry.answered.toFixed(0)}, first ${entry.first.toFixed(0)}; ` +
            `p50 ${entry.p50.toFixed(0)} / p99 ${entry.p99.toFixed(0)} / max ${entry.max.toFixed(0)}, ` +
            `${entry.delivered} delivered`
        )
        .join(' | ')}`
    )
    if (failures.length) console.log(`     client failures: ${failures.slice(0, 5).join('; ')}`)
    return { ok, p50, p99, peakRss, subscribed, delivered }
  } finally {
    clearInterval(sampler)
    for (const child of children) {
      if (child.connected) child.send({ type: 'close' })
    }
    await sleep(500)
    for (const child of children) {
      if (child.exitCode === null) child.kill('SIGTERM')
    }
  }
}
