/*
|--------------------------------------------------------------------------
| A small deployment, for real
|--------------------------------------------------------------------------
|
| Starts redis-server, Latih web instances (NODE_ENV=production, from the
| sources, against the test run's PostgreSQL) and HAProxy with
| docs/deploy/haproxy.cfg, each on a free loopback port, as child processes
| of the test run (never the machine's services), and stops them after.
|
*/

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from '#database/embedded_postgres'
import { pingRedis } from '#start/health'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const WORK = join(ROOT, 'tmp', `cluster-${process.pid}`)

/**
 * What this machine lacks for the cluster test (empty: it can run)
 */
export function missingTools() {
  return ['redis-server', 'haproxy', 'openssl'].filter(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0
  )
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000) {
  const started = Date.now()
  let lastError: unknown
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await probe()
      if (value !== undefined) return value
    } catch (error) {
      lastError = error
    }
    await sleep(100)
  }
  throw new Error(`${what} within ${timeoutMs} ms (${String(lastError ?? 'no answer')})`)
}

/**
 * A child process whose output is kept, for assertions and for failures
 */
export class Child {
  output = ''
  exited: Promise<number | null>
  exitCode: number | null | undefined = undefined

  constructor(
    public name: string,
    public process: ChildProcess
  ) {
    process.stdout?.on('data', (chunk) => (this.output += chunk))
    process.stderr?.on('data', (chunk) => (this.output += chunk))
    this.exited = once(process, 'exit').then(([code]) => {
      this.exitCode = code as number | null
      return this.exitCode
    })
  }

  get running() {
    return this.exitCode === undefined
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM') {
    if (!this.running) return
    this.process.kill(signal)
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 15_000)
    await this.exited
    clearTimeout(timer)
  }
}

export class Redis {
  child?: Child
  constructor(public port: number) {}

  get url() {
    return `redis://127.0.0.1:${this.port}`
  }

  async start() {
    const process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { cwd: WORK, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    this.child = new Child('redis', process)
    await until('redis-server answers PING', async () => {
      await pingRedis(this.url, 500)
      return true
    })
  }

  async kill() {
    await this.child?.stop('SIGKILL')
  }
}

export interface InstanceOptions {
  redisUrl: string
  env?: Record<string, string>
}

/**
 * One production web instance
 */
export class Instance {
  child?: Child
  constructor(
    public name: string,
    public port: number,
    private options: InstanceOptions
  ) {}

  get address() {
    return `127.0.0.1:${this.port}`
  }

  async start() {
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      TZ: 'UTC',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(this.port),
      APP_KEY: process.env.APP_KEY,
      APP_URL: 'https://latih.test',
      DATABASE_URL: process.env.DATABASE_URL,
      REDIS_URL: this.options.redisUrl,
      TRUSTED_PROXIES: '127.0.0.1',
      SESSION_DRIVER: 'database',
      MAIL_MAILER: 'file',
      LOG_LEVEL: 'info',
      ...this.options.env,
    }
    const server = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = new Child(this.name, server)
    await until(`instance ${this.name} answers /api/v1/health/live`, async () => {
      if (!this.child!.running) throw new Error(`exited: ${this.child!.output.slice(-2000)}`)
      const reply = await plainGet(`http://${this.address}/api/v1/health/live`)
      return reply === 200 ? true : undefined
    })
  }

  async stop() {
    await this.child?.stop()
  }

  /**
   * The log lines (JSON in production) that match
   */
  logLines(pattern: RegExp) {
    return (this.child?.output ?? '').split('\n').filter((line) => pattern.test(line))
  }
}

/**
 * One `node ace queue:work` process
 */
export class Worker {
  child?: Child
  constructor(
    public name: string,
    private env: Record<string, string>
  ) {}

  async start() {
    const worker = spawn(process.execPath, ['ace', 'queue:work'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        TZ: 'UTC',
        NODE_ENV: 'production',
        APP_URL: 'https://latih.test',
        DATABASE_URL: process.env.DATABASE_URL,
        MAIL_MAILER: 'file',
        LOG_LEVEL: 'info',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = new Child(this.name, worker)
    await until(`worker ${this.name} starts`, async () => {
      if (!this.child!.running) throw new Error(`exited: ${this.child!.output.slice(-2000)}`)
      return /Starting worker/.test(this.child!.output) ? true : undefined
    })
  }

  async stop() {
    await this.child?.stop()
  }
}

function plainGet(url: string) {
  return fetch(url).then((response) => response.status)
}

export class Proxy {
  child?: Child
  constructor(
    public port: number,
    public httpPort: number
  ) {}

  get base() {
    return `https://localhost:${this.port}`
  }

  async start(backends: Instance[]) {
    const key = join(WORK, 'proxy.key')
    const cert = join(WORK, 'proxy.crt')
    const result = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
    ])
    if (result.status !== 0) throw new Error(`openssl: ${result.stderr}`)
    const pem = join(WORK, 'proxy.pem')
    writeFileSync(pem, spawnSync('cat', [cert, key], { encoding: 'utf8' }).stdout)
    const haproxy = spawn('haproxy', ['-db', '-f', join(ROOT, 'docs', 'deploy', 'haproxy.cfg')], {
      cwd: WORK,
      env: {
        PATH: process.env.PATH,
        LATIH_BIND: `127.0.0.1:${this.port}`,
        LATIH_HTTP_BIND: `127.0.0.1:${this.httpPort}`,
        LATIH_CERT: pem,
        LATIH_A: backends[0].address,
        LATIH_B: backends[1].address,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = new Child('haproxy', haproxy)
    await until('haproxy routes /api/v1/health/live', async () => {
      if (!this.child!.running) throw new Error(`exited: ${this.child!.output}`)
      const reply = await request(this.base, 'GET', '/api/v1/health/live')
      return reply.status === 200 ? true : undefined
    })
  }

  async stop() {
    await this.child?.stop()
  }
}

export function prepareWorkDir() {
  mkdirSync(WORK, { recursive: true })
  return () => rmSync(WORK, { recursive: true, force: true })
}

export { freePort, until, sleep }

/**
 * Cookies by name, as a browser would keep them for one site
 */
export class CookieJar {
  cookies = new Map<string, string>()

  take(headers: IncomingHttpHeaders) {
    for (const line of headers['set-cookie'] ?? []) {
      const [pair] = line.split(';')
      const index = pair.indexOf('=')
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim())
    }
  }

  get header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

export interface Reply {
  status: number
  headers: IncomingHttpHeaders
  text: string
  json(): any
}

export interface RequestOptions {
  headers?: Record<string, string>
  json?: unknown
  jar?: CookieJar
}

function open(base: string, method: string, path: string, options: RequestOptions = {}) {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json)
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
  if (body) headers['content-type'] = 'application/json'
  if (options.jar?.cookies.size) headers.cookie = options.jar.header
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = https.request(new URL(path, base), { method, headers, rejectUnauthorized: false })
    req.on('response', (response) => {
      options.jar?.take(response.headers)
      resolve(response)
    })
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * One HTTPS request through the proxy (its certificate is self-signed)
 */
export async function request(
  base: string,
  method: string,
  path: string,
  options: RequestOptions = {}
): Promise<Reply> {
  const response = await open(base, method, path, options)
  let text = ''
  for await (const chunk of response) text += chunk
  return {
    status: response.statusCode ?? 0,
    headers: response.headers,
    text,
    json: () => JSON.parse(text),
  }
}

/**
 * A Transmit client the way the browser's is: an event stream, then a
 * subscribe POST that carries the XSRF-TOKEN cookie as X-XSRF-TOKEN
 */
export class StreamClient {
  uid = crypto.randomUUID()
  messages: Array<{ channel: string; payload: any }> = []
  ended: Promise<void>
  #endedResolve!: () => void
  response?: IncomingMessage

  constructor(
    private base: string,
    public jar = new CookieJar()
  ) {
    this.ended = new Promise((resolve) => (this.#endedResolve = resolve))
  }

  async connect() {
    // a page view first: the session and XSRF-TOKEN cookies
    await request(this.base, 'GET', '/api/v1/ping', { jar: this.jar })
    const response = await open(this.base, 'GET', `/__transmit/events?uid=${this.uid}`, {
      jar: this.jar,
      headers: { accept: 'text/event-stream' },
    })
    if (response.statusCode !== 200) throw new Error(`event stream: ${response.statusCode}`)
    this.response = response
    let buffer = ''
    response.setEncoding('utf8')
    response.on('data', (chunk: string) => {
      buffer += chunk
      let index: number
      while ((index = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, index)
        buffer = buffer.slice(index + 2)
        const data = frame
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n')
        if (data) this.messages.push(JSON.parse(data))
      }
    })
    response.on('end', () => this.#endedResolve())
    response.on('close', () => this.#endedResolve())
  }

  async subscribe(channel: string) {
    const xsrf = decodeURIComponent(this.jar.cookies.get('XSRF-TOKEN') ?? '')
    return request(this.base, 'POST', '/__transmit/subscribe', {
      jar: this.jar,
      json: { uid: this.uid, channel },
      headers: { 'x-xsrf-token': xsrf },
    })
  }

  on(channel: string) {
    return this.messages.filter((message) => message.channel === channel)
  }

  close() {
    this.response?.destroy()
  }
}
