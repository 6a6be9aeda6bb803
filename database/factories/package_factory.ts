import factory from '@adonisjs/lucid/factories'
import Package from '#models/package'

/**
 * Packages for tests: 8 sessions valid 30 days, on sale
 */
export const PackageFactory = factory
  .define(Package, ({ faker }) => ({
    name: `Paket ${faker.string.alphanumeric(6)}`,
    description: null,
    price: 500_000,
    durationDays: 30,
    sessionCount: 8,
    status: 'active' as const,
  }))
  .state('inactive', (pkg) => {
    pkg.status = 'inactive'
  })
  .build()
