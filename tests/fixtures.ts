/*
|--------------------------------------------------------------------------
| Test fixtures — the one place specs build their data
|--------------------------------------------------------------------------
|
| Thin builders over the factories in database/factories: accounts by
| role, bearer tokens, members, packages with credits, sessions at a
| local date and time, and the club's local dates. Every suite imports
| them from "#tests/fixtures".
|
*/

import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import type { ModelAttributes } from '@adonisjs/lucid/types/model'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { timezone } from '#config/app'
import User from '#models/user'
import type Member from '#models/member'
import type MemberPackage from '#models/member_package'
import type Package from '#models/package'
import type Program from '#models/program'
import type Room from '#models/room'
import type TrainingSession from '#models/training_session'
import { UserFactory } from '#database/factories/user_factory'
import { MemberFactory } from '#database/factories/member_factory'
import { PackageFactory } from '#database/factories/package_factory'
import { MemberPackageFactory } from '#database/factories/member_package_factory'
import { ProgramFactory } from '#database/factories/program_factory'
import { RoomFactory } from '#database/factories/room_factory'
import { SessionTimeFactory } from '#database/factories/session_time_factory'
import { TrainingSessionFactory } from '#database/factories/training_session_factory'

/**
 * Password of every factory user (database/factories/user_factory.ts)
 */
export const PASSWORD = 'password-123'

/**
 * A short random suffix for names and codes
 */
export const short = () => randomUUID().slice(0, 6)

/**
 * A fresh address per call, so rate-limit counters (kept outside the test
 * transaction) never carry over between tests
 */
export function uniqueEmail(prefix = 'anggota') {
  return `${prefix}.${randomUUID().slice(0, 8)}@example.com`
}

/*
|--------------------------------------------------------------------------
| Accounts and tokens
|--------------------------------------------------------------------------
*/

export type UserState = User['role'] | 'inactive' | 'suspended'

/**
 * An account with a role (member, coach, admin) or a status (inactive,
 * suspended member); `merge` overrides any column
 */
export function createUser(state: UserState = 'member', merge: Partial<User> = {}) {
  const builder = state === 'member' ? UserFactory : UserFactory.apply(state)
  return builder.merge({ email: uniqueEmail(state), ...merge }).create()
}

export const createAdmin = (merge: Partial<User> = {}) => createUser('admin', merge)
export const createCoach = (merge: Partial<User> = {}) => createUser('coach', merge)
export const createParent = (merge: Partial<User> = {}) => createUser('member', merge)

/**
 * A usable access token of the account (the raw value)
 */
export async function accessToken(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

/**
 * An Authorization header value, for raw requests outside the api client
 */
export async function bearer(user: User) {
  return `Bearer ${await accessToken(user)}`
}

export interface TokenPair {
  token: string
  token_type: 'Bearer'
  expires_at: string | null
  refresh_token: string
}

/**
 * Signs in through the API and returns the token pair
 */
export async function login(client: ApiClient, email: string, password = PASSWORD) {
  const response = await client.post(urlFor('api.v1.auth.login')).json({ email, password })
  response.assertStatus(200)
  return response.body().data as TokenPair
}

/*
|--------------------------------------------------------------------------
| Members, packages, credits
|--------------------------------------------------------------------------
*/

/**
 * An approved, active member managed by `account` (none when null)
 */
export function createMember(account: User | null, merge: Partial<Member> = {}) {
  return MemberFactory.merge({ accountId: account?.id ?? null, ...merge }).create()
}

export function createPackage(merge: Partial<Package> = {}) {
  return PackageFactory.merge(merge).create()
}

/**
 * A package of `credits` sessions given to the member, valid from
 * yesterday for 30 days
 */
export async function givePackage(
  member: Member,
  credits: number,
  merge: Partial<MemberPackage> = {}
) {
  const pkg = await createPackage({ sessionCount: credits })
  return MemberPackageFactory.merge({
    memberId: member.id,
    packageId: pkg.id,
    totalSessions: credits,
    ...merge,
  }).create()
}

/*
|--------------------------------------------------------------------------
| Local time and the schedule
|--------------------------------------------------------------------------
*/

/**
 * A local date (club time zone) `days` from today
 */
export function localDate(days: number) {
  return DateTime.now().setZone(timezone).plus({ days }).toISODate()!
}

/**
 * An instant at a local wall-clock time, `days` from today
 */
export function at(days: number, time: string) {
  return localDateTime(localDate(days), time)
}

/**
 * An instant at a local date and wall-clock time
 */
export function localDateTime(date: string, time: string) {
  return DateTime.fromISO(`${date}T${time}`, { zone: timezone })
}

export const iso = (value: DateTime) => value.toUTC().toISO()!

export function createProgram(merge: Partial<Program> = {}) {
  return ProgramFactory.merge(merge).create()
}

export function createRoom(merge: Partial<Room> = {}) {
  return RoomFactory.merge(merge).create()
}

/**
 * A named slot ("Pagi 07:00–09:00")
 */
export function createSlot(startTime: string, endTime: string, label = `Slot ${short()}`) {
  return SessionTimeFactory.merge({ label, startTime, endTime }).create()
}

export interface SessionOptions extends Partial<Omit<ModelAttributes<TrainingSession>, 'coach'>> {
  /**
   * The coach; without it (and without coachId) the session gets a coach
   * of its own
   */
  coach?: User
  /**
   * Start: an instant, or a local date (default tomorrow) and wall-clock
   * time (default 10:00)
   */
  startsAt?: DateTime
  date?: string
  time?: string
  /**
   * Length in minutes; default 60
   */
  minutes?: number
}

/**
 * A stored training session (scheduled unless `status` says otherwise).
 * Pick non-overlapping times for sessions of one coach or room: the
 * database refuses clashes.
 */
export function createSession(options: SessionOptions = {}) {
  const { coach, date, time, minutes = 60, ...columns } = options
  const startsAt = columns.startsAt ?? localDateTime(date ?? localDate(1), time ?? '10:00')
  const coachId = coach?.id ?? columns.coachId
  const builder = TrainingSessionFactory.merge({
    ...columns,
    startsAt,
    endsAt: columns.endsAt ?? startsAt.plus({ minutes }),
    ...(coachId ? { coachId } : {}),
  })
  return coachId
    ? builder.create()
    : builder.with('coach', 1, (owner) => owner.apply('coach')).create()
}

/*
|--------------------------------------------------------------------------
| For assertions
|--------------------------------------------------------------------------
*/

/**
 * Rows in a table
 */
export async function rowCount(table: string) {
  const [row] = await db.from(table).count('* as n')
  return Number(row.n)
}

/**
 * The error code a call is refused with (DESIGN.md §3), or null when it
 * succeeds. Specs assert on codes, never on the wording of messages.
 */
export async function refusalCode(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (typeof code === 'string') return code
    throw error
  }
  return null
}
