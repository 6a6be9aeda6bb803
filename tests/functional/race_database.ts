import { setTimeout as sleep } from 'node:timers/promises'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { transaction } from '#services/transaction'

/**
 * The database hooks of the race specs, which send real parallel requests
 * and so cannot use a global transaction.
 */

/**
 * Waits (up to `limitMs`) until no other connection of the app is inside a
 * transaction: a test that failed or timed out may leave requests running.
 */
async function settle(limitMs = 15_000) {
  const until = Date.now() + limitMs
  while (Date.now() < until) {
    const { rows } = await db.rawQuery(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND backend_type = 'client backend' AND xact_start IS NOT NULL`
    )
    if (rows[0].busy === 0) {
      return
    }
    await sleep(50)
  }
}

/**
 * Empties every table in one TRUNCATE once the requests have settled,
 * retried by the app's transaction helper should it still meet a deadlock
 */
export async function truncateAll() {
  await settle()
  const { rows } = await db.rawQuery(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
      WHERE schemaname = 'public'
        AND tablename NOT IN ('adonis_schema', 'adonis_schema_versions')`
  )
  if (rows.length === 0) {
    return
  }
  const tables = rows.map((row: { name: string }) => row.name).join(', ')
  await transaction((trx) => trx.rawQuery(`TRUNCATE ${tables}`), { attempts: 6 })
}

/**
 * `group.each.setup(truncateAfterRace)`: migrated before the test, emptied
 * after it
 */
export async function truncateAfterRace() {
  await testUtils.db().truncate()
  return truncateAll
}
