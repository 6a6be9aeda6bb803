import { transaction } from '#services/transaction'
import Package from '#models/package'
import MemberPackage from '#models/member_package'
import { lockCurrent, type Precondition } from '#services/preconditions'

export interface PackageInput {
  name: string
  description?: string | null
  price: number
  duration_days: number
  session_count: number
  status?: Package['status']
}

function columns(input: Partial<PackageInput>) {
  const values: Partial<Package> = {}
  if (input.name !== undefined) values.name = input.name
  if (input.description !== undefined) values.description = input.description
  if (input.price !== undefined) values.price = input.price
  if (input.duration_days !== undefined) values.durationDays = input.duration_days
  if (input.session_count !== undefined) values.sessionCount = input.session_count
  if (input.status !== undefined) values.status = input.status
  return values
}

export async function createPackage(input: PackageInput) {
  return Package.create({ status: 'active', ...columns(input) })
}

/**
 * Edits apply to future assignments only: member packages keep the credits
 * and dates they were given. A stale `expected` version is a 409.
 */
export async function updatePackage(
  pkg: Package,
  input: Partial<PackageInput>,
  expected?: Precondition
) {
  await transaction(async (trx) => {
    await lockCurrent(pkg, expected, trx)
    pkg.merge(columns(input))
    await pkg.save()
  })
  return pkg
}

/**
 * A package nobody ever held is deleted; one that was assigned is archived
 * (inactive) so members' history keeps its name.
 */
export async function deletePackage(pkg: Package): Promise<'deleted' | 'archived'> {
  const assigned = await MemberPackage.query().where('package_id', pkg.id).first()
  if (assigned) {
    pkg.status = 'inactive'
    await pkg.save()
    return 'archived'
  }
  await pkg.delete()
  return 'deleted'
}
