import type { DateTime } from 'luxon'
import type User from '#models/user'
import {
  accessToken,
  at,
  createAdmin,
  createCoach,
  createParent,
  createSession,
  iso,
  localDate,
  rowCount,
} from '#tests/fixtures'

/**
 * The schedule specs' names for the shared builders in tests/fixtures.ts
 * (kept because the schedule race specs import them from here)
 */

export { at, iso, localDate, rowCount }

export const admin = () => createAdmin()
export const coach = () => createCoach()
export const member = () => createParent()

/**
 * A usable bearer token of the account (the raw value)
 */
export const bearer = (user: User) => accessToken(user)

/**
 * A stored session of `owner`, from `start` for `minutes`
 */
export function sessionOf(
  owner: User,
  start: DateTime,
  minutes = 90,
  extra: Record<string, unknown> = {}
) {
  return createSession({ coach: owner, startsAt: start, minutes, ...extra })
}
