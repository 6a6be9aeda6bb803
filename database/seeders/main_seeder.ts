import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoClub } from '#database/demo_club'

/**
 * node ace db:seed — the demo club (safe to run again)
 */
export default class MainSeeder extends BaseSeeder {
  static environment = ['development', 'test']

  async run() {
    await seedDemoClub()
    console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`)
    for (const login of DEMO_LOGINS) {
      console.log(`  ${login.role.padEnd(7)} ${login.email}`)
    }
  }
}
