import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoClub } from '#database/demo_club'
import { seedOptions } from '#database/seed_options'
import { BULK_DOMAIN, seedBulkClub } from '#database/bulk_club'

/**
 * node ace db:seed — the demo club (safe to run again);
 * --size=large (or --sessions=N) adds the large club to measure on
 */
export default class MainSeeder extends BaseSeeder {
  static environment = ['development', 'test']

  async run() {
    await seedDemoClub()
    console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`)
    for (const login of DEMO_LOGINS) {
      console.log(`  ${login.role.padEnd(7)} ${login.email}`)
    }
    if (seedOptions.size !== 'large') return

    const counts = await seedBulkClub(seedOptions)
    console.log(
      `Large club: ${counts.sessions} sessions, ${counts.bookings} bookings, ` +
        `${counts.attendances} attendances in ${counts.seconds.toFixed(1)} s ` +
        `(accounts coach-001…, parent-0001…@${BULK_DOMAIN}, same password)`
    )
  }
}
