/*
|--------------------------------------------------------------------------
| 1,000 parallel bookings for a 100-seat session
|--------------------------------------------------------------------------
|
| Issue 15's target: 1,000 distinct members (each of another parent) book
| one fresh 100-seat session at the same moment; all are answered within
| 5 s, exactly 100 are confirmed, none gets a 5xx. The session has no
| waitlist, so the other 900 are refused with 409 BOOKING_SESSION_FULL.
|
| Every request is a real POST /api/v1/bookings with the parent's bearer
| token, the member and an Idempotency-Key, as the portal sends it. The
| 1,000 keep-alive connections are opened first (GET /api/v1/ping on each),
| so the clock measures the app, not the kernel's accept queue.
|
*/

import http from 'node:http'
import type pg from 'pg'
import { randomUUID } from 'node:crypto'
import { createSession, type Family } from './club.js'
import { cpuDuring, percentile, postmasterOf, withPeakRss } from './lib.js'

export const BOOKING_TARGET = { requests: 1000, seats: 100, maxSeconds: 5 }

interface Answer {
  status: number
  code?: string
  detail?: string
  ms: number
}

function send(
  agent: http.Agent,
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string
) {
  return new Promise<{ status: number; text: string }>((resolve) => {
    const request = http.request(new URL(path, base), { method, agent, headers }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
      response.on('error', () => resolve({ status: 0, text }))
    })
    request.on('error', (error) => resolve({ status: 0, text: String(error) }))
    request.end(body)
  })
}

/**
 * `families` book one fresh session of `seats` seats at once; the answers
 * and the wall time
 */
async function rush(
  agent: http.Agent,
  base: string,
  client: pg.Client,
  families: Family[],
  seats: number,
  title: string
) {
  const sessionId = await createSession(client, { capacity: seats, title })
  const started = performance.now()
  const answers = await Promise.all(
    families.map(async (family): Promise<Answer> => {
      const sent = performance.now()
      const reply = await send(
        agent,
        base,
        'POST',
        '/api/v1/bookings',
        {
          'accept': 'application/json',
          'content-type': 'application/json',
          'authorization': `Bearer ${family.token}`,
          'idempotency-key': randomUUID(),
        },
        JSON.stringify({ training_session_id: sessionId, member_id: family.memberId })
      )
      let code: string | undefined
      let detail: string | undefined
      try {
        const json = JSON.parse(reply.text)
        code = json?.code ?? json?.data?.status
        if (reply.status >= 500) detail = json?.message
      } catch {
        code = reply.text.slice(0, 120)
      }
      return { status: reply.status, code, detail, ms: performance.now() - sent }
    })
  )
  return { sessionId, answers, seconds: (performance.now() - started) / 1000 }
}

export async function parallelBookings(options: {
  base: string
  client: pg.Client
  families: Family[]
  pid: number
}) {
  const { base, client, families, pid } = options
  const count = Math.min(BOOKING_TARGET.requests, families.length)
  const agent = new http.Agent({ keepAlive: true, maxSockets: count, maxFreeSockets: count })
  await Promise.all(
    Array.from({ length: count }, () => send(agent, base, 'GET', '/api/v1/ping', {}))
  )

  /**
   * A warm-up the size of the issue's earlier measurement (100 bookings,
   * 10 seats): the first bookings of a fresh process compile the path
   */
  const warm = await rush(agent, base, client, families.slice(-100), 10, 'Bench: pemanasan')
  const warmConfirmed = warm.answers.filter((answer) => answer.status === 201).length
  console.log(
    `\n     warm-up: 100 parallel bookings, 10 seats: ${warm.seconds.toFixed(2)} s, ` +
      `${warmConfirmed} confirmed, ${warm.answers.filter((answer) => answer.status >= 500).length} × 5xx`
  )

  const postmaster = await postmasterOf(client)
  const {
    result: { result, peakRss },
    serverCpu,
    dbCpu,
  } = await cpuDuring(pid, postmaster, () =>
    withPeakRss(pid, () =>
      rush(
        agent,
        base,
        client,
        families.slice(0, count),
        BOOKING_TARGET.seats,
        'Bench: 1.000 pemesanan serentak'
      )
    )
  )
  agent.destroy()

  const { answers, seconds, sessionId } = result
  const byOutcome = new Map<string, number>()
  for (const answer of answers) {
    const key = `${answer.status} ${answer.code ?? ''}`.trim()
    byOutcome.set(key, (byOutcome.get(key) ?? 0) + 1)
  }
  const serverErrors = answers.filter((answer) => answer.status >= 500 || answer.status === 0)
  const { rows } = await client.query(
    `SELECT
       (SELECT count(*)::int FROM bookings WHERE training_session_id = $1 AND status = 'confirmed') AS confirmed,
       (SELECT booked_count FROM training_sessions WHERE id = $1) AS booked_count`,
    [sessionId]
  )
  const confirmed = rows[0].confirmed as number
  const bookedCount = rows[0].booked_count as number
  const ok =
    seconds < BOOKING_TARGET.maxSeconds &&
    confirmed === BOOKING_TARGET.seats &&
    bookedCount === BOOKING_TARGET.seats &&
    serverErrors.length === 0 &&
    answers.length === BOOKING_TARGET.requests
  const latencies = answers.map((answer) => answer.ms)

  console.log(
    `\n${ok ? 'ok  ' : 'MISS'} ${count} parallel bookings, ${BOOKING_TARGET.seats} seats: ` +
      `all answered in ${seconds.toFixed(2)} s (target < ${BOOKING_TARGET.maxSeconds}), ` +
      `${confirmed} confirmed (booked_count ${bookedCount}, target exactly ${BOOKING_TARGET.seats}), ` +
      `${serverErrors.length} × 5xx/failed (target 0); ` +
      `answer p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, ` +
      `RSS peak ${peakRss.toFixed(0)} MB; CPU during the rush: server ${serverCpu.toFixed(2)} s, ` +
      `PostgreSQL ${dbCpu.toFixed(2)} s`
  )
  console.log(
    `     answers: ${[...byOutcome].map(([key, value]) => `${value} × ${key}`).join(', ')}`
  )
  if (serverErrors.length) {
    console.log(`     first failure: ${JSON.stringify(serverErrors[0]).slice(0, 300)}`)
  }
  return { ok, seconds, confirmed, serverErrors: serverErrors.length, peakRss }
}
