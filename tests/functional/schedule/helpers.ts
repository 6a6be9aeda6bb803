import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import { UserFactory } from '#database/factories/user_factory'
import { TrainingSessionFactory } from '#database/factories/training_session_factory'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'

/**
 * Shared fixtures of the schedule specs
 */
export const admin = () => UserFactory.apply('admin').create()
export const coach = () => UserFactory.apply('coach').create()
export const member = () => UserFactory.create()

/**
 * A local date in the club's time zone, `days` from today
 */
export function localDate(days: number) {
  return DateTime.now().setZone(timezone).plus({ days }).toISODate()!
}

/**
 * An instant at a local wall-clock time, `days` from today
 */
export function at(days: number, time: string) {
  return DateTime.fromISO(`${localDate(days)}T${time}`, { zone: timezone })
}

export const iso = (value: DateTime) => value.toUTC().toISO()!

/**
 * Rows in a table
 */
export async function rowCount(table: string) {
  const [row] = await db.from(table).count('* as n')
  return Number(row.n)
}

/**
 * A usable bearer token of the account
 */
export async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

/**
 * A stored session of `owner`, from `start` for `minutes`
 */
export function sessionOf(
  owner: User,
  start: DateTime,
  minutes = 90,
  extra: Record<string, unknown> = {}
) {
  return TrainingSessionFactory.merge({
    coachId: owner.id,
    startsAt: start,
    endsAt: start.plus({ minutes }),
    ...extra,
  }).create()
}
