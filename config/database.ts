import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'

/**
 * A request never waits on the database for long: a statement running (or
 * waiting for a lock) longer than DB_STATEMENT_TIMEOUT_MS is cancelled, a
 * frozen server stops answering after the same time, and a request that
 * cannot get a pooled connection gives up after DB_ACQUIRE_TIMEOUT_MS.
 * The exception handler answers all three 503 SERVICE_UNAVAILABLE with
 * Retry-After. Ace commands (migrations, imports, large seeds) have no
 * statement limit.
 */
const servesRequests = ['web', 'test'].includes(app.getEnvironment())
const statementTimeout = env.get('DB_STATEMENT_TIMEOUT_MS', 5000)

/**
 * DATABASE_URL is always set by the time the app boots: by the operator in
 * production, or by bin/local.ts (embedded PostgreSQL) in development and
 * bin/test.ts in tests.
 */
const dbConfig = defineConfig({
  connection: 'postgres',
  prettyPrintDebugQueries: true,
  connections: {
    postgres: {
      client: 'pg',
      connection: {
        connectionString: env.get('DATABASE_URL'),
        ...(servesRequests && {
          statement_timeout: statementTimeout,
          query_timeout: statementTimeout + 1000,
        }),
      },
      pool: { min: 0, max: 20, acquireTimeoutMillis: env.get('DB_ACQUIRE_TIMEOUT_MS', 5000) },
      migrations: {
        naturalSort: true,
        paths: ['database/migrations'],
      },
      seeders: {
        paths: ['database/seeders'],
      },
      schemaGeneration: {
        rulesPaths: ['./database/schema_rules.js'],
      },
      debug: env.get('DB_DEBUG', false),
    },
  },
})

export default dbConfig
