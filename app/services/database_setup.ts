import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { MigrationRunner } from '@adonisjs/lucid/migration'
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoClub } from '#database/demo_club'

/**
 * Runs pending migrations and, when asked and the database has no users,
 * seeds the demo club. Prints the demo logins either way.
 */
export async function setupDatabase(options: {
  seedWhenEmpty: boolean
  log: (line: string) => void
}) {
  const migrator = new MigrationRunner(db, app, { direction: 'up' })
  await migrator.run()
  if (migrator.error) {
    throw migrator.error
  }
  const migrated = Object.keys(migrator.migratedFiles).length
  if (migrated > 0) {
    options.log(`Migrated ${migrated} file(s)`)
  }

  if (options.seedWhenEmpty) {
    const [{ count }] = await db.from('users').count('* as count')
    if (Number(count) === 0) {
      await seedDemoClub()
      options.log('Seeded the demo club')
    }
  }

  options.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`)
  for (const login of DEMO_LOGINS) {
    options.log(`  ${login.role.padEnd(7)} ${login.email}`)
  }
}
