import env from '#start/env'
import { defineConfig } from '@adonisjs/lucid'

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
      },
      pool: { min: 0, max: 20 },
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
