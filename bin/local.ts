/*
|--------------------------------------------------------------------------
| Local environment
|--------------------------------------------------------------------------
|
| Runs before the application boots, in the dev server, ace and tests:
|
| - creates .env from .env.example with a fresh APP_KEY on a fresh clone
| - when no DATABASE_URL is configured, starts (or joins) the embedded
|   PostgreSQL and points DATABASE_URL at it
|
| Production (NODE_ENV=production) skips all of it and relies on the
| configured environment.
|
*/

import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import { fileURLToPath } from 'node:url'
import { ensureDevelopmentDatabase, type EmbeddedDatabase } from '../database/embedded_postgres.js'

const ROOT = new URL('../', import.meta.url)

function readDotEnv(): Record<string, string | undefined> {
  const file = fileURLToPath(new URL('.env', ROOT))
  return existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {}
}

/**
 * Copies .env.example to .env with a generated APP_KEY when .env is missing
 */
export function ensureDotEnv() {
  const target = fileURLToPath(new URL('.env', ROOT))
  const example = fileURLToPath(new URL('.env.example', ROOT))
  if (existsSync(target) || !existsSync(example)) {
    return
  }
  const key = randomBytes(24).toString('base64url')
  const contents = readFileSync(example, 'utf8').replace(/^APP_KEY=.*$/m, `APP_KEY=${key}`)
  writeFileSync(target, contents)
}

/**
 * Whether a database URL was configured by the environment or .env
 */
export function configuredDatabaseUrl() {
  return process.env.DATABASE_URL || readDotEnv().DATABASE_URL
}

/**
 * Starts or joins the embedded database unless one is configured. Sets
 * process.env.DATABASE_URL so child processes (the dev server started by
 * "ace serve") use the same database.
 */
export async function ensureLocalDatabase(): Promise<EmbeddedDatabase | undefined> {
  if (process.env.NODE_ENV === 'production' || configuredDatabaseUrl()) {
    return undefined
  }
  const database = await ensureDevelopmentDatabase({
    log: (line) => {
      if (process.env.EMBEDDED_PG_DEBUG) console.error(`[postgres] ${line}`)
    },
  })
  process.env.DATABASE_URL = database.url
  process.env.LATIH_EMBEDDED_DATABASE = 'true'
  return database
}
