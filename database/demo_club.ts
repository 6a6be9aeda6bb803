/*
|--------------------------------------------------------------------------
| The demo club
|--------------------------------------------------------------------------
|
| A small archery club that every feature adds to. Idempotent: running it
| again updates nothing that exists and adds what is missing.
|
*/

import User from '#models/user'
import { seedDemoSchedule } from '#database/demo/schedule'
import { seedDemoMembers } from '#database/demo/club'
import { seedDemoSite } from '#database/demo/site'

export const DEMO_PASSWORD = 'latih-demo-2026'

export const DEMO_LOGINS = [
  { role: 'admin', name: 'Admin Klub', email: 'admin@latih.test' },
  { role: 'coach', name: 'Coach Rina', email: 'coach@latih.test' },
  { role: 'member', name: 'Budi Santoso', email: 'parent@latih.test' },
] as const

export async function seedDemoClub() {
  for (const login of DEMO_LOGINS) {
    await User.firstOrCreate(
      { email: login.email },
      {
        name: login.name,
        email: login.email,
        password: DEMO_PASSWORD,
        role: login.role,
        status: 'active',
        locale: 'id',
      }
    )
  }
  await seedDemoSchedule()
  await seedDemoMembers()
  await seedDemoSite()
}
