import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { timezone } from '#config/app'
import MemberPackage from '#models/member_package'
import type TrainingSession from '#models/training_session'
import DomainError from '#exceptions/domain_error'
import { reservedCounts } from '#queries/members/member_package_credits'

export interface CreditChoice {
  memberPackage: MemberPackage
  /**
   * Credits left before this booking takes one
   */
  remaining: number
}

export interface TakeCreditOptions {
  memberId: string
  session: TrainingSession
  /**
   * Use this package and no other (the client chose it)
   */
  only?: string | null
  /**
   * Try this package first (a waitlisted booking's original choice)
   */
  prefer?: string | null
  /**
   * Answer null instead of refusing (waitlist promotion)
   */
  quiet?: boolean
}

/**
 * The session's day in the club's time zone: a package must be valid on it
 */
export function sessionDay(session: TrainingSession) {
  return session.startsAt.setZone(timezone).toISODate()!
}

function validOn(memberPackage: MemberPackage, day: string) {
  return (
    memberPackage.status === 'active' &&
    memberPackage.startDate.toISODate()! <= day &&
    memberPackage.endDate.toISODate()! >= day
  )
}

function refuse(options: TakeCreditOptions, error: DomainError) {
  if (options.quiet) {
    return null
  }
  throw error
}

/**
 * Finds the member package that pays for a seat. The member's active
 * packages are locked (FOR UPDATE, in id order so concurrent bookings
 * never deadlock) until the transaction ends: two bookings racing for the
 * last credit serialize here, and the second one counts the first one's
 * reservation.
 *
 * Usable: active, valid on the session's day, and remaining =
 * total − used − reserved > 0. Among several, the preferred one first,
 * then the one ending soonest.
 */
export async function takeCredit(
  trx: TransactionClientContract,
  options: TakeCreditOptions
): Promise<CreditChoice | null> {
  const day = sessionDay(options.session)
  const locked = await MemberPackage.query({ client: trx })
    .where('member_id', options.memberId)
    .where('status', 'active')
    .if(options.only, (query) => query.where('id', options.only!))
    .orderBy('id')
    .forUpdate()

  const usable = locked
    .filter((row) => validOn(row, day))
    .sort((a, b) => {
      if (a.id === options.prefer) return -1
      if (b.id === options.prefer) return 1
      return (
        a.endDate.toMillis() - b.endDate.toMillis() ||
        a.createdAt.toMillis() - b.createdAt.toMillis()
      )
    })

  if (usable.length === 0) {
    return options.only
      ? refuse(
          options,
          new DomainError('PACKAGE_NOT_USABLE', {
            field: 'member_package_id',
            rule: 'package_not_usable',
          })
        )
      : refuse(options, new DomainError('PACKAGE_REQUIRED'))
  }

  const reserved = await reservedCounts(
    usable.map((row) => row.id),
    trx
  )
  for (const memberPackage of usable) {
    const remaining =
      memberPackage.totalSessions -
      memberPackage.usedSessions -
      (reserved.get(memberPackage.id) ?? 0)
    if (remaining > 0) {
      return { memberPackage, remaining }
    }
  }

  return refuse(options, new DomainError('PACKAGE_QUOTA_EXHAUSTED'))
}
