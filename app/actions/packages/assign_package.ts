import { transaction } from '#services/transaction'
import { DateTime } from 'luxon'
import Member from '#models/member'
import Package from '#models/package'
import MemberPackage from '#models/member_package'
import type User from '#models/user'
import ApiException from '#exceptions/api_exception'
import { clubToday } from '#queries/members/member_package_credits'

export interface AssignPackageInput {
  memberId: string
  packageId: string
  /**
   * YYYY-MM-DD, defaults to the club's today
   */
  startDate?: string
  assignedBy?: User | null
}

/**
 * Gives a member a package: credits from `session_count`, valid from the
 * start date for `duration_days` days (the end date is the last valid day).
 */
export async function assignPackage(input: AssignPackageInput) {
  return transaction(async (trx) => {
    const member = await Member.query({ client: trx })
      .where('id', input.memberId)
      .forShare()
      .firstOrFail()
    if (member.status === 'inactive') {
      throw ApiException.conflict('MEMBER_NOT_ACTIVE', 'This member is inactive', {
        status: member.status,
      })
    }

    const pkg = await Package.find(input.packageId, { client: trx })
    if (!pkg) {
      throw ApiException.unprocessable('VALIDATION_FAILED', 'Unknown package', {
        package_id: ['The selected package does not exist'],
      })
    }
    if (pkg.status !== 'active') {
      throw ApiException.unprocessable('PACKAGE_INACTIVE', 'This package is no longer offered')
    }

    const start = DateTime.fromISO(input.startDate ?? clubToday())
    const end = start.plus({ days: pkg.durationDays - 1 })
    if (end.toISODate()! < clubToday()) {
      throw ApiException.unprocessable('VALIDATION_FAILED', 'The package would already be over', {
        start_date: ['The package would end before today'],
      })
    }
    const memberPackage = new MemberPackage()
    memberPackage.useTransaction(trx)
    memberPackage.merge({
      memberId: member.id,
      packageId: pkg.id,
      startDate: start,
      endDate: end,
      totalSessions: pkg.sessionCount,
      usedSessions: 0,
      status: 'active',
      assignedBy: input.assignedBy?.id ?? null,
    })
    await memberPackage.save()
    memberPackage.$setRelated('package', pkg)
    memberPackage.$setRelated('member', member)
    return memberPackage
  })
}
