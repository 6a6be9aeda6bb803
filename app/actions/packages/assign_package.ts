import { transaction } from '#services/transaction'
import { DateTime } from 'luxon'
import Member from '#models/member'
import Package from '#models/package'
import MemberPackage from '#models/member_package'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'
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
      throw new DomainError('MEMBER_NOT_ACTIVE', {
        data: {
          status: member.status,
        },
      })
    }

    const pkg = await Package.find(input.packageId, { client: trx })
    if (!pkg) {
      throw DomainError.invalid('package_id', 'exists')
    }
    if (pkg.status !== 'active') {
      throw new DomainError('PACKAGE_INACTIVE')
    }

    const start = DateTime.fromISO(input.startDate ?? clubToday())
    const end = start.plus({ days: pkg.durationDays - 1 })
    if (end.toISODate()! < clubToday()) {
      throw new DomainError('PACKAGE_ALREADY_ENDED', {
        field: 'start_date',
        rule: 'package_ends_before_today',
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
