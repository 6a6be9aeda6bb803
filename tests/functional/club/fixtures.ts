import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import User from '#models/user'
import Member from '#models/member'
import Package from '#models/package'
import MemberPackage from '#models/member_package'
import TrainingSession from '#models/training_session'
import { UserFactory } from '#database/factories/user_factory'

/**
 * Builders for the club specs: accounts, members, packages and sessions
 * written straight to the database.
 */

export function uniqueEmail(prefix = 'club') {
  return `${prefix}.${randomUUID().slice(0, 8)}@example.com`
}

export async function makeUser(role: User['role'] = 'member', merge: Partial<User> = {}) {
  return UserFactory.merge({ role, email: uniqueEmail(role), ...merge }).create()
}

export async function makeMember(
  account: User | null,
  merge: Partial<Member> = {}
): Promise<Member> {
  return Member.create({
    accountId: account?.id ?? null,
    name: `Anak ${randomUUID().slice(0, 6)}`,
    relationship: 'child',
    status: 'active',
    approvedAt: DateTime.now(),
    ...merge,
  })
}

export async function makePackage(merge: Partial<Package> = {}) {
  return Package.create({
    name: `Paket ${randomUUID().slice(0, 6)}`,
    price: 500000,
    durationDays: 30,
    sessionCount: 8,
    status: 'active',
    ...merge,
  })
}

/**
 * A member package valid from yesterday for 30 days
 */
export async function givePackage(
  member: Member,
  credits: number,
  merge: Partial<MemberPackage> = {}
) {
  const pkg = await makePackage({ sessionCount: credits })
  const start = DateTime.now().minus({ days: 1 }).startOf('day')
  return MemberPackage.create({
    memberId: member.id,
    packageId: pkg.id,
    startDate: start,
    endDate: start.plus({ days: 30 }),
    totalSessions: credits,
    usedSessions: 0,
    status: 'active',
    ...merge,
  })
}

let slot = 0

/**
 * An open training session starting in `inHours` hours (default 48), one
 * hour long, with a coach of its own unless `coachId` is given (then pick
 * hours that do not overlap).
 */
export async function makeSession(
  merge: Partial<TrainingSession> & { inHours?: number } = {}
): Promise<TrainingSession> {
  const { inHours, ...columns } = merge
  let coachId = columns.coachId
  if (!coachId) {
    const coach = await makeUser('coach')
    coachId = coach.id
  }
  slot += 1
  const startsAt = DateTime.now()
    .plus({ hours: inHours ?? 48 })
    .startOf('minute')
  return TrainingSession.create({
    kind: 'training',
    title: `Latihan ${slot}`,
    coachId,
    startsAt,
    endsAt: startsAt.plus({ hours: 1 }),
    capacity: 10,
    bookedCount: 0,
    status: 'open',
    delivery: 'onsite',
    audience: 'public',
    waitlistEnabled: false,
    ...columns,
  })
}

/**
 * A bearer token header value for raw parallel requests
 */
export async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return `Bearer ${token.value!.release()}`
}
