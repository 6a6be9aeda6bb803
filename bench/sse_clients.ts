/*
|--------------------------------------------------------------------------
| A share of the broadcast's 10,000 subscribers (a child of broadcast.ts)
|--------------------------------------------------------------------------
|
| Opens SSE_COUNT Transmit streams to SSE_BASE the way the schedule page's
| client does for a visitor: GET /__transmit/events?uid=…, then
| POST /__transmit/subscribe with the cookies that answer set (and their
| XSRF-TOKEN as X-XSRF-TOKEN when there is one): 10,000 visitors, not one
| browser with 10,000 tabs. The app allows 20 open streams per IP
| (app/services/transmit_streams.ts), so every 20 streams come from their
| own loopback address (127.<SSE_NET>.x.y): each looks like another
| household. Raw node:http, nothing parsed but a substring test, so the
| client adds as little as it can to the latency it measures.
|
| Talks to its parent over IPC:
|   → { type: 'ready', opened, subscribed, failures }
|   ← { type: 'expect', markers }   (every marker must be in the frame)
|   ← { type: 'collect' }
|   → { type: 'arrivals', times }   (per stream, process.hrtime.bigint() in
|                                    ns as a string, or null; CLOCK_MONOTONIC,
|                                    the same clock in every process)
|   ← { type: 'close' }
|
*/

import http from 'node:http'
import { randomUUID } from 'node:crypto'

const BASE = process.env.SSE_BASE!
const COUNT = Number(process.env.SSE_COUNT)
const NET = Number(process.env.SSE_NET || 1)
const CHANNEL = process.env.SSE_CHANNEL!
const PER_IP = 20
const OPENING = 40

interface Subscriber {
  response?: http.IncomingMessage
  arrived?: bigint
}

const subscribers: Subscriber[] = []
let markers: Buffer[] = []
let failures: string[] = []

const posts = new http.Agent({ keepAlive: true, maxSockets: 8 })

function cookiesOf(headers: http.IncomingHttpHeaders) {
  const jar = new Map<string, string>()
  for (const line of headers['set-cookie'] ?? []) {
    const [pair] = line.split(';')
    const index = pair.indexOf('=')
    jar.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim())
  }
  return jar
}

function localAddress(index: number) {
  const block = Math.floor(index / PER_IP)
  return `127.${NET}.${Math.floor(block / 250)}.${(block % 250) + 1}`
}

/**
 * Opens one stream as a visitor of the schedule page: no cookie to start
 * with; whatever the stream's answer sets (the visitor's live cookie, or a
 * session and its XSRF-TOKEN) is what its subscription carries
 */
function openStream(index: number, subscriber: Subscriber) {
  const uid = randomUUID()
  return new Promise<{ uid: string; cookie: string; xsrf: string }>((resolve, reject) => {
    const request = http.get(
      new URL(`/__transmit/events?uid=${uid}`, BASE),
      {
        agent: false,
        localAddress: localAddress(index),
        headers: { accept: 'text/event-stream' },
      },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume()
          return reject(new Error(`events ${response.statusCode}`))
        }
        subscriber.response = response
        response.on('data', (chunk: Buffer) => {
          if (subscriber.arrived || markers.length === 0) return
          const now = process.hrtime.bigint()
          if (markers.every((marker) => chunk.includes(marker))) subscriber.arrived = now
        })
        response.on('error', () => {})
        const jar = cookiesOf(response.headers)
        resolve({
          uid,
          cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
          xsrf: decodeURIComponent(jar.get('XSRF-TOKEN') ?? ''),
        })
      }
    )
    request.on('error', reject)
  })
}

function subscribe(uid: string, cookie: string, xsrf: string) {
  const body = JSON.stringify({ uid, channel: CHANNEL })
  return new Promise<void>((resolve, reject) => {
    const request = http.request(
      new URL('/__transmit/subscribe', BASE),
      {
        method: 'POST',
        agent: posts,
        headers: {
          'accept': 'application/json',
          'content-type': 'application/json',
          ...(cookie ? { cookie } : {}),
          ...(xsrf ? { 'x-xsrf-token': xsrf } : {}),
        },
      },
      (response) => {
        response.resume()
        if (response.statusCode && response.statusCode < 300) resolve()
        else reject(new Error(`subscribe ${response.statusCode}`))
      }
    )
    request.on('error', reject)
    request.end(body)
  })
}

async function connect() {
  let next = 0
  let opened = 0
  let subscribed = 0
  async function worker() {
    while (next < COUNT) {
      const index = next++
      const subscriber: Subscriber = {}
      subscribers.push(subscriber)
      try {
        const stream = await openStream(index, subscriber)
        opened++
        await subscribe(stream.uid, stream.cookie, stream.xsrf)
        subscribed++
      } catch (error) {
        if (failures.length < 5) failures.push(String(error))
      }
    }
  }
  await Promise.all(Array.from({ length: OPENING }, worker))
  process.send!({ type: 'ready', opened, subscribed, failures })
}

process.on('message', (message: any) => {
  if (message.type === 'expect') {
    for (const subscriber of subscribers) subscriber.arrived = undefined
    markers = (message.markers as string[]).map((marker) => Buffer.from(marker))
    failures = []
  } else if (message.type === 'collect') {
    const times = subscribers
      .filter((subscriber) => subscriber.response)
      .map((subscriber) => (subscriber.arrived ? String(subscriber.arrived) : null))
    markers = []
    process.send!({ type: 'arrivals', times })
  } else if (message.type === 'close') {
    for (const subscriber of subscribers) subscriber.response?.destroy()
    posts.destroy()
    process.exit(0)
  }
})

await connect()
