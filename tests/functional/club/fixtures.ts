import { DateTime } from 'luxon'
import type User from '#models/user'
import type Member from '#models/member'
import type Package from '#models/package'
import type TrainingSession from '#models/training_session'
import {
  bearer,
  createMember,
  createPackage,
  createSession,
  createUser,
  givePackage,
  uniqueEmail as freshEmail,
} from '#tests/fixtures'

/**
 * The club specs' names for the shared builders in tests/fixtures.ts
 * (kept because the booking race specs import them from here)
 */

export { bearer, givePackage }

export function uniqueEmail(prefix = 'club') {
  return freshEmail(prefix)
}

export function makeUser(role: User['role'] = 'member', merge: Partial<User> = {}) {
  return createUser(role, merge)
}

export function makeMember(account: User | null, merge: Partial<Member> = {}): Promise<Member> {
  return createMember(account, merge)
}

export function makePackage(merge: Partial<Package> = {}) {
  return createPackage(merge)
}

/**
 * An open training session starting in `inHours` hours (default 48), one
 * hour long, with a coach of its own unless `coachId` is given (then pick
 * hours that do not overlap).
 */
export function makeSession(
  merge: Partial<TrainingSession> & { inHours?: number } = {}
): Promise<TrainingSession> {
  const { inHours, ...columns } = merge
  return createSession({
    startsAt: DateTime.now()
      .plus({ hours: inHours ?? 48 })
      .startOf('minute'),
    status: 'open',
    ...columns,
  })
}
