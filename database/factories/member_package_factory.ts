import { DateTime } from 'luxon'
import factory from '@adonisjs/lucid/factories'
import MemberPackage from '#models/member_package'
import { MemberFactory } from '#database/factories/member_factory'
import { PackageFactory } from '#database/factories/package_factory'

/**
 * A package assigned to a member: 8 unused credits, valid from yesterday
 * for 30 days. Merge `memberId`/`packageId` or use `.with('member')` and
 * `.with('package')`.
 */
export const MemberPackageFactory = factory
  .define(MemberPackage, () => {
    const startDate = DateTime.now().minus({ days: 1 }).startOf('day')
    return {
      startDate,
      endDate: startDate.plus({ days: 30 }),
      totalSessions: 8,
      usedSessions: 0,
      status: 'active' as const,
      assignedBy: null,
      cancelledAt: null,
    }
  })
  .relation('member', () => MemberFactory)
  .relation('package', () => PackageFactory)
  .state('expired', (row) => {
    row.startDate = DateTime.now().minus({ days: 40 }).startOf('day')
    row.endDate = DateTime.now().minus({ days: 10 }).startOf('day')
    row.status = 'expired'
  })
  .state('exhausted', (row) => {
    row.usedSessions = row.totalSessions
    row.status = 'exhausted'
  })
  .build()
