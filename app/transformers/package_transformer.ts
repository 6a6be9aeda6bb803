import type { DateTime } from 'luxon'
import type Package from '#models/package'

const iso = (value: DateTime | null | undefined) => (value ? value.toUTC().toISO() : null)

/**
 * A package in the public catalogue
 */
export function serializePackage(pkg: Package) {
  return {
    id: pkg.id,
    name: pkg.name,
    description: pkg.description,
    price: pkg.price,
    duration_days: pkg.durationDays,
    session_count: pkg.sessionCount,
    status: pkg.status,
  }
}

/**
 * A package on the admin screens
 */
export function serializePackageForAdmin(pkg: Package) {
  return {
    ...serializePackage(pkg),
    created_at: iso(pkg.createdAt),
    updated_at: iso(pkg.updatedAt),
  }
}
